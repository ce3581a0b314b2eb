"""A loopback HTTP server that answers each operation of a spec with the spec's own example.

It stands in for the provider in the demo, the install smoke test and the client tests:
no API key, no network. It records every request so a test can check the path and headers.
(A later step replaces it with a server that validates requests against the spec.)
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from scripts.spec_lint import HTTP_METHODS, iter_operations, resolve


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Canned:
    status: int
    media_type: str | None
    body: bytes


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    answer: Canned


@dataclass
class ExampleServer:
    """`with ExampleServer(document) as server:` serves on server.base_url until the block ends."""

    document: dict[str, Any]
    example_name: str | None = None  # which named example to serve; default the first
    requests: list[Recorded] = field(default_factory=list)
    _httpd: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "the server is not running"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> ExampleServer:
        routes = [
            _route(self.document, op, self.example_name) for op in iter_operations(self.document)
        ]
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, self.requests))
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None


def success_answer(
    document: dict[str, Any], operation_node: dict[str, Any], name: str | None
) -> Canned:
    """The first documented 2xx response, with its named (or first) example as the body."""
    responses = operation_node.get("responses") or {}
    for status in sorted(s for s in responses if str(s).startswith("2")):
        response = resolve(document, responses[status])
        for media_type, media in (response.get("content") or {}).items():
            example = _example(document, media, name)
            return Canned(int(status), media_type, json.dumps(example).encode())
        return Canned(int(status), None, b"")
    raise ValueError(f"operation {operation_node.get('operationId')} has no 2xx response")


def _example(document: dict[str, Any], media: dict[str, Any], name: str | None) -> Any:
    examples = media.get("examples") or {}
    if examples:
        chosen = examples.get(name) if name in examples else next(iter(examples.values()))
        return resolve(document, chosen)["value"]
    if "example" in media:
        return media["example"]
    raise ValueError("a success response with a body has no example to serve")


def _route(document: dict[str, Any], op: Any, name: str | None) -> _Route:
    regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
    return _Route(
        op.method.upper(), re.compile(f"^{regex}$"), success_answer(document, op.node, name)
    )


def _handler(routes: list[_Route], log: list[Recorded]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            path = self.path.split("?", 1)[0]
            log.append(Recorded(self.command, self.path, dict(self.headers.items())))
            for route in routes:
                if route.method == self.command and route.pattern.match(path):
                    self._send(route.answer)
                    return
            body = json.dumps({"detail": f"no operation for {self.command} {path}"}).encode()
            self._send(Canned(404, "application/json", body))

        def _send(self, answer: Canned) -> None:
            self.send_response(answer.status)
            if answer.media_type:
                self.send_header("Content-Type", answer.media_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
            """Quiet: the caller reads `requests` instead."""

    for method in HTTP_METHODS:
        setattr(Handler, f"do_{method.upper()}", Handler._serve)
    return Handler
