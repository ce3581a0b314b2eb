"""Clients hold the connection settings, the credential and the retry policy of every call.

Defaults come from the spec: the first server (https://api.salad.com/api/public), the credential
header (Salad-Api-Key) and a finite timeout.
The behaviour is the run-time's (`._runtime.client`); this module fills in the spec's values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from attrs import define, field

from ._runtime.budget import RateLimit
from ._runtime.client import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    BaseClient,
    TokenAuth,
    check_prefix,
    check_token,
    server_variables_first,
)
from ._spec import (
    AUTH_HEADER,
    AUTH_PREFIX,
    OPERATION_RATE_LIMITS,
    RATE_LIMIT,
    SERVER_URL,
    SERVER_VARIABLE_ENUMS,
    SERVER_VARIABLE_PATTERNS,
)

__all__ = ("DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "AuthenticatedClient", "Client")


# getstate_setstate=False keeps BaseClient's pickling (without the live httpx clients).
@define(getstate_setstate=False, field_transformer=server_variables_first)
class Client(BaseClient):
    """A client without credentials.

    Attributes:
        base_url: overrides the spec's server (default https://api.salad.com/api/public).
        timeout: seconds or an httpx.Timeout (default: 10 s to connect, 60 s to read).
        retry: how idempotent operations are retried (default: twice, with backoff).
        budget: the request budget every call and waiter of this client takes turns from
            (default: paced at the documented 240 requests per 60 s, slowing
            down on 429 and speeding up again); share one between clients of one key, or None
            to send every request at once.
        max_response_bytes: the most bytes of one body after decompression (default 32 MiB).
        strict: False (default): a 2xx body's field that does not match the spec, other
            than the job's status and id, keeps its raw JSON value and is recorded
            (`Response.problems`, `problems_of(result)`, an OffSpecWarning once per path).
            True: any such field raises errors.ResponseValidationError.
        headers: sent with every request (copied: the caller's dict stays as it is).
            A header named like a credential (Salad-Api-Key, Authorization,
            Proxy-Authorization) is one: sent only to the base URL's origin, redacted from errors.
        cookies: sent with every request (copied, as headers are).
        verify_ssl: passed to httpx.
        follow_redirects: passed to httpx.
        httpx_args: passed to httpx (`proxy`, `limits`, `cert`, `http2`, `transport`,
            `mounts`, ... all work; each transport sends the credential).

    The repr shows the names of headers, cookies and httpx_args, never their values. A client
    pickles without its live httpx clients (the copy makes its own on first use).
    """

    _server_url: ClassVar[str] = SERVER_URL
    _auth_header: ClassVar[str] = AUTH_HEADER
    _server_variable_enums: ClassVar[Mapping[str, frozenset[str]]] = SERVER_VARIABLE_ENUMS
    _server_variable_patterns: ClassVar[Mapping[str, str]] = SERVER_VARIABLE_PATTERNS
    _rate_limit: ClassVar[RateLimit | None] = None if RATE_LIMIT is None else RateLimit(*RATE_LIMIT)
    _operation_rate_limits: ClassVar[Mapping[str, RateLimit]] = {
        name: RateLimit(*limit) for name, limit in OPERATION_RATE_LIMITS.items()
    }


# Fields here, behaviour in TokenAuth: two slotted bases both adding fields cannot be combined.
@define(getstate_setstate=False, field_transformer=server_variables_first)
class AuthenticatedClient(TokenAuth, Client):
    """A client that sends a credential: `AuthenticatedClient(token="...")`.

    The token goes in the Salad-Api-Key header, only to the
    base URL's origin (never to a host a redirect points at), on a copy of each request made
    for the wire: `response.request`, event hooks and exceptions never see it, and it is
    in no repr or error message. A token that is empty, not printable ASCII or holds a line
    break or NUL raises ValueError (without the token in the message).
    """

    token: str = field(kw_only=True, repr=False, validator=check_token)
    prefix: str = field(default=AUTH_PREFIX, kw_only=True, validator=check_prefix)
    auth_header_name: str = field(default=AUTH_HEADER, kw_only=True)
