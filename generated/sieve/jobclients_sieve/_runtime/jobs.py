"""One job surface, the same names in every package: get, wait, and (where the provider can)
cancel and iterate, each answering with a JobView.

A package whose spec marks a poll operation has a `Jobs` class (its jobs.py) bound to a
client and to the poll path's other parameters (a SaladCloud organization and endpoint, a
Seequent org, topic and task). Code written against these Protocols drives any provider:
`JobSurface` is what every such package has; `CancellingJobs` and `ListingJobs` are what
those that can cancel (x-jobclients-cancel) or list (x-jobclients-pagination on a listing
of the polled job) have too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from .types import Unset

J = TypeVar("J")
J_co = TypeVar("J_co", covariant=True)


class JobState(Protocol[J_co]):
    """What every package's JobView shows, as a Protocol: the views of two packages are two
    classes, so code that follows any provider's jobs reads them through this."""

    @property
    def id(self) -> str | None: ...

    @property
    def status(self) -> str: ...

    @property
    def is_terminal(self) -> bool: ...

    @property
    def is_success(self) -> bool: ...

    @property
    def job(self) -> J_co: ...


@dataclass(frozen=True)
class JobView(Generic[J]):
    """A job as every package shows it: its id (None where the body names none and the
    caller gave none), its status as the raw string, whether that status ends the job and
    whether it ends it well, and the typed job itself."""

    id: str | None
    status: str
    is_terminal: bool
    is_success: bool
    job: J


@runtime_checkable
class JobSurface(Protocol[J_co]):
    """Read a job and wait for it to end (every package with a poll operation)."""

    def get(self, job_id: str) -> JobState[J_co]: ...

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[JobState[Any]], object] | None = None,
    ) -> JobState[J_co]: ...


@runtime_checkable
class CancellingJobs(JobSurface[J_co], Protocol[J_co]):
    """A surface whose provider can cancel a job."""

    def cancel(self, job_id: str) -> None: ...


@runtime_checkable
class ListingJobs(JobSurface[J_co], Protocol[J_co]):
    """A surface whose provider can list its jobs (lazily, page by page)."""

    def iterate(self, **filters: Any) -> Iterator[JobState[J_co]]: ...


def job_view(
    job: J,
    status: Callable[[J], str],
    terminal: frozenset[str],
    success: frozenset[str],
    job_id: str | None,
) -> JobView[J]:
    """The view of `job`; `job_id` is its id (from the body, else the one asked for)."""
    raw = status(job)
    return JobView(job_id, raw, raw in terminal, raw in success, job)


def id_of(job: Any, attributes: tuple[str, ...]) -> str | None:
    """The job's id from the first of `attributes` it holds as a value (not UNSET, None)."""
    for attribute in attributes:
        value = getattr(job, attribute, None)
        if value is not None and not isinstance(value, Unset):
            return str(value)
    return None
