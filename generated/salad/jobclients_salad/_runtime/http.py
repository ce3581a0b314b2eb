"""Sending a request and turning the answer into a typed result or a typed error.

Every generated operation goes through here, so the rules hold for all of them: httpx's
failures are wrapped, idempotent operations are retried, any status from 100 to 599 is
handled, a non-2xx answer raises an APIStatusError subclass, a 2xx the operation does not
document raises UnexpectedStatus, and a 2xx body that does not match the spec raises
ResponseValidationError naming the field. Every message built here has the client's
secrets redacted, and is raised outside the `except` block with a cause only when that
cause shows no secret, so no chained exception can reveal one either.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

import httpx

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseValidationError,
    UnexpectedStatus,
    status_error_class,
)
from .gc_pause import collector_paused
from .retry import RetryPolicy, asend_with_retries, send_with_retries
from .types import Response


class SendingClient(Protocol):
    """What sending needs of a client (client.BaseClient has it)."""

    retry: RetryPolicy

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...

    def redact(self, text: str) -> str: ...


def send(
    client: SendingClient,
    kwargs: dict[str, Any],
    *,
    idempotent: bool,
    deadline: float | None = None,
) -> httpx.Response:
    """Send with retries. `deadline` (time.monotonic()) caps each attempt's timeout and
    ends the retries when the next wait would pass it."""
    http = client.get_httpx_client()
    try:
        return send_with_retries(
            lambda: http.request(**_within(kwargs, http.timeout, deadline)),
            client.retry,
            idempotent,
            deadline=deadline,
        )
    except httpx.HTTPError as exc:  # transport failures, redirect loops, undecodable bodies
        error, cause = _wrap(client, exc, kwargs), _safe_cause(client, exc)
    raise error from cause


async def asend(
    client: SendingClient,
    kwargs: dict[str, Any],
    *,
    idempotent: bool,
    deadline: float | None = None,
) -> httpx.Response:
    http = client.get_async_httpx_client()
    try:
        return await asend_with_retries(
            lambda: http.request(**_within(kwargs, http.timeout, deadline)),
            client.retry,
            idempotent,
            deadline=deadline,
        )
    except httpx.HTTPError as exc:
        error, cause = _wrap(client, exc, kwargs), _safe_cause(client, exc)
    raise error from cause


def build_response(
    client: SendingClient,
    response: httpx.Response,
    parse: Callable[..., Any],
) -> Response[Any]:
    """A 2xx answer parsed into the documented type; anything else raised as a typed error.
    (Typed Any: `parse` returns the error models too, which are raised, never returned.)"""
    status = response.status_code
    if not 200 <= status < 300:
        raise _status_error(client, response, parse, status_error_class(status))
    error: Exception
    try:
        with collector_paused(len(response.content)):
            parsed = parse(client=client, response=response)
    except UnexpectedStatus:
        error = _status_error(client, response, None, UnexpectedStatus)
    except ResponseValidationError as exc:
        error = exc.for_response(status, response.content, client.redact)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # JSONDecodeError is a ValueError: the body is not JSON at all.
        reason = f"{type(exc).__name__}: {exc}"
        error = ResponseValidationError(
            "(body)", reason, status_code=status, content=response.content, redact=client.redact
        )
    else:
        return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)
    raise error  # outside the except blocks: the parser's own exception is not chained


def _status_error(
    client: SendingClient,
    response: httpx.Response,
    parse: Callable[..., Any] | None,
    kind: type[APIStatusError],
) -> APIStatusError:
    parsed = None
    if parse is not None:
        try:
            parsed = parse(client=client, response=response)
        except Exception:  # an HTML error page or a body off-spec: keep the raw text instead
            parsed = None
    try:
        body = response.json()
    except ValueError:
        body = None
    request = response.request
    return kind(
        response.status_code,
        response.content,
        headers=response.headers,
        body=body,
        parsed=parsed,
        method=request.method,
        url=client.redact(str(request.url)),
        redact=client.redact,
    )


def _within(kwargs: dict[str, Any], timeout: httpx.Timeout, deadline: float | None) -> dict[str, Any]:
    """The request's arguments with every timeout cut to what is left before `deadline`."""
    if deadline is None:
        return kwargs
    left = max(deadline - time.monotonic(), 0.001)

    def cap(seconds: float | None) -> float:
        return left if seconds is None else min(seconds, left)

    capped = httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )
    return {**kwargs, "timeout": capped}


def _wrap(client: SendingClient, exc: httpx.HTTPError, kwargs: dict[str, Any]) -> APIConnectionError:
    method = str(kwargs.get("method", "")).upper()
    url = client.redact(str(kwargs.get("url", "")))
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    message = client.redact(f"{type(exc).__name__} during {method} {url}: {exc}")
    retryable = isinstance(exc, httpx.TransportError)
    return kind(message, method=method, url=url, retryable=retryable)


def _safe_cause(client: SendingClient, exc: BaseException) -> BaseException | None:
    """`exc` to chain as the cause, or None when it or anything chained to it shows a secret."""
    chain: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and link not in chain:
        chain.append(link)
        link = link.__cause__ or link.__context__
    for link in chain:
        text = f"{link!s} {link.args!r}"
        if client.redact(text) != text:
            return None
    return exc
