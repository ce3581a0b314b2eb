"""Retries with exponential backoff and jitter, for operations the spec marks idempotent.

Written here rather than taken from httpx-retries or tenacity: whether a call may be
repeated is a per-operation fact from the spec (x-jobclients-idempotent), not a property
of the HTTP method, and the package keeps its dependencies to httpx and attrs.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries idempotent operations. `RetryPolicy(max_retries=0)` turns it off."""

    max_retries: int = 2
    initial_delay: float = 0.5  # seconds before the first retry; doubles each time
    max_delay: float = 8.0  # cap on one computed backoff
    max_retry_after: float = 60.0  # cap on a server's Retry-After; longer gives up

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")

    def backoff(self, attempt: int) -> float:
        """Full jitter: a random wait up to the exponential step (attempt 0 = first retry)."""
        step = min(self.max_delay, self.initial_delay * (2**attempt))
        return random.uniform(0, step)

    def delay_for(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry `attempt`, or None when it should not be retried."""
        if attempt >= self.max_retries:
            return None
        if response is None:
            return self.backoff(attempt)
        if response.status_code not in RETRY_STATUSES:
            return None
        after = retry_after_seconds(response.headers.get("Retry-After"))
        if after is None:
            return self.backoff(attempt)
        return after if after <= self.max_retry_after else None


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def send_with_retries(
    send: Callable[[], httpx.Response],
    policy: RetryPolicy,
    idempotent: bool,
    sleep: Callable[[float], None] = time.sleep,
    deadline: float | None = None,
) -> httpx.Response:
    """`send()` until it succeeds or may not be retried; the last answer or failure stands."""
    attempt = 0
    while True:
        try:
            response = send()
        except httpx.TransportError:
            delay = _next_delay(policy, attempt, None, idempotent, deadline)
            if delay is None:
                raise
        else:
            if response.status_code not in RETRY_STATUSES:  # most answers: nothing to weigh
                return response
            delay = _next_delay(policy, attempt, response, idempotent, deadline)
            if delay is None:
                return response
            response.close()
        sleep(delay)
        attempt += 1


async def asend_with_retries(
    send: Callable[[], Awaitable[httpx.Response]],
    policy: RetryPolicy,
    idempotent: bool,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    deadline: float | None = None,
) -> httpx.Response:
    attempt = 0
    while True:
        try:
            response = await send()
        except httpx.TransportError:
            delay = _next_delay(policy, attempt, None, idempotent, deadline)
            if delay is None:
                raise
        else:
            if response.status_code not in RETRY_STATUSES:
                return response
            delay = _next_delay(policy, attempt, response, idempotent, deadline)
            if delay is None:
                return response
            await response.aclose()
        await sleep(delay)
        attempt += 1


def _next_delay(
    policy: RetryPolicy,
    attempt: int,
    response: httpx.Response | None,
    idempotent: bool,
    deadline: float | None,
) -> float | None:
    """The wait before the next attempt; None when there is none: not idempotent, not
    retryable, out of attempts, or the wait would end past the deadline."""
    if not idempotent:
        return None
    delay = policy.delay_for(attempt, response)
    if delay is not None and deadline is not None and time.monotonic() + delay >= deadline:
        return None
    return delay
