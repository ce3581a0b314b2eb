"""Event streams (x-jobclients-events): the kitchen sink's list_job_events generated into
follow_job_events / async_follow_job_events, driven through scripted servers: each event
once and in order from the cursor, resumed from the last one after failures, ended by a
final event or the timeout, never looping. Also the refusals of a mark the pipeline cannot
use, each naming its place."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from scripts.codegen.spec_facts import SpecFactError, events_plans
from scripts.spec_model.reading import read_spec
from tests.test_kitchen_sink import Generated, generated

JOB = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
Answer = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def sink(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generated("ks31", tmp_path_factory)


def _since(request: httpx.Request) -> int:
    return int(request.url.params.get("since", "0"))


def _stream(events: list[tuple[int, str]], per_answer: int = 2) -> Answer:
    """A server holding `events`; each answer has at most `per_answer` after `since`, and
    the one before the cursor again (a server may repeat what the caller saw)."""

    def answer(request: httpx.Request) -> httpx.Response:
        since = _since(request)
        after = [e for e in events if e[0] > since][:per_answer]
        repeated = [e for e in events if e[0] == since]
        body = [{"seq": seq, "kind": kind} for seq, kind in repeated + after]
        return httpx.Response(200, json={"events": body, "latest_seq": since})

    return answer


def _follow(sink: Generated, answer: Answer, seen: list[httpx.Request], **options: Any) -> Any:
    package = sink.module(sink.import_package)
    # The client's own retries off: the stream's retries are what is counted here.
    client = sink.scripted_client(answer, seen, retry=package.RetryPolicy(max_retries=0))
    options = {"poll_interval": 0.01, "timeout": 5.0, **options}
    return client, package.follow_job_events(client=client, job_id=JOB, **options)


def _kinds(events: Any) -> list[tuple[int, str]]:
    return [(event.seq, getattr(event.kind, "value", event.kind)) for event in events]


EVENTS = [(1, "queued"), (2, "progress"), (3, "progress"), (4, "done"), (5, "progress")]


def test_each_event_is_yielded_once_in_order_until_a_final_one(sink: Generated) -> None:
    seen: list[httpx.Request] = []
    client, events = _follow(sink, _stream(EVENTS), seen)
    with client:
        assert seen == [], "nothing is fetched before the iteration starts"
        assert _kinds(events) == EVENTS[:4]  # the final `done` ends it; seq 5 is never read
    assert [r.url.params.get("since") for r in seen] == [None, "2", "4"][: len(seen)]
    assert len(seen) == 2


def test_a_cursor_given_starts_after_it(sink: Generated) -> None:
    seen: list[httpx.Request] = []
    client, events = _follow(sink, _stream(EVENTS), seen, since=2)
    with client:
        assert _kinds(events) == EVENTS[2:4]
    assert seen[0].url.params["since"] == "2"


def test_failures_are_retried_from_the_last_event_seen(sink: Generated) -> None:
    stream = _stream(EVENTS, per_answer=1)
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] in (2, 3, 5):
            return httpx.Response(503, json={"detail": "busy"})
        if calls["n"] == 6:
            raise httpx.ConnectError("dropped", request=request)
        return stream(request)

    seen: list[httpx.Request] = []
    client, events = _follow(sink, flaky, seen)
    with client:
        assert _kinds(events) == EVENTS[:4]
    cursors = [r.url.params.get("since") for r in seen]
    # After each failure the same cursor is asked for again: nothing lost, nothing twice.
    assert cursors[:7] == [None, "1", "1", "1", "2", "2", "2"], cursors


def test_more_failures_in_a_row_than_allowed_are_raised(sink: Generated) -> None:
    package_errors = sink.module(f"{sink.import_package}.errors")

    def down(_: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"detail": "down"})

    seen: list[httpx.Request] = []
    client, events = _follow(sink, down, seen, max_failures=2)
    with client, pytest.raises(package_errors.APIStatusError):
        list(events)
    assert len(seen) == 3  # the first try and two retries


def test_an_error_that_is_not_worth_a_retry_is_raised_at_once(sink: Generated) -> None:
    package_errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []
    client, events = _follow(sink, lambda _: httpx.Response(404, json={}), seen)
    with client, pytest.raises(package_errors.NotFoundError):
        next(iter(events))
    assert len(seen) == 1


def test_a_stream_without_a_final_event_ends_at_the_timeout(sink: Generated) -> None:
    package_errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []
    endless = _stream([(1, "queued"), (2, "progress")])
    client, events = _follow(sink, endless, seen, timeout=1.0, poll_interval=0.05)
    got: list[Any] = []
    started = time.monotonic()
    with client, pytest.raises(package_errors.WaitTimeoutError) as ended:
        got.extend(events)
    assert time.monotonic() - started < 3.0  # a 1 s timeout ends well before 3 s
    assert _kinds(got) == [(1, "queued"), (2, "progress")]
    assert "since=" in str(ended.value) and "2" in str(ended.value)


def test_an_event_without_an_integer_seq_is_a_validation_error(sink: Generated) -> None:
    package_errors = sink.module(f"{sink.import_package}.errors")

    def broken(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"events": [{"seq": "one", "kind": "queued"}]})

    client, events = _follow(sink, broken, [])
    with client, pytest.raises(package_errors.ResponseValidationError) as refused:
        next(iter(events))
    assert "events[0].seq" in str(refused.value)


def test_the_async_form_follows_the_same_stream(sink: Generated) -> None:
    package = sink.module(sink.import_package)

    async def collect() -> list[tuple[int, str]]:
        client = sink.scripted_client(_stream(EVENTS), [])
        async with client:
            stream = package.async_follow_job_events(
                client=client, job_id=JOB, poll_interval=0.01, timeout=5.0
            )
            return _kinds([event async for event in stream])

    assert asyncio.run(collect()) == EVENTS[:4]


def test_limits_that_cannot_hold_are_refused_at_once(sink: Generated) -> None:
    package = sink.module(sink.import_package)
    for bad in ({"poll_interval": 0}, {"timeout": -1}, {"max_failures": -1}):
        with pytest.raises(ValueError):
            package.follow_job_events(client=object(), job_id=JOB, **bad)


def _marked(tmp_path: Path, mark: str) -> Path:
    spec = Path("tests/kitchen_sink/openapi-3.1.yaml").read_text(encoding="utf-8")
    old = (
        "x-jobclients-events: "
        "{cursor: since, items: events, seq: seq, kind: kind, final: [done, failed]}"
    )
    assert old in spec
    path = tmp_path / "openapi.yaml"
    path.write_text(spec.replace(old, f"x-jobclients-events: {mark}"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mark", "place"),
    [
        ("[since]", "x-jobclients-events"),
        ("{cursor: since, seq: seq, items: events, speed: 2}", "x-jobclients-events.speed"),
        ("{cursor: nothing, seq: seq, items: events}", "x-jobclients-events.cursor"),
        ("{cursor: since, seq: seq, items: nothing}", "x-jobclients-events.items"),
        ("{cursor: since, seq: kind, items: events}", "x-jobclients-events.seq"),
        ("{cursor: since, seq: nothing, items: events}", "x-jobclients-events.seq"),
        ("{cursor: since, seq: seq, items: events, kind: nothing}", "x-jobclients-events.kind"),
        ("{cursor: since, seq: seq, items: events, final: [done]}", "x-jobclients-events.final"),
        (
            "{cursor: since, seq: seq, items: events, kind: kind, final: a}",
            "x-jobclients-events.final",
        ),
    ],
)
def test_a_mark_the_pipeline_cannot_use_is_refused_naming_its_place(
    tmp_path: Path, mark: str, place: str
) -> None:
    spec = read_spec(_marked(tmp_path, mark))
    with pytest.raises(SpecFactError) as refused:
        events_plans(spec)
    assert refused.value.place.endswith(place), refused.value.place
