"""The mock under load and from hostile clients: a burst of connections is answered, a
request that stops arriving is cut off, a malformed one gets an HTTP answer saying what is
wrong (read off a raw socket), and only the latest requests are kept."""

from __future__ import annotations

import json
import re
import select
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from scripts.bench.mock_load import burst
from scripts.mock_server import MockServer
from scripts.mock_wire import MAX_HEAD_BYTES, MAX_HEADERS
from scripts.spec_model.reading import spec_of

DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "load", "version": "1"},
    "paths": {
        "/jobs/{job_id}": {
            "get": {
                "operationId": "get_job",
                "parameters": [
                    {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "the job",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object"},
                                "example": {"id": "j1", "status": "done"},
                            }
                        },
                    }
                },
            }
        },
        "/tallies": {
            "post": {
                "operationId": "add_tallies",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "integer"}}
                        }
                    },
                },
                "responses": {"204": {"description": "added"}},
            }
        },
    },
}
GET = b"GET /jobs/j1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
# Seconds a test waits on a socket: far beyond what any answer here takes (milliseconds).
PATIENCE = 5.0


@contextmanager
def _mock(**settings: Any) -> Iterator[MockServer]:
    with MockServer(spec_of(DOCUMENT), **settings) as server:
        yield server


def _exchange(server: MockServer, raw: bytes) -> bytes:
    """Send `raw` and read until the mock closes the connection (it answers one request)."""
    host, port = server.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=PATIENCE) as sock:
        sock.sendall(raw)
        return _read_to_end(sock)


def _read_to_end(sock: socket.socket) -> bytes:
    received = b""
    while chunk := sock.recv(65536):  # a socket.timeout here: the mock never closed
        received += chunk
    return received


def _status_and_problems(answer: bytes) -> tuple[int, list[str]]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n")[0].decode("latin-1")
    assert status_line.startswith("HTTP/1.0 "), f"no status line: {answer[:200]!r}"
    return int(status_line.split()[1]), json.loads(body).get("violations", [])


def test_a_burst_of_300_connections_is_answered_whole() -> None:
    """The stdlib's listen backlog of 5 left a third of 200 such connections unanswered."""
    with _mock() as server:
        done = burst(server.base_url, GET + b"\r\n", connections=300, within=60)
        assert server.request_count == 300
        assert not server.violations, server.violations[:5]
    assert done.statuses == (200,) * 300


@pytest.mark.parametrize(
    ("sent", "trickle"),
    [
        pytest.param(b"", False, id="nothing"),
        pytest.param(GET, False, id="half-a-head"),
        pytest.param(b"GET /jobs/j1 HTTP/1.1\r\nX-Slow: ", True, id="a-byte-at-a-time"),
        pytest.param(GET + b"Content-Length: 10\r\n\r\nabc", False, id="half-a-body"),
    ],
)
def test_a_request_that_stops_arriving_is_cut_off_after_the_idle_timeout(
    sent: bytes, trickle: bool
) -> None:
    """A thread per connection is held only that long, even by a client sending a byte every
    tenth of a second (a deadline from the connection's opening, not from its last byte)."""
    with _mock(idle_timeout=0.5) as server:
        host, port = server.base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=PATIENCE) as sock:
            started = time.monotonic()
            sock.sendall(sent)
            # Until the answer comes; the mock reads what comes after it and drops it.
            while trickle and time.monotonic() - started < PATIENCE:
                if select.select([sock], [], [], 0.1)[0]:
                    break
                sock.sendall(b"x")
            answer = _read_to_end(sock)
        assert time.monotonic() - started < PATIENCE
        assert server.request_count == 0, "no request arrived to be recorded"
    status, problems = _status_and_problems(answer)
    assert status == 408
    assert problems == ["the request did not arrive whole within 0.5 s"]


