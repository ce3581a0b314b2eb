"""Clients hold the connection settings, the credential and the retry policy of every call.

Defaults come from the spec: the first server (https://api.salad.com/api/public), the credential
header (Salad-Api-Key) and a finite timeout.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._runtime.retry import RetryPolicy
from ._spec import AUTH_HEADER, AUTH_PREFIX, SERVER_URL

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def _copy_str_map(value: Mapping[str, str]) -> dict[str, str]:
    """Take a copy, so the caller's dict is never changed behind their back."""
    return dict(value)


def _copy_any_map(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


def _as_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@define
class Client:
    """A client without credentials.

    Args:
        base_url: overrides the spec's server (default https://api.salad.com/api/public).

        timeout: seconds or an httpx.Timeout (default: 10 s to connect, 60 s to read).
        retry: how idempotent operations are retried (default: twice, with backoff).
        headers, cookies: sent with every request (copied: the caller's dicts stay as they are).
        verify_ssl, follow_redirects, httpx_args: passed to httpx.
        raise_on_unexpected_status: raise errors.UnexpectedStatus for a 2xx the spec does not document.
    """

    _base_url: str | None = field(default=None, alias="base_url")

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, converter=_copy_str_map, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, converter=_copy_str_map, kw_only=True, alias="headers")
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, converter=_as_timeout, kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(
        factory=dict, converter=_copy_any_map, kw_only=True, alias="httpx_args"
    )
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        if self._base_url is not None:
            return self._base_url
        return SERVER_URL

    def redact(self, text: str) -> str:
        """`text` with this client's secrets replaced (a client without credentials has none)."""
        return text

    def _credential_headers(self) -> dict[str, str]:
        return {}

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
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self.base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=_CredentialTransport(inner, self.base_url, self._credential_headers()),
                **args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own httpx.AsyncClient (it then carries its own settings and credentials)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=_AsyncCredentialTransport(inner, self.base_url, self._credential_headers()),
                **args,
            )
        return self._async_client

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


@define
class AuthenticatedClient(Client):
    """A client that sends a credential: `AuthenticatedClient(token="...")`.

    The token goes in the Salad-Api-Key header, only to the
    base URL's host (never to a host a redirect points at), and never into a repr or an error.
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default=AUTH_PREFIX, kw_only=True)
    auth_header_name: str = field(default=AUTH_HEADER, kw_only=True)

    def redact(self, text: str) -> str:
        return text.replace(self.token, "[redacted]") if self.token else text

    def _credential_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}


def _same_origin(url: httpx.URL, origin: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (origin.scheme, origin.host, origin.port)


class _CredentialTransport(httpx.BaseTransport):
    """Adds the credential to requests for the base URL's origin only, so a redirect to
    another host never carries it (httpx strips only Authorization, not API-key headers)."""

    def __init__(self, inner: httpx.BaseTransport, base_url: str, headers: dict[str, str]) -> None:
        self._inner = inner
        self._origin = httpx.URL(base_url)
        self._headers = headers

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _apply(request, self._origin, self._headers)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncCredentialTransport(httpx.AsyncBaseTransport):
    """The async twin of _CredentialTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, base_url: str, headers: dict[str, str]) -> None:
        self._inner = inner
        self._origin = httpx.URL(base_url)
        self._headers = headers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _apply(request, self._origin, self._headers)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _apply(request: httpx.Request, origin: httpx.URL, headers: dict[str, str]) -> None:
    for name in headers:
        request.headers.pop(name, None)
    if _same_origin(request.url, origin):
        request.headers.update(headers)
