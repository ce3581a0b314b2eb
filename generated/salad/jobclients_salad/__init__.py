"""A client library for accessing SaladCloud Inference Endpoint Jobs"""

from ._runtime.retry import RetryPolicy
from .client import AuthenticatedClient, Client
from .wait import async_wait_for_job, wait_for_job

__all__ = (
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "async_wait_for_job",
    "wait_for_job",
)
