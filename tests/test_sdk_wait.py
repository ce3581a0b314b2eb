"""wait_for_job and async_wait_for_job, for every provider: polling through unknown statuses
to a terminal one, growing intervals, an overall deadline that slow or throttled polls
cannot stretch, transient failures polled through and other errors raised at once."""

from __future__ import annotations

import asyncio
import itertools
import time
import warnings
from typing import Any

import httpx
import pytest

from scripts.spec_model.operations import resolve
from tests.sdk_support import (
    TOKEN,
    Answer,
    Handler,
    Loopback,
    Pkg,
    json_answer,
    kwargs_of,
    pkg,
    poll_slugs,
    sequence,
    success_model_name,
    success_schema,
)

MODES = ["sync", "async"]


def _jobs(p: Pkg, *statuses: str) -> tuple[Handler, list[httpx.Request]]:
    return sequence(*(json_answer(200, p.job_body(s)) for s in statuses))


def _status(p: Pkg, job: Any) -> str:
    return str(getattr(job, p.poll.status_attribute))


def _wait(p: Pkg, client: Any, mode: str, **options: Any) -> Any:
    """wait_for_job or async_wait_for_job on the poll operation's example arguments."""
    arguments = {**kwargs_of(p.poll_call), **options}
    if mode == "sync":
        with client:
            return p.package.wait_for_job(client=client, **arguments)

    async def run() -> Any:
        async with client:
            return await p.package.async_wait_for_job(client=client, **arguments)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_wait_polls_through_unknown_statuses_to_success(slug: str, mode: str) -> None:
    p = pkg(slug)
    handler, seen = _jobs(p, p.running_status, "brand_new_status", p.facts.success[0])
    progress: list[str] = []
    job = _wait(
        p,
        p.client(handler),
        mode,
        poll_interval=0.001,
        on_progress=lambda j: progress.append(_status(p, j)),
    )
    assert _status(p, job) == p.facts.success[0]
    assert progress == [p.running_status, "brand_new_status", p.facts.success[0]]
    assert len(seen) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_an_unknown_status_is_not_terminal_and_the_wait_ends_at_its_deadline(
    slug: str, mode: str
) -> None:
    p = pkg(slug)
    handler, seen = _jobs(p, "brand_new_status")
    started = time.monotonic()
    with pytest.raises(p.errors.WaitTimeoutError) as raised:
        # budget=None: this is the schedule's cadence (a documented rate would pace it).
        _wait(p, p.client(handler, budget=None), mode, timeout=0.05, poll_interval=0.005)
    assert time.monotonic() - started < 1.0
    assert _status(p, raised.value.last_job) == "brand_new_status"
    assert len(seen) >= 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_failed_terminal_status_raises_unless_told_not_to(slug: str, mode: str) -> None:
    p = pkg(slug)
    failures = [s for s in p.facts.terminal if s not in p.facts.success]
    assert failures, "a provider without a failure status?"
    handler, _ = _jobs(p, failures[0])
    with pytest.raises(p.errors.JobFailedError) as raised:
        _wait(p, p.client(handler), mode)
    assert _status(p, raised.value.job) == failures[0]
    job = _wait(p, p.client(handler), mode, raise_on_failure=False)
    assert _status(p, job) == failures[0]


@pytest.mark.parametrize("slug", poll_slugs())
def test_the_interval_grows_to_its_maximum(slug: str, monkeypatch: pytest.MonkeyPatch) -> None:
    p = pkg(slug)
    slept: list[float] = []  # the loop is the run-time's (_runtime/waiting.py)
    monkeypatch.setattr(p.runtime("waiting").time, "sleep", slept.append)
    handler, _ = _jobs(p, *[p.running_status] * 9, p.facts.success[0])
    client = p.client(handler, budget=None)  # the schedule's sleeps only, not the budget's
    _wait(p, client, "sync", poll_interval=0.1, max_poll_interval=0.5, timeout=60)
    assert len(slept) == 9
    assert slept[:5] == pytest.approx([0.1, 0.15, 0.225, 0.3375, 0.5])
    assert all(later >= earlier for earlier, later in itertools.pairwise(slept))
    assert max(slept) <= 0.5 + 1e-9 and slept[-1] == pytest.approx(0.5)


