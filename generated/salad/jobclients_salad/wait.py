"""Waiting for a job: poll `get_inference_endpoint_job` until the job reaches a terminal status.

Which statuses are terminal (succeeded, cancelled, failed) and which of them mean
success (succeeded) comes from the spec (x-jobclients-terminal and
x-jobclients-success). A status the spec does not list is not terminal: the wait goes on
until the job reaches a known terminal status or the deadline passes.

The deadline is overall: no poll's request or retry wait runs past it, and a transient
failure of a poll (connection error, timeout, 408, 429, 502, 503, 504) only means polling
again, after its Retry-After if it sends one (see _runtime/polling.py).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import cast
from uuid import UUID

from ._runtime.http import asend, send
from ._runtime.polling import PollSchedule, is_transient
from ._spec import SUCCESS_STATUSES, TERMINAL_STATUSES
from .api.inference_endpoints import get_inference_endpoint_job as _poll
from .client import AuthenticatedClient, Client
from .errors import JobClientError, JobFailedError, WaitTimeoutError
from .models import InferenceEndpointJob

Job = InferenceEndpointJob
ProgressCallback = Callable[[Job], object]


def job_status(job: Job) -> str:
    """The job's status as the raw string the server sent."""
    return str(job.status)


def is_terminal(job: Job) -> bool:
    return job_status(job) in TERMINAL_STATUSES


def is_success(job: Job) -> bool:
    return job_status(job) in SUCCESS_STATUSES


def wait_for_job(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = True,
) -> Job:
    """Poll until the job is in a terminal status and return it.

    The interval starts at `poll_interval` seconds (above 0) and grows by half each time up
    to `max_poll_interval`. `timeout` is an overall deadline: each poll's request and retry
    waits are cut to the time left. A transient failure of a poll (connection error, timeout,
    408, 429, 502, 503, 504) is followed by another poll, no sooner than its Retry-After (a
    Retry-After reaching past the deadline ends the wait at once). `on_progress` is called
    with every job seen.

    Raises:
        errors.WaitTimeoutError: `timeout` seconds passed first; `last_job` is the last job
            seen (None if no poll succeeded), and the last transient failure is its cause.
        errors.JobFailedError: the job ended in a terminal status that is not a success
            (unless raise_on_failure=False, when the job is returned).
        Any other error of `get_inference_endpoint_job` (errors.NotFoundError, ...), at once.
        ValueError: timeout or poll_interval is not above 0, or max_poll_interval is below
            poll_interval.
    """
    schedule = PollSchedule(timeout, poll_interval, max_poll_interval)
    last_job: Job | None = None
    while True:
        try:
            kwargs = _poll._get_kwargs(
                organization_name=organization_name,
                inference_endpoint_name=inference_endpoint_name,
                inference_endpoint_job_id=inference_endpoint_job_id,
            )
            response = send(client, kwargs, idempotent=_poll._IDEMPOTENT, deadline=schedule.deadline)
            job = cast(Job, _poll._build_response(client=client, response=response).parsed)
        except JobClientError as error:
            if not is_transient(error):
                raise
            delay = schedule.next_delay(error)
            if delay is None:
                raise _timed_out(last_job, schedule.timeout) from error
        else:
            last_job = job
            if on_progress is not None:
                on_progress(job)
            if is_terminal(job):
                return _finish(job, raise_on_failure)
            delay = schedule.next_delay()
            if delay is None:
                raise _timed_out(job, schedule.timeout)
        time.sleep(delay)


async def async_wait_for_job(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = True,
) -> Job:
    """The async form of wait_for_job: the same arguments, errors and result."""
    schedule = PollSchedule(timeout, poll_interval, max_poll_interval)
    last_job: Job | None = None
    while True:
        try:
            kwargs = _poll._get_kwargs(
                organization_name=organization_name,
                inference_endpoint_name=inference_endpoint_name,
                inference_endpoint_job_id=inference_endpoint_job_id,
            )
            response = await asend(client, kwargs, idempotent=_poll._IDEMPOTENT, deadline=schedule.deadline)
            job = cast(Job, _poll._build_response(client=client, response=response).parsed)
        except JobClientError as error:
            if not is_transient(error):
                raise
            delay = schedule.next_delay(error)
            if delay is None:
                raise _timed_out(last_job, schedule.timeout) from error
        else:
            last_job = job
            if on_progress is not None:
                on_progress(job)
            if is_terminal(job):
                return _finish(job, raise_on_failure)
            delay = schedule.next_delay()
            if delay is None:
                raise _timed_out(job, schedule.timeout)
        await asyncio.sleep(delay)


def _finish(job: Job, raise_on_failure: bool) -> Job:
    if raise_on_failure and not is_success(job):
        raise JobFailedError(f"the job ended with status {job_status(job)!r}", job)
    return job


def _timed_out(job: Job | None, timeout: float) -> WaitTimeoutError:
    last = "no job read" if job is None else f"last status {job_status(job)!r}"
    return WaitTimeoutError(
        f"the job reached no terminal status within the wait's {timeout:g} s ({last})",
        last_job=job,
    )
