"""Following many jobs together: each job polled on its own growing interval, at most
`max_in_flight` polls at once, every poll taking its turn from the client's budget, and
each job handed back as it ends, exactly once, while the rest go on.

Where the spec has a listing of the polled job (x-jobclients-pagination), a round may read
the listing instead, page by page at the largest page size, until every job followed has
been seen: 10 pages for 1,000 jobs instead of 1,000 polls. A round reads fewer pages than
there are jobs followed, and the jobs it did not see are polled one by one. When its pages
and those polls cost as much as polling every job (the listing holds too many other jobs),
or the listing fails, every later round polls.

A package's wait_for_jobs / async_wait_for_jobs make a JobBatch / AsyncJobBatch from its
JobWait (waiting.py). The bookkeeping (batch_state.py: who is due, what was seen, the
progress) is shared; the two classes differ only in how they poll and wait: a thread pool,
or asyncio tasks. Closing a batch (or leaving its `with` block, or cancelling the task that
iterates an async one) stops it: no poll starts after, and those in flight are dropped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import cached_property
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from .batch_state import (
    BatchProgress,
    BatchState,
    JobOutcome,
    Listing,
    Seen,
    check_in_flight,
)
from .errors import JobClientError
from .http import SendingClient
from .paging import _Pager
from .waiting import JobWait

J = TypeVar("J")


class _Follower(Generic[J]):
    """What JobBatch and AsyncJobBatch share: the batch, the client, how to poll one job,
    and the listing rounds' bookkeeping."""

    def __init__(
        self,
        batch: BatchState[J],
        client: SendingClient,
        waiter: JobWait[J],
        max_in_flight: int,
        *,
        listing: Listing[J] | None = None,
        list_arguments: Mapping[str, Any] | None = None,
    ) -> None:
        self._batch = batch
        self._client = client
        self._waiter = waiter
        self._max_in_flight = check_in_flight(max_in_flight)
        self._listing = listing
        self._list_arguments = dict(list_arguments or {})

    @property
    def progress(self) -> BatchProgress:
        return self._batch.progress()

    def _pager(self, cap: int) -> tuple[Listing[J], _Pager]:
        assert self._listing is not None  # rounds list only with a listing
        return self._listing, _Pager(self._listing.paging, self._list_arguments, cap + 1)


def _look_for(listing: Listing[J], items: list[Any], missing: set[str], seen: Seen) -> None:
    """Note the listed `items` that are jobs still `missing` from this round."""
    for item in items:
        job_id = listing.id_of(item)
        if job_id is not None and job_id in missing:
            missing.discard(job_id)
            seen.append((job_id, item))


class JobBatch(_Follower[J]):
    """The jobs of wait_for_jobs, each handed back (a JobOutcome) as it ends; iterate it,
    and close it (or use `with`) to stop early. `progress` is the batch now."""

    @cached_property
    def _run(self) -> Generator[JobOutcome[J], None, None]:
        return self._outcomes()

    def __iter__(self) -> Iterator[JobOutcome[J]]:
        return self

    def __next__(self) -> JobOutcome[J]:
        return next(self._run)

    def close(self) -> None:
        """Stop: no poll starts after this, and those in flight are dropped."""
        self._run.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _poll(self, job_id: str) -> J:
        return self._waiter.poll(self._client, self._batch.arguments[job_id], self._batch.deadline)

    def _round(self, wanted: set[str], cap: int) -> tuple[Seen, int]:
        listing, pager = self._pager(cap)
        missing, seen = set(wanted), Seen()
        while missing and not pager.done and pager.pages < cap:
            page = listing.call(client=self._client, **pager.arguments)
            _look_for(listing, pager.take(page), missing, seen)
        return seen, pager.pages

    def _outcomes(self) -> Generator[JobOutcome[J], None, None]:
        batch = self._batch
        yield from batch.early
        pool = ThreadPoolExecutor(self._max_in_flight, thread_name_prefix="jobclients-batch")
        in_flight: dict[Future[J], str] = {}
        listing: Future[tuple[Seen, int]] | None = None
        wanted: set[str] = set()
        try:
            while batch.following:
                now = time.monotonic()
                if now >= batch.deadline:
                    yield from batch.expire()
                    return
                if listing is None and batch.round_due(now):
                    wanted, cap = batch.start_round()
                    listing = pool.submit(self._round, wanted, cap)
                room = self._max_in_flight - len(in_flight) - (listing is not None)
                for job_id in batch.take_due(now, room):
                    in_flight[pool.submit(self._poll, job_id)] = job_id
                waiting: list[Future[Any]] = [*in_flight, *([listing] if listing else [])]
                wake = _wake(batch, now, full=room <= 0, round_running=listing is not None)
                if not waiting:
                    time.sleep(wake)
                    continue
                finished, _ = wait(waiting, timeout=wake, return_when=FIRST_COMPLETED)
                for future in finished:
                    polled = None if future is listing else in_flight.pop(future)
                    listing = None if future is listing else listing
                    yield from _settled(batch, polled, wanted, future.result)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


