"""`nox -s bench` still works: each benchmark runs once in quick mode. No speed is asserted
(timed tests on a shared machine only measure the neighbours); the figures live in
scripts/bench/RESULTS.md, refreshed by a full run."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from unittest.mock import patch

import pytest

from scripts.bench.batch import fleet_of
from scripts.bench.loopback import loopback_server
from scripts.bench.regeneration import BenchError, expect_regenerated, scratch_copy
from scripts.bench.report import BEGIN, END, Row, render_block, write_results
from scripts.bench.subjects import grown
from scripts.bench.timing import Samples, alternating_samples, interleaved_medians
from scripts.codegen.providers import load_providers
from scripts.paths import REPO_ROOT
from tests.conftest import ALL_SLUGS, CURATED_SLUGS, SLUGS
from tests.sdk_support import poll_slugs

RESULTS_FILE = REPO_ROOT / "scripts" / "bench" / "RESULTS.md"
_RATIO = re.compile(r"\| (\d+\.\d\d)x \|")


def test_quick_bench_measures_every_section_for_every_provider(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text(f"# Benchmarks\n\nHand-written notes.\n\n{BEGIN}\n{END}\n\nMore notes.\n")
    done = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--quick", "--results", str(results)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = results.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nHand-written notes.") and "More notes." in text
    assert "quick run" in text
    for subject in ("| regenerate | full,", "| regenerate | no-op", "exactly 1 of 1 regenerated"):
        assert subject in text
    size = len(ALL_SLUGS) + 2  # the quick scale check adds two synthetic providers
    for subject in (
        f"| scale | {size} providers: no-op generate |",
        f"| scale | {size} providers: one spec edited, exactly 1 regenerated |",
        f"| scale | {size} providers: affected by that one-spec change | 1 provider |",
        f"| scale | {size} providers: pytest --collect-only --provider ",
    ):
        assert subject in text, subject
    for slug in poll_slugs():  # the subject is the polled operation
        assert f"| parse | {slug} job" in text
        assert re.search(rf"\| call \(sync\) \| {slug} \w+, .*: generated client \|", text)
        assert re.search(rf"\| call \(async\) \| {slug} \w+, .*: generated client \|", text)
        assert re.search(
            rf"\| mock \| {slug} \w+, 5 connections .*: answered within 10 s \| 100", text
        )
    fleets = [f for f in map(fleet_of, load_providers(None)) if f is not None]
    assert fleets, "no provider documents a rate limit: the batch section measures nothing"
    for fleet in fleets:  # the providers whose spec documents a rate limit
        slug = fleet.provider.slug
        modes = ["per-job, no budget", "per-job, budget", "batch, polling"]
        modes += ["batch, listing"] if fleet.page_size else []
        for mode in modes:
            assert re.search(rf"\| batch \| {slug} 30 jobs, {mode} \| [\d.]+% of ", text), mode
    for label in ("woodwide 0.9.0 (official)", "salad-cloud-sdk 0.9.0a17 (official)"):
        assert label in text, f"the official SDK {label} was not measured"
    ratios = [float(r) for r in _RATIO.findall(text)]
    assert ratios and all(r > 0 for r in ratios)


def test_the_committed_results_come_from_a_full_run_of_every_provider() -> None:
    text = RESULTS_FILE.read_text(encoding="utf-8")
    block = text[text.index(BEGIN) : text.index(END)]
    assert "(full run)" in block, "refresh it with `nox -s bench`, not --quick"
    # The hand-written providers' figures are committed; one dropped in has none until the
    # next full run.
    for slug in set(CURATED_SLUGS) & set(poll_slugs()):
        assert f"| parse | {slug} job" in block, f"{slug} has no figures: run `nox -s bench`"


def test_results_keep_the_text_around_the_block_and_need_the_markers(tmp_path: Path) -> None:
    row = Row("parse", "x", "1 ms", "json.loads 1 ms", 1.5, "<= 2.0x", True)
    block = render_block([row], date="2026-11-25", machine="a machine", mode="full run")
    results = tmp_path / "RESULTS.md"
    results.write_text(f"intro\n{BEGIN}\nold figures\n{END}\noutro\n")
    write_results(results, block)
    assert results.read_text() == f"intro\n{block}\noutro\n"
    assert "| parse | x | 1 ms | json.loads 1 ms | 1.50x | <= 2.0x | holds |" in block
    results.write_text("no markers here\n")
    with pytest.raises(ValueError, match="markers"):
        write_results(results, block)


def test_a_run_of_only_some_sections_keeps_the_others_rows_and_dates(tmp_path: Path) -> None:
    old = [
        Row("parse", "p", "1 ms", "b", 1.0),
        Row("mock", "m", "old", "", None),
        Row("call (sync)", "c", "2/s", "b", 1.0),
    ]
    previous = render_block(old, date="2026-01-01", machine="m1", mode="full run")
    new = [Row("mock", "m", "new", "", None), Row("mock", "m2", "new", "", None)]
    block = render_block(
        new, date="2026-02-02", machine="m2", mode="full run", only=("mock",), previous=previous
    )
    assert "Measured 2026-01-01 on m1 (full run).\nmock: measured 2026-02-02 on m2" in block
    subjects = [line.split(" | ")[1:3] for line in block.splitlines() if line.startswith("| ")]
    assert subjects[1:] == [["p", "1 ms"], ["m", "new"], ["m2", "new"], ["c", "2/s"]]
    again = render_block(
        new, date="2026-03-03", machine="m2", mode="full run", only=("mock",), previous=block
    )
    assert "2026-02-02" not in again and again.count("| mock |") == 2


def test_a_run_for_one_provider_replaces_its_rows_only(tmp_path: Path) -> None:
    """A new provider needs a bench run of its own: the others' figures and dates stay."""
    old = [
        Row("parse", "figur job", "1 ms", "b", 1.0),
        Row("parse", "salad job", "2 ms", "b", 1.0),
        Row("call (sync)", "salad get_job", "3/s", "b", 1.0),
        Row("call (sync)", "figur get_job", "4/s", "b", 1.0),
    ]
    previous = render_block(old, date="2026-01-01", machine="m1", mode="full run")
    new = [Row("parse", "salad job", "5 ms", "b", 1.0), Row("parse", "sieve job", "6 ms", "b", 1)]
    new.append(Row("call (sync)", "sieve get_job", "7/s", "b", 1.0))
    block = render_block(
        new,
        date="2026-02-02",
        machine="m2",
        mode="full run",
        providers=("salad", "sieve"),
        previous=previous,
    )
    assert "Measured 2026-01-01 on m1 (full run).\nsalad, sieve: measured 2026-02-02" in block
    subjects = [line.split(" | ")[1:3] for line in block.splitlines() if line.startswith("| ")]
    assert subjects[1:] == [
        ["figur job", "1 ms"],
        ["salad job", "5 ms"],
        ["sieve job", "6 ms"],
        ["sieve get_job", "7/s"],
        ["figur get_job", "4/s"],
    ]


