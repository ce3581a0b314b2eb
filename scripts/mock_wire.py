"""How the mock server reads a request off the wire: bounded in size and in time, and strict.

The stdlib's http.server reads a request head of up to 100 lines of 64 KiB each (6.4 MiB),
waits for it forever, takes a line starting with whitespace as the continuation of the
previous one (obs-fold) and a line without a colon as a defect to ignore, and answers a
garbage request line without a status line. The mock reads the head itself, within a limit
and a deadline, refuses anything RFC 9112 does not allow with a 4xx the client can read (505
for an HTTP version other than 1.0 and 1.1), and reads what a client still sends after its
answer before closing, so that the answer is not lost to a connection reset.
"""

from __future__ import annotations

import io
import re
import socket
import time
from dataclasses import dataclass
from http.client import HTTPMessage

LISTEN_BACKLOG = 2048  # connections the kernel queues before accept (capped by somaxconn)
IDLE_TIMEOUT = 10.0  # seconds a connection has to send its whole request
LINGER = 2.0  # seconds, at most, of reading what a client still sends after its answer
MAX_HEAD_BYTES = 64 * 1024  # the request line and the header lines together
MAX_HEADERS = 100  # header lines (the stdlib's own limit)
_READ_SIZE = 64 * 1024

_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_REQUEST_LINE = re.compile(rb"(" + _TOKEN + rb") ([\x21-\x7e]+) HTTP/([0-9])\.([0-9])")
# A field value: visible ASCII, spaces and tabs, and obs-text (bytes 0x80-0xFF, which RFC
# 9110 lets a recipient take as opaque data: read as latin-1); never NUL or another control.
_HEADER_LINE = re.compile(rb"(" + _TOKEN + rb"):([\t\x20-\x7e\x80-\xff]*)")
_LINE_BREAK = re.compile(rb"\r?\n")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_QUOTED = 100  # bytes of an offending line quoted in a refusal


class Refused(Exception):
    """A request the mock answers with `status` before looking at the spec."""

    def __init__(self, status: int, problem: str) -> None:
        super().__init__(problem)
        self.status = status
        self.problem = problem


class ClosedEarly(Exception):
    """The client closed the connection before sending anything: nothing to answer."""


@dataclass(frozen=True)
class Head:
    method: str
    target: str
    version: str  # "HTTP/1.0" or "HTTP/1.1"
    headers: HTTPMessage  # case-insensitive `get`, as BaseHTTPRequestHandler.headers


class TimedReader:
    """A connection's bytes, none of them waited for past `deadline` (time.monotonic()):
    counted from the connection's opening, not from the last byte, so that a client sending
    one byte at a time is cut off as surely as one sending nothing."""

    def __init__(self, rfile: io.BufferedIOBase, connection: socket.socket, deadline: float):
        self._rfile = rfile
        self._connection = connection
        self._deadline = deadline
        self._pending = b""  # read past the head: the start of the body

    def head(self) -> bytes:
        """The request line and header lines, without the blank line that ends them."""
        data = b""
        searched = 0  # the head's end is not before this offset (less its own 4 bytes)
        while True:
            if data[:1] in (b"\r", b"\n"):
                # A client may send blank lines before a request line (RFC 9112, 2.2).
                data, searched = data.lstrip(b"\r\n"), 0
            end = _HEAD_END.search(data, max(searched - 3, 0))
            if end is not None and end.start() <= MAX_HEAD_BYTES:
                self._pending = data[end.end() :]
                return data[: end.start()]
            if len(data) > MAX_HEAD_BYTES:
                raise _too_large(data)
            searched = len(data)
            chunk = self._read()
            if not chunk:
                if data:
                    raise Refused(400, "the connection closed before the request head ended")
                raise ClosedEarly
            data += chunk

    def body(self, length: int) -> bytes:
        """`length` bytes of body; a 400 when the client closes before sending them all."""
        data = self._pending[:length]
        self._pending = self._pending[length:]
        parts = [data]
        missing = length - len(data)
        while missing > 0:
            chunk = self._read(min(missing, _READ_SIZE))
            if not chunk:
                raise Refused(400, f"the body ended after {length - missing} of {length} bytes")
            parts.append(chunk)
            missing -= len(chunk)
        return b"".join(parts)

    def _read(self, size: int = _READ_SIZE) -> bytes:
        """At most one recv, waiting no later than the deadline (TimeoutError then)."""
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        self._connection.settimeout(remaining)
        return self._rfile.read1(size)


def drain(connection: socket.socket) -> None:
    """Half-close, then read and drop what the client still sends until it closes, for at
    most LINGER seconds (RFC 9112, 9.6): closing with bytes unread would reset the
    connection, and a client still sending (a head or body too large) would lose its answer."""
    deadline = time.monotonic() + LINGER
    connection.shutdown(socket.SHUT_WR)
    while (remaining := deadline - time.monotonic()) > 0:
        connection.settimeout(remaining)
        if not connection.recv(_READ_SIZE):
            return


def parse_head(raw: bytes) -> Head:
    """The request line and headers of `raw`, or Refused naming the first problem."""
    request_line, *lines = _LINE_BREAK.split(raw)
    match = _REQUEST_LINE.fullmatch(request_line)
    if match is None:
        raise Refused(400, f"not a request line (METHOD TARGET HTTP/1.1): {_quote(request_line)}")
    method, target, major, minor = match.groups()
    if (major, minor) not in ((b"1", b"0"), (b"1", b"1")):
        raise Refused(505, f"HTTP/{major.decode()}.{minor.decode()} is not served: use HTTP/1.1")
    if len(lines) > MAX_HEADERS:
        raise Refused(431, f"{len(lines)} header lines: at most {MAX_HEADERS} are read")
    headers = HTTPMessage()
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            raise Refused(400, f"a folded header line (obs-fold, RFC 9112, 5.2): {_quote(line)}")
        field = _HEADER_LINE.fullmatch(line)
        if field is None:
            raise Refused(400, f"not a header line (Name: value): {_quote(line)}")
        name, value = field.groups()
        headers[name.decode("ascii")] = value.strip(b" \t").decode("latin-1")
    return Head(method.decode("ascii"), target.decode("ascii"), f"HTTP/1.{minor.decode()}", headers)


def _too_large(data: bytes) -> Refused:
    if _LINE_BREAK.search(data, 0, MAX_HEAD_BYTES) is None:
        return Refused(414, f"a request line over {MAX_HEAD_BYTES} bytes")
    return Refused(431, f"a request head over {MAX_HEAD_BYTES} bytes")


def _quote(line: bytes) -> str:
    return repr(line[:_QUOTED]) + ("..." if len(line) > _QUOTED else "")
