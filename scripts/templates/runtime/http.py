"""Sending a request and turning the answer into a typed result or a typed error.

Every generated operation goes through here, so the rules hold for all of them: a call
ends within its wall-clock limit (connecting, every read, retries and their waits), its
body is read within the client's max_response_bytes, httpx's failures are wrapped,
idempotent operations are retried, a non-2xx answer raises an APIStatusError subclass, a
2xx the operation does not document raises UnexpectedStatus, and a 2xx body that does not
match the spec (or is nested too deep to parse) raises ResponseValidationError naming the
field. Every message built here has the client's
secrets redacted, and is raised outside the `except` block with a cause only when that
cause shows no secret, so no chained exception can reveal one either.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any, Protocol

import httpx
from httpx._client import UseClientDefault  # the type of httpx.USE_CLIENT_DEFAULT

from .body import aread_body, read_body
from .budget import RequestBudget, Turn
from .deadline import CallDeadline
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseValidationError,
    UnexpectedStatus,
    status_error_class,
)
from .gc_pause import CollectorPaused
from .location import location_of
from .retry import RetryPolicy, asend_with_retries, send_with_retries
from .tolerance import read_tolerantly, remember, report
from .types import Problem, Response


class SendingClient(Protocol):
    """What sending needs of a client (client.BaseClient has it)."""

    retry: RetryPolicy
    max_response_bytes: int
    strict: bool
    budget: RequestBudget | None

    @property
    def timeout_is_default(self) -> bool: ...

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...

    def redact(self, text: str) -> str: ...


def send(
    client: SendingClient,
    kwargs: dict[str, Any],
    *,
    idempotent: bool,
    deadline: float | None = None,
    held_open: float | None = None,
    redirects: frozenset[int] = frozenset(),
    operation: str = "",
) -> httpx.Response:
    """Send with retries, the body read whole. The call ends by `deadline` (a
    time.monotonic(), e.g. wait_for_job's) or its own time limit, whichever comes first;
    `held_open` is the operation's own limit from the spec (one the server holds open).
    An operation that documents a 3xx (`redirects`) never follows one: it is the result.
    Each attempt first takes its turn from the client's budget (as `operation`): within the
    call's own limit, or, given a `deadline`, the first within it and the limit after."""
    http = client.get_httpx_client()
    budget = client.budget
    first = None
    if budget is not None and deadline is not None:
        first = _turn_or_timeout(client, budget.take_turn(operation, deadline), kwargs)
    timeout, deadline = _call_limits(client, http.timeout, deadline, held_open)

    def attempt() -> httpx.Response:
        nonlocal first
        turn = first
        first = None
        if budget is not None and turn is None:
            turn = _turn_or_timeout(client, budget.take_turn(operation, deadline), kwargs)
        request = http.build_request(**kwargs)
        request.extensions["timeout"] = _capped(timeout, deadline)
        response = http.send(request, stream=True, follow_redirects=_follow(redirects))
        if budget is not None and turn is not None:
            budget.report(turn, response.status_code, response.headers.get("Retry-After"))
        read_body(response, client.max_response_bytes, deadline, client.redact)
        return response

    try:
        with CallDeadline(deadline):
            return send_with_retries(attempt, client.retry, idempotent, deadline=deadline)
    except httpx.HTTPError as exc:  # transport failures, timeouts, redirect loops
        error, cause = _wrap(client, exc, kwargs), _safe_cause(client, exc)
    raise error from cause


async def asend(
    client: SendingClient,
    kwargs: dict[str, Any],
    *,
    idempotent: bool,
    deadline: float | None = None,
    held_open: float | None = None,
    redirects: frozenset[int] = frozenset(),
    operation: str = "",
) -> httpx.Response:
    http = client.get_async_httpx_client()
    budget = client.budget
    first = None
    if budget is not None and deadline is not None:
        first = _turn_or_timeout(client, await budget.atake_turn(operation, deadline), kwargs)
    timeout, deadline = _call_limits(client, http.timeout, deadline, held_open)

    async def attempt() -> httpx.Response:
        nonlocal first
        turn = first
        first = None
        if budget is not None and turn is None:
            turn = _turn_or_timeout(client, await budget.atake_turn(operation, deadline), kwargs)
        request = http.build_request(**kwargs)
        request.extensions["timeout"] = _capped(timeout, deadline)
        response = await http.send(request, stream=True, follow_redirects=_follow(redirects))
        if budget is not None and turn is not None:
            budget.report(turn, response.status_code, response.headers.get("Retry-After"))
        await aread_body(response, client.max_response_bytes, deadline, client.redact)
        return response

    # asyncio.timeout cancels wherever the call waits: a pool, a read, a retry's sleep.
    scope = asyncio.timeout(None if deadline is None else max(deadline - time.monotonic(), 0))
    error: APIConnectionError
    try:
        async with scope:
            return await asend_with_retries(attempt, client.retry, idempotent, deadline=deadline)
    except httpx.HTTPError as exc:
        error, cause = _wrap(client, exc, kwargs), _safe_cause(client, exc)
    except TimeoutError:
        if not scope.expired():
            raise
        error, cause = _out_of_time(client, kwargs), None
    raise error from cause


def _turn_or_timeout(client: SendingClient, turn: Turn | None, kwargs: dict[str, Any]) -> Turn:
    """`turn`, or APITimeoutError (transient: a waiter polls again) when the budget had
    none before the deadline."""
    if turn is None:
        raise _out_of_time(client, kwargs, "before its turn in the client's request budget")
    return turn


def _follow(redirects: frozenset[int]) -> bool | UseClientDefault:
    """False for an operation that documents a 3xx (the answer is its result), else the
    client's own follow_redirects."""
    return False if redirects else httpx.USE_CLIENT_DEFAULT


def build_response(
    client: SendingClient,
    response: httpx.Response,
    parse: Callable[..., Any],
    relied: frozenset[tuple[str, str]] = frozenset(),
    *,
    redirects: frozenset[int] = frozenset(),
    paths: tuple[str, ...] = (),
) -> Response[Any]:
    """A 2xx answer (or a 3xx the operation documents, `redirects`) parsed into the
    documented type; anything else raised as a typed error. (Typed Any: `parse` returns the
    error models too, which are raised, never returned.) Unless the client is strict, a
    field off the spec that is not in `relied` (model, field) is kept raw and recorded (see
    tolerance.py). A Location header is read against `paths` (location.py), never
    followed; a documented 3xx returns it as its result (ResponseValidationError without
    one)."""
    status = response.status_code
    if not 200 <= status < 300 and status not in redirects:
        raise _status_error(client, response, parse, status_error_class(status))
    error: Exception
    problems: tuple[Problem, ...] = ()
    try:
        with CollectorPaused(len(response.content)):
            if client.strict:
                parsed = parse(client=client, response=response)
            else:
                parsed, problems = read_tolerantly(
                    lambda: parse(client=client, response=response), relied
                )
    except UnexpectedStatus:
        error = _status_error(client, response, None, UnexpectedStatus)
    except ResponseValidationError as exc:
        error = exc.for_response(status, response.content, client.redact)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError, MemoryError) as exc:
        # JSONDecodeError is a ValueError: the body is not JSON at all. RecursionError:
        # nested deeper than the parser (or Python) can follow.
        reason = f"{type(exc).__name__}: {exc}"
        error = ResponseValidationError(
            "(body)", reason, status_code=status, content=response.content, redact=client.redact
        )
    else:
        if problems:
            remember(parsed, problems)
            report(parse.__module__.rsplit(".", 1)[-1], problems, client.redact)
        location = location_of(response, paths)
        if status in redirects:
            if location is None:  # a redirect to nowhere: there is no result to return
                raise ResponseValidationError(
                    "Location", "a required header is missing", status_code=status
                )
            parsed = location
        return Response(
            status_code=status,
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            problems=problems,
            location=location,
        )
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
    except (ValueError, RecursionError, MemoryError):  # not JSON, or too deep to parse
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


