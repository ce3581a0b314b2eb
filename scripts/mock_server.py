"""A mock of a provider made from its spec: in-process, on 127.0.0.1, a random port.

Every request is validated against the spec with openapi-core (path, method, parameters,
headers, security); a request that breaks it is answered 400 (401 for a missing or bad
credential) with the list of violations. A valid request is answered with a documented
response, chosen by the `Prefer` header as in Stoplight Prism:

    Prefer: code=404                 that status (default: the first 2xx)
    Prefer: example=failed           that named example (default: the first one)
    Prefer: dynamic=true             a payload generated from the response schema

Tests can also set `respond` to choose the answer themselves.
"""

from __future__ import annotations

import json
import re
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from scripts.codegen.call_plan import default_base_url
from scripts.payloads import payload_strategy
from scripts.spec_lint import HTTP_METHODS, Operation, iter_operations, resolve


@dataclass(frozen=True)
class Canned:
    status: int
    media_type: str | None
    body: bytes

    @classmethod
    def json(cls, status: int, value: Any, media_type: str = "application/json") -> Canned:
        # ASCII JSON: generated strings may hold lone surrogates, which UTF-8 cannot carry.
        return cls(status, media_type, json.dumps(value, ensure_ascii=True).encode())


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    operation_id: str | None
    violations: tuple[str, ...]


Responder = Callable[[str], Canned | None]


@dataclass
class MockServer:
    """`with MockServer(document) as server:` serves on server.base_url until the block ends."""

    document: dict[str, Any]
    respond: Responder | None = None  # operationId -> the answer, or None for the default
    requests: list[Recorded] = field(default_factory=list)
    _httpd: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "the server is not running"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def violations(self) -> list[str]:
        return [v for r in self.requests for v in r.violations]

    def start(self, port: int = 0) -> None:
        mock = SpecMock(self.document)
        handler = _handler(mock, self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> MockServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class SpecMock:
    """The spec, compiled once: routes, the validator, and how to pick an answer."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.openapi = OpenAPI.from_dict(document)
        spec_base = urlsplit(default_base_url(document))
        self.host_url = f"{spec_base.scheme}://{spec_base.netloc}"
        self.base_path = spec_base.path.rstrip("/")
        self.routes = [(op, _path_regex(op.path)) for op in iter_operations(document)]

    def route(self, method: str, path: str) -> Operation | None:
        for op, pattern in self.routes:
            if op.method == method.lower() and pattern.match(path):
                return op
        return None

    def violations(self, method: str, target: str, headers: dict[str, str]) -> list[str]:
        """Everything openapi-core finds wrong with the request, as readable lines."""
        parts = urlsplit(target)
        request = MockRequest(
            self.host_url,
            method,
            self.base_path + parts.path,
            args=cast(dict[str, Any], parse_qsl(parts.query, keep_blank_values=True)),
            headers=headers,
            content_type=headers.get("Content-Type", ""),
        )
        result = self.openapi.unmarshal_request(request)
        return [line for error in result.errors for line in _explain(error)]

    def check_response(self, method: str, target: str, answer: Canned) -> list[str]:
        """What openapi-core finds wrong with an answer (used to check the mock itself)."""
        parts = urlsplit(target)
        request = MockRequest(self.host_url, method, self.base_path + parts.path)
        response = MockResponse(
            answer.body, status_code=answer.status, content_type=answer.media_type or ""
        )
        result = self.openapi.unmarshal_response(request, response)
        return [line for error in result.errors for line in _explain(error)]

    def answer(self, op: Operation, prefer: dict[str, str]) -> Canned:
        responses = op.node.get("responses") or {}
        wanted = prefer.get("code")
        codes = [str(c) for c in responses]
        code = wanted if wanted in codes else min(c for c in codes if c.startswith("2"))
        response = resolve(self.document, responses[code])
        content = response.get("content") or {}
        if not content:
            return Canned(int(code), None, b"")
        name = prefer.get("example")
        # The media type that holds the named example (salad's HTML error pages), else the first.
        media_type, media = next(
            ((t, m) for t, m in content.items() if name in (m.get("examples") or {})),
            next(iter(content.items())),
        )
        if prefer.get("dynamic") == "true":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # .example() warns that it is for interactive use
                value = payload_strategy(self.document, media["schema"]).example()
            return Canned.json(int(code), value, media_type)
        examples = media.get("examples") or {}
        chosen = examples.get(name) if name in examples else next(iter(examples.values()))
        value = resolve(self.document, chosen)["value"]
        if "json" not in media_type:
            return Canned(int(code), media_type, str(value).encode())
        return Canned.json(int(code), value, media_type)


def _explain(error: BaseException) -> list[str]:
    """An openapi-core error and its schema errors, each a line."""
    lines = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    for schema_error in getattr(cause, "schema_errors", None) or ():
        where = "/".join(str(p) for p in schema_error.path) or "(value)"
        lines.append(f"  at {where}: {schema_error.message}")
    if cause is not None and not getattr(cause, "schema_errors", None):
        lines.append(f"  {type(cause).__name__}: {cause}")
    return lines


def _path_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]*", re.escape(template)) + "$")


def _prefer(header: str) -> dict[str, str]:
    pairs = (item.strip().split("=", 1) for item in header.split(",") if "=" in item)
    return {key.strip().lower(): value.strip() for key, value in pairs}


def _handler(mock: SpecMock, server: MockServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            headers = dict(self.headers.items())
            path = self.path.split("?", 1)[0]
            op = mock.route(self.command, path)
            problems = mock.violations(self.command, self.path, headers) if op else []
            if op is None:
                problems = [f"no operation for {self.command} {path}"]
            operation_id = op.operation_id if op else None
            server.requests.append(
                Recorded(self.command, self.path, headers, operation_id, tuple(problems))
            )
            if problems:
                security = any("Security" in p for p in problems)
                status = 401 if security else (404 if op is None else 400)
                self._send(Canned.json(status, {"violations": problems}))
                return
            assert op is not None
            chosen = server.respond(op.operation_id) if server.respond else None
            self._send(chosen or mock.answer(op, _prefer(self.headers.get("Prefer", ""))))

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
