"""A mock of a provider made from its spec: in-process, on 127.0.0.1, a random port.

Every request is validated against the spec with openapi-core (path, method, parameters,
headers, security), and refused when it sends a query parameter the operation does not
declare or an empty credential: 400 (401 for a missing, empty or bad credential) with the
list of violations. A valid request is answered with a documented response, chosen by the
`Prefer` header as in Stoplight Prism, in the media type `Accept` asks for:

    Prefer: code=404                 that status (default: the first 2xx); a status the
                                     spec covers by a range (4XX) or `default` is served
                                     from it; `code=4XX` / `code=default` ask for those
                                     as written (served as 400 / 500)
    Prefer: example=failed           that named example (default: the first that holds
                                     no docs placeholder such as "<string>", else the
                                     first)
    Prefer: dynamic=true             a payload generated from the response schema

A code or example the spec does not document is answered 404, an `Accept` no documented
media type satisfies 406, each with what exists. Every answer served (the spec's, or one a
test chose with `respond`) is validated too; its violations are recorded with the request's.

Under load and from hostile clients (scripts/mock_wire.py): a thread per connection, one
request per connection, a listen backlog of 2,048; a request must arrive whole within
`idle_timeout` seconds (10) of its connection opening, else 408 and the connection closes
(after at most 2 s more reading what the client still sends); a malformed head is refused
400, one over 64 KiB or 100 header lines 431; only the latest `history` requests (1,000) are
kept in `requests`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.client import HTTPMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

import jsonschema
from openapi_core import Config, OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.unmarshalling.schemas import (
    oas31_format_unmarshallers,
    oas31_types_unmarshaller,
)
from openapi_core.unmarshalling.schemas.factories import SchemaUnmarshallersFactory
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory
from openapi_schema_validator import OAS30ReadValidator, OAS31Validator

from scripts.codegen.call_plan import auth_of
from scripts.mock_jobs import JobLife, Scenario
from scripts.mock_wire import (
    IDLE_TIMEOUT,
    LISTEN_BACKLOG,
    ClosedEarly,
    Refused,
    TimedReader,
    drain,
    parse_head,
)
from scripts.payloads import first_value, payload_strategy
from scripts.spec_model.document import MediaType, Operation, Response, SpecDocument
from scripts.spec_model.openapi import HTTP_METHODS

# Violations name a credential problem with this prefix (openapi-core's own start with it
# too: SecurityValidationError), which makes the refusal a 401.
SECURITY = "Security"
_LINE_LIMIT = 300  # openapi-core quotes whole payloads; a violation line stays readable
# Lines of problems kept for one request (a 10 MiB body can break its schema a million times).
_PROBLEMS_LIMIT = 50
HISTORY = 1000  # recorded requests a MockServer keeps by default, the latest


@dataclass(frozen=True)
class Canned:
    status: int
    media_type: str | None
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()  # besides Content-Type and Content-Length

    @classmethod
    def json(cls, status: int, value: Any, media_type: str = "application/json") -> Canned:
        # ASCII JSON: generated strings may hold lone surrogates, which UTF-8 cannot carry.
        return cls(status, media_type, json.dumps(value, ensure_ascii=True).encode())

    @classmethod
    def of(cls, status: int, value: Any, media_type: str) -> Canned:
        """A value in its media type: JSON, or the text itself (salad's HTML error pages)."""
        if "json" in media_type:
            return cls.json(status, value, media_type)
        return cls(status, media_type, str(value).encode())


@dataclass(frozen=True)
class Recorded:
    """One request: its head is at most 64 KiB (mock_wire.MAX_HEAD_BYTES), its problems at
    most 50 lines of 300 characters, and its body is not kept."""

    method: str  # "" for a request refused before its request line was read
    path: str
    headers: dict[str, str]
    operation_id: str | None
    violations: tuple[str, ...]
    response_violations: tuple[str, ...] = ()  # what the served answer breaks in the spec


class Unservable(Exception):
    """The caller asked (Prefer, Accept) for an answer the spec does not document."""

    def __init__(self, status: int, problem: str) -> None:
        super().__init__(problem)
        self.status = status
        self.problem = problem


Responder = Callable[[str], Canned | None]


def required_headers(response: Response) -> tuple[tuple[str, str], ...]:
    """A value for each header `response` requires (the first its schema allows): what the
    mock sends with a documented answer, and a test with an answer of its own."""
    found = []
    for name, schema in response.headers.items():
        if response.header_required.get(name):
            # The spec's own example where it shows one (a Location naming a real path).
            # Printable ASCII only: a line break would end the header block early.
            shown = [v for v in response.header_examples.get(name, ()) if _header_safe(v)]
            made = payload_strategy(schema).filter(_header_safe)
            value = shown[0] if shown else first_value(made)
            found.append((name, value if isinstance(value, str) else json.dumps(value)))
    return tuple(found)


def _header_safe(value: Any) -> bool:
    return not isinstance(value, str) or (value.isascii() and value.isprintable())


def served_status(key: str) -> int:
    """The status a documented response key is served with: its number, N00 for a range
    NXX, 500 for `default` asked by name (a `default` answering a call that asks for
    nothing stands for success: see _success_key)."""
    if key.isdigit():
        return int(key)
    return int(key[0]) * 100 if key[0].isdigit() else 500


def _documented_key(responses: dict[str, Any], asked: str) -> str | None:
    """The response documenting status `asked`: exact, then its range, then `default`."""
    asked = asked.upper()
    candidates = [asked] + ([asked[0] + "XX", "DEFAULT"] if asked.isdigit() else [])
    return next((key for key in candidates if key in responses), None)


def _success_key(responses: dict[str, Any]) -> str | None:
    """What a call asking for nothing gets: the first 2xx, else 2XX, else the first one."""
    exact = sorted(key for key in responses if key.isdigit() and key.startswith("2"))
    if exact:
        return exact[0]
    return "2XX" if "2XX" in responses else next(iter(responses), None)


class _Server(ThreadingHTTPServer):
    """A thread per connection (daemon threads: stop() waits for none of them), and a listen
    backlog that queues a burst of connections instead of refusing them (the stdlib's is 5)."""

    request_queue_size = LISTEN_BACKLOG

    def shutdown_request(self, request: socket.socket | tuple[bytes, socket.socket]) -> None:
        assert isinstance(request, socket.socket)
        with contextlib.suppress(OSError):  # TimeoutError too: LINGER is over
            drain(request)
        self.close_request(request)


@dataclass
class MockServer:
    """`with MockServer(spec) as server:` serves on server.base_url until the block ends."""

    spec: SpecDocument
    respond: Responder | None = None  # the operation's Python name -> the answer, or None
    # False only where answers break the spec on purpose (values an enum does not list).
    check_responses: bool = True
    history: int = HISTORY  # how many recorded requests are kept: the latest
    # Seconds a connection has to send its whole request, counted from its opening.
    idle_timeout: float = IDLE_TIMEOUT
    # A job's life to play for jobs created through the mock (mock_jobs.py); None: none.
    scenario: Scenario | None = None
    _httpd: ThreadingHTTPServer | None = None
    _life: JobLife | None = field(default=None, init=False, repr=False)
    _recorded: deque[Recorded] = field(init=False, repr=False)
    _count: int = field(default=0, init=False, repr=False)
    _dropped_violations: int = field(default=0, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self._recorded = deque(maxlen=self.history)

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "the server is not running"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[Recorded]:
        """The latest `history` requests, oldest first: a copy, safe to keep and slice."""
        with self._lock:
            return list(self._recorded)

    @property
    def request_count(self) -> int:
        """How many requests were recorded since the start, the dropped ones included."""
        return self._count

    def requests_since(self, count: int) -> list[Recorded]:
        """The requests recorded after the first `count` (an earlier `request_count`); a
        LookupError if some of them are no longer kept, rather than a silent shorter list."""
        with self._lock:
            start = count - (self._count - len(self._recorded))
            if start < 0:
                raise LookupError(
                    f"{-start} of the requests since #{count} are no longer kept "
                    f"(history={self.history})"
                )
            return list(self._recorded)[start:]

    def record(self, request: Recorded) -> None:
        with self._lock:
            if len(self._recorded) == self._recorded.maxlen:
                dropped = self._recorded[0]
                self._dropped_violations += len(dropped.violations)
                self._dropped_violations += len(dropped.response_violations)
            self._recorded.append(request)
            self._count += 1

    @property
    def violations(self) -> list[str]:
        """Request violations, then violations of the answers served ("response: ...");
        first, a line counting those of requests no longer kept, so none goes unseen."""
        with self._lock:
            kept, dropped = list(self._recorded), self._dropped_violations
        lost = [f"{dropped} violations of requests no longer kept"] if dropped else []
        return (
            lost
            + [v for r in kept for v in r.violations]
            + [f"response: {v}" for r in kept for v in r.response_violations]
        )

    def start(self, port: int = 0) -> None:
        mock = SpecMock(self.spec)
        if self.scenario is not None:
            self._life = JobLife(self.spec, self.scenario, lambda op: mock.answer(op, {}))
        handler = _handler(mock, self)
        self._httpd = _Server(("127.0.0.1", port), handler)
        # A short poll: stop() waits for the loop to notice, 0.5 s per server by default.
        serve = functools.partial(self._httpd.serve_forever, poll_interval=0.02)
        threading.Thread(target=serve, daemon=True).start()

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

    def __init__(self, spec: SpecDocument) -> None:
        self.spec = spec
        self.openapi = OpenAPI.from_dict(spec.tool_document(), config=_openapi_config(spec))
        spec_base = urlsplit(spec.server.default_url)
        self.host_url = f"{spec_base.scheme}://{spec_base.netloc}"
        self.base_path = spec_base.path.rstrip("/")
        self.routes = [(op, _path_regex(op.path)) for op in spec.operations]
        self.auth = auth_of(spec)

    def route(self, method: str, path: str) -> Operation | None:
        for op, pattern in self.routes:
            if op.method == method.lower() and pattern.match(path):
                return op
        return None

    def violations(
        self,
        op: Operation,
        method: str,
        target: str,
        headers: dict[str, str],
        body: bytes = b"",
    ) -> list[str]:
        """Everything wrong with the request, as readable lines: what openapi-core finds,
        query parameters the operation does not declare, an empty credential."""
        parts = urlsplit(target)
        query = parse_qsl(parts.query, keep_blank_values=True)
        request = MockRequest(
            self.host_url,
            method,
            self.base_path + parts.path,
            args=cast(dict[str, Any], query),
            headers=headers,
            data=body or None,
            content_type=headers.get("Content-Type", ""),
        )
        result = self.openapi.unmarshal_request(request)
        found = [line for error in result.errors for line in _explain(error)]
        return found + self._undeclared_query(op, query) + self._empty_credential(headers)

    def check_response(self, method: str, target: str, answer: Canned) -> list[str]:
        """What openapi-core finds wrong with an answer: status, media type, body."""
        parts = urlsplit(target)
        request = MockRequest(self.host_url, method, self.base_path + parts.path)
        response = MockResponse(
            answer.body,
            status_code=answer.status,
            headers=dict(answer.headers),
            content_type=answer.media_type or "",
        )
        try:  # validation only: ten times faster than unmarshalling, the same verdict
            self.openapi.validate_response(request, response)
        except OpenAPIError as error:
            return _explain(error)
        return []

    def answer(self, op: Operation, prefer: dict[str, str], accept: str = "") -> Canned:
        """The documented answer `Prefer` and `Accept` ask for; Unservable when there is none."""
        responses = {r.status.upper(): r for r in op.responses}
        asked = prefer.get("code")
        key = _documented_key(responses, asked) if asked else _success_key(responses)
        if key is None:
            raise Unservable(
                404,
                f"Prefer: code={asked}: {op.python_name} documents no such response; "
                f"documented: {', '.join(r.status for r in op.responses)}",
            )
        if asked and asked.isdigit():
            code = int(asked)
        else:  # a `default` a call asking for nothing gets stands for its success
            code = 200 if not asked and key == "DEFAULT" else served_status(key)
        headers = required_headers(responses[key])
        content = {media.name: media for media in responses[key].content}
        name = prefer.get("example")
        if not content and name is not None:
            raise Unservable(
                404, f"Prefer: example={name}: {op.python_name} {code} has no body, no examples"
            )
        if not content:
            return replace(Canned(code, None, b""), headers=headers)
        media_types = _acceptable(accept, list(content))
        if not media_types:
            raise Unservable(
                406,
                f"Accept: {accept}: {op.python_name} {code} is documented only as "
                f"{', '.join(content)}",
            )
        if name is not None:
            holding = [t for t in media_types if name in _named_examples(content[t])]
            if not holding:
                listed = {t: list(_named_examples(content[t])) for t in media_types}
                raise Unservable(
                    404,
                    f"Prefer: example={name}: {op.python_name} {code} has no such example; "
                    f"examples: {json.dumps(listed)}",
                )
            media_types = holding
        media_type = media_types[0]
        media = content[media_type]
        examples = _named_examples(media)
        single = media.example("")  # the single `example` of the media type
        if prefer.get("dynamic") == "true" or not (examples or single):
            return replace(Canned.of(code, self._generated(media), media_type), headers=headers)
        if not examples and single:
            return replace(Canned.of(code, single.value, media_type), headers=headers)
        chosen = examples[name] if name is not None else realistic(list(examples.values()))
        return replace(Canned.of(code, chosen, media_type), headers=headers)

    def _generated(self, media: MediaType) -> Any:
        if media.schema is None:  # any value is valid: the smallest of its media type
            return {} if "json" in media.name else "example"
        # Never "": an empty body is no body at all, which a documented one may not be.
        values = payload_strategy(media.schema).filter(lambda value: value != "")
        try:
            return first_value(values)
        except Exception as exc:  # e.g. a recursive schema hypothesis-jsonschema cannot build
            raise Unservable(
                500,
                f"no payload can be generated for this response ({type(exc).__name__}): "
                "give it an example in the spec",
            ) from None

    def _undeclared_query(self, op: Operation, query: list[tuple[str, str]]) -> list[str]:
        declared = sorted(p.name for p in op.parameters if p.location == "query")
        return [
            f"Unknown query parameter {name!r}: {op.python_name} declares "
            f"{', '.join(declared) or 'none'}"
            for name in sorted({name for name, _ in query} - set(declared))
        ]

    def _empty_credential(self, headers: dict[str, str]) -> list[str]:
        """openapi-core only checks that the header is there; a real API refuses it empty."""
        if self.auth is None:
            return []
        value = next((v for k, v in headers.items() if k.lower() == self.auth.header.lower()), None)
        if value is None:
            return []  # missing: openapi-core reports it
        credential = value.strip()
        if self.auth.prefix and credential.lower().startswith(self.auth.prefix.lower()):
            credential = credential[len(self.auth.prefix) :].strip()
        if credential:
            return []
        return [f"{SECURITY}: the {self.auth.header} header carries an empty credential"]


def _acceptable(accept: str, offered: list[str]) -> list[str]:
    """The offered media types `accept` allows, best first: by quality, then the spec's order.
    The most specific matching range sets a type's quality (RFC 9110, 12.5.1)."""
    ranges: list[tuple[str, float]] = []
    for item in accept.split(","):
        media_range, *params = (part.strip().lower() for part in item.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media_range:
            ranges.append((media_range, quality))
    if not ranges:
        return offered

    def quality_of(media_type: str) -> float:
        kind = media_type.split("/", 1)[0]
        matches = [
            (2 if r == media_type else 1 if r == f"{kind}/*" else 0, q)
            for r, q in ranges
            if r in (media_type, f"{kind}/*", "*/*")
        ]
        return max(matches)[1] if matches else 0.0

    scored = [(quality_of(t.lower()), index, t) for index, t in enumerate(offered)]
    return [t for q, _, t in sorted(scored, key=lambda s: (-s[0], s[1])) if q > 0]


def _explain(error: BaseException) -> list[str]:
    """An openapi-core error and its schema errors, each a line."""
    lines = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    schema_errors = getattr(error, "schema_errors", None) or getattr(cause, "schema_errors", None)
    for schema_error in schema_errors or ():
        where = "/".join(str(p) for p in schema_error.path) or "(value)"
        lines.append(f"  at {where}: {schema_error.message}")
    if cause is not None and not schema_errors:
        lines.append(f"  {type(cause).__name__}: {cause}")
    return [line if len(line) <= _LINE_LIMIT else line[:_LINE_LIMIT] + "..." for line in lines]


def _path_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]*", re.escape(template)) + "$")


def _prefer(header: str) -> dict[str, str]:
    pairs = (item.strip().split("=", 1) for item in header.split(",") if "=" in item)
    return {key.strip().lower(): value.strip() for key, value in pairs}


def _refusal(status: int, problems: list[str]) -> Canned:
    return Canned.json(status, {"violations": problems})


def _named_examples(media: MediaType) -> dict[str, Any]:
    """The media type's named examples (`examples`), their values by name."""
    return {example.name: example.value for example in media.examples if example.name}


def _json_suffix_deserializers(spec: SpecDocument) -> dict[str, Any]:
    """openapi-core reads application/json only: every `+json` media type the operations
    name (application/merge-patch+json, application/problem+json...) is JSON too."""
    found: set[str] = set()
    for op in spec.operations:
        contents = [p.content for p in op.parameters] + [r.content for r in op.responses]
        if op.request_body is not None:
            contents.append(op.request_body.content)
        found.update(
            media.name
            for content in contents
            for media in content
            if media.name.split(";")[0].endswith("+json")
        )
    return {media_type: _json_loads for media_type in sorted(found)}


def _json_loads(value: bytes | str, **_: str) -> Any:
    return json.loads(value)


# OpenAPI 3.1 spells a binary body as a string; openapi-core keeps its bytes, which its 3.1
# validator then refuses as "not of type string" (its 3.0 one lets bytes pass). The mock's
# 3.1 validator takes bytes for strings, as a binary string is bytes on the wire.
_OAS31_BYTES_ARE_STRINGS = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    OAS31Validator,
    type_checker=OAS31Validator.TYPE_CHECKER.redefine(
        "string", lambda _, instance: isinstance(instance, str | bytes)
    ),
)


def _openapi_config(spec: SpecDocument) -> Config:
    extra = _json_suffix_deserializers(spec)
    if spec.openapi != "3.1":
        return Config(extra_media_type_deserializers=extra)
    # Not openapi-core's dialect-keyed factory: that would look the stock class up again.
    validators = SchemaValidatorsFactory(
        _OAS31_BYTES_ARE_STRINGS,
        format_checker=OAS30ReadValidator.FORMAT_CHECKER,  # openapi-core's own choice for 3.1
    )
    unmarshallers = SchemaUnmarshallersFactory(
        validators, oas31_types_unmarshaller, format_unmarshallers=oas31_format_unmarshallers
    )
    return Config(
        extra_media_type_deserializers=extra,
        schema_validators_factory=validators,
        schema_unmarshallers_factory=unmarshallers,
    )


# The largest request body the mock reads (a test double, not a store of uploads).
MAX_REQUEST_BODY = 10 * 1024 * 1024


def _handler(mock: SpecMock, server: MockServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # Every answer starts with a status line, a refused request line's too (the stdlib
        # answers one it cannot read as HTTP/0.9: a bare body).
        default_request_version = "HTTP/1.0"

        def handle_one_request(self) -> None:
            """One request, read within the deadline, answered, and the connection closed
            (HTTP/1.0 answers): no connection idles between requests, holding its thread."""
            self.close_connection = True
            self.request_version = self.default_request_version
            self.command, self.path, self.headers = "", "", HTTPMessage()
            deadline = time.monotonic() + server.idle_timeout
            reader = TimedReader(self.rfile, self.connection, deadline)
            try:
                self._handle(reader)
            except ClosedEarly:
                pass  # a connection that sent nothing: nothing to answer
            except TimeoutError:
                late = f"the request did not arrive whole within {server.idle_timeout:g} s"
                with contextlib.suppress(OSError):  # the client may be gone too
                    self._send(_refusal(408, [late]))
            except OSError:
                pass  # the client went away mid-answer: nobody to answer

        def _handle(self, reader: TimedReader) -> None:
            try:
                head = parse_head(reader.head())
                self.command, self.path = head.method, head.target
                self.request_version, self.headers = head.version, head.headers
                body, unreadable = self._body(reader)
            except Refused as refused:
                server.record(self._unanswered(refused.problem))
                self._send(_refusal(refused.status, [refused.problem]))
                return
            self._send(self._serve(body, unreadable))

        def _serve(self, body: bytes, unreadable: str) -> Canned:
            """The answer; a failure of the mock itself is a 500 recorded as a violation, so
            a test sees it instead of a disconnect."""
            try:
                return self._answer(body, unreadable)
            except Exception as exc:
                problem = f"the mock failed: {type(exc).__name__}: {exc}"[:2000]
                server.record(self._unanswered(problem))
                return _refusal(500, [problem])

        def _unanswered(self, problem: str) -> Recorded:
            """The record of a request refused before the spec could answer it."""
            return Recorded(self.command, self.path, dict(self.headers.items()), None, (problem,))

        def _answer(self, body: bytes, unreadable: str) -> Canned:
            headers = dict(self.headers.items())
            path = self.path.split("?", 1)[0]
            op = mock.route(self.command, path)
            if unreadable:
                problems = [unreadable]
                answer = _refusal(413 if "larger" in unreadable else 411, problems)
            elif self.command.lower() not in HTTP_METHODS or not self.command.isupper():
                problems = [f"{self.command} is no method an OpenAPI operation can have"]
                answer = _refusal(501, problems)
            elif op is None:
                problems = [f"no operation for {self.command} {path}"]
                answer = _refusal(404, problems)
            else:
                problems = _capped(mock.violations(op, self.command, self.path, headers, body))
                security = any(p.startswith(SECURITY) for p in problems)
                answer = _refusal(401 if security else 400, problems)
            served: list[str] = []
            if op is not None and not problems:
                try:
                    answer = (
                        (server.respond(op.python_name) if server.respond else None)
                        or (server._life.answer(op, self.path) if server._life else None)
                        or mock.answer(
                            op, _prefer(self.headers.get("Prefer", "")), headers.get("Accept", "")
                        )
                    )
                except Unservable as refused:
                    problems = [refused.problem]
                    answer = _refusal(refused.status, problems)
                else:
                    if server.check_responses:
                        served = _capped(mock.check_response(self.command, self.path, answer))
            # Recorded before the answer leaves: a caller reads `requests` once it has it.
            server.record(
                Recorded(
                    self.command,
                    self.path,
                    headers,
                    op.python_name if op else None,
                    tuple(problems),
                    tuple(served),
                )
            )
            return answer

        def _body(self, reader: TimedReader) -> tuple[bytes, str]:
            """The request body (read whole, up to MAX_REQUEST_BODY), or why it was not."""
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                return b"", "a chunked body is not read: send a Content-Length"
            length = self.headers.get("Content-Length", "0")
            if not length.isdigit():
                return b"", f"Content-Length {length!r} is not a number"
            if int(length) > MAX_REQUEST_BODY:
                return b"", f"a body larger than {MAX_REQUEST_BODY} bytes is not read"
            return reader.body(int(length)), ""

        def _send(self, answer: Canned) -> None:
            # A client that does not read its answer is dropped after idle_timeout too.
            self.connection.settimeout(server.idle_timeout)
            self.send_response(answer.status)
            if answer.media_type:
                self.send_header("Content-Type", answer.media_type)
            self.send_header("Content-Length", str(len(answer.body)))
            for name, value in answer.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(answer.body)

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            """Quiet: the caller reads `requests` instead."""

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
            """Quiet: the caller reads `requests` instead."""

    return Handler


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= _PROBLEMS_LIMIT:
        return problems
    more = len(problems) - _PROBLEMS_LIMIT + 1
    return [*problems[: _PROBLEMS_LIMIT - 1], f"... and {more} more"]


# A value a documentation tool writes in place of data: `<string>`, `<uuid>`, `<integer>`.
_PLACEHOLDER = re.compile(r"<[A-Za-z][\w -]*>")


def realistic(examples: list[Any]) -> Any:
    """The first example that holds no placeholder where a value belongs (a provider's docs
    may show `"id": "<string>"`, kept in the spec as its seed), else the first."""
    return next((e for e in examples if not _has_placeholder(e)), examples[0])


def _has_placeholder(value: Any) -> bool:
    if isinstance(value, str):
        return _PLACEHOLDER.fullmatch(value) is not None
    if isinstance(value, dict):
        return any(_has_placeholder(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_placeholder(v) for v in value)
    return False
