"""This package's job surface: `Jobs(client, org_id=..., topic=..., task=...)` with get, wait, cancel.

The same names in every jobclients package, each answering with a JobView (the id, the raw
status, whether it is terminal and whether it succeeded, and the typed job). Code written
against `_runtime.jobs.JobSurface`, `CancellingJobs` drives this provider and any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from uuid import UUID

from ._runtime.batch import AsyncJobBatch, JobBatch, afollow, follow
from ._runtime.batch_state import BatchProgress, Listing
from ._runtime.jobs import JobState, JobView, id_of, job_view
from ._spec import SUCCESS_STATUSES, TERMINAL_STATUSES
from .api.jobs import cancel_job as _cancel
from .api.jobs import get_job_status as _poll
from .client import AuthenticatedClient, Client
from .models import JobStatusResponse
from .wait import _JOBS, job_status, wait_for_job

Job = JobStatusResponse

# The job model's attributes that hold its id, the first with a value wins.
_ID_ATTRIBUTES: tuple[str, ...] = ()

_LISTING: Listing[Job] | None = None  # the spec has no listing of these jobs


class Jobs:
    """The jobs of Seequent Evo Compute Task API (jobs), bound to `org_id`, `topic`, `task`: get, wait, cancel."""

    def __init__(
        self,
        client: AuthenticatedClient | Client,
        *,
        org_id: UUID,
        topic: str,
        task: str,
    ) -> None:
        self.client = client
        self._scope: dict[str, Any] = {
            "org_id": org_id,
            "topic": topic,
            "task": task,
        }

    def _arguments(self, job_id: str) -> dict[str, Any]:
        try:
            key: Any = UUID(job_id)
        except ValueError:
            raise ValueError(f"job_id must be a UUID, not {job_id!r}") from None
        return {**self._scope, "job_id": key}

    def _view(self, job: Job, job_id: str | None) -> JobView[Job]:
        found = id_of(job, _ID_ATTRIBUTES) or job_id
        return job_view(job, job_status, TERMINAL_STATUSES, SUCCESS_STATUSES, found)

    def get(self, job_id: str) -> JobView[Job]:
        """The job now (`get_job_status`); its errors are raised as they are."""
        return self._view(_poll.sync(client=self.client, **self._arguments(job_id)), job_id)

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[JobState[Any]], object] | None = None,
    ) -> JobView[Job]:
        """The job once its status is terminal (wait_for_job, which raises
        errors.WaitTimeoutError past `timeout`); a failed job is returned, not raised:
        `is_success` says how it ended. `on_progress` gets the view of every poll."""

        def progress(job: Job) -> None:
            if on_progress is not None:
                on_progress(self._view(job, job_id))

        job = wait_for_job(
            **self._arguments(job_id),
            client=self.client,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max(30.0, poll_interval),
            on_progress=progress,
            raise_on_failure=False,
        )
        return self._view(job, job_id)

    def cancel(self, job_id: str) -> None:
        """Ask for the job to be cancelled (`cancel_job`); its errors are raised as they are."""
        arguments = self._arguments(job_id)
        _cancel.sync_detailed(
            client=self.client,
            org_id=arguments["org_id"],
            topic=arguments["topic"],
            task=arguments["task"],
            job_id=arguments["job_id"],
        )


def wait_for_jobs(
    job_ids: Iterable[str],
    *,
    client: AuthenticatedClient | Client,
    org_id: UUID,
    topic: str,
    task: str,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    max_in_flight: int = 10,
    use_listing: bool | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
) -> JobBatch[Job]:
    """Follow many jobs together; iterate the batch to get each job as it ends.

    Each job is polled (`get_job_status`) on its own interval, from
    `poll_interval` growing by half up to `max_poll_interval`, with at most `max_in_flight`
    polls at once (1 to 1,000; threads) and every poll taking its turn from the client's
    budget. A repeated id is followed once. `timeout` is one deadline for the whole batch.

    The spec has no listing of these jobs: every round polls (use_listing=True raises
    ValueError).


    Yields one JobOutcome per job, as it ends: `error` is None when the job reached a
    terminal status (`succeeded` says whether a successful one), else why following it
    stopped, without stopping the others: errors.WaitTimeoutError at the deadline, the
    poll's own error (errors.NotFoundError, ...; a transient failure is polled through), or
    ValueError for an id the poll cannot take. `on_progress` gets a BatchProgress (counts per
    status, finished, succeeded, failed, errors, requests) after every poll; `progress` on
    the batch is the same at any time. Close the batch, or use it in a `with` block, to stop
    early.

    Raises:
        ValueError: timeout or poll_interval is not above 0, max_poll_interval is below
            poll_interval, max_in_flight is not from 1 to 1,000, or use_listing is True.
    """
    jobs = Jobs(client, org_id=org_id, topic=topic, task=task)
    return follow(
        _JOBS,
        client,
        job_ids,
        jobs._arguments,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        max_in_flight=max_in_flight,
        on_progress=on_progress,
        listing=_LISTING,
        list_arguments={},
        use_listing=use_listing,
    )


def async_wait_for_jobs(
    job_ids: Iterable[str],
    *,
    client: AuthenticatedClient | Client,
    org_id: UUID,
    topic: str,
    task: str,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    max_in_flight: int = 10,
    use_listing: bool | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
) -> AsyncJobBatch[Job]:
    """The async form of wait_for_jobs (`async for outcome in ...`; tasks instead of
    threads): the same arguments, outcomes and errors."""
    jobs = Jobs(client, org_id=org_id, topic=topic, task=task)
    return afollow(
        _JOBS,
        client,
        job_ids,
        jobs._arguments,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        max_in_flight=max_in_flight,
        on_progress=on_progress,
        listing=_LISTING,
        list_arguments={},
        use_listing=use_listing,
    )
