"""Sending a request and turning the answer into a typed result or a typed error.

Every generated operation goes through here, so the rules hold for all of them: transport
failures are wrapped, idempotent operations are retried, any status from 100 to 599 is
handled, a non-2xx answer raises an APIStatusError subclass, and a 2xx body that does not
match the spec raises ResponseValidationError naming the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import httpx

from ..errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseValidationError,
    status_error_class,
)
from ..types import Response
from .retry import RetryPolicy, asend_with_retries, send_with_retries

T = TypeVar("T")


class _SendingClient(Protocol):
    retry: RetryPolicy

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...

    def redact(self, text: str) -> str: ...


def send(client: _SendingClient, kwargs: dict[str, Any], *, idempotent: bool) -> httpx.Response:
    http = client.get_httpx_client()
    try:
        return send_with_retries(lambda: http.request(**kwargs), client.retry, idempotent)
    except httpx.TransportError as exc:
        raise _wrap(exc, kwargs) from exc


async def asend(client: _SendingClient, kwargs: dict[str, Any], *, idempotent: bool) -> httpx.Response:
    http = client.get_async_httpx_client()
    try:
        return await asend_with_retries(lambda: http.request(**kwargs), client.retry, idempotent)
    except httpx.TransportError as exc:
        raise _wrap(exc, kwargs) from exc


def build_response(
    client: _SendingClient,
    response: httpx.Response,
    parse: Callable[..., T | None],
) -> Response[T]:
    """A 2xx answer parsed into the documented type; anything else raised as a typed error."""
    status = response.status_code
    if not 200 <= status < 300:
        raise _status_error(client, response, parse)
    try:
        parsed = parse(client=client, response=response)
    except ResponseValidationError as exc:
        raise exc.for_response(status, response.content) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # JSONDecodeError is a ValueError: the body is not JSON at all.
        raise ResponseValidationError(
            "(body)", f"{type(exc).__name__}: {exc}", status_code=status, content=response.content
        ) from None
    return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)


def _status_error(
    client: _SendingClient, response: httpx.Response, parse: Callable[..., Any]
) -> APIStatusError:
    try:
        parsed = parse(client=client, response=response)
    except Exception:  # an HTML error page or a body off-spec: keep the raw text instead
        parsed = None
    try:
        body = response.json()
    except ValueError:
        body = None
    request = response.request
    return status_error_class(response.status_code)(
        response.status_code,
        response.content,
        headers=response.headers,
        body=body,
        parsed=parsed,
        method=request.method,
        url=str(request.url),
        redact=client.redact,
    )


def _wrap(exc: httpx.TransportError, kwargs: dict[str, Any]) -> APIConnectionError:
    method, url = str(kwargs.get("method", "")).upper(), str(kwargs.get("url", ""))
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return kind(f"{type(exc).__name__} during {method} {url}: {exc}", method=method, url=url)
