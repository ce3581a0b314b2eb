"""The mock under load: only the latest requests are kept, each with a bounded record."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from scripts.mock_server import MockServer
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