def call_limit(timeout: httpx.Timeout) -> float | None:
    """A call's wall-clock limit under `timeout`: its longest phase (all of them, for a
    number), or none when reads may wait forever."""
    if timeout.read is None:
        return None
    return max(timeout.read, timeout.connect or 0.0, timeout.write or 0.0, timeout.pool or 0.0)


# Seconds a held-open call waits past the server's own limit for the server's answer.
HELD_OPEN_GRACE = 15.0


def _call_limits(
    client: SendingClient,
    timeout: httpx.Timeout,
    deadline: float | None,
    held_open: float | None,
) -> tuple[httpx.Timeout, float | None]:
    """The per-phase timeouts of this call, and the deadline it ends by. An operation the
    server holds open gets the server's own limit plus HELD_OPEN_GRACE, so that the
    server's answer at its limit (Sieve's 408) reaches the caller rather than a timeout."""
    if held_open is not None and client.timeout_is_default:
        timeout = httpx.Timeout(held_open + HELD_OPEN_GRACE, connect=timeout.connect)
    limit = call_limit(timeout)
    if limit is not None:
        own = time.monotonic() + limit
        deadline = own if deadline is None else min(deadline, own)
    return timeout, deadline


def _capped(timeout: httpx.Timeout, deadline: float | None) -> dict[str, float | None]:
    """`timeout` with every phase cut to what is left before `deadline`, as the request
    extension httpcore reads (a dict: building an httpx.Timeout per call costs more)."""
    if deadline is None:
        return timeout.as_dict()
    left = max(deadline - time.monotonic(), 0.001)
    return {
        "connect": left if timeout.connect is None else min(timeout.connect, left),
        "read": left if timeout.read is None else min(timeout.read, left),
        "write": left if timeout.write is None else min(timeout.write, left),
        "pool": left if timeout.pool is None else min(timeout.pool, left),
    }


def _out_of_time(client: SendingClient, kwargs: dict[str, Any], when: str = "") -> APITimeoutError:
    method = str(kwargs.get("method", "")).upper()
    url = client.redact(str(kwargs.get("url", "")))
    message = f"{method} {url} passed the call's time limit" + (f" {when}" if when else "")
    return APITimeoutError(message, method=method, url=url, retryable=True)


def _wrap(
    client: SendingClient, exc: httpx.HTTPError, kwargs: dict[str, Any]
) -> APIConnectionError:
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
