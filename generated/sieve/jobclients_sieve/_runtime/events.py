"""Following a job's event stream from a cursor: each new event once, in order, resumed
from the last one seen after a failure.

The spec names the stream (x-jobclients-events): the query argument that takes the cursor,
the answer's member holding the events, the event's sequence number (the next cursor) and,
optionally, the event kinds that end the stream. The loop asks for the events after the
cursor, yields those it has not yielded yet (a server that sends an event twice, or ignores
the cursor, repeats nothing), moves the cursor to the last one, and waits `poll_interval`
when nothing new came. A connection failure, a timeout, a 429 or a 5xx is retried from the
cursor, with a growing wait, up to `max_failures` in a row; any other error is raised as it
is. It ends at a final event, or with WaitTimeoutError once `timeout` seconds have passed:
nothing loops forever. A caller that stops keeps the last event's sequence number and
passes it as `since` to go on where it left off.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import APIConnectionError, APIStatusError, ResponseValidationError, WaitTimeoutError
from .types import Response, Unset

DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_TIMEOUT = 3600.0
DEFAULT_MAX_FAILURES = 5
MAX_BACKOFF = 30.0  # seconds between two tries after failures, at most


@dataclass(frozen=True)
class EventStream:
    """How an operation streams events (from the spec's x-jobclients-events), by Python names."""

    cursor: str  # the argument that takes the last sequence number seen
    items: str | None  # the answer's attribute holding the events; None: the answer is the list
    seq: str  # the event's attribute holding its sequence number
    kind: str | None = None  # the event's attribute naming its kind
    final: Sequence[str] = ()  # kinds that end the stream


class _Follower:
    """The cursor, the failures in a row and the deadline of one stream being followed."""

    def __init__(
        self,
        stream: EventStream,
        arguments: dict[str, Any],
        *,
        since: int | None,
        poll_interval: float,
        timeout: float,
        max_failures: int,
    ) -> None:
        if poll_interval <= 0 or timeout <= 0 or max_failures < 0:
            raise ValueError(
                "poll_interval and timeout must be above 0 and max_failures at least 0, not "
                f"{poll_interval!r}, {timeout!r}, {max_failures!r}"
            )
        self.stream = stream
        self.arguments = arguments
        self.cursor = since
        self.poll_interval = poll_interval
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.max_failures = max_failures
        self.failures = 0
        self.done = False
        self.last: Any = None

    def request(self) -> dict[str, Any]:
        """The arguments of the next call, after the cursor; WaitTimeoutError past the
        deadline (a stream that keeps sending events ends on time too)."""
        self._capped(0.0)
        if self.cursor is None:
            return dict(self.arguments)
        return {**self.arguments, self.stream.cursor: self.cursor}

    def failed(self, error: Exception) -> float:
        """The wait before trying again from the cursor; `error` raised when it is not
        worth a retry, or after max_failures in a row."""
        retried = isinstance(error, APIConnectionError) or (
            isinstance(error, APIStatusError) and (error.status_code == 429 or error.status_code >= 500)
        )
        if not retried or self.failures >= self.max_failures:
            raise error
        self.failures += 1
        return self._capped(min(self.poll_interval * 2**self.failures, MAX_BACKOFF))

    def take(self, response: Response[Any]) -> list[Any]:
        """The events of an answer not yielded yet, in order; moves the cursor past them."""
        self.failures = 0
        parsed = response.parsed
        raw = parsed if self.stream.items is None else getattr(parsed, self.stream.items, None)
        events = [] if raw is None or isinstance(raw, Unset) else list(raw)
        numbered = []
        for index, event in enumerate(events):
            seq = getattr(event, self.stream.seq, None)
            if isinstance(seq, bool) or not isinstance(seq, int):
                place = f"{self.stream.items or ''}[{index}].{self.stream.seq}".lstrip(".")
                raise ResponseValidationError(
                    place, f"an event's sequence number must be an integer, not {seq!r}",
                    status_code=response.status_code,
                )  # fmt: skip
            if self.cursor is None or seq > self.cursor:
                numbered.append((seq, index, event))
        new = []
        for seq, _, event in sorted(numbered, key=lambda found: found[:2]):
            if self.cursor is not None and seq <= self.cursor:
                continue  # the same number twice in one answer: the first one stands
            self.cursor = seq
            new.append(event)
            kind = getattr(event, self.stream.kind, None) if self.stream.kind else None
            if _kind_name(kind) in self.stream.final:
                self.done = True
                break
        return new

    def idle(self) -> float:
        """The wait before asking again when nothing new came."""
        return self._capped(self.poll_interval)

    def _capped(self, delay: float) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise WaitTimeoutError(
                f"no final event within {self.timeout:g} s (the last sequence number seen: "
                f"{self.cursor}; pass it as since= to go on)",
                self.last,
            )
        return min(delay, left)


def _kind_name(kind: Any) -> Any:
    """An enum member's value, a plain value as it is (an open enum keeps unknown strings)."""
    return getattr(kind, "value", kind)


def follow(
    call: Callable[..., Response[Any]],
    client: Any,
    stream: EventStream,
    arguments: dict[str, Any],
    *,
    since: int | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    max_failures: int = DEFAULT_MAX_FAILURES,
) -> Iterator[Any]:
    """Every event of `call` (an operation's sync_detailed) after `since`, once each, until
    a final one; ValueError at once for limits that cannot hold."""
    follower = _Follower(
        stream,
        arguments,
        since=since,
        poll_interval=poll_interval,
        timeout=timeout,
        max_failures=max_failures,
    )
    return _events(call, client, follower)


def _events(call: Callable[..., Response[Any]], client: Any, follower: _Follower) -> Iterator[Any]:
    while not follower.done:
        try:
            response = call(client=client, **follower.request())
        except (APIConnectionError, APIStatusError) as error:
            time.sleep(follower.failed(error))
            continue
        new = follower.take(response)
        for event in new:
            follower.last = event
            yield event
        if not follower.done and not new:
            time.sleep(follower.idle())


def afollow(
    call: Callable[..., Awaitable[Response[Any]]],
    client: Any,
    stream: EventStream,
    arguments: dict[str, Any],
    *,
    since: int | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    max_failures: int = DEFAULT_MAX_FAILURES,
) -> AsyncIterator[Any]:
    """The async form of follow (with an operation's asyncio_detailed)."""
    follower = _Follower(
        stream,
        arguments,
        since=since,
        poll_interval=poll_interval,
        timeout=timeout,
        max_failures=max_failures,
    )
    return _aevents(call, client, follower)


async def _aevents(
    call: Callable[..., Awaitable[Response[Any]]], client: Any, follower: _Follower
) -> AsyncIterator[Any]:
    while not follower.done:
        try:
            response = await call(client=client, **follower.request())
        except (APIConnectionError, APIStatusError) as error:
            await asyncio.sleep(follower.failed(error))
            continue
        new = follower.take(response)
        for event in new:
            follower.last = event
            yield event
        if not follower.done and not new:
            await asyncio.sleep(follower.idle())
