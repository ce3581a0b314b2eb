"""Servers that misbehave on purpose, for test_hostile_servers.py.

`RawServer` speaks raw bytes on 127.0.0.1: after reading a request it sends a script of
byte pieces, each after its delay, so a test can trickle a body, cut it off, stall, send a
status or header no HTTP server would. `hostile_stream` does the same through
httpx.MockTransport for every operation, without a socket.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType

import h2.config
import h2.connection
import h2.events
import httpx

# A decompression bomb: 64 MiB of zeros in about 64 KiB of gzip.
BOMB_INFLATED = 64 * 1024 * 1024
BOMB = gzip.compress(b"\0" * BOMB_INFLATED, compresslevel=9)
DEEP = b"[" * 100_000  # deeper than json's recursion limit


def head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Hostile"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def chunked(data: bytes, size: int = 16 * 1024) -> list[bytes]:
    """`data` in HTTP/1.1 chunked framing, one chunk per piece, the last chunk included."""
    pieces = [
        f"{len(data[i : i + size]):x}\r\n".encode() + data[i : i + size] + b"\r\n"
        for i in range(0, len(data), size)
    ]
    return [*pieces, b"0\r\n\r\n"]


@dataclass(frozen=True)
class Script:
    """What RawServer sends after a request: (delay, bytes) pieces in order, then it keeps
    the connection open `hold` seconds (a stall) before closing it."""

    pieces: tuple[tuple[float, bytes], ...]
    hold: float = 0.0
    close: bool = False  # close after the script (a body cut off), else read the next request


@dataclass
class RawServer:
    script: Script
    requests: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _listener: socket.socket | None = None
    _threads: list[threading.Thread] = field(default_factory=list)

    @property
    def url(self) -> str:
        assert self._listener is not None
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self._listener.settimeout(0.05)
        self._spawn(self._accept)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        assert self._listener is not None
        self._listener.close()

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self._spawn(self._serve, connection)

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                while not self._stop.is_set() and self._read_request(connection):
                    self.requests += 1
                    for delay, data in self.script.pieces:
                        if self._stop.wait(delay):
                            return
                        connection.sendall(data)
                    if self._stop.wait(self.script.hold) or self.script.close:
                        return
            except OSError:
                return  # the client gave up (its deadline): what these tests cause

    @staticmethod
    def _read_request(connection: socket.socket) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            more = connection.recv(65536)
            if not more:
                return False
            data += more
        headers, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in headers.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            body += connection.recv(65536)
        return True


class HostileStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body for MockTransport, given piece by piece (after each piece's delay), that may
    end in an exception as a dropped connection would."""

    def __init__(self, pieces: list[tuple[float, bytes]], error: Exception | None) -> None:
        self._pieces = pieces
        self._error = error

    def __iter__(self) -> Iterator[bytes]:
        for delay, data in self._pieces:
            time.sleep(delay)
            yield data
        if self._error is not None:
            raise self._error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for delay, data in self._pieces:
            await asyncio.sleep(delay)
            yield data
        if self._error is not None:
            raise self._error


@dataclass(frozen=True)
class Measured:
    error: BaseException | None
    seconds: float
    peak_bytes: int  # the most Python memory (tracemalloc) held during the call


def measured(call: Callable[[], object]) -> Measured:
    """Run `call`, catching what it raises, timing it and tracing its peak memory."""
    tracemalloc.start()
    started = time.monotonic()
    error: BaseException | None = None
    try:
        call()
    except Exception as exc:
        error = exc
    seconds = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Measured(error, seconds, peak)


def everything_shown(error: BaseException, log_text: str) -> str:
    """All the text a user could see of an error: message, repr, args, its attributes and
    every exception chained to it, and the log lines written meanwhile."""
    parts = [log_text]
    seen: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in seen:
        seen.append(link)
        parts += [str(link), repr(link), repr(link.args), repr(vars(link))]
        link = link.__cause__ or link.__context__
    return "\n".join(parts)


@dataclass
class H2Server:
    """An HTTP/2 server (cleartext, prior knowledge) on 127.0.0.1 answering every request
    with `body` as JSON: enough for a client with `http1=False, http2=True`."""

    body: bytes
    _stop: threading.Event = field(default_factory=threading.Event)
    _listener: socket.socket | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._listener is not None
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> H2Server:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        assert self._thread is not None and self._listener is not None
        self._thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(0.05)
                self._serve(connection)

    def _serve(self, connection: socket.socket) -> None:
        h2c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
        h2c.initiate_connection()
        connection.sendall(h2c.data_to_send())
        while not self._stop.is_set():
            try:
                data = connection.recv(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            for event in h2c.receive_data(data):
                if isinstance(event, h2.events.RequestReceived):
                    headers = [(":status", "200"), ("content-type", "application/json"),
                               ("content-length", str(len(self.body)))]  # fmt: skip
                    h2c.send_headers(event.stream_id, headers)
                    h2c.send_data(event.stream_id, self.body, end_stream=True)
            connection.sendall(h2c.data_to_send())
