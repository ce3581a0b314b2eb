"""Following many jobs together: each job polled on its own growing interval, at most
`max_in_flight` polls at once, every poll taking its turn from the client's budget, and
each job handed back as it ends, exactly once, while the rest go on.

Where the spec has a listing of the polled job (x-jobclients-pagination), a round may read
the listing instead, page by page at the largest page size, until every job followed has
been seen: 10 pages for 1,000 jobs instead of 1,000 polls. A round reads fewer pages than
there are jobs followed, or it stops: the jobs it did not see are then polled one by one,
and from then on every round polls (the listing holds too many other jobs to be cheaper).
A listing that fails is given up the same way.

A package's wait_for_jobs / async_wait_for_jobs make a JobBatch / AsyncJobBatch from its
JobWait (waiting.py). The bookkeeping (`_Batch`: who is due, what was seen, the progress)
is shared; the two classes differ only in how they poll and wait: a thread pool, or
asyncio tasks. Closing a batch (or leaving its `with` block, or cancelling the task that
iterates an async one) stops it: no poll starts after, and those in flight are dropped.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import Counter
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cached_property
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from .errors import JobClientError, WaitTimeoutError
from .http import SendingClient
from .paging import Paging, _Pager
from .polling import GROWTH, PollSchedule, is_transient, retry_after_of
from .types import Response
from .waiting import JobWait

J = TypeVar("J")
MAX_IN_FLIGHT = 1000  # the most polls a batch may have in flight (threads, for a sync one)


@dataclass(frozen=True)
class Listing(Generic[J]):
    """The listing of the polled job, from the spec: its operation's calls, how it pages,
    the page size to ask for, and how to read a listed job's id."""

    call: Callable[..., Response[Any]]  # the operation's sync_detailed
    acall: Callable[..., Awaitable[Response[Any]]]  # its asyncio_detailed
    paging: Paging
    page_size: int | None
    id_of: Callable[[J], str | None]

    def arguments(self, scope: Mapping[str, Any]) -> dict[str, Any]:
        size = self.paging.size_parameter
        extra = {} if size is None or self.page_size is None else {size: self.page_size}
        return {**scope, **extra}


Seen = list[tuple[str, Any]]  # (job id, job) of a round's listed jobs that are followed


@dataclass(frozen=True)
class JobOutcome(Generic[J]):
    """How one job of a batch ended. `error` is None when the job reached a terminal status
    (`succeeded` says whether a successful one); else it says why following it stopped:
    errors.WaitTimeoutError at the deadline, or the poll's own error (errors.NotFoundError,
    ..., or ValueError for an id the poll cannot take). `job` is the last job read."""

    job_id: str
    job: J | None
    status: str | None
    succeeded: bool
    error: JobClientError | ValueError | None = None


@dataclass(frozen=True)
class BatchProgress:
    """The whole batch at a moment, for a progress bar: `statuses` counts the jobs by the
    status last read (jobs not read yet are in no count)."""

    total: int
    finished: int  # reached a terminal status
    succeeded: int  # of those, successfully
    errors: int  # stopped with an error instead (the deadline, a 404, ...)
    requests: int  # polls and listing pages read so far
    statuses: Mapping[str, int] = field(default_factory=dict)
    listing: bool = False  # whether rounds read the listing now (else they poll each job)

    @property
    def failed(self) -> int:
        """Jobs that reached a terminal status that is no success."""
        return self.finished - self.succeeded

    @property
    def done(self) -> int:
        """Jobs handed back: finished or stopped with an error."""
        return self.finished + self.errors

    @property
    def pending(self) -> int:
        return self.total - self.done


def _check_in_flight(max_in_flight: int) -> int:
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int):
        raise TypeError(f"max_in_flight must be an int, not {max_in_flight!r}")
    if not 1 <= max_in_flight <= MAX_IN_FLIGHT:
        raise ValueError(f"max_in_flight must be from 1 to {MAX_IN_FLIGHT}, not {max_in_flight}")
    return max_in_flight


