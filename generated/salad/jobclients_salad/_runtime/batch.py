"""Following many jobs together: each job polled on its own growing interval, at most
`max_in_flight` polls at once, every poll taking its turn from the client's budget, and
each job handed back as it ends, exactly once, while the rest go on.

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
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from .errors import JobClientError, WaitTimeoutError
from .http import SendingClient
from .polling import GROWTH, PollSchedule, is_transient, retry_after_of
from .waiting import JobWait

J = TypeVar("J")
MAX_IN_FLIGHT = 1000  # the most polls a batch may have in flight (threads, for a sync one)


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
    requests: int  # polls sent so far
    statuses: Mapping[str, int] = field(default_factory=dict)

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
        now = time.monotonic()
        for job_id in dict.fromkeys(str(each) for each in job_ids):  # a repeated id once
            try:
                self.arguments[job_id] = arguments_of(job_id)
            except ValueError as error:
                self.early.append(self._end(job_id, error))
                continue
            self._interval[job_id] = poll_interval
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
        )

    def take_due(self, now: float, room: int) -> list[str]:
        """Up to `room` jobs due by `now`, earliest first, counted as polled."""
        taken: list[str] = []
        while self._due and len(taken) < room and self._due[0][0] <= now:
            taken.append(heapq.heappop(self._due)[2])
        self.requests += len(taken)
        return taken

    def next_due(self) -> float | None:
        return self._due[0][0] if self._due else None

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
        return ended

    def _again(self, job_id: str, at_least: float) -> bool:
        """Schedule the job's next poll; False when it would come past the deadline."""
        interval = self._interval[job_id]
        self._interval[job_id] = min(interval * GROWTH, self._max_interval)
        at = time.monotonic() + max(interval, at_least)
        if at >= self.deadline:
            return False
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


class JobBatch(Generic[J]):
    """The jobs of wait_for_jobs, each handed back (a JobOutcome) as it ends; iterate it,
    and close it (or use `with`) to stop early. `progress` is the batch now."""

    def __init__(
        self, batch: _Batch[J], client: SendingClient, waiter: JobWait[J], max_in_flight: int
    ) -> None:
        self._batch = batch
        self._client = client
        self._waiter = waiter
        self._max_in_flight = _check_in_flight(max_in_flight)
        self._run = self._outcomes()

    @property
    def progress(self) -> BatchProgress:
        return self._batch.progress()

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

    def _outcomes(self) -> Generator[JobOutcome[J], None, None]:
        batch = self._batch
        yield from batch.early
        pool = ThreadPoolExecutor(self._max_in_flight, thread_name_prefix="jobclients-batch")
        in_flight: dict[Future[J], str] = {}
        try:
            while batch.following:
                now = time.monotonic()
                if now >= batch.deadline:
                    yield from batch.expire()
                    return
                for job_id in batch.take_due(now, self._max_in_flight - len(in_flight)):
                    in_flight[pool.submit(self._poll, job_id)] = job_id
                wake = _wake(batch, now, full=len(in_flight) >= self._max_in_flight)
                if not in_flight:
                    time.sleep(wake)
                    continue
                finished, _ = wait(in_flight, timeout=wake, return_when=FIRST_COMPLETED)
                for future in finished:
                    job_id = in_flight.pop(future)
                    try:
                        outcome = batch.read(job_id, future.result())
                    except JobClientError as error:
                        outcome = batch.failed(job_id, error)
                    if outcome is not None:
                        yield outcome
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


class AsyncJobBatch(Generic[J]):
    """The async form of JobBatch: `async for outcome in batch`, `await batch.aclose()` or
    `async with` to stop early (cancelling the iterating task stops it too)."""

    def __init__(
        self, batch: _Batch[J], client: SendingClient, waiter: JobWait[J], max_in_flight: int
    ) -> None:
        self._batch = batch
        self._client = client
        self._waiter = waiter
        self._max_in_flight = _check_in_flight(max_in_flight)
        self._run = self._outcomes()

    @property
    def progress(self) -> BatchProgress:
        return self._batch.progress()

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

    async def _outcomes(self) -> AsyncGenerator[JobOutcome[J], None]:
        batch = self._batch
        for early in batch.early:
            yield early
        in_flight: dict[asyncio.Task[J], str] = {}
        try:
            while batch.following:
                now = time.monotonic()
                if now >= batch.deadline:
                    for expired in batch.expire():
                        yield expired
                    return
                for job_id in batch.take_due(now, self._max_in_flight - len(in_flight)):
                    in_flight[asyncio.create_task(self._poll(job_id))] = job_id
                wake = _wake(batch, now, full=len(in_flight) >= self._max_in_flight)
                if not in_flight:
                    await asyncio.sleep(wake)
                    continue
                finished, _ = await asyncio.wait(in_flight, timeout=wake, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    job_id = in_flight.pop(task)
                    try:
                        outcome = batch.read(job_id, task.result())
                    except JobClientError as error:
                        outcome = batch.failed(job_id, error)
                    if outcome is not None:
                        yield outcome
        finally:
            for task in in_flight:
                task.cancel()
            await asyncio.gather(*in_flight, return_exceptions=True)


def _wake(batch: _Batch[Any], now: float, *, full: bool) -> float:
    """Seconds until something is to be done: the next job due (unless no poll may start),
    or the deadline."""
    until = batch.deadline
    due = batch.next_due()
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
) -> JobBatch[J]:
    """A JobBatch of `job_ids`, each polled with `arguments_of(job_id)`; the package's
    wait_for_jobs documents the rest."""
    _check_in_flight(max_in_flight)
    batch = _Batch(
        waiter,
        job_ids,
        arguments_of,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
    )
    return JobBatch(batch, client, waiter, max_in_flight)


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
) -> AsyncJobBatch[J]:
    """The async form of follow."""
    _check_in_flight(max_in_flight)
    batch = _Batch(
        waiter,
        job_ids,
        arguments_of,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
    )
    return AsyncJobBatch(batch, client, waiter, max_in_flight)