class AsyncJobBatch(_Follower[J]):
    """The async form of JobBatch: `async for outcome in batch`, `await batch.aclose()` or
    `async with` to stop early (cancelling the iterating task stops it too)."""

    @cached_property
    def _run(self) -> AsyncGenerator[JobOutcome[J], None]:
        return self._outcomes()

    def __aiter__(self) -> AsyncIterator[JobOutcome[J]]:
        return self

    async def __anext__(self) -> JobOutcome[J]:
        return await self._run.__anext__()

    async def aclose(self) -> None:
        """Stop: no poll starts after this, and those in flight are cancelled."""
        await self._run.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _poll(self, job_id: str) -> J:
        batch = self._batch
        return await self._waiter.apoll(self._client, batch.arguments[job_id], batch.deadline)

    async def _round(self, wanted: set[str], cap: int) -> tuple[Seen, int]:
        listing, pager = self._pager(cap)
        missing, seen = set(wanted), Seen()
        while missing and not pager.done and pager.pages < cap:
            page = await listing.acall(client=self._client, **pager.arguments)
            _look_for(listing, pager.take(page), missing, seen)
        return seen, pager.pages

    async def _outcomes(self) -> AsyncGenerator[JobOutcome[J], None]:
        batch = self._batch
        for early in batch.early:
            yield early
        in_flight: dict[asyncio.Task[J], str] = {}
        listing: asyncio.Task[tuple[Seen, int]] | None = None
        wanted: set[str] = set()
        try:
            while batch.following:
                now = time.monotonic()
                if now >= batch.deadline:
                    for expired in batch.expire():
                        yield expired
                    return
                if listing is None and batch.round_due(now):
                    wanted, cap = batch.start_round()
                    listing = asyncio.create_task(self._round(wanted, cap))
                room = self._max_in_flight - len(in_flight) - (listing is not None)
                for job_id in batch.take_due(now, room):
                    in_flight[asyncio.create_task(self._poll(job_id))] = job_id
                waiting: list[asyncio.Task[Any]] = [*in_flight, *([listing] if listing else [])]
                wake = _wake(batch, now, full=room <= 0, round_running=listing is not None)
                if not waiting:
                    await asyncio.sleep(wake)
                    continue
                finished, _ = await asyncio.wait(waiting, timeout=wake, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    polled = None if task is listing else in_flight.pop(task)
                    listing = None if task is listing else listing
                    for outcome in _settled(batch, polled, wanted, task.result):
                        yield outcome
        finally:
            running = [*in_flight, *([listing] if listing else [])]
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)


def _settled(
    batch: BatchState[J], job_id: str | None, wanted: set[str], result: Callable[[], Any]
) -> list[JobOutcome[J]]:
    """The outcomes of a finished poll of `job_id`, or (None) of a finished listing round
    that looked for `wanted`; `result` gives what it returned, or raises what it raised."""
    if job_id is None:
        try:
            seen, pages = result()
        except JobClientError:
            batch.round_failed()
            return []
        return batch.round_read(wanted, seen, pages)
    try:
        outcome = batch.read(job_id, result())
    except JobClientError as error:
        outcome = batch.failed(job_id, error)
    return [] if outcome is None else [outcome]


def _wake(batch: BatchState[Any], now: float, *, full: bool, round_running: bool) -> float:
    """Seconds until something is to be done: the next poll or round due (unless no poll
    may start), or the deadline."""
    until = batch.deadline
    due = batch.next_due(round_running)
    if due is not None and not full:
        until = min(until, due)
    return max(until - now, 0.0)


def follow(
    waiter: JobWait[J],
    client: SendingClient,
    job_ids: Iterable[str],
    arguments_of: Callable[[str], Mapping[str, Any]],
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    max_in_flight: int,
    on_progress: Callable[[BatchProgress], object] | None,
    listing: Listing[J] | None = None,
    list_arguments: Mapping[str, Any] | None = None,
    use_listing: bool | None = None,
) -> JobBatch[J]:
    """A JobBatch of `job_ids`, each polled with `arguments_of(job_id)` or seen in
    `listing` (called with `list_arguments`); the package's wait_for_jobs documents the
    rest."""
    batch = _new_batch(
        waiter,
        job_ids,
        arguments_of,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        max_in_flight=max_in_flight,
        on_progress=on_progress,
        listing=listing,
        use_listing=use_listing,
    )
    arguments = _listed(listing, list_arguments)
    return JobBatch(batch, client, waiter, max_in_flight, listing=listing, list_arguments=arguments)


def afollow(
    waiter: JobWait[J],
    client: SendingClient,
    job_ids: Iterable[str],
    arguments_of: Callable[[str], Mapping[str, Any]],
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    max_in_flight: int,
    on_progress: Callable[[BatchProgress], object] | None,
    listing: Listing[J] | None = None,
    list_arguments: Mapping[str, Any] | None = None,
    use_listing: bool | None = None,
) -> AsyncJobBatch[J]:
    """The async form of follow."""
    batch = _new_batch(
        waiter,
        job_ids,
        arguments_of,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        max_in_flight=max_in_flight,
        on_progress=on_progress,
        listing=listing,
        use_listing=use_listing,
    )
    arguments = _listed(listing, list_arguments)
    return AsyncJobBatch(batch, client, waiter, max_in_flight, listing=listing, list_arguments=arguments)


def _new_batch(
    waiter: JobWait[J],
    job_ids: Iterable[str],
    arguments_of: Callable[[str], Mapping[str, Any]],
    *,
    timeout: float,
    poll_interval: float,
    max_poll_interval: float,
    max_in_flight: int,
    on_progress: Callable[[BatchProgress], object] | None,
    listing: Listing[J] | None,
    use_listing: bool | None,
) -> BatchState[J]:
    check_in_flight(max_in_flight)
    if use_listing and listing is None:
        raise ValueError("use_listing=True, but the spec has no listing of these jobs")
    batch = BatchState(
        waiter,
        job_ids,
        arguments_of,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
        listing=listing is not None and use_listing is not False,
    )
    if batch.listing and use_listing is None and len(batch.arguments) < 2:
        batch.poll_instead()  # one job: one poll a round is as cheap as any page
    return batch


def _listed(listing: Listing[J] | None, scope: Mapping[str, Any] | None) -> dict[str, Any]:
    return {} if listing is None else listing.arguments(scope or {})
