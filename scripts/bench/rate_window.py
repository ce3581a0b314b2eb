"""A provider's rate limit as a server enforces it, and the measure a client is judged by.

`SlidingWindow` admits at most `limit` requests in any `window` seconds (the strictest
common reading of "240 requests per minute": a token bucket or a fixed window admits
bursts this refuses), and can lower or raise its limit at set times, as a provider under
load does. `busiest_window` is the most requests any window of that length saw: a client
that keeps to the limit never makes it exceed the limit. Both take times as arguments, so
tests drive them with a fake clock.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LimitChange:
    """From `at` seconds after the first request on, the limit is `limit`."""

    at: float
    limit: int


class SlidingWindow:
    def __init__(self, limit: int, window: float, changes: Sequence[LimitChange] = ()) -> None:
        if limit < 1 or any(change.limit < 1 for change in changes):
            raise ValueError("a limit must be at least 1 request")
        if not window > 0:
            raise ValueError("window must be a number of seconds above 0")
        self.window = window
        self._limit = limit
        self._changes = sorted(changes, key=lambda change: change.at)
        self._admitted: deque[float] = deque()
        self._start: float | None = None

    def limit_at(self, now: float) -> int:
        """The limit in force at `now` (the first request starts the clock)."""
        if self._start is None:
            return self._limit
        limit = self._limit
        for change in self._changes:
            if now - self._start >= change.at:
                limit = change.limit
        return limit

    def admit(self, now: float) -> bool:
        """Whether a request at `now` is served; a refused one does not count against the
        window (the common practice, and the one that lets a polite client recover)."""
        if self._start is None:
            self._start = now
        while self._admitted and self._admitted[0] <= now - self.window:
            self._admitted.popleft()
        if len(self._admitted) >= self.limit_at(now):
            return False
        self._admitted.append(now)
        return True

    def retry_after(self, now: float) -> float:
        """Seconds until the oldest request in the window leaves it (0 when none is in it)."""
        if not self._admitted:
            return 0.0
        return max(0.0, self._admitted[0] + self.window - now)


def busiest_window(times: Sequence[float], window: float) -> int:
    """The most of `times` (sorted, in seconds) that fall in any half-open window
    [t, t + window): the figure a rate limit of so many per `window` bounds."""
    most = 0
    for first, start in enumerate(times):
        most = max(most, bisect.bisect_left(times, start + window, lo=first) - first)
    return most
