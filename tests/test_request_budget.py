"""The request budget (_runtime/budget.py): pacing by the documented rate, slowing down on
429 and speeding up again, shared by every call and waiter of a client.

The rules are checked on a budget with a made-up clock; the sharing end to end, for every
provider with a poll operation, against a loopback server that enforces a limit
(scripts/bench/rate_limited_server.py) and reports the time of each request it served.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scripts.bench.loopback import rate_limited_server
from scripts.bench.rate_window import LimitChange, busiest_window
from scripts.templates.runtime.budget import RateLimit, RequestBudget
from tests.sdk_support import Pkg, kwargs_of, pkg, poll_slugs


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _budget(limit: RateLimit | None = None, **options: Any) -> tuple[RequestBudget, FakeClock]:
    clock = FakeClock()
    return RequestBudget(limit, headroom=1.0, clock=clock, **options), clock


def _slots(budget: RequestBudget, count: int, operation: str = "op") -> list[float]:
    turns = [budget.reserve(operation, None) for _ in range(count)]
    return [turn.at for turn in turns if turn is not None]


def test_turns_are_one_interval_apart_in_the_order_asked() -> None:
    budget, clock = _budget(RateLimit(10, 1.0))
    assert _slots(budget, 4) == pytest.approx([100.0, 100.1, 100.2, 100.3])
    clock.now = 105.0  # idle: the next turn is at once, not a burst of saved-up turns
    assert _slots(budget, 2) == pytest.approx([105.0, 105.1])


def test_no_window_holds_more_than_the_limit() -> None:
    budget, _ = _budget(RateLimit(240, 60.0))
    slots = _slots(budget, 1000)
    assert busiest_window(slots, 60.0) <= 240


def test_a_turn_past_the_deadline_is_refused_and_takes_nothing() -> None:
    budget, _ = _budget(RateLimit(1, 1.0))
    assert budget.reserve("op", None) is not None  # at 100.0; the next is at 101.0
    assert budget.reserve("op", 100.5) is None
    turn = budget.reserve("op", 102.0)
    assert turn is not None and turn.at == pytest.approx(101.0)


def test_an_operations_own_limit_paces_it_on_top_of_the_keys() -> None:
    budget, _ = _budget(RateLimit(10, 1.0), operations={"create": RateLimit(2, 1.0)})
    assert _slots(budget, 2, "create") == pytest.approx([100.0, 100.5])
    assert _slots(budget, 1, "get") == pytest.approx([100.6])  # the key's pace only
    assert _slots(budget, 1, "create") == pytest.approx([101.0])


def test_a_429_halves_the_rate_once_per_round_and_successes_bring_it_back() -> None:
    budget, clock = _budget(RateLimit(10, 1.0))
    early = budget.reserve("op", None)
    late = budget.reserve("op", None)
    assert early is not None and late is not None
    budget.report(early, 429)
    assert budget.rate == pytest.approx(5.0)
    budget.report(late, 429)  # sent before the cut: the same round, no second cut
    assert budget.rate == pytest.approx(5.0) and budget.throttled == 2
    for _ in range(1000):
        turn = budget.reserve("op", None)
        assert turn is not None
        clock.now = turn.at
        budget.report(turn, 200)
    assert budget.rate == pytest.approx(10.0)  # back to the documented rate, never above


def test_a_retry_after_holds_every_turn_until_it_has_passed() -> None:
    budget, _ = _budget(RateLimit(100, 1.0), adaptive=False)
    turn = budget.reserve("op", None)
    assert turn is not None
    budget.report(turn, 429, "7")
    assert budget.rate == pytest.approx(100.0)  # not adaptive: the rate stays
    assert _slots(budget, 1) == pytest.approx([107.0])


def test_without_a_documented_rate_pacing_starts_at_half_the_rate_sent_at() -> None:
    budget, clock = _budget()
    slots = _slots(budget, 20)
    assert slots == [100.0] * 20 and budget.rate is None  # nothing paces before a 429
    clock.now = 102.0  # 20 requests in 2 s: 10 per second
    turn = budget.reserve("op", None)
    assert turn is not None
    budget.report(turn, 429)
    assert budget.rate == pytest.approx(21 / 2.0 * 0.5)


def test_budgets_check_their_settings_and_pickle_with_them() -> None:
    with pytest.raises(ValueError, match="requests"):
        RateLimit(0, 1.0)
    with pytest.raises(ValueError, match="per"):
        RateLimit(1, float("inf"))
    with pytest.raises(TypeError, match="requests"):
        RateLimit(True, 1.0)
    with pytest.raises(ValueError, match="headroom"):
        RequestBudget(headroom=0)
    budget = RequestBudget(RateLimit(5, 1.0), adaptive=False)
    copy = pickle.loads(pickle.dumps(budget))
    assert copy == budget and copy is not budget and copy.sent == 0


# End to end: a provider's client against a loopback server enforcing a limit.
LIMIT, WINDOW = 20, 1.0


def _client(p: Pkg, url: str, budget: Any) -> Any:
    options = p.host_options(base_url=url + str(p.default_base.raw_path.decode()).rstrip("/"))
    retry = p.package.RetryPolicy(max_retries=0)
    return p.package.AuthenticatedClient(token="t", retry=retry, budget=budget, **options)


def _served(url: str) -> dict[str, Any]:
    stats: dict[str, Any] = json.loads(httpx.get(url + "/__stats").content)
    return stats


@pytest.fixture
def job_server(request: pytest.FixtureRequest) -> Iterator[tuple[Pkg, str]]:
    p = pkg(request.param)
    body = json.dumps(p.job_body(p.running_status)).encode()
    with rate_limited_server(body, LIMIT, WINDOW) as url:
        yield p, url


def _hammer_from_threads_and_tasks(p: Pkg, client: Any, calls: int) -> list[BaseException]:
    """`calls` reads of the job from 4 threads and 8 async tasks at once, all with `client`;
    the errors raised."""
    module = p.module(p.poll_call)
    arguments = kwargs_of(p.poll_call)
    errors: list[BaseException] = []
    lock = threading.Lock()
    share = calls // 2

    def one_thread(count: int) -> None:
        for _ in range(count):
            try:
                module.sync_detailed(client=client, **arguments)
            except Exception as error:
                with lock:
                    errors.append(error)

    async def tasks() -> None:
        async def one(count: int) -> None:
            for _ in range(count):
                try:
                    await module.asyncio_detailed(client=client, **arguments)
                except Exception as error:
                    errors.append(error)

        await asyncio.gather(*(one(share // 8) for _ in range(8)))

    threads = [threading.Thread(target=one_thread, args=(share // 4,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    asyncio.run(tasks())
    for thread in threads:
        thread.join(timeout=60)
    return errors


@pytest.mark.parametrize("job_server", poll_slugs(), indirect=True)
def test_sync_and_async_calls_of_one_client_share_its_budget(job_server: tuple[Pkg, str]) -> None:
    p, url = job_server
    # Paced at 80% of the limit: the margin absorbs a late thread's send.
    package = p.package
    budget = package.RequestBudget(package.RateLimit(LIMIT, WINDOW), headroom=0.8)
    client = _client(p, url, budget)
    started = time.monotonic()
    errors = _hammer_from_threads_and_tasks(p, client, 48)
    elapsed = time.monotonic() - started
    stats = _served(url)
    assert errors == [] and stats["refused"] == 0 and stats["served"] == 48
    assert busiest_window(stats["served_at"], WINDOW) <= LIMIT
    # 48 turns at 16 per second: the first at once, the last ~2.9 s later (not a burst).
    assert elapsed > 2.0


@pytest.mark.parametrize("job_server", poll_slugs()[:1], indirect=True)
def test_without_a_budget_the_same_calls_are_refused(job_server: tuple[Pkg, str]) -> None:
    p, url = job_server  # the control: the server does refuse a client that does not pace
    errors = _hammer_from_threads_and_tasks(p, _client(p, url, None), 48)
    assert _served(url)["refused"] >= 10 and len(errors) >= 10
    assert all(isinstance(error, p.errors.APIStatusError) for error in errors)


def test_an_adaptive_budget_follows_a_server_that_lowers_its_limit() -> None:
    p = pkg(poll_slugs()[0])
    body = json.dumps(p.job_body(p.running_status)).encode()
    # 20 per second, then 8 per second from 1 s on; the client knows only the first, and
    # the 429s carry no Retry-After (as SaladCloud documents none).
    changes = (LimitChange(1.0, 8),)
    outcomes: dict[bool, dict[str, Any]] = {}
    for adaptive in (True, False):
        with rate_limited_server(body, LIMIT, WINDOW, changes, retry_after=False) as url:
            limit = p.package.RateLimit(LIMIT, WINDOW)
            budget = p.package.RequestBudget(limit, adaptive=adaptive)
            client = _client(p, url, budget)
            module = p.module(p.poll_call)
            arguments = kwargs_of(p.poll_call)
            deadline = time.monotonic() + 5.0
            while time.monotonic() < deadline:
                try:
                    module.sync_detailed(client=client, **arguments)
                except p.errors.APIStatusError as error:
                    assert error.status_code == 429
            outcomes[adaptive] = _served(url)
    adapted, fixed = outcomes[True], outcomes[False]
    # Pacing at the old rate has about half of the last 4 s refused; adapting, a few cuts.
    assert fixed["refused"] >= 20
    assert adapted["refused"] <= fixed["refused"] / 3
    assert adapted["served"] >= 20  # it went on at the lowered limit (33 measured), not stopped
