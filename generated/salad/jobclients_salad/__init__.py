"""A client library for accessing SaladCloud Inference Endpoint Jobs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