class _Batch(Generic[J]):
    """Who is due when, what was last read, and the outcomes; no I/O."""

    def __init__(
        self,
        waiter: JobWait[J],
        job_ids: Iterable[str],
        arguments_of: Callable[[str], Mapping[str, Any]],
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: Callable[[BatchProgress], object] | None,
        listing: bool = False,
    ) -> None:
        schedule = PollSchedule(timeout, poll_interval, max_poll_interval)  # checks all three
        self.timeout = timeout
        self.deadline = schedule.deadline
        self._waiter = waiter
        self._poll_interval = poll_interval
        self._max_interval = max_poll_interval
        self._on_progress = on_progress
        self.arguments: dict[str, Mapping[str, Any]] = {}
        self._interval: dict[str, float] = {}
        self._last: dict[str, J] = {}
        self._due: list[tuple[float, int, str]] = []  # a heap of (time, order, job id)
        self._order = itertools.count()
        self._statuses: Counter[str] = Counter()
        self._finished = self._succeeded = self._errors = self.requests = 0
        self.early: list[JobOutcome[J]] = []  # ids no poll can take, handed back first
        self.listing = listing
        self._singles: list[str] = []  # listing: jobs the last round did not see, to poll
        self._round_at = 0.0  # listing: when the next round is due
        self._round_interval = poll_interval
        now = time.monotonic()
        for job_id in dict.fromkeys(str(each) for each in job_ids):  # a repeated id once
            try:
                self.arguments[job_id] = arguments_of(job_id)
            except ValueError as error:
                self.early.append(self._end(job_id, error))
                continue
            self._interval[job_id] = poll_interval
            if not listing:
                heapq.heappush(self._due, (now, next(self._order), job_id))
        self.total = len(self.arguments) + len(self.early)

    @property
    def following(self) -> bool:
        return self.done < self.total

    @property
    def done(self) -> int:
        return self._finished + self._errors

    def progress(self) -> BatchProgress:
        return BatchProgress(
            total=self.total,
            finished=self._finished,
            succeeded=self._succeeded,
            errors=self._errors,
            requests=self.requests,
            statuses=dict(self._statuses),
            listing=self.listing,
        )

    def take_due(self, now: float, room: int) -> list[str]:
        """Up to `room` jobs due by `now` to poll one by one, earliest first, counted."""
        taken: list[str] = []
        while self._singles and len(taken) < room:
            job_id = self._singles.pop()
            if job_id in self._interval:
                taken.append(job_id)
        while self._due and len(taken) < room and self._due[0][0] <= now:
            taken.append(heapq.heappop(self._due)[2])
        self.requests += len(taken)
        return taken

    def next_due(self, round_running: bool) -> float | None:
        """When a poll or (unless one is running) a round is next due."""
        if self._singles:
            return 0.0
        if self.listing:
            return None if round_running else self._round_at
        return self._due[0][0] if self._due else None

    def round_due(self, now: float) -> bool:
        return self.listing and now >= self._round_at

    def start_round(self) -> tuple[set[str], int]:
        """The jobs a listing round looks for, and the most pages it may read: fewer than
        there are jobs, or polling each would cost no more."""
        wanted = set(self._interval)
        return wanted, max(1, len(wanted) - 1)

    def round_read(self, wanted: set[str], seen: Seen, pages: int) -> list[JobOutcome[J]]:
        """A round read `pages` pages and saw `seen`: their outcomes. The jobs it missed are
        polled one by one; if that with the pages cost as much as polling every job, rounds
        poll from now on."""
        self.requests += pages
        outcomes = [o for job_id, job in seen if (o := self.read(job_id, job)) is not None]
        missing = sorted(wanted - {job_id for job_id, _ in seen})
        if pages + len(missing) < len(wanted):
            self._singles.extend(job_id for job_id in missing if job_id in self._interval)
            self._next_round()
        else:
            self._stop_listing(missing)
        self._report()
        return outcomes

    def round_failed(self) -> None:
        """The listing failed (its error is not the jobs'): rounds poll from now on."""
        self.requests += 1
        self._stop_listing(list(self._interval))

    def _next_round(self) -> None:
        self._round_at = time.monotonic() + self._round_interval
        self._round_interval = min(self._round_interval * GROWTH, self._max_interval)

    def _stop_listing(self, now_due: list[str]) -> None:
        self.listing = False
        now = time.monotonic()
        for job_id in self._interval:
            at = now if job_id in now_due else now + self._interval[job_id]
            heapq.heappush(self._due, (at, next(self._order), job_id))

    def read(self, job_id: str, job: J) -> JobOutcome[J] | None:
        """A poll read `job`: its outcome if it is terminal, else None (polled again later)."""
        if job_id not in self._interval:  # ended meanwhile (the deadline)
            return None
        previous = self._last.get(job_id)
        if previous is not None:
            self._statuses[self._waiter.status(previous)] -= 1
        self._last[job_id] = job
        status = self._waiter.status(job)
        self._statuses[status] += 1
        if self._waiter.is_terminal(job):
            return self._end(job_id, None)
        self._again(job_id, 0.0)
        self._report()
        return None

    def failed(self, job_id: str, error: JobClientError) -> JobOutcome[J] | None:
        """A poll failed: a transient failure is polled through (after its Retry-After),
        any other ends the job's following with it."""
        if job_id not in self._interval:
            return None
        if is_transient(error) and self._again(job_id, retry_after_of(error)):
            self._report()
            return None
        if is_transient(error):  # the next poll would come past the deadline
            error = self._timed_out(job_id, error)
        return self._end(job_id, error)

    def expire(self) -> list[JobOutcome[J]]:
        """At the deadline: every job still followed, as WaitTimeoutError."""
        ended = [self._end(job_id, self._timed_out(job_id)) for job_id in list(self._interval)]
        self._due.clear()
        self._singles.clear()
        return ended

    def _again(self, job_id: str, at_least: float) -> bool:
        """Schedule the job's next poll (listing: the next round reads it); False when it
        would come past the deadline."""
        interval = self._interval[job_id]
        self._interval[job_id] = min(interval * GROWTH, self._max_interval)
        at = time.monotonic() + max(interval, at_least)
        if at >= self.deadline:
            return False
        if not self.listing:
            heapq.heappush(self._due, (at, next(self._order), job_id))
        return True

    def _end(self, job_id: str, error: JobClientError | ValueError | None) -> JobOutcome[J]:
        self._interval.pop(job_id, None)
        job = self._last.get(job_id)
        status = None if job is None else self._waiter.status(job)
        succeeded = error is None and job is not None and self._waiter.is_success(job)
        if error is None:
            self._finished += 1
            self._succeeded += succeeded
        else:
            self._errors += 1
        self._report()
        return JobOutcome(job_id, job, status, succeeded, error)

    def _timed_out(self, job_id: str, cause: JobClientError | None = None) -> WaitTimeoutError:
        job = self._last.get(job_id)
        last = "no job read" if job is None else f"last status {self._waiter.status(job)!r}"
        error = WaitTimeoutError(
            f"job {job_id!r} reached no terminal status within the batch's {self.timeout:g} s ({last})",
            last_job=job,
        )
        error.__cause__ = cause
        return error

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.progress())


class _Follower(Generic[J]):
    """What JobBatch and AsyncJobBatch share: the batch, the client, how to poll one job,
    and the listing rounds' bookkeeping."""

    def __init__(
        self,
        batch: _Batch[J],
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
        self._max_in_flight = _check_in_flight(max_in_flight)
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
    batch: _Batch[J], job_id: str | None, wanted: set[str], result: Callable[[], Any]
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


def _wake(batch: _Batch[Any], now: float, *, full: bool, round_running: bool) -> float:
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
) -> _Batch[J]:
    _check_in_flight(max_in_flight)
    if use_listing and listing is None:
        raise ValueError("use_listing=True, but the spec has no listing of these jobs")
    batch = _Batch(
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
        batch.listing = False  # one job: one poll a round is as cheap as any page
        batch._stop_listing(list(batch.arguments))
    return batch


def _listed(listing: Listing[J] | None, scope: Mapping[str, Any] | None) -> dict[str, Any]:
    return {} if listing is None else listing.arguments(scope or {})
