"""When wait_for_job polls next, and which failures of a poll are only a reason to poll again.

The deadline is overall: each poll's request timeout and retry waits are cut to the time
left (see http.send), and a failure the retry policy would retry (a connection error, a
timeout, 408, 429, 502, 503, 504) becomes one more poll, after its Retry-After if it has
one, until the deadline. Any other error of a poll is raised at once.
"""

from __future__ import annotations

import math
import time

from .errors import APIConnectionError, APIStatusError, JobClientError
from .retry import RETRY_STATUSES, retry_after_seconds

GROWTH = 1.5  # each interval is this many times the one before, up to the maximum


class PollSchedule:
    def __init__(self, timeout: float, poll_interval: float, max_poll_interval: float) -> None:
        for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
            if not (value > 0 and math.isfinite(value)):
                raise ValueError(f"{name} must be a finite number of seconds above 0")
        if not max_poll_interval >= poll_interval:
            raise ValueError("max_poll_interval must be at least poll_interval")
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self._interval = poll_interval
        self._max_interval = max_poll_interval

    def next_delay(self, error: JobClientError | None = None) -> float | None:
        """Seconds to sleep before the next poll, cut to the time left (the last poll comes
        at the deadline); None when the deadline has passed, or when `error`'s Retry-After
        asks for a wait past it (polling sooner would only be throttled again)."""
        left = self.deadline - time.monotonic()
        retry_after = retry_after_of(error)
        if left <= 0 or retry_after >= left:
            return None
        delay = max(self._interval, retry_after)
        self._interval = min(self._interval * GROWTH, self._max_interval)
        return min(delay, left)


def is_transient(error: JobClientError) -> bool:
    """True for the failures the retry policy retries."""
    if isinstance(error, APIStatusError):
        return error.status_code in RETRY_STATUSES
    return isinstance(error, APIConnectionError) and error.retryable


def retry_after_of(error: JobClientError | None) -> float:
    """`error`'s Retry-After in seconds; 0 without one."""
    if not isinstance(error, APIStatusError):
        return 0.0
    return retry_after_seconds(error.headers.get("Retry-After")) or 0.0
