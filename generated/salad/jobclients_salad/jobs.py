"""This package's job surface: `Jobs(client, organization_name=..., inference_endpoint_name=...)` with get, wait, cancel, iterate.

The same names in every jobclients package, each answering with a JobView (the id, the raw
status, whether it is terminal and whether it succeeded, and the typed job). Code written
against `_runtime.jobs.JobSurface`, `CancellingJobs`, `ListingJobs` drives this provider and any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any
from uuid import UUID

from ._runtime.batch import AsyncJobBatch, JobBatch, afollow, follow
from ._runtime.batch_state import BatchProgress, Listing
from ._runtime.jobs import JobState, JobView, id_of, job_view
from ._spec import SUCCESS_STATUSES, TERMINAL_STATUSES
from .api.inference_endpoints import delete_inference_endpoint_job as _cancel
from .api.inference_endpoints import get_inference_endpoint_job as _poll
from .api.inference_endpoints import list_inference_endpoint_jobs as _list
from .client import AuthenticatedClient, Client
from .models import InferenceEndpointJob
from .paging import _list_inference_endpoint_jobs_paging as _LIST_PAGING
from .paging import iterate_inference_endpoint_jobs as _iterate
from .wait import _JOBS, job_status, wait_for_job

Job = InferenceEndpointJob

# The job model's attributes that hold its id, the first with a value wins.
_ID_ATTRIBUTES: tuple[str, ...] = ("id",)


def _listed_id(job: Job) -> str | None:
    return id_of(job, _ID_ATTRIBUTES)


# What wait_for_jobs reads a round of jobs from (`list_inference_endpoint_jobs`), largest pages first.
_LISTING: Listing[Job] | None = Listing(
    _list.sync_detailed, _list.asyncio_detailed, _LIST_PAGING, 100, _listed_id
)


class Jobs:
    """The jobs of SaladCloud Inference Endpoint Jobs, bound to `organization_name`, `inference_endpoint_name`: get, wait, cancel, iterate."""

    def __init__(
        self,
        client: AuthenticatedClient | Client,
        *,
        organization_name: str,
        inference_endpoint_name: str,
    ) -> None:
        self.client = client
        self._scope: dict[str, Any] = {
            "organization_name": organization_name,
            "inference_endpoint_name": inference_endpoint_name,
        }

    def _arguments(self, job_id: str) -> dict[str, Any]:
        try:
            key: Any = UUID(job_id)
        except ValueError:
            raise ValueError(f"job_id must be a UUID, not {job_id!r}") from None
        return {**self._scope, "inference_endpoint_job_id": key}

    def _view(self, job: Job, job_id: str | None) -> JobView[Job]:
        found = id_of(job, _ID_ATTRIBUTES) or job_id
        return job_view(job, job_status, TERMINAL_STATUSES, SUCCESS_STATUSES, found)

    def get(self, job_id: str) -> JobView[Job]:
        """The job now (`get_inference_endpoint_job`); its errors are raised as they are."""
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
        """Ask for the job to be cancelled (`delete_inference_endpoint_job`); its errors are raised as they are."""
        arguments = self._arguments(job_id)
        _cancel.sync_detailed(
            client=self.client,
            organization_name=arguments["organization_name"],
            inference_endpoint_name=arguments["inference_endpoint_name"],
            inference_endpoint_job_id=arguments["inference_endpoint_job_id"],
        )

    def iterate(self, **filters: Any) -> Iterator[JobView[Job]]:
        """Every job the listing returns, fetched page by page as reached
        (`iterate_inference_endpoint_jobs`; `filters` are its arguments)."""
        scope: dict[str, Any] = {
            "organization_name": self._scope["organization_name"],
            "inference_endpoint_name": self._scope["inference_endpoint_name"],
        }
        return (self._view(job, None) for job in _iterate(client=self.client, **scope, **filters))


def wait_for_jobs(
    job_ids: Iterable[str],
    *,
    client: AuthenticatedClient | Client,
    organization_name: str,
    inference_endpoint_name: str,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    max_in_flight: int = 10,
    use_listing: bool | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
) -> JobBatch[Job]:
    """Follow many jobs together; iterate the batch to get each job as it ends.

    Each job is polled (`get_inference_endpoint_job`) on its own interval, from
    `poll_interval` growing by half up to `max_poll_interval`, with at most `max_in_flight`
    polls at once (1 to 1,000; threads) and every poll taking its turn from the client's
    budget. A repeated id is followed once. `timeout` is one deadline for the whole batch.

    With two jobs or more (or use_listing=True), a round reads `list_inference_endpoint_jobs`
    instead, 100 jobs a page, until it has seen every job followed: 10
    pages for 1,000 jobs rather than 1,000 polls. A round that would cost as much as polling
    (the listing holds too many other jobs), or that fails, makes every later round poll;
    the jobs a round did not see are polled. use_listing=False always polls.


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
            poll_interval, max_in_flight is not from 1 to 1,000.
    """
    jobs = Jobs(client, organization_name=organization_name, inference_endpoint_name=inference_endpoint_name)
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
        list_arguments={
            "organization_name": organization_name,
            "inference_endpoint_name": inference_endpoint_name,
        },
        use_listing=use_listing,
    )


def async_wait_for_jobs(
    job_ids: Iterable[str],
    *,
    client: AuthenticatedClient | Client,
    organization_name: str,
    inference_endpoint_name: str,
    timeout: float = 3600.0,
    poll_interval: float = 2.0,
    max_poll_interval: float = 30.0,
    max_in_flight: int = 10,
    use_listing: bool | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
) -> AsyncJobBatch[Job]:
    """The async form of wait_for_jobs (`async for outcome in ...`; tasks instead of
    threads): the same arguments, outcomes and errors."""
    jobs = Jobs(client, organization_name=organization_name, inference_endpoint_name=inference_endpoint_name)
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
        list_arguments={
            "organization_name": organization_name,
            "inference_endpoint_name": inference_endpoint_name,
        },
        use_listing=use_listing,
    )
