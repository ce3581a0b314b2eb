"""wait_for_jobs / async_wait_for_jobs (_runtime/batch.py), for every provider with a job
surface: each job handed back once, as it ends; per-job errors beside the others; one
deadline; a bounded number of polls in flight; stopping early; fair turns between waiters;
and, against a loopback server enforcing a limit, no 429 while a batch keeps to the budget.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import unquote

import httpx
import pytest

from scripts.bench.job_fleet import fleet_config
from scripts.bench.loopback import job_fleet_server
from scripts.bench.rate_window import busiest_window
from scripts.codegen.spec_facts import jobs_plan, paging_plans
from scripts.templates.runtime.batch_state import BatchState
from scripts.templates.runtime.waiting import JobWait
from tests.sdk_support import Pkg, json_answer, kwargs_of, pkg, poll_slugs

MODES = ("sync", "async")
TOKEN = "sk-batch-token"


def _slugs() -> list[str]:
    return [slug for slug in poll_slugs() if jobs_plan(pkg(slug).spec, pkg(slug).poll, [])]


def _scope(p: Pkg) -> dict[str, Any]:
    plan = jobs_plan(p.spec, p.poll, paging_plans(p.spec))
    assert plan is not None
    arguments = kwargs_of(p.poll_call)
    return {a.name: arguments[a.name] for a in plan.scope}


def _ids(p: Pkg, count: int) -> list[str]:
    plan = jobs_plan(p.spec, p.poll, [])
    assert plan is not None
    kind = plan.job_argument.type
    if kind == "UUID":
        return [str(uuid.UUID(int=n + 1)) for n in range(count)]
    if kind == "int":
        return [str(n + 1) for n in range(count)]
    return [f"job-{n + 1}" for n in range(count)]


def _failure(p: Pkg) -> str:
    return next(s for s in p.facts.terminal if s not in p.facts.success)


Script = Callable[[str, int], httpx.Response]  # (job id, its poll number from 1) -> answer


class Jobs:
    """A MockTransport handler answering each job's polls by `script`, counting polls per
    job and the most in flight at once (a poll is held `hold` seconds)."""

    def __init__(self, p: Pkg, script: Script, hold: float = 0.0) -> None:
        self.p, self.script, self.hold = p, script, hold
        self.ids = set(_ids(p, 100))
        self.polls: Counter[str] = Counter()
        self.in_flight = self.most_in_flight = 0
        self.started_at: list[float] = []
        self._lock = threading.Lock()

    def _enter(self, request: httpx.Request) -> tuple[str, int]:
        # The path segment that is a job id (not always the last: seequent's ends in /status).
        segments = [unquote(part) for part in request.url.path.split("/")]
        job_id = next((part for part in reversed(segments) if part in self.ids), "?")
        with self._lock:
            self.polls[job_id] += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            self.started_at.append(time.monotonic())
            return job_id, self.polls[job_id]

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def handler(self, request: httpx.Request) -> httpx.Response:
        job_id, number = self._enter(request)
        try:
            time.sleep(self.hold)
            return self.script(job_id, number)
        finally:
            self._leave()

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        job_id, number = self._enter(request)
        try:
            await asyncio.sleep(self.hold)
            return self.script(job_id, number)
        finally:
            self._leave()

    def client(self, mode: str, **options: Any) -> Any:
        handler = self.handler if mode == "sync" else self.async_handler
        options.setdefault("budget", None)  # the batch's own behaviour; the budget's below
        options.setdefault("retry", self.p.package.RetryPolicy(max_retries=0))
        return self.p.package.AuthenticatedClient(
            token=TOKEN,
            httpx_args={"transport": httpx.MockTransport(handler)},
            **self.p.host_options(**options),
        )


def _follow(p: Pkg, mode: str, client: Any, ids: list[str], **options: Any) -> list[Any]:
    """Every outcome of a batch, in the order handed back."""
    options = {
        "poll_interval": 0.01,
        "max_poll_interval": 0.05,
        "use_listing": False,  # one poll per job, unless a test lists
        **_scope(p),
        **options,
    }
    if mode == "sync":
        with p.package.wait_for_jobs(ids, client=client, **options) as batch:
            return list(batch)

    async def run() -> list[Any]:
        async with p.package.async_wait_for_jobs(ids, client=client, **options) as batch:
            return [outcome async for outcome in batch]

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _slugs())
def test_each_job_is_handed_back_once_as_it_ends(slug: str, mode: str) -> None:
    p = pkg(slug)
    ids = _ids(p, 6)
    ends_after = {job_id: 6 - n for n, job_id in enumerate(ids)}  # the last ends first
    failed = ids[1]

    def script(job_id: str, number: int) -> httpx.Response:
        if number < ends_after[job_id]:
            return json_answer(200, p.job_body(p.running_status))
        end = _failure(p) if job_id == failed else p.facts.success[0]
        return json_answer(200, p.job_body(end))

    jobs = Jobs(p, script)
    progress: list[Any] = []
    outcomes = _follow(p, mode, jobs.client(mode), [*ids, ids[0]], on_progress=progress.append)
    assert sorted(o.job_id for o in outcomes) == sorted(ids)  # each once, the repeat too
    assert [o.job_id for o in outcomes] == ids[::-1]  # as they end, not as asked
    for outcome in outcomes:
        assert outcome.error is None and outcome.job is not None
        assert outcome.succeeded is (outcome.job_id != failed)
        assert outcome.status == (_failure(p) if outcome.job_id == failed else p.facts.success[0])
    assert jobs.polls == Counter(ends_after)  # none polled after it ended
    last = progress[-1]
    assert (last.total, last.finished, last.succeeded, last.failed, last.errors) == (6, 6, 5, 1, 0)
    assert last.pending == 0 and last.requests == sum(ends_after.values())
    assert sum(last.statuses.values()) == 6 and last.statuses[p.facts.success[0]] == 5
    assert any(snapshot.statuses.get(p.running_status) for snapshot in progress)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _slugs())
def test_a_jobs_error_is_its_outcome_and_the_others_go_on(slug: str, mode: str) -> None:
    p = pkg(slug)
    ids = _ids(p, 4)
    missing, flaky = ids[0], ids[1]

    def script(job_id: str, number: int) -> httpx.Response:
        if job_id == missing:
            return json_answer(404, {"error": "no such job"})
        if job_id == flaky and number == 1:
            return json_answer(503, {"error": "busy"})  # transient: polled through
        return json_answer(200, p.job_body(p.facts.success[0]))

    outcomes = {o.job_id: o for o in _follow(p, mode, Jobs(p, script).client(mode), ids)}
    assert set(outcomes) == set(ids)
    assert isinstance(outcomes[missing].error, p.errors.NotFoundError)
    assert outcomes[missing].job is None and not outcomes[missing].succeeded
    assert all(outcomes[job_id].succeeded for job_id in ids[1:])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _slugs())
def test_one_deadline_ends_every_unfinished_job_with_its_last_status(slug: str, mode: str) -> None:
    p = pkg(slug)
    ids = _ids(p, 5)
    done = ids[0]

    def script(job_id: str, number: int) -> httpx.Response:
        status = p.facts.success[0] if job_id == done else p.running_status
        return json_answer(200, p.job_body(status))

    started = time.monotonic()
    outcomes = _follow(p, mode, Jobs(p, script).client(mode), ids, timeout=0.5)
    assert time.monotonic() - started < 3.0  # a 0.5 s deadline, with a wide margin
    by_id = {o.job_id: o for o in outcomes}
    assert by_id[done].succeeded and by_id[done].error is None
    for job_id in ids[1:]:
        error = by_id[job_id].error
        assert isinstance(error, p.errors.WaitTimeoutError), error
        assert error.last_job is not None and by_id[job_id].status == p.running_status


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _slugs()[:2])
def test_no_more_polls_are_in_flight_than_asked(slug: str, mode: str) -> None:
    p = pkg(slug)
    ids = _ids(p, 30)

    def script(job_id: str, number: int) -> httpx.Response:
        status = p.facts.success[0] if number >= 2 else p.running_status
        return json_answer(200, p.job_body(status))

    jobs = Jobs(p, script, hold=0.02)
    outcomes = _follow(p, mode, jobs.client(mode), ids, max_in_flight=4)
    assert len(outcomes) == 30 and all(o.succeeded for o in outcomes)
    assert 2 <= jobs.most_in_flight <= 4  # in parallel, and never more than asked


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _slugs()[:2])
def test_closing_a_batch_stops_its_polls(slug: str, mode: str) -> None:
    p = pkg(slug)
    ids = _ids(p, 20)

    def script(job_id: str, number: int) -> httpx.Response:
        status = p.facts.success[0] if job_id == ids[0] else p.running_status
        return json_answer(200, p.job_body(status))

    jobs = Jobs(p, script, hold=0.01)
    client = jobs.client(mode)
    options = {"poll_interval": 0.01, "max_poll_interval": 0.01, "max_in_flight": 3}
    options["use_listing"] = False
    if mode == "sync":
        batch = p.package.wait_for_jobs(ids, client=client, **_scope(p), **options)
        first = next(batch)
        batch.close()
        stopped = time.monotonic()
    else:

        async def run() -> tuple[Any, float]:
            batch = p.package.async_wait_for_jobs(ids, client=client, **_scope(p), **options)
            first = await batch.__anext__()
            consumer = asyncio.ensure_future(batch.__anext__())  # then cancel its consumer
            await asyncio.sleep(0.05)
            consumer.cancel()
            await asyncio.gather(consumer, return_exceptions=True)
            return first, time.monotonic()

        first, stopped = asyncio.run(run())
    assert first.job_id == ids[0] and first.succeeded
    time.sleep(0.2)
    assert [at for at in jobs.started_at if at > stopped + 0.05] == []  # nothing after


def _never_ending(p: Pkg) -> Jobs:
    return Jobs(p, lambda job_id, number: json_answer(200, p.job_body(p.running_status)))


# Five jobs whose waiters all want to poll every millisecond for 1 s: the budget (50 a
# second, paced at 47.5) is the bottleneck, and its turns go round in the order asked.
FAIR_LIMIT = 50


def _fair_setup() -> tuple[Pkg, list[str], Jobs, Any]:
    """Five never-ending jobs and an async client whose budget is the bottleneck."""
    p = pkg(_slugs()[0])
    jobs = _never_ending(p)
    budget = p.package.RequestBudget(p.package.RateLimit(FAIR_LIMIT, 1.0))
    return p, _ids(p, 5), jobs, jobs.client("async", budget=budget)


def test_jobs_of_a_batch_take_equal_turns_of_the_budget() -> None:
    p, ids, jobs, client = _fair_setup()
    _follow(p, "async", client, ids, timeout=1.0, poll_interval=0.001, max_poll_interval=0.001)
    counts = [jobs.polls[job_id] for job_id in ids]
    assert max(counts) - min(counts) <= 2 and min(counts) >= 5, counts
    assert sum(counts) <= FAIR_LIMIT + 5  # the budget held


def test_separate_waiters_sharing_a_client_take_equal_turns() -> None:
    p, ids, jobs, client = _fair_setup()
    surface = p.package.Jobs(client, **_scope(p))

    async def one(job_id: str) -> None:
        with pytest.raises(p.errors.WaitTimeoutError):
            await p.package.async_wait_for_job(
                **surface._arguments(job_id),
                client=client,
                timeout=1.0,
                poll_interval=0.001,
                max_poll_interval=0.001,
            )

    async def run() -> None:
        await asyncio.gather(*(one(job_id) for job_id in ids))

    asyncio.run(run())
    counts = [jobs.polls[job_id] for job_id in ids]
    assert max(counts) - min(counts) <= 2 and min(counts) >= 5, counts
    assert sum(counts) <= FAIR_LIMIT + 5


@pytest.mark.parametrize("slug", _slugs())
def test_a_batch_keeps_to_the_servers_limit_through_the_budget(slug: str) -> None:
    p = pkg(slug)
    config = fleet_config(slug, 30, done_after=0.3)
    limit, window = 20, 1.0
    with job_fleet_server(config, limit, window) as server:
        budget = p.package.RequestBudget(p.package.RateLimit(limit, window), headroom=0.8)
        client = p.package.AuthenticatedClient(token=TOKEN, base_url=server.base_url, budget=budget)
        options = {"poll_interval": 0.05, "max_poll_interval": 0.2, "max_in_flight": 8}
        options["use_listing"] = False
        with p.package.wait_for_jobs(
            config.job_ids, client=client, **config.scope, timeout=30.0, **options
        ) as batch:
            outcomes = list(batch)
        stats = server.stats()
    assert len(outcomes) == 30 and all(o.error is None for o in outcomes)
    assert {o.succeeded for o in outcomes} == {True}
    assert stats.refused == 0
    assert busiest_window(stats.served_at, window) <= limit


# Listing rounds, against the job fleet server (scripts/bench/job_fleet_server.py).
def _listing_slugs() -> list[str]:
    return [s for s in _slugs() if (plan := _plan(s)) is not None and plan.listing is not None]


def _plan(slug: str) -> Any:
    p = pkg(slug)
    return jobs_plan(p.spec, p.poll, paging_plans(p.spec))


def _fleet_follow(slug: str, mode: str, fleet: int, follow: slice, **options: Any) -> Any:
    """Follow `follow` of a fleet of `fleet` jobs (each done 0.2 s after its first read);
    the outcomes, the server's stats and the last progress."""
    p = pkg(slug)
    config = fleet_config(slug, fleet, done_after=0.2)
    ids = list(config.job_ids[follow])
    progress: list[Any] = []
    options = {
        "poll_interval": 0.1,
        "max_poll_interval": 0.2,
        "timeout": 30.0,
        "on_progress": progress.append,
        **config.scope,
        **options,
    }
    with job_fleet_server(config, 100_000, 1.0) as server:
        client = p.package.AuthenticatedClient(token=TOKEN, base_url=server.base_url)
        if mode == "sync":
            with p.package.wait_for_jobs(ids, client=client, **options) as batch:
                outcomes = list(batch)
        else:

            async def run() -> list[Any]:
                async with p.package.async_wait_for_jobs(ids, client=client, **options) as batch:
                    return [outcome async for outcome in batch]

            outcomes = asyncio.run(run())
        return outcomes, server.stats(), progress[-1]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _listing_slugs())
