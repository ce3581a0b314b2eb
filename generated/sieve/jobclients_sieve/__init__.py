"""A client library for accessing Sieve Jobs"""

from ._runtime.batch import AsyncJobBatch, JobBatch
from ._runtime.batch_state import BatchProgress, JobOutcome
from ._runtime.budget import RateLimit, RequestBudget
from ._runtime.jobs import CancellingJobs, JobState, JobSurface, JobView, ListingJobs
from ._runtime.retry import RetryPolicy
from ._runtime.tolerance import OffSpecWarning, problems_of
from ._runtime.types import Problem
from .client import AuthenticatedClient, Client
from .jobs import Jobs, async_wait_for_jobs, wait_for_jobs
from .paging import async_iterate_jobs, iterate_jobs
from .wait import async_wait_for_job, wait_for_job

__version__ = "0.10.1"

__all__ = (
    "AsyncJobBatch",
    "AuthenticatedClient",
    "BatchProgress",
    "CancellingJobs",
    "Client",
    "JobBatch",
    "JobOutcome",
    "JobState",
    "JobSurface",
    "JobView",
    "Jobs",
    "ListingJobs",
    "OffSpecWarning",
    "Problem",
    "RateLimit",
    "RequestBudget",
    "RetryPolicy",
    "async_iterate_jobs",
    "async_wait_for_job",
    "async_wait_for_jobs",
    "iterate_jobs",
    "problems_of",
    "wait_for_job",
    "wait_for_jobs",
    "__version__",
)
