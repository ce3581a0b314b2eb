"""A client library for accessing Seequent Evo Compute Task API (jobs)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
