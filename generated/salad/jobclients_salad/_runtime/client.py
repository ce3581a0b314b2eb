"""The client classes' behaviour: connection settings, the credential, the retry policy and
the request budget.

Each package's client.py subclasses BaseClient (as Client) and TokenAuth with Client (as
AuthenticatedClient), filling in what its spec says: the server URL and its variables, the
credential header and the token's prefix, and docstrings naming them.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx
from attrs import Attribute, Factory, define, evolve, field, fields

from .body import ACCEPT_ENCODING
from .budget import RateLimit, RequestBudget
from .credentials import ALWAYS_SECRET, Credential, check_secret, keys_only
from .retry import RetryPolicy
from .server import absolute_base_url, check_server_variable
from .transport import AsyncCredentialClient, CredentialClient
from .values import check_header

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# httpx keeps 20 idle connections by default: 100 concurrent polls would close 80 of them
# after each round and open them again in the next (half the throughput, measured). These
# are the limits Stainless-generated SDKs use; `httpx_args={"limits": ...}` overrides them.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
# The most bytes of one answer's body, after decompression: far above any job or page of
# jobs, far below what would exhaust a machine's memory.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


def _copy_str_map(value: Mapping[str, str]) -> dict[str, str]:
    """Take a copy, so the caller's dict is never changed behind their back."""
    return dict(value)