def test_a_batch_reads_the_listing_instead_of_polling_each_job(slug: str, mode: str) -> None:
    outcomes, stats, last = _fleet_follow(slug, mode, 250, slice(None))
    assert len(outcomes) == 250 and all(o.succeeded for o in outcomes)
    assert stats.served_of("poll") == 0 and stats.refused == 0
    page = _plan(slug).listing.page_size or 250
    rounds = stats.served_of("list") / -(-250 // page)
    assert 1 <= rounds <= 10  # whole rounds of pages: 250 jobs in a few pages each
    assert last.listing and last.requests == stats.served_of("list") < 250 / 5


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _listing_slugs())
def test_a_listing_full_of_other_jobs_gives_way_to_polling(slug: str, mode: str) -> None:
    page = _plan(slug).listing.page_size or 500
    fleet = page * 3 + 3  # the jobs followed are the last 3: past the round's 2 pages
    outcomes, stats, last = _fleet_follow(slug, mode, fleet, slice(-3, None))
    assert len(outcomes) == 3 and all(o.succeeded for o in outcomes)
    assert stats.served_of("list") == 2  # one round, stopped before it cost as much as polls
    assert stats.served_of("poll") >= 3 and not last.listing


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", _listing_slugs())
def test_a_failing_listing_gives_way_to_polling(slug: str, mode: str) -> None:
    p = pkg(slug)
    ids = _ids(p, 4)

    def script(job_id: str, number: int) -> httpx.Response:
        if job_id == "?":  # no job id in the path: the listing
            return json_answer(500, {"error": "listing is down"})
        return json_answer(200, p.job_body(p.facts.success[0]))

    jobs = Jobs(p, script)
    outcomes = _follow(p, mode, jobs.client(mode), ids, use_listing=None)
    assert sorted(o.job_id for o in outcomes) == sorted(ids)
    assert all(o.succeeded for o in outcomes)
    assert jobs.polls["?"] == 1 and all(jobs.polls[job_id] == 1 for job_id in ids)