def test_a_paired_ratio_ignores_a_machine_that_changes_speed_between_rounds() -> None:
    # The subject takes twice the baseline's time in every round but the third, during which
    # the machine got five times faster between the two: the ratio of the medians says 10.
    samples = Samples({"base": [5.0, 5.0, 1.0, 1.0, 1.0], "subject": [10.0, 10.0, 10.0, 2.0, 2.0]})
    assert samples.time_ratio("subject", "base") == 2.0
    assert samples.median("subject") / samples.median("base") == 10.0
    assert samples.scaled(0.5).rounds["base"] == [2.5, 2.5, 0.5, 0.5, 0.5]


def test_rounds_interleave_the_contenders_and_the_median_resists_an_outlier() -> None:
    order: list[str] = []
    medians = interleaved_medians(
        {"a": lambda: order.append("a"), "b": lambda: order.append("b")}, repeat=3, number=2
    )
    assert order == ["a", "a", "b", "b", "b", "b", "a", "a", "a", "a", "b", "b"]
    assert set(medians) == {"a", "b"} and all(m >= 0 for m in medians.values())


def test_alternating_rounds_take_turns_call_by_call_and_time_each_contender_apart() -> None:
    order: list[str] = []
    clock = {"now": 0.0}

    def call(name: str, seconds: float) -> Callable[[], None]:
        def run() -> None:
            order.append(name)
            clock["now"] += seconds

        return run

    with patch("scripts.bench.timing.time.perf_counter", lambda: clock["now"]):
        contenders = {"a": call("a", 1.0), "b": call("b", 3.0)}
        samples = alternating_samples(contenders, repeat=2, number=3)
    assert order == ["a", "b", "b", "a", "a", "b"] * 2, "each pass starts one further on"
    assert samples.rounds == {"a": [1.0, 1.0], "b": [3.0, 3.0]}, "seconds per call, per round"


def test_arrays_of_objects_grow_but_not_inside_a_grown_array() -> None:
    body = {"events": [{"n": 1, "tags": [{"t": 1}]}, {"n": 2}], "names": ["x"], "one": {"a": []}}
    big = grown(body, 5)
    assert [e["n"] for e in big["events"]] == [1, 2, 1, 2, 1]
    assert big["events"][0]["tags"] == [{"t": 1}], "nested arrays would multiply the size"
    assert big["names"] == ["x"] and big["one"] == {"a": []}


def test_loopback_server_answers_pipelined_requests_and_skips_request_bodies() -> None:
    body = b'{"ok": true}'
    with loopback_server(body) as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(
                b"DELETE /a HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd"
                b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
            )
            received = b""
            while received.count(body) < 2:
                chunk = sock.recv(4096)
                assert chunk, "the server closed the connection"
                received += chunk
    assert received.count(b"HTTP/1.1 200 OK") == 2


def test_a_run_that_regenerates_the_wrong_providers_is_an_error() -> None:
    slug = SLUGS[0]
    with scratch_copy((slug,)) as scratch:
        assert scratch.pipeline() == [], "a fresh copy of generated/ is up to date"
        scratch.edit_spec(slug, 1)
        with pytest.raises(BenchError, match="expected nothing regenerated"):
            expect_regenerated(scratch.pipeline("--no-verify"), set())


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--provider", "no-such-provider"], "no-such-provider: no such provider"),
        (["--provider", SLUGS[0], "--only", "regenerate"], "parse, call, mock and batch only"),
    ],
    ids=["unknown", "regenerate"],
)
def test_a_provider_bench_that_cannot_run_says_why(args: list[str], says: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--quick", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (1, 2) and says in result.stderr, result.stderr
