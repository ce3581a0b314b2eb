"""Waiting for a job: poll an operation until the job it returns reaches a terminal status.

A package's wait.py makes one JobWait from its spec (the operation marked
x-jobclients-poll, how to read a job's status, x-jobclients-terminal and
x-jobclients-success) and calls it with the poll's arguments. A status the spec does not
list is not terminal. The deadline is overall, and a transient failure of a poll is only a
reason to poll again (see polling.py).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar, cast

import httpx

from .errors import JobClientError, JobFailedError, WaitTimeoutError
from .http import SendingClient, asend, send
from .polling import PollSchedule, is_transient
from .types import Response

J = TypeVar("J")


class PollOperation(Protocol):
    """A generated operation module: what its sync_detailed uses, without the call."""

    _IDEMPOTENT: bool
    _OPERATION: str

    @property
    def _get_kwargs(self) -> Callable[..., dict[str, Any]]: ...

    @property
    def _build_response(self) -> Callable[..., Response[Any]]: ...


class JobWait(Generic[J]):
    """Polls `operation` until `status(job)` is in `terminal`; those in `success` end well."""

    def __init__(
        self,
        operation: PollOperation,
        status: Callable[[J], str],
        terminal: frozenset[str],
        success: frozenset[str],
    ) -> None:
        self._operation = operation
        self.status = status
        self.terminal = terminal
        self.success = success

    def is_terminal(self, job: J) -> bool:
        return self.status(job) in self.terminal

    def is_success(self, job: J) -> bool:
        return self.status(job) in self.success

    def wait(
        self,
        client: SendingClient,
        arguments: Mapping[str, Any],
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: Callable[[J], object] | None,
        raise_on_failure: bool,
    ) -> J:
        """Poll with `arguments` (the operation's own) until the job is terminal; see the
        package's wait_for_job for what each argument does and what is raised."""
        run = _Run(
            self,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        )
        while True:
            try:
                job = self.poll(client, arguments, run.deadline)
            except JobClientError as error:
                if not is_transient(error):
                    raise
                delay = run.after_failure(error)
            else:
                if run.ends_with(job):
                    return job
                delay = run.next_delay()
            time.sleep(delay)

    async def async_wait(
        self,
        client: SendingClient,
        arguments: Mapping[str, Any],
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: Callable[[J], object] | None,
        raise_on_failure: bool,
    ) -> J:
        """The async form of wait: the same arguments, errors and result."""
        run = _Run(
            self,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
        )
        while True:
            try:
                job = await self.apoll(client, arguments, run.deadline)
            except JobClientError as error:
                if not is_transient(error):
                    raise
                delay = run.after_failure(error)
            else:
                if run.ends_with(job):
                    return job
                delay = run.next_delay()
            await asyncio.sleep(delay)

    def poll(self, client: SendingClient, arguments: Mapping[str, Any], deadline: float) -> J:
        """The job read once, by `deadline` (its turn from the client's budget included)."""
        operation = self._operation
        response = send(
            client,
            operation._get_kwargs(**arguments),
            idempotent=operation._IDEMPOTENT,
            deadline=deadline,
            operation=operation._OPERATION,
        )
        return self._job(client, response)

    async def apoll(self, client: SendingClient, arguments: Mapping[str, Any], deadline: float) -> J:
        operation = self._operation
        response = await asend(
            client,
            operation._get_kwargs(**arguments),
            idempotent=operation._IDEMPOTENT,
            deadline=deadline,
            operation=operation._OPERATION,
        )
        return self._job(client, response)

    def _job(self, client: SendingClient, response: httpx.Response) -> J:
        # build_response returns the operation's success bodies only: the job types.
        return cast(J, self._operation._build_response(client=client, response=response).parsed)


class _Run(Generic[J]):
    """One wait's state: its schedule and the last job seen. Shared by wait and async_wait,
    which differ only in how they send and sleep."""

    def __init__(
        self,
        jobs: JobWait[J],
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        on_progress: Callable[[J], object] | None,
        raise_on_failure: bool,
    ) -> None:
        self._jobs = jobs
        self._schedule = PollSchedule(timeout, poll_interval, max_poll_interval)
        self.deadline = self._schedule.deadline
        self._on_progress = on_progress
        self._raise_on_failure = raise_on_failure
        self._last_job: J | None = None

    def after_failure(self, error: JobClientError) -> float:
        """The delay before polling again after a transient failure (called while it is
        being handled); WaitTimeoutError, caused by it, when the deadline comes first."""
        delay = self._schedule.next_delay(error)
        if delay is None:
            raise self._timed_out() from error
        return delay

    def ends_with(self, job: J) -> bool:
        """Whether `job` ends the wait (it is terminal), after on_progress saw it;
        JobFailedError if it is no success and raise_on_failure."""
        self._last_job = job
        if self._on_progress is not None:
            self._on_progress(job)
        if not self._jobs.is_terminal(job):
            return False
        if self._raise_on_failure and not self._jobs.is_success(job):
            status = self._jobs.status(job)
            raise JobFailedError(f"the job ended with status {status!r}", job)
        return True

    def next_delay(self) -> float:
        """The delay before polling again after a job that is not terminal;
        WaitTimeoutError when the deadline has passed."""
        delay = self._schedule.next_delay()
        if delay is None:
            raise self._timed_out()
        return delay

    def _timed_out(self) -> WaitTimeoutError:
        job = self._last_job
        last = "no job read" if job is None else f"last status {self._jobs.status(job)!r}"
        return WaitTimeoutError(
            f"the job reached no terminal status within the wait's {self._schedule.timeout:g} s ({last})",
            last_job=job,
        )