@pytest.mark.parametrize(
    ("raw", "status", "named"),
    [
        pytest.param(GET + b"X-Note: one\r\n two\r\n\r\n", 400, "folded", id="folded-header"),
        pytest.param(b"\x16\x03\x01\x02\x00\x01\x00\r\n\r\n", 400, "request line", id="tls"),
        pytest.param(b"HELLO\r\n\r\n", 400, "request line", id="garbage-request-line"),
        pytest.param(b"GET /\r\n\r\n", 400, "request line", id="http-0.9"),
        pytest.param(b"GET /jobs/\xff HTTP/1.1\r\n\r\n", 400, "request line", id="raw-utf8-path"),
        pytest.param(GET + b"no colon\r\n\r\n", 400, "header line", id="no-colon"),
        pytest.param(GET + b"X-Note : a\r\n\r\n", 400, "header line", id="space-before-colon"),
        pytest.param(GET + b"X-N\xc3\xb6te: a\r\n\r\n", 400, "header line", id="non-ascii-name"),
        pytest.param(GET + b"X-Note: a\x00b\r\n\r\n", 400, "header line", id="nul-in-value"),
        pytest.param(
            GET + b"X-Big: " + b"a" * MAX_HEAD_BYTES + b"\r\n\r\n", 431, "head over", id="big-head"
        ),
        pytest.param(
            b"GET /" + b"a" * MAX_HEAD_BYTES + b" HTTP/1.1\r\n\r\n", 414, "line over", id="long-url"
        ),
        pytest.param(
            GET + b"".join(b"X-%d: a\r\n" % n for n in range(MAX_HEADERS + 1)) + b"\r\n",
            431,
            "header lines",
            id="too-many-headers",
        ),
        pytest.param(b"GET / HTTP/2.0\r\n\r\n", 505, "HTTP/2.0", id="http-2"),
    ],
)
def test_a_malformed_request_gets_an_http_answer_naming_the_problem(
    raw: bytes, status: int, named: str
) -> None:
    with _mock() as server:
        answer = _exchange(server, raw)
        recorded = server.requests
        # The mock serves on after it: nothing broke inside it.
        assert _status_and_problems(_exchange(server, GET + b"\r\n"))[0] == 200
    answered, problems = _status_and_problems(answer)
    assert answered == status, problems
    assert len(problems) == 1 and named in problems[0], problems
    assert [r.violations for r in recorded] == [tuple(problems)], "recorded as a violation"


def test_a_body_cut_short_by_the_client_is_refused() -> None:
    """The client half-closes after 3 bytes of the 10 its Content-Length announced."""
    with _mock() as server:
        host, port = server.base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=PATIENCE) as sock:
            sock.sendall(GET + b"Content-Length: 10\r\n\r\nabc")
            sock.shutdown(socket.SHUT_WR)
            answer = _read_to_end(sock)
    assert _status_and_problems(answer) == (400, ["the body ended after 3 of 10 bytes"])


def test_header_values_with_bytes_past_ascii_are_read_as_latin_1() -> None:
    """RFC 9110 lets a field value carry such bytes (obs-text); they are answered, not
    dropped, and recorded as the latin-1 characters they are."""
    with _mock() as server:
        answer = _exchange(server, GET + b"X-Note: caf\xc3\xa9 \xff\r\n\r\n")
        (recorded,) = server.requests
    assert _status_and_problems(answer)[0] == 200
    assert recorded.headers["X-Note"] == "caf\xc3\xa9 \xff"


def test_only_the_latest_requests_are_kept_and_none_of_their_violations_is_lost() -> None:
    with _mock(history=3) as server:
        for n in range(5):  # /nothing/N: no such operation, a violation each
            _exchange(server, b"GET /nothing/%d HTTP/1.1\r\n\r\n" % n)
        mark = server.request_count
        _exchange(server, GET + b"\r\n")
        assert [r.path for r in server.requests] == ["/nothing/3", "/nothing/4", "/jobs/j1"]
        assert server.request_count == 6
        assert [r.path for r in server.requests_since(mark)] == ["/jobs/j1"]
        with pytest.raises(LookupError, match="3 of the requests since #0 are no longer kept"):
            server.requests_since(0)
        assert server.violations == [
            "3 violations of requests no longer kept",
            "no operation for GET /nothing/3",
            "no operation for GET /nothing/4",
        ]


def test_a_request_keeps_at_most_50_problem_lines() -> None:
    """A body breaking its schema 500 times: the refusal and the record list 49 of the
    problems and how many more there were, so one request cannot fill the memory."""
    body = json.dumps(["not a number"] * 500).encode()
    head = b"POST /tallies HTTP/1.1\r\nContent-Type: application/json\r\n"
    with _mock() as server:
        answer = _exchange(server, head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        (recorded,) = server.requests
    status, problems = _status_and_problems(answer)
    assert status == 400
    assert len(problems) == 50 and re.fullmatch(r"\.\.\. and \d+ more", problems[-1]), problems
    assert list(recorded.violations) == problems
