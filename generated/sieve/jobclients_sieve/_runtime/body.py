"""Reading an answer's body whole, within the client's size limit and the call's deadline.

The body is read raw and inflated here, a bounded step at a time, instead of by httpx:
httpx inflates each network chunk in one go, so 64 KiB of gzip can become 64 MiB in memory
before anything could count it. Here no step makes more than STEP bytes, and reading stops
as soon as the decoded size passes the limit (with or without a Content-Length).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from .errors import BODY_PREFIX_BYTES, ResponseBodyError, ResponseTooLargeError

STEP = 64 * 1024  # the most bytes one inflate step may produce
# What the client asks for: the encodings decoded here (httpx would add br and zstd when
# their libraries are installed, which this module does not inflate).
ACCEPT_ENCODING = "gzip, deflate"


class _Inflater:
    """One content coding (gzip or deflate), inflated STEP bytes at a time."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        gzip = coding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not self._started and self.coding == "deflate":
            # "deflate" is meant as zlib-wrapped, but servers also send it raw (as httpx
            # allows): the first bytes tell which.
            self._started = True
            if data and (data[0] & 0x0F != 8 or int.from_bytes(data[:2], "big") % 31):
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        while True:
            piece = self._zlib.decompress(data, STEP)
            data = self._zlib.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < STEP:
                return

    def flush(self) -> bytes:
        return self._zlib.flush()  # small: feed() drained all but the stream's very end


class BodyDecoder:
    """The inverse of a response's Content-Encoding (a list, applied in order, undone in
    reverse)."""

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        unknown = [c for c in codings if c not in ("gzip", "x-gzip", "deflate", "identity")]
        if unknown:
            raise ValueError(f"content-encoding {unknown[0]!r} is not one this client decodes")
        self._inflaters = [_Inflater(c) for c in reversed(codings) if c != "identity"]

    @property
    def identity(self) -> bool:
        return not self._inflaters

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(data, 0)

    def finish(self) -> Iterator[bytes]:
        for index, inflater in enumerate(self._inflaters):
            rest = inflater.flush()
            if rest:
                yield from self._through(rest, index + 1)

    def _through(self, data: bytes, start: int) -> Iterator[bytes]:
        if start == len(self._inflaters):
            yield data
            return
        for piece in self._inflaters[start].feed(data):
            yield from self._through(piece, start + 1)


class _Body:
    """The decoded bytes of one answer as they come in, checked against the limits."""

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        deadline: float | None,
        redact: Callable[[str], str],
    ) -> None:
        self.response = response
        self.limit = limit
        self.deadline = deadline
        self.redact = redact
        self.pieces: list[bytes] = []
        self.size = 0
        coding, declared = _framing(response.headers)
        self.decoder: BodyDecoder | None = None
        if coding is not None:  # most answers have none: no decoder to make
            try:
                self.decoder = BodyDecoder(coding)
            except ValueError as exc:
                raise self.error(str(exc)) from None
        self.identity = self.decoder is None or self.decoder.identity
        if self.identity and declared is not None and declared.isdigit() and int(declared) > limit:
            raise self.too_large(f"its Content-Length is {declared}")

    def take(self, raw: bytes) -> None:
        if self.decoder is None or self.identity:  # most answers: no generator in the way
            self.add(raw)
        else:
            try:
                for piece in self.decoder.feed(raw):
                    self.add(piece)
            except zlib.error as exc:
                raise self.error(f"the body could not be decoded: {exc}") from None
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout("the call's time limit passed while reading the body")

    def end(self) -> bytes:
        if self.decoder is not None and not self.identity:
            try:
                for piece in self.decoder.finish():
                    self.add(piece)
            except zlib.error as exc:
                raise self.error(f"the body could not be decoded: {exc}") from None
        return self.pieces[0] if len(self.pieces) == 1 else b"".join(self.pieces)

    def add(self, piece: bytes) -> None:
        if self.size + len(piece) > self.limit:
            self.pieces.append(piece[:BODY_PREFIX_BYTES])  # for the error's first bytes
            raise self.too_large("reading stopped there")
        self.pieces.append(piece)
        self.size += len(piece)

    def too_large(self, why: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"HTTP {self.response.status_code} body from {self._where()} is larger than "
            f"max_response_bytes ({self.limit}): {why}",
            limit=self.limit,
            **self._facts(),
        )

    def error(self, message: str) -> ResponseBodyError:
        message = f"HTTP {self.response.status_code} from {self._where()}: {message}"
        return ResponseBodyError(message, **self._facts())

    def _where(self) -> str:
        request = self.response.request
        return f"{request.method} {self.redact(str(request.url))}"

    def _prefix(self) -> bytes:
        """The first bytes read, without joining all of them (they may be the whole limit)."""
        prefix = b""
        for piece in self.pieces:
            if len(prefix) >= BODY_PREFIX_BYTES:
                break
            prefix += piece[: BODY_PREFIX_BYTES - len(prefix)]
        return prefix

    def _facts(self) -> dict[str, Any]:
        request = self.response.request
        return {
            "status_code": self.response.status_code,
            "headers": self.response.headers,
            "content": self._prefix(),
            "method": request.method,
            "url": self.redact(str(request.url)),
        }


def _framing(headers: httpx.Headers) -> tuple[str | None, str | None]:
    """Content-Encoding and Content-Length, each as headers.get() gives it (repeated
    headers joined by ", "), found in one pass: two get() calls scan the headers twice."""
    coding: list[bytes] = []
    length: list[bytes] = []
    for name, value in headers.raw:
        lower = name.lower()
        if lower == b"content-encoding":
            coding.append(value)
        elif lower == b"content-length":
            length.append(value)
    return _joined(coding, headers.encoding), _joined(length, headers.encoding)


def _joined(values: list[bytes], encoding: str) -> str | None:
    return b", ".join(values).decode(encoding) if values else None


def read_body(
    response: httpx.Response,
    limit: int,
    deadline: float | None,
    redact: Callable[[str], str] = str,
) -> None:
    """Read a streamed answer's body into `response.content`, or raise ResponseBodyError
    (ResponseTooLargeError past `limit`) or httpx.ReadTimeout past `deadline`."""
    try:
        if _already_read(response, limit, redact):
            return
        body = _Body(response, limit, deadline, redact)
        for raw in response.iter_raw():
            body.take(raw)
        _keep(response, body.end())
    finally:
        response.close()


async def aread_body(
    response: httpx.Response,
    limit: int,
    deadline: float | None,
    redact: Callable[[str], str] = str,
) -> None:
    try:
        if _already_read(response, limit, redact):
            return
        body = _Body(response, limit, deadline, redact)
        async for raw in response.aiter_raw():
            body.take(raw)
        _keep(response, body.end())
    finally:
        await response.aclose()


def _already_read(response: httpx.Response, limit: int, redact: Callable[[str], str]) -> bool:
    """Whether a transport handed over the body already read (an httpx.Response made with
    `content=`, as MockTransport handlers make them); past `limit`, ResponseTooLargeError."""
    if not response.is_stream_consumed or not hasattr(response, "_content"):
        return False
    if len(response.content) > limit:
        body = _Body(response, limit, None, redact)
        raise body.too_large(f"it is {len(response.content)} bytes")
    return True


def _keep(response: httpx.Response, content: bytes) -> None:
    # What httpx's own Response.read() sets: `content`, `text` and `json()` then read it,
    # while headers, `elapsed` and the rest stay as the server and httpx made them.
    response._content = content
