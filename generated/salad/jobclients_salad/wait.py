"""Waiting for a job: poll `get_inference_endpoint_job` until the job reaches a terminal status.

Which statuses are terminal (succeeded, cancelled, failed) and which of them mean
success (succeeded) comes from the spec (x-jobclients-terminal and
x-jobclients-success). A status the spec does not list is not terminal: the wait goes on
until the job reaches a known terminal status or the deadline passes.

The deadline is overall: no poll's request or retry wait runs past it, and a transient
failure of a poll (connection error, timeout, 408, 429, 502, 503, 504) only means polling
again, after its Retry-After if it sends one (see _runtime/polling.py). The loop is the
run-time's (`._runtime.waiting`); this module fills in the spec's operation and job types.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from ._runtime.waiting import JobWait
from ._spec import SUCCESS_STATUSES, TERMINAL_STATUSES
from .api.inference_endpoints import get_inference_endpoint_job as _poll
from .client import AuthenticatedClient, Client
from .models import InferenceEndpointJob

Job = InferenceEndpointJob
ProgressCallback = Callable[[Job], object]


def job_status(job: Job) -> str:
    """The job's status as the raw string the server sent."""
    return str(job.status)


_JOBS = JobWait(_poll, job_status, TERMINAL_STATUSES, SUCCESS_STATUSES)


def is_terminal(job: Job) -> bool:
    return _JOBS.is_terminal(job)


def is_success(job: Job) -> bool:
    return _JOBS.is_success(job)


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
        errors.JobClientError: any other error of `get_inference_endpoint_job`
            (errors.NotFoundError, ...), at once.
        ValueError: timeout or poll_interval is not above 0, or max_poll_interval is below
            poll_interval.
    """
    return _JOBS.wait(
        client,
        {
            "organization_name": organization_name,
            "inference_endpoint_name": inference_endpoint_name,
            "inference_endpoint_job_id": inference_endpoint_job_id,
        },
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
        raise_on_failure=raise_on_failure,
    )


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
    return await _JOBS.async_wait(
        client,
        {
            "organization_name": organization_name,
            "inference_endpoint_name": inference_endpoint_name,
            "inference_endpoint_job_id": inference_endpoint_job_id,
        },
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
        raise_on_failure=raise_on_failure,
    )
