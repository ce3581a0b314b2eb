"""Following a job's events from a cursor: each new event once, resumed after a failure.

Which operation streams events, and how, comes from the spec (x-jobclients-events); the
loop, its retries and its limits are the run-time's (`._runtime.events`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._runtime.events import (
    DEFAULT_MAX_FAILURES,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    EventStream,
    afollow,
    follow,
)
from .api.jobs import list_job_events as _list_job_events
from .client import AuthenticatedClient, Client
from .models import JobEvent

_list_job_events_stream = EventStream(
    cursor="since",
    items="events",
    seq="seq",
    kind="event_type",
    final=["succeeded", "failed"],
)


def follow_job_events(
    *,
    client: AuthenticatedClient | Client,
    since: int | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    max_failures: int = DEFAULT_MAX_FAILURES,
    **arguments: Any,
) -> Iterator[JobEvent]:
    """Every event `list_job_events` returns after `since` (its `since`), once each and in
    order, asking again every `poll_interval` seconds while nothing new comes,
    until a final event (succeeded, failed).

    `arguments` are `list_job_events`'s own (the job's id). A connection failure, a
    timeout, a 429 or a 5xx is retried from the last event seen, up to `max_failures` in a
    row; errors.WaitTimeoutError after `timeout` seconds without a final event. To go on
    later, pass the last event's `seq` as `since`.
    """
    return follow(
        _list_job_events.sync_detailed,
        client,
        _list_job_events_stream,
        arguments,
        since=since,
        poll_interval=poll_interval,
        timeout=timeout,
        max_failures=max_failures,
    )


def async_follow_job_events(
    *,
    client: AuthenticatedClient | Client,
    since: int | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    max_failures: int = DEFAULT_MAX_FAILURES,
    **arguments: Any,
) -> AsyncIterator[JobEvent]:
    """The async form of follow_job_events: `async for event in ...`."""
    return afollow(
        _list_job_events.asyncio_detailed,
        client,
        _list_job_events_stream,
        arguments,
        since=since,
        poll_interval=poll_interval,
        timeout=timeout,
        max_failures=max_failures,
    )