def _copy_any_map(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


def _as_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _check_headers(instance: BaseClient, _: Attribute[dict[str, str]], headers: dict[str, str]) -> None:
    secret = instance._secret_header_names()
    for name, value in headers.items():
        if name.lower() in secret:
            check_secret(f"header {name!r}", value)
        else:
            check_header(name, value)


def _check_max_response_bytes(_: object, attribute: Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.alias} must be a positive int of bytes, not {value!r}")


def spec_budget(instance: BaseClient) -> RequestBudget:
    """A client's default budget: the spec's documented limits (x-jobclients-rate-limit),
    adaptive."""
    return RequestBudget(instance._rate_limit, operations=instance._operation_rate_limits)


def _check_budget(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, RequestBudget):
        raise TypeError(f"{attribute.name} must be a RequestBudget or None, not {value!r}")


def check_token(_: object, attribute: Attribute[str], value: str) -> None:
    """Validator of AuthenticatedClient.token."""
    check_secret(attribute.name, value)


def check_prefix(_: object, attribute: Attribute[str], value: str) -> None:
    """Validator of AuthenticatedClient.prefix: "" sends the bare token."""
    if value:
        check_secret(attribute.name, value)


def server_variable(instance: BaseClient, attribute: Attribute[str], value: str) -> None:
    """Validator of a server variable's field (named as the variable): the spec's enum for
    it, else the pattern for its place in the URL (the class's `_server_variable_*`)."""
    name = attribute.name
    enum = instance._server_variable_enums.get(name)
    check_server_variable(name, value, enum, instance._server_variable_patterns.get(name))


def server_variables_first(cls: type, attributes: list[Attribute[Any]]) -> list[Attribute[Any]]:
    """attrs field_transformer of the package classes: their server variables come right
    after base_url (repr, signature), where they stood when the class was all template."""
    variables = [a for a in attributes if a.validator is server_variable]
    rest = [a for a in attributes if a.validator is not server_variable]
    return rest[:1] + variables + rest[1:]


@define
class BaseClient:
    """A client without credentials; a package's Client sets the ClassVars from its spec and
    declares each server variable as a kw-only field validated by `server_variable`."""

    _server_url: ClassVar[str]  # the spec's first server, `{name}` for each variable
    _auth_header: ClassVar[str]  # the spec's credential header, secret wherever it is sent
    _server_variable_enums: ClassVar[Mapping[str, frozenset[str]]]
    _server_variable_patterns: ClassVar[Mapping[str, str]]
    # The spec's x-jobclients-rate-limit: per key, and per operation (by Python name).
    _rate_limit: ClassVar[RateLimit | None] = None
    _operation_rate_limits: ClassVar[Mapping[str, RateLimit]] = {}

    _base_url: str | None = field(default=None, alias="base_url")
    _cookies: dict[str, str] = field(
        factory=dict, converter=_copy_str_map, kw_only=True, alias="cookies", repr=keys_only
    )
    _headers: dict[str, str] = field(
        factory=dict,
        converter=_copy_str_map,
        kw_only=True,
        alias="headers",
        repr=keys_only,
        validator=_check_headers,
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
    max_response_bytes: int = field(
        default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, validator=_check_max_response_bytes
    )
    # True: any 2xx body off the spec raises ResponseValidationError. False (the default):
    # a field the package does not rely on keeps its raw value and is recorded (tolerance.py).
    strict: bool = field(default=False, kw_only=True)
    # Every call and waiter of this client (and of its with_* copies) takes turns from it;
    # None sends every request at once.
    budget: RequestBudget | None = field(
        default=Factory(spec_budget, takes_self=True),
        kw_only=True,
        validator=_check_budget,
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        if self._base_url is not None:
            return self._base_url
        variables = {a.name: getattr(self, a.name) for a in self._server_variables()}
        # Formatted only with variables: a URL without any is used exactly as written.
        return self._server_url.format(**variables) if variables else self._server_url

    @property
    def timeout_is_default(self) -> bool:
        """Whether the caller left `timeout` alone (an operation the server holds open then
        takes its own limit from the spec)."""
        return self._timeout is DEFAULT_TIMEOUT

    def _sending_base_url(self) -> str:
        return absolute_base_url(self.base_url, given=self._base_url is not None)

    def redact(self, text: str) -> str:
        """`text` with this client's secrets (token, credential headers) as [redacted]."""
        return self._credential().redact(text)

    def _server_variables(self) -> list[Attribute[Any]]:
        return [a for a in fields(type(self)) if a.validator is server_variable]

    def _token_header(self) -> dict[str, str]:
        """The token's header and value ({} here: TokenAuth sends one)."""
        return {}

    def _secrets(self) -> tuple[str, ...]:
        """Secrets besides the credential headers' whole values (the bare token)."""
        return ()

    def _secret_header_names(self) -> frozenset[str]:
        token = {name.lower() for name in self._token_header()}
        return ALWAYS_SECRET | {self._auth_header.lower()} | token

    def _credential_headers(self) -> dict[str, str]:
        secret = self._secret_header_names()
        given = {name: value for name, value in self._headers.items() if name.lower() in secret}
        return {**given, **self._token_header()}

    def _credential(self) -> Credential:
        return Credential(
            self.base_url, self._credential_headers(), self._secret_header_names(), self._secrets()
        )

    def _plain_headers(self) -> dict[str, str]:
        secret = self._secret_header_names()
        plain = {name: value for name, value in self._headers.items() if name.lower() not in secret}
        # Only the codings body.py inflates (a caller's own Accept-Encoding still wins).
        if not any(name.lower() == "accept-encoding" for name in plain):
            plain["Accept-Encoding"] = ACCEPT_ENCODING
        return plain

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
        """Use your own httpx.Client (it then carries its own settings and credentials, and a
        call's deadline is checked between the body's chunks, not under every socket read)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = CredentialClient(
                credential=self._credential(),
                base_url=self._sending_base_url(),
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
                base_url=self._sending_base_url(),
                cookies=self._cookies,
                headers=self._plain_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                **{"verify": self._verify_ssl, "limits": DEFAULT_LIMITS, **self._httpx_args},
            )
        return self._async_client

    def __getstate__(self) -> dict[str, Any]:
        # The live httpx clients hold locks and sockets, which do not pickle. (Subclasses
        # keep these two: `@define(getstate_setstate=False)`.)
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


class TokenAuth:
    """What AuthenticatedClient adds to its package's Client: the token, sent in its header.

    Fieldless, so it can sit beside a Client that has slots of its own (two slotted bases
    adding fields cannot be combined); the package class declares token, prefix and
    auth_header_name, with its spec's defaults, validated by check_token and check_prefix.
    """

    __slots__ = ()
    token: str
    prefix: str
    auth_header_name: str

    def _token_header(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token,)
