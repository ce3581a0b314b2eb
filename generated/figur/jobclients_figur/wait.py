"""Waiting for a job: poll `get_job_detail` until the job reaches a terminal status.

Which statuses are terminal (SUCCESS, FAILURE) and which of them mean
success (SUCCESS) comes from the spec (x-jobclients-terminal and
x-jobclients-success). A status the spec does not list is not terminal: the wait goes on
until the job reaches a known terminal status or the deadline passes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from ._spec import SUCCESS_STATUSES, TERMINAL_STATUSES
from .api.jobs import get_job_detail as _poll
from .client import AuthenticatedClient, Client
from .errors import JobFailedError, WaitTimeoutError
from .models import JobDetailResponse

Job = JobDetailResponse
ProgressCallback = Callable[[Job], object]


def job_status(job: Job) -> str:
    """The job's status as the raw string the server sent."""
    return str(job.status)


def is_terminal(job: Job) -> bool:
    return job_status(job) in TERMINAL_STATUSES


def is_success(job: Job) -> bool:
    return job_status(job) in SUCCESS_STATUSES


def wait_for_job(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = True,
) -> Job:
    """Poll until the job is in a terminal status and return it.

    The interval starts at `poll_interval` seconds and grows by half each time up to
    `max_poll_interval`. `on_progress` is called with every job seen.

    Raises:
        errors.WaitTimeoutError: `timeout` seconds passed first; `last_job` is the last job seen.
        errors.JobFailedError: the job ended in a terminal status that is not a success
            (unless raise_on_failure=False, when the job is returned).
        Any error of `get_job_detail` itself (errors.APIStatusError, ...).
    """
    deadline = time.monotonic() + timeout
    interval = poll_interval
    while True:
        job = _poll.sync(
            public_id=public_id,
            client=client,
        )
        if on_progress is not None:
            on_progress(job)
        if is_terminal(job):
            return _finish(job, raise_on_failure)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timed_out(job, timeout)
        time.sleep(min(interval, remaining))
        interval = min(interval * 1.5, max_poll_interval)


async def async_wait_for_job(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = True,
) -> Job:
    """The async form of wait_for_job: the same arguments, errors and result."""
    deadline = time.monotonic() + timeout
    interval = poll_interval
    while True:
        job = await _poll.asyncio(
            public_id=public_id,
            client=client,
        )
        if on_progress is not None:
            on_progress(job)
        if is_terminal(job):
            return _finish(job, raise_on_failure)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timed_out(job, timeout)
        await asyncio.sleep(min(interval, remaining))
        interval = min(interval * 1.5, max_poll_interval)


def _finish(job: Job, raise_on_failure: bool) -> Job:
    if raise_on_failure and not is_success(job):
        raise JobFailedError(f"the job ended with status {job_status(job)!r}", job)
    return job


def _timed_out(job: Job, timeout: float) -> WaitTimeoutError:
    return WaitTimeoutError(f"the job was still {job_status(job)!r} after {timeout:g} s", last_job=job)
