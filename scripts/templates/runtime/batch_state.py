"""The bookkeeping of a batch of jobs followed together (batch.py drives it): who is due
when, what was last read of each job, the listing rounds, the outcomes and the progress.
No I/O here: the sync and async drivers share all of it.
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import JobClientError, WaitTimeoutError
from .paging import Paging
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


def check_in_flight(max_in_flight: int) -> int:
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int):
        raise TypeError(f"max_in_flight must be an int, not {max_in_flight!r}")
    if not 1 <= max_in_flight <= MAX_IN_FLIGHT:
        raise ValueError(f"max_in_flight must be from 1 to {MAX_IN_FLIGHT}, not {max_in_flight}")
    return max_in_flight


class BatchState(Generic[J]):
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
        self._max_interval = max_poll_interval
        self._on_progress = on_progress
        self.arguments: dict[str, Mapping[str, Any]] = {}
        self._interval: dict[str, float] = {}
        self._last: dict[str, J] = {}
        self._due: list[tuple[float, int, str]] = []  # a heap of (time, order, job id)
        self._queued: set[str] = set()  # the jobs in `_due`: each at most once
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
                self._queue(job_id, now)
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
            job_id = heapq.heappop(self._due)[2]
            self._queued.discard(job_id)
            taken.append(job_id)
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
        missing = wanted - {job_id for job_id, _ in seen}
        if pages + len(missing) < len(wanted):
            self._singles.extend(job_id for job_id in sorted(missing) if job_id in self._interval)
            self._next_round()
        else:
            self._stop_listing(missing)
        self._report()
        return outcomes

    def round_failed(self) -> None:
        """The listing failed (its error is not the jobs'): rounds poll from now on."""
        self.requests += 1
        self.poll_instead()

    def poll_instead(self) -> None:
        """Poll every job followed, starting now, and from then on (never list)."""
        self._stop_listing(set(self._interval))

    def _next_round(self) -> None:
        self._round_at = time.monotonic() + self._round_interval
        self._round_interval = min(self._round_interval * GROWTH, self._max_interval)

    def _stop_listing(self, now_due: set[str]) -> None:
        self.listing = False
        now = time.monotonic()
        for job_id in self._interval:
            self._queue(job_id, now if job_id in now_due else now + self._interval[job_id])

    def _queue(self, job_id: str, at: float) -> None:
        """Poll the job at `at`, unless a poll of it is queued already (a job in flight when
        rounds stopped listing is queued then, and again when its answer comes)."""
        if job_id not in self._queued:
            self._queued.add(job_id)
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
        self._queued.clear()
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
            self._queue(job_id, at)
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
            f"job {job_id!r} reached no terminal status within the batch's "
            f"{self.timeout:g} s ({last})",
            last_job=job,
        )
        error.__cause__ = cause
        return error

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.progress())