@pytest.mark.parametrize(
    "options",
    [
        {"poll_interval": 0},
        {"poll_interval": -1},
        {"poll_interval": float("nan")},
        {"timeout": 0},
        {"timeout": -5},
        {"timeout": float("inf")},
        {"poll_interval": 5, "max_poll_interval": 1},
    ],
    ids=str,
)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_settings_that_would_never_back_off_or_end_are_refused_before_polling(
    slug: str, mode: str, options: dict[str, float]
) -> None:
    p = pkg(slug)
    handler, seen = _jobs(p, p.facts.success[0])
    with pytest.raises(ValueError, match=r"timeout|poll_interval"):
        _wait(p, p.client(handler), mode, **options)
    assert not seen


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 500, 501])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_poll_answering_an_error_that_is_not_transient_raises_it(
    slug: str, mode: str, status: int
) -> None:
    p = pkg(slug)
    handler, seen = sequence(
        json_answer(200, p.job_body(p.running_status)), json_answer(status, {})
    )
    with pytest.raises(p.errors.APIStatusError) as raised:
        _wait(p, p.client(handler), mode, poll_interval=0.001)
    assert raised.value.status_code == status and len(seen) == 2
    assert not isinstance(raised.value, p.errors.WaitTimeoutError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_an_undocumented_2xx_during_a_wait_raises_unexpected_status(slug: str, mode: str) -> None:
    p = pkg(slug)
    handler, _ = sequence(json_answer(200, p.job_body(p.running_status)), httpx.Response(299))
    with pytest.raises(p.errors.UnexpectedStatus):
        _wait(p, p.client(handler), mode, poll_interval=0.001)


@pytest.mark.parametrize("failure", [503, 502, 429, 408, "connect", "timeout"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_transient_failures_of_a_poll_are_polled_through(
    slug: str, mode: str, failure: int | str
) -> None:
    p = pkg(slug)
    if failure == "connect":
        transient: httpx.Response | Exception = httpx.ConnectError("reset")
    elif failure == "timeout":
        transient = httpx.ReadTimeout("slow")
    else:
        transient = json_answer(int(failure), {})
    handler, seen = sequence(
        json_answer(200, p.job_body(p.running_status)),
        transient,
        transient,
        json_answer(200, p.job_body(p.facts.success[0])),
    )
    client = p.client(handler, retry=p.package.RetryPolicy(max_retries=0))  # the wait's own doing
    job = _wait(p, client, mode, poll_interval=0.001)
    assert _status(p, job) == p.facts.success[0] and len(seen) == 4


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_throttled_poll_cannot_stretch_the_deadline(slug: str, mode: str) -> None:
    """A 429 asking for 2 s, with timeout=0.3: neither the retries nor the wait sleep past it."""
    p = pkg(slug)
    handler, seen = sequence(
        json_answer(200, p.job_body(p.running_status)),
        json_answer(429, {}, **{"Retry-After": "2"}),
    )
    client = p.client(handler, retry=p.package.RetryPolicy())  # retries on, as by default
    started = time.monotonic()
    with pytest.raises(p.errors.WaitTimeoutError) as raised:
        _wait(p, client, mode, timeout=0.3, poll_interval=0.01)
    assert time.monotonic() - started < 1.0
    assert _status(p, raised.value.last_job) == p.running_status
    assert isinstance(raised.value.__cause__, p.errors.RateLimitError)
    assert len(seen) == 2, "a Retry-After past the deadline is not waited for"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_slow_poll_over_a_socket_cannot_stretch_the_deadline(slug: str, mode: str) -> None:
    """The server takes 2 s to answer each poll; the client's read timeout is 60 s."""
    p = pkg(slug)
    first: list[bool] = []

    def respond(_: Any) -> Answer:
        answer = Answer.json(200, p.job_body(p.running_status))
        if first:
            return Answer(answer.status, answer.body, answer.headers, delay=2.0)
        first.append(True)
        return answer

    with Loopback(respond) as server:
        client = p.package.AuthenticatedClient(token=TOKEN, base_url=server.url())
        started = time.monotonic()
        with pytest.raises(p.errors.WaitTimeoutError) as raised:
            _wait(p, client, mode, timeout=0.4, poll_interval=0.01)
        elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed
    assert _status(p, raised.value.last_job) == p.running_status
    assert isinstance(raised.value.__cause__, p.errors.APITimeoutError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_wait_that_never_reads_a_job_times_out_with_no_last_job(slug: str, mode: str) -> None:
    p = pkg(slug)
    handler, seen = sequence(httpx.ConnectError("down"))
    # budget=None: the schedule's cadence is under test (a documented rate would pace it).
    client = p.client(handler, retry=p.package.RetryPolicy(max_retries=0), budget=None)
    with pytest.raises(p.errors.WaitTimeoutError) as raised:
        _wait(p, client, mode, timeout=0.05, poll_interval=0.005)
    assert raised.value.last_job is None and len(seen) >= 2
    assert isinstance(raised.value.__cause__, p.errors.APIConnectionError)


def _string_fields_set_null(p: Pkg, body: dict[str, Any]) -> list[str]:
    """Set every top-level string member the spec does not make nullable, other than the
    fields the package relies on, to null; the wire names set."""
    schema = success_schema(p.document, p.poll.operation_id) or {}
    model = success_model_name(p.document, p.poll.operation_id)
    nulled = []
    for name, raw in (schema.get("properties") or {}).items():
        sub = resolve(p.document, raw)
        if name in body and sub.get("type") == "string" and [model, name] not in p.facts.relied:
            body[name] = None
            nulled.append(name)
    return nulled


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_wait_reaches_the_terminal_status_of_a_job_with_null_where_the_spec_says_string(
    slug: str, mode: str
) -> None:
    p = pkg(slug)
    bodies = [p.job_body(p.running_status), p.job_body(p.facts.success[0])]
    nulled = [_string_fields_set_null(p, body) for body in bodies]
    if not any(nulled):
        pytest.skip("the job has no string member that is not relied on")
    handler, _ = sequence(*(json_answer(200, body) for body in bodies))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", p.package.OffSpecWarning)
        job = _wait(p, p.client(handler), mode, poll_interval=0.001)
    assert _status(p, job) == p.facts.success[0]
    assert sorted(problem.path for problem in p.package.problems_of(job)) == sorted(nulled[-1])
    # The same bodies stop a strict client's wait at the first poll.
    handler, _ = sequence(*(json_answer(200, body) for body in bodies))
    if nulled[0]:
        with pytest.raises(p.errors.ResponseValidationError):
            _wait(p, p.client(handler, strict=True), mode, poll_interval=0.001)
