"""The rate-limited loopback server the batch-waiting benchmark measures clients against:
its window admits no more than the limit in any window, follows a lowered limit, and the
served process answers 429 past it and counts both."""

from __future__ import annotations

import httpx
import pytest

from scripts.bench.loopback import rate_limited_server
from scripts.bench.rate_window import LimitChange, SlidingWindow, busiest_window


def test_the_window_admits_the_limit_in_any_window_and_frees_slots_as_they_leave_it() -> None:
    window = SlidingWindow(3, 10.0)
    assert [window.admit(t) for t in (0.0, 1.0, 2.0, 3.0, 9.9)] == [True] * 3 + [False] * 2
    assert window.retry_after(9.9) == pytest.approx(0.1)
    assert window.admit(10.0)  # the request at 0.0 has left the window
    assert not window.admit(10.5)
    assert window.admit(11.0)


def test_a_refused_request_does_not_count_against_the_window() -> None:
    window = SlidingWindow(1, 1.0)
    assert window.admit(0.0)
    assert not any(window.admit(t / 10) for t in range(1, 10))
    assert window.admit(1.0)


def test_a_limit_change_takes_effect_from_its_time_after_the_first_request() -> None:
    window = SlidingWindow(10, 1.0, [LimitChange(at=5.0, limit=2)])
    admitted = [t for t in (100.0 + i / 100 for i in range(10)) if window.admit(t)]
    assert len(admitted) == 10  # the clock starts at the first request, 100.0
    later = [t for t in (105.0 + i / 100 for i in range(10)) if window.admit(t)]
    assert later == [105.0, 105.01]
    assert window.limit_at(104.9) == 10 and window.limit_at(105.0) == 2


@pytest.mark.parametrize("limit, window", [(0, 1.0), (1, 0.0)])
def test_a_limit_below_one_or_an_empty_window_is_refused(limit: int, window: float) -> None:
    with pytest.raises(ValueError):
        SlidingWindow(limit, window)


def test_the_busiest_window_counts_half_open_windows() -> None:
    times = [0.0, 0.5, 1.0, 1.2, 1.4, 3.0]
    assert busiest_window(times, 1.0) == 4  # [0.5, 1.5)
    assert busiest_window(times, 0.1) == 1
    assert busiest_window([], 1.0) == 0


def test_the_server_answers_429_past_the_limit_and_counts_both() -> None:
    # A window far longer than the test: every request after the fifth is refused.
    with rate_limited_server(b'{"ok": true}', limit=5, window=600.0) as url:
        answers = [httpx.get(f"{url}/jobs/1") for _ in range(12)]
        stats = httpx.get(f"{url}/__stats").json()
    assert [a.status_code for a in answers] == [200] * 5 + [429] * 7
    assert answers[0].json() == {"ok": True}
    refused = answers[-1]
    assert refused.json()["status"] == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 600
    assert stats["served"] == 5 and stats["refused"] == 7
    assert len(stats["served_at"]) == 5


def test_the_server_follows_a_lowered_limit() -> None:
    lowered = [LimitChange(at=0.0, limit=2)]
    with rate_limited_server(b"{}", limit=50, window=600.0, changes=lowered) as url:
        codes = [httpx.get(f"{url}/jobs/1").status_code for _ in range(4)]
    assert codes == [200, 200, 429, 429]