@pytest.mark.parametrize("slug", [s for s in _slugs() if s not in _listing_slugs()])
def test_use_listing_without_a_listing_is_refused(slug: str) -> None:
    p = pkg(slug)
    client = p.package.AuthenticatedClient(token=TOKEN, **p.host_options())
    with pytest.raises(ValueError, match="no listing"):
        p.package.wait_for_jobs(_ids(p, 2), client=client, **_scope(p), use_listing=True)


def test_a_job_is_queued_for_polling_at_most_once() -> None:
    """Rounds stop listing while polls are due: each job is polled once, not once per stop."""
    waiter: JobWait[str] = JobWait(cast(Any, None), str, frozenset({"done"}), frozenset({"done"}))
    state = BatchState(
        waiter,
        ["a", "b", "c"],
        lambda job_id: {"job_id": job_id},
        timeout=60.0,
        poll_interval=1.0,
        max_poll_interval=1.0,
        on_progress=None,
        listing=True,
    )
    wanted, _ = state.start_round()
    assert state.round_read(wanted, [], pages=2) == []  # saw none: polling from now on
    state.round_failed()  # and again, as a failing listing would
    state.poll_instead()
    assert not state.listing
    assert sorted(state.take_due(time.monotonic() + 10, room=100)) == ["a", "b", "c"]
    assert state.read("a", "running") is None
    assert state.take_due(time.monotonic() + 10, room=100) == ["a"]
