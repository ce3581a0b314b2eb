"""A call's wall-clock deadline, held by every socket operation of a synchronous call.

httpx's timeouts are per operation: a server that sends its body a byte every second never
trips a 5-second read timeout, however long the whole answer takes. A synchronous call
sets its deadline in a context variable, and the network backend below gives each
connect, read and write only what is left of it, so a trickling server ends the call on
time. (An asynchronous call is bounded by asyncio.timeout instead, which cancels wherever
it waits.)

The backend is httpcore's public NetworkBackend interface; it is put into the connection
pool that httpx's HTTPTransport builds, whose attribute (`_pool._network_backend`, httpcore
1.x) is the one internal name relied on. A transport without it (a MockTransport, a
caller's own class) keeps the checks between the body's chunks (body.py).
"""

from __future__ import annotations

import time
import typing
from contextvars import ContextVar, Token

import httpcore

_DEADLINE: ContextVar[float | None] = ContextVar("jobclients_call_deadline", default=None)


class CallDeadline:  # a class: cheaper on every call than @contextmanager
    """Every socket operation of this thread's calls, while inside, ends by `deadline`
    (time.monotonic()); an enclosing earlier deadline still holds."""

    __slots__ = ("_deadline", "_token")
    _token: Token[float | None]

    def __init__(self, deadline: float | None) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        outer, deadline = _DEADLINE.get(), self._deadline
        if outer is not None and (deadline is None or outer < deadline):
            deadline = outer
        self._token = _DEADLINE.set(deadline)

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


def _left(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` cut to what is left of the deadline; `expired` raised when nothing is."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's time limit passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if buffer:  # h11 ends each message with an empty write, which sends nothing
            self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, left, local_address, socket_options)
        return DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def hold_deadlines(transport: object) -> None:
    """Put DeadlineBackend under an httpx.HTTPTransport's connection pool (or proxy)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
