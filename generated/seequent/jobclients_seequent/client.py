"""Clients hold the connection settings, the credential and the retry policy of every call.

Defaults come from the spec: the first server (https://{hub}.api.seequent.com), the credential
header (Authorization: Bearer <token>) and a finite timeout.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import Attribute, define, evolve, field, fields

from ._runtime.credentials import ALWAYS_SECRET, Credential, check_secret, keys_only
from ._runtime.retry import RetryPolicy
from ._runtime.server import check_server_variable
from ._runtime.transport import AsyncCredentialClient, CredentialClient
from ._spec import AUTH_HEADER, AUTH_PREFIX, SERVER_URL, SERVER_VARIABLE_ENUMS, SERVER_VARIABLE_PATTERNS

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# httpx keeps 20 idle connections by default: 100 concurrent polls would close 80 of them
# after each round and open them again in the next (half the throughput, measured). These
# are the limits Stainless-generated SDKs use; `httpx_args={"limits": ...}` overrides them.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


def _copy_str_map(value: Mapping[str, str]) -> dict[str, str]:
    """Take a copy, so the caller's dict is never changed behind their back."""
    return dict(value)


def _copy_any_map(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


def _as_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _check_secret_headers(instance: Client, _: Attribute[dict[str, str]], headers: dict[str, str]) -> None:
    secret = instance._secret_header_names()
    for name, value in headers.items():
        if name.lower() in secret:
            check_secret(f"header {name!r}", value)


def _check_token(_: object, attribute: Attribute[str], value: str) -> None:
    check_secret(attribute.name, value)


def _check_prefix(_: object, attribute: Attribute[str], value: str) -> None:
    if value:  # "" sends the bare token
        check_secret(attribute.name, value)


def _check_server_variable(_: object, attribute: Attribute[str], value: str) -> None:
    name = attribute.name
    check_server_variable(name, value, SERVER_VARIABLE_ENUMS.get(name), SERVER_VARIABLE_PATTERNS.get(name))


@define
class Client:
    """A client without credentials.

    Args:
        base_url: overrides the spec's server (default https://{hub}.api.seequent.com).

        hub: the `hub` of the server URL (default '350mt'; must match `^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`, else ValueError).

        timeout: seconds or an httpx.Timeout (default: 10 s to connect, 60 s to read).
        retry: how idempotent operations are retried (default: twice, with backoff).
        headers, cookies: sent with every request (copied: the caller's dicts stay as they are).
            A header named like a credential (Authorization, Authorization,
            Proxy-Authorization) is one: sent only to the base URL's origin, redacted from errors.
        verify_ssl, follow_redirects, httpx_args: passed to httpx (`proxy`, `limits`, `cert`,
            `http2`, `transport`, `mounts`, ... all work; each transport sends the credential).
        raise_on_unexpected_status: kept for compatibility, no effect: a 2xx the operation
            does not document always raises errors.UnexpectedStatus.

    The repr shows the names of headers, cookies and httpx_args, never their values. A client
    pickles without its live httpx clients (the copy makes its own on first use).
    """

    _base_url: str | None = field(default=None, alias="base_url")

    hub: str = field(default="350mt", kw_only=True, validator=_check_server_variable)

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _cookies: dict[str, str] = field(
        factory=dict, converter=_copy_str_map, kw_only=True, alias="cookies", repr=keys_only
    )
    _headers: dict[str, str] = field(
        factory=dict,
        converter=_copy_str_map,
        kw_only=True,
        alias="headers",
        repr=keys_only,
        validator=_check_secret_headers,
    )
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, converter=_as_timeout, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(
        factory=dict, converter=_copy_any_map, kw_only=True, alias="httpx_args", repr=keys_only
    )
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        if self._base_url is not None:
            return self._base_url
        return SERVER_URL.format(
            hub=self.hub,
        )

    def redact(self, text: str) -> str:
        """`text` with this client's secrets (token, credential headers) as [redacted]."""
        return self._credential().redact(text)

    def _secret_header_names(self) -> frozenset[str]:
        return ALWAYS_SECRET | {AUTH_HEADER.lower()}

    def _credential_headers(self) -> dict[str, str]:
        secret = self._secret_header_names()
        return {name: value for name, value in self._headers.items() if name.lower() in secret}

    def _secrets(self) -> tuple[str, ...]:
        return ()

    def _credential(self) -> Credential:
        return Credential(
            self.base_url, self._credential_headers(), self._secret_header_names(), self._secrets()
        )

    def _plain_headers(self) -> dict[str, str]:
        secret = self._secret_header_names()
        return {name: value for name, value in self._headers.items() if name.lower() not in secret}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with more headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one with more cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx.Client (it then carries its own settings and credentials)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = CredentialClient(
                credential=self._credential(),
                base_url=self.base_url,
                cookies=self._cookies,
                headers=self._plain_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                **{"verify": self._verify_ssl, "limits": DEFAULT_LIMITS, **self._httpx_args},
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own httpx.AsyncClient (it then carries its own settings and credentials)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = AsyncCredentialClient(
                credential=self._credential(),
                base_url=self.base_url,
                cookies=self._cookies,
                headers=self._plain_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                **{"verify": self._verify_ssl, "limits": DEFAULT_LIMITS, **self._httpx_args},
            )
        return self._async_client

    def __getstate__(self) -> dict[str, Any]:
        # The live httpx clients hold locks and sockets, which do not pickle.
        state = {attribute.name: getattr(self, attribute.name) for attribute in fields(type(self))}
        state["_client"] = state["_async_client"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, tb)


@define(getstate_setstate=False)  # Client's: without the live httpx clients
class AuthenticatedClient(Client):
    """A client that sends a credential: `AuthenticatedClient(token="...")`.

    The token goes in the Authorization header as "Bearer <token>", only to the
    base URL's origin (never to a host a redirect points at), on a copy of each request made
    for the wire: `response.request`, event hooks and exceptions never see it, and it is
    in no repr or error message. A token that is empty, not printable ASCII or holds a line
    break or NUL raises ValueError (without the token in the message).
    """

    token: str = field(kw_only=True, repr=False, validator=_check_token)
    prefix: str = field(default=AUTH_PREFIX, kw_only=True, validator=_check_prefix)
    auth_header_name: str = field(default=AUTH_HEADER, kw_only=True)

    def _secret_header_names(self) -> frozenset[str]:
        return super()._secret_header_names() | {self.auth_header_name.lower()}

    def _credential_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**super()._credential_headers(), self.auth_header_name: value}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token,)
