"""Every package against servers that misbehave: deep nesting, huge and trickling bodies,
decompression bombs, bad encodings, dropped connections, absurd statuses and headers.

Each case asserts the documented error type, that the call's time limit held, that memory
stayed bounded (tracemalloc's peak below twice max_response_bytes) and that the token
appears nowhere: not in the error, its chain, its attributes or the log. The cheap cases
run for every operation over httpx.MockTransport; those that need a socket (a stall, a
trickle, a chunked bomb, a cut-off body) run on one operation per provider over 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import gzip
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import hpack
import httpx
import pytest

from scripts.codegen.call_plan import OperationCall
from tests.hostile_support import (
    BOMB,
    DEEP,
    H2Server,
    HostileStream,
    Measured,
    RawServer,
    Script,
    chunked,
    everything_shown,
    head,
    measured,
)
from tests.sdk_support import (
    SLUGS,
    TOKEN,
    Pkg,
    all_calls,
    call_detailed,
    kwargs_of,
    pkg,
    poll_slugs,
    success_answer,
    success_responses,
    success_schema,
)

LIMIT = 1024 * 1024  # the clients' max_response_bytes here
TIMEOUT = 1.0  # the clients' timeout: each call's wall-clock limit
TIME_BOUND = 3.0  # a call limited to 1 s must have ended well before this
MEMORY_BOUND = 2 * LIMIT
MODES = ["sync", "async"]
JSON = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Case:
    """One misbehaviour: an answer (`status` None: the operation's success status) and the
    error it must raise (None: the body's own typed error, chosen per operation)."""

    name: str
    expected: str
    status: int | None = None
    pieces: list[tuple[float, bytes]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    ends_in: Exception | None = None  # raised after the pieces, as a dropped connection
    needs_body: bool = False  # only where the success answer has a JSON body to parse


MOCK_CASES = [
    Case("deep-json-2xx", "ResponseValidationError", None, [(0, DEEP)], JSON, needs_body=True),
    Case("deep-json-500", "InternalServerError", 500, [(0, DEEP)], JSON),
    Case("not-utf8-2xx", "ResponseValidationError", None, [(0, b'{"a": "\xff\xfe"}')], JSON,
         needs_body=True),
    Case("huge", "ResponseTooLargeError", None, [(0, b" " * 4096)] * 600, JSON),
    Case("huge-declared", "ResponseTooLargeError", None, [(0, b"{}")],
         {**JSON, "Content-Length": str(50 * LIMIT)}),
    Case("gzip-bomb", "ResponseTooLargeError", None,
         [(0, BOMB[i : i + 65536]) for i in range(0, len(BOMB), 65536)],
         {**JSON, "Content-Encoding": "gzip"}),
    Case("bomb-in-an-error", "ResponseTooLargeError", 500, [(0, BOMB)],
         {**JSON, "Content-Encoding": "gzip"}),
    Case("not-gzip", "ResponseBodyError", None, [(0, b"plain text, said to be gzip")],
         {**JSON, "Content-Encoding": "gzip"}),
    Case("brotli", "ResponseBodyError", None, [(0, b"\x0b\x02\x80{}\x03")],
         {**JSON, "Content-Encoding": "br"}),
    Case("dropped", "APIConnectionError", None, [(0, b'{"id": ')], JSON,
         ends_in=httpx.RemoteProtocolError("peer closed connection")),
    Case("status-600", "UnknownStatusError", 600, [(0, b"{}")], JSON),
    Case("status-999", "UnknownStatusError", 999, [(0, b"{}")], JSON),
    Case("retry-after-forever", "RateLimitError", 429, [(0, b"{}")],
         {**JSON, "Retry-After": "9" * 400}),
    Case("trickle", "APITimeoutError", None, [(0.2, b" ")] * 15, JSON),
]  # fmt: skip


def _client(p: Pkg, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    return p.client(handler, timeout=TIMEOUT, max_response_bytes=LIMIT)


def _success_status(p: Pkg, call: OperationCall) -> int:
    return min(success_responses(p.document, call.operation_id))


def _check(
    p: Pkg, case: str, expected: str, result: Measured, log: str, *, bound: float = TIME_BOUND
) -> None:
    error = result.error
    assert error is not None, f"{case}: the call returned"
    assert type(error).__name__ == expected, f"{case}: {type(error).__name__}: {error}"
    assert isinstance(error, p.errors.JobClientError)
    assert result.seconds < bound, f"{case}: took {result.seconds:.1f} s"
    assert result.peak_bytes < MEMORY_BOUND, f"{case}: peak {result.peak_bytes} bytes"
    assert TOKEN not in everything_shown(error, log), f"{case}: the token shows"


_WARM: set[tuple[str, str]] = set()


def _warm(p: Pkg, call: OperationCall, mode: str) -> None:
    """One ordinary call first, so the traced one does not count first-use imports."""
    if (p.slug, mode) not in _WARM:
        call_detailed(p, call, p.client(lambda _: success_answer(p, call)), mode)
        _WARM.add((p.slug, mode))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", MOCK_CASES, ids=lambda c: c.name)
@pytest.mark.parametrize(("slug", "call"), all_calls())
def test_every_operation_holds_against_a_hostile_answer(
    slug: str, call: OperationCall, case: Case, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    p = pkg(slug)
    if case.needs_body and success_schema(p.document, call.operation_id) is None:
        pytest.skip("the success answer has no JSON body to parse")
    _warm(p, call, mode)
    status = case.status or _success_status(p, call)

    def answer(_: httpx.Request) -> httpx.Response:
        stream = HostileStream(case.pieces, case.ends_in)
        return httpx.Response(status, headers=case.headers, stream=stream)

    caplog.set_level(logging.DEBUG)
    result = measured(lambda: call_detailed(p, call, _client(p, answer), mode))
    _check(p, case.name, case.expected, result, caplog.text)


# -- over a real socket, one operation per provider -------------------------------------

_BODY = b'{"id": "x", "padding": "' + b"x" * 2000 + b'"}'


@dataclass(frozen=True)
class SocketCase:
    name: str
    expected: str
    script: Script
    timeout: float = TIMEOUT
    bound: float = TIME_BOUND


SOCKET_CASES = [
    SocketCase("trickle", "APITimeoutError", Script(
        ((0, head(200, {**JSON, "Content-Length": str(len(_BODY))})),
         *((0.25, _BODY[i : i + 100]) for i in range(0, len(_BODY), 100))))),
    # Each piece comes just inside the per-read timeout: only a deadline held under every
    # read ends it at 2 s (checked between pieces it would end at 3.6 s).
    SocketCase("drip", "APITimeoutError", Script(
        ((0, head(200, {**JSON, "Content-Length": str(len(_BODY))})),
         *((1.8, _BODY[i : i + 100]) for i in range(0, len(_BODY), 100)))),
        timeout=2.0, bound=3.0),
    SocketCase("stall-mid-body", "APITimeoutError", Script(
        ((0, head(200, {**JSON, "Content-Length": "1000"}) + b'{"id": '),), hold=10)),
    SocketCase("silent", "APITimeoutError", Script((), hold=10)),
    SocketCase("chunked-gzip-bomb", "ResponseTooLargeError", Script(
        ((0, head(200, {**JSON, "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"})),
         *((0, piece) for piece in chunked(BOMB))))),
    SocketCase("cut-off", "APIConnectionError", Script(
        ((0, head(200, {**JSON, "Content-Length": "1000"}) + b'{"id": '),), close=True)),
    SocketCase("status-999", "UnknownStatusError", Script(
        ((0, head(999, {**JSON, "Content-Length": "2"}) + b"{}"),))),
    SocketCase("huge-header", "APIConnectionError", Script(
        ((0, head(200, {"X-Padding": "a" * 200_000, "Content-Length": "2"}) + b"{}"),),
        close=True)),
]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", SOCKET_CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("slug", SLUGS)
def test_each_package_holds_against_a_hostile_server_on_a_socket(
    slug: str, case: SocketCase, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    p = pkg(slug)
    call = p.any_call
    _warm(p, call, mode)
    caplog.set_level(logging.DEBUG)
    with RawServer(case.script) as server:
        client = p.package.AuthenticatedClient(
            base_url=server.url,
            token=TOKEN,
            timeout=case.timeout,
            max_response_bytes=LIMIT,
            retry=p.package.RetryPolicy(initial_delay=0.0),
        )
        result = measured(lambda: call_detailed(p, call, client, mode))
    _check(p, case.name, case.expected, result, caplog.text, bound=case.bound)


# -- wait_for_job ---------------------------------------------------------------------


def _wait(p: Pkg, client: Any, mode: str, **options: Any) -> Any:
    arguments = {**kwargs_of(p.poll_call), **options}
    if mode == "sync":
        with client:
            return p.package.wait_for_job(client=client, **arguments)

    async def run() -> Any:
        async with client:
            return await p.package.async_wait_for_job(client=client, **arguments)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_deeply_nested_job_stops_the_wait_with_a_typed_error(slug: str, mode: str) -> None:
    p = pkg(slug)

    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=JSON, stream=HostileStream([(0, DEEP)], None))

    result = measured(lambda: _wait(p, _client(p, answer), mode, poll_interval=0.001))
    _check(p, "deep-json-wait", "ResponseValidationError", result, "")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", poll_slugs())
def test_a_trickling_poll_cannot_stretch_the_waits_deadline(slug: str, mode: str) -> None:
    p = pkg(slug)
    body = gzip.compress(b" " * 100)
    trickle = [(0.2, body[i : i + 1]) for i in range(len(body))]

    def answer(_: httpx.Request) -> httpx.Response:
        headers = {**JSON, "Content-Encoding": "gzip"}
        return httpx.Response(200, headers=headers, stream=HostileStream(trickle, None))

    client = p.client(answer)  # the client's own limit is the default: the wait's must hold
    result = measured(lambda: _wait(p, client, mode, timeout=TIMEOUT, poll_interval=0.001))
    _check(p, "trickle-wait", "WaitTimeoutError", result, "")


# -- HTTP/2: hpack logs header blocks ----------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_with_http2_on_the_token_stays_out_of_every_log_line(
    slug: str, caplog: pytest.LogCaptureFixture
) -> None:
    p = pkg(slug)
    call = p.any_call
    body = success_answer(p, call).content
    caplog.set_level(logging.DEBUG)
    with H2Server(body) as server:
        client = p.package.AuthenticatedClient(
            base_url=server.url, token=TOKEN, httpx_args={"http1": False, "http2": True}
        )
        response = call_detailed(p, call, client, "sync")
    assert 200 <= response.status_code < 300
    assert any(r.name == "httpcore.http2" for r in caplog.records), "it went over HTTP/2"
    assert TOKEN not in caplog.text


def test_hpack_would_log_the_token_without_the_clients_filter(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control for the test above: the filter is what keeps the token out."""
    for name in ("hpack.hpack", "hpack.table", "hpack.huffman"):
        monkeypatch.setattr(logging.getLogger(name), "filters", [])
    caplog.set_level(logging.DEBUG)
    hpack.Encoder().encode([("authorization", f"Bearer {TOKEN}")])
    assert TOKEN in caplog.text
