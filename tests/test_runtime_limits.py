"""The run-time's limits, tested once on its source (scripts/templates/runtime): the bounded
body reader, the call deadline, the checks of request values and the status classes.

What every package shows of them through its generated calls, against hostile servers, is
tested over every provider in test_hostile_servers.py.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator

import httpx
import pytest

from scripts.templates.runtime.body import STEP, BodyDecoder, read_body
from scripts.templates.runtime.credentials import check_secret
from scripts.templates.runtime.deadline import DeadlineBackend, hold_deadlines
from scripts.templates.runtime.errors import (
    BODY_PREFIX_BYTES,
    InternalServerError,
    ResponseBodyError,
    ResponseTooLargeError,
    UnknownStatusError,
    status_error_class,
)
from scripts.templates.runtime.http import call_limit
from scripts.templates.runtime.paths import path_segment
from scripts.templates.runtime.transport import (
    HPACK_LOGGERS,
    _no_header_blocks,
    filter_hpack_logs,
)
from scripts.templates.runtime.values import check_header, header_value

TEXT = b"[" + b", ".join([b'{"status": "running", "progress": 0.5}'] * 100) + b"]"


def _chunks(data: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def _decoded(encoding: str, data: bytes) -> bytes:
    decoder = BodyDecoder(encoding)
    pieces = [piece for chunk in _chunks(data) for piece in decoder.feed(chunk)]
    return b"".join(pieces + list(decoder.finish()))


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("", lambda b: b),
        ("identity", lambda b: b),
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC means it
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw, as some servers send it
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("GZip , identity", gzip.compress),
    ],
)
def test_each_content_coding_is_undone(encoding: str, encode: object) -> None:
    assert callable(encode)
    assert _decoded(encoding, encode(TEXT)) == TEXT


def test_a_bomb_inflates_one_bounded_step_at_a_time() -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))  # 64 MiB in about 64 KiB
    decoder = BodyDecoder("gzip")
    sizes = [len(piece) for piece in decoder.feed(bomb[:65536])]
    assert sizes and max(sizes) <= STEP
    assert sum(sizes) > 10 * len(bomb[:65536]), "one chunk did inflate a lot, in steps"


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "gzip, br"])
def test_a_coding_this_client_cannot_undo_is_refused_by_name(encoding: str) -> None:
    with pytest.raises(ValueError, match=r"content-encoding '(br|zstd|compress)'"):
        BodyDecoder(encoding)


def _streamed(body: bytes, **headers: str) -> httpx.Response:
    """An answer whose body is still to be read, in 4 KiB chunks, as a socket gives it."""
    request = httpx.Request("GET", "https://api.test/jobs/1?token=s3cret")
    return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body), request=request)


class _Chunked(httpx.SyncByteStream):
    def __init__(self, data: bytes) -> None:
        self._data = data

    def __iter__(self) -> Iterator[bytes]:
        yield from _chunks(self._data, 4096)


def _chunked(body: bytes, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/jobs/1?token=s3cret")
    return httpx.Response(200, headers=headers, stream=_Chunked(body), request=request)


def test_the_body_is_read_into_content_decoded_with_the_headers_as_sent() -> None:
    response = _chunked(gzip.compress(TEXT), **{"Content-Encoding": "gzip"})
    read_body(response, limit=len(TEXT), deadline=None)
    assert response.content == TEXT and response.json()[99]["status"] == "running"
    assert response.headers["Content-Encoding"] == "gzip" and response.is_closed


def test_a_body_past_the_limit_stops_there_with_its_status_and_first_bytes() -> None:
    response = _chunked(gzip.compress(b"x" * 100_000), **{"Content-Encoding": "gzip"})
    with pytest.raises(ResponseTooLargeError) as raised:
        read_body(response, limit=50_000, deadline=None, redact=lambda t: t.replace("s3cret", "*"))
    error = raised.value
    assert error.status_code == 200 and error.limit == 50_000
    assert error.content == b"x" * BODY_PREFIX_BYTES
    assert "max_response_bytes (50000)" in str(error) and "s3cret" not in str(error)
    assert response.is_closed


def test_a_declared_length_past_the_limit_is_refused_before_reading() -> None:
    response = _streamed(b"x" * 10, **{"Content-Length": "999999"})
    with pytest.raises(ResponseTooLargeError, match="its Content-Length is 999999"):
        read_body(response, limit=1000, deadline=None)


@pytest.mark.parametrize(
    ("encoding", "body", "match"),
    [
        ("gzip", b"this is not gzip", "could not be decoded"),
        ("deflate", b"\x78\x9c garbage", "could not be decoded"),
        ("br", b"\x0b\x02\x80hello\x03", "content-encoding 'br'"),
    ],
)
def test_an_undecodable_body_is_a_response_body_error(
    encoding: str, body: bytes, match: str
) -> None:
    with pytest.raises(ResponseBodyError, match=match) as raised:
        read_body(_chunked(body, **{"Content-Encoding": encoding}), limit=10**6, deadline=None)
    assert raised.value.status_code == 200 and not raised.value.retryable


def test_reading_past_the_deadline_is_a_read_timeout() -> None:
    with pytest.raises(httpx.ReadTimeout, match="time limit"):
        read_body(_chunked(TEXT), limit=10**6, deadline=0.0)


def test_the_call_limit_is_the_longest_phase_and_none_when_reads_may_wait_forever() -> None:
    assert call_limit(httpx.Timeout(60.0, connect=10.0)) == 60.0
    assert call_limit(httpx.Timeout(3.0)) == 3.0
    assert call_limit(httpx.Timeout(5.0, read=None)) is None


def test_the_deadline_backend_goes_under_an_http_transports_pool() -> None:
    transport = httpx.HTTPTransport()
    hold_deadlines(transport)
    hold_deadlines(transport)  # once only
    backend = transport._pool._network_backend
    assert isinstance(backend, DeadlineBackend)
    assert not isinstance(backend._inner, DeadlineBackend)
    hold_deadlines(httpx.MockTransport(lambda r: httpx.Response(200)))  # nothing to do


@pytest.mark.parametrize(
    ("status", "kind"),
    [(600, UnknownStatusError), (999, UnknownStatusError), (99, UnknownStatusError),
     (500, InternalServerError), (599, InternalServerError)],
)  # fmt: skip
def test_a_status_outside_http_has_its_own_class(status: int, kind: type) -> None:
    assert status_error_class(status) is kind


@pytest.mark.parametrize(
    "bad", ["Zq9\r\nInjected: 1", "Zq9\nb", "Zq9\0", "Zq9é", " Zq9", "Zq9 ", "Zq9\x7f", "Zq9\t"]
)
def test_a_header_value_that_cannot_be_sent_is_refused_naming_the_parameter(bad: str) -> None:
    with pytest.raises(ValueError, match="header parameter 'x_trace_id' cannot be sent") as e:
        header_value("x_trace_id", bad)
    assert "Zq9" not in str(e.value), "the value may be a secret: never shown"
    with pytest.raises(ValueError, match="header 'X-Trace' cannot be sent"):
        check_header("X-Trace", bad)


def test_a_sendable_header_value_goes_as_it_is() -> None:
    assert header_value("n", "a b\tc") == "a b\tc"
    assert header_value("n", 12) == "12"
    assert header_value("n", "") == ""


@pytest.mark.parametrize("bad", ["a\r\nb", "a\nb", "nul\0"])
def test_a_path_value_no_server_takes_is_refused_naming_the_parameter(bad: str) -> None:
    with pytest.raises(ValueError, match="path parameter 'job_id' may not contain CR, LF or NUL"):
        path_segment("job_id", bad)


@pytest.mark.parametrize("bad", ["", " ", "\t", "  \n "])
def test_an_empty_or_blank_token_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="token must not be empty or only whitespace"):
        check_secret("token", bad)


def test_hpack_debug_records_are_dropped_and_others_kept() -> None:
    filter_hpack_logs()
    filter_hpack_logs()  # once only
    for name in HPACK_LOGGERS:
        logger = logging.getLogger(name)
        # Once per copy of the run-time (each package adds its own, once).
        assert logger.filters.count(_no_header_blocks) == 1
        debug = logger.makeRecord(name, logging.DEBUG, __file__, 1, "Encoding %s", ("x",), None)
        warning = logger.makeRecord(name, logging.WARNING, __file__, 1, "odd", (), None)
        assert not logger.filter(debug) and logger.filter(warning)
