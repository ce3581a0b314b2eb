"""What the demo prints of a result: one short line per call, an aligned summary per job,
long values cut with an ellipsis, whatever the body holds."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from scripts.demo_summary import FIELDS_SHOWN, VALUE_CHARS, cut, job_summary, one_line
from tests.sdk_support import first_success_example, json_answer, kwargs_of, pkg, poll_slugs


def test_a_long_value_is_cut_with_an_ellipsis_on_one_line() -> None:
    assert cut("short") == "short"
    long = cut("word " * 100)
    assert len(long) == VALUE_CHARS and long.endswith("…") and "\n" not in long
    assert cut("a\nb\tc") == "a b c"


@pytest.mark.parametrize("slug", poll_slugs())
def test_a_job_reads_in_a_few_short_lines(slug: str) -> None:
    p = pkg(slug)
    call = p.poll_call
    body = first_success_example(p.spec, call.operation_id)
    with p.client(lambda _: json_answer(200, body)) as client:
        model = p.module(call).sync(client=client, **kwargs_of(call))
    line = one_line(model)
    assert line.startswith(type(model).__name__ + "(") and len(line) < 600
    assert line.count("=") <= FIELDS_SHOWN
    lines = job_summary("job-1", "done", True, model)
    assert lines[0].split() == ["job", "job-1"]
    assert lines[1].split()[:2] == ["status", "done"] and lines[1].endswith("(a success)")
    assert lines[-1].split()[0] == "results" and "of JSON" in lines[-1]
    assert all(len(line) <= 100 for line in lines), lines


def test_timestamps_and_progress_get_their_own_lines() -> None:
    class Fake:
        __attrs_attrs__: Any = ()

        def to_dict(self) -> dict[str, Any]:
            return {}

    job = Fake()
    fields = [type("F", (), {"name": n})() for n in ("progress", "created_at", "note")]
    Fake.__attrs_attrs__ = fields
    job.progress = 40  # type: ignore[attr-defined]
    job.created_at = datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=UTC)  # type: ignore[attr-defined]
    job.note = "x" * 500  # type: ignore[attr-defined]
    lines = job_summary(None, "running", False, job)
    assert "  progress   40" in lines
    assert "  created    2026-01-02 03:04:05+00:00" in lines
    assert lines[1].endswith("(not a success)") and lines[0].endswith("(no id)")
