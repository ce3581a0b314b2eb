"""What the SDK behaviour tests share: each provider's package with its spec facts, canned
answers built from the spec's own examples, and a loopback HTTP server for what only a
real socket shows (logging, proxies, slow answers)."""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from random import Random
from types import ModuleType, TracebackType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import NoSuchExample

from scripts.codegen.call_plan import OperationCall, operation_calls
from scripts.codegen.providers import load_provider
from scripts.codegen.spec_facts import PollPlan, SpecFacts, poll_plan, spec_facts
from scripts.mock_server import served_status
from scripts.payloads import first_value, payload_strategy
from scripts.request_bodies import PlannedBody, planned_body
from scripts.smoke_call import typed_body
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.naming import class_name
from scripts.spec_model.operations import iter_operations, resolve, unescape
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS

TOKEN = "sk-secret-token-123456"
# The host the tests give a client whose spec's server is relative (it names none).
RELATIVE_HOST = "https://api.relative.test"
Handler = Callable[[httpx.Request], httpx.Response]


@dataclass(frozen=True)
class Pkg:
    slug: str
    document: dict[str, Any]
    spec: SpecDocument
    package: ModuleType
    errors: ModuleType
    facts: SpecFacts
    poll: PollPlan | None
    calls: tuple[OperationCall, ...]

    def module(self, call: OperationCall) -> ModuleType:
        return importlib.import_module(call.module)

    def runtime(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}._runtime.{name}")

    def client(self, handler: Handler, **options: Any) -> Any:
        """A client answering through `handler`, retrying without sleeping (given a host
        where the spec's server names none)."""
        options.setdefault("retry", self.package.RetryPolicy(initial_delay=0.0))
        return self.package.AuthenticatedClient(
            token=TOKEN,
            httpx_args={"transport": httpx.MockTransport(handler)},
            **self.host_options(**options),
        )

    def host_options(self, **options: Any) -> dict[str, Any]:
        """`options` for a client, with base_url at default_base where the spec's server
        names no host (the client requires one there) and none was given."""
        if not self.facts.server_names_host:
            options.setdefault("base_url", str(self.default_base))
        return options

    @property
    def default_base(self) -> httpx.URL:
        """The spec's server at its defaults; on RELATIVE_HOST where it names no host."""
        url = self.facts.server_url.format(**self.facts.server_variables)
        return httpx.URL(url if self.facts.server_names_host else RELATIVE_HOST + url)

    def job_body(self, status: str) -> dict[str, Any]:
        """The poll operation's seed example with another status."""
        body = copy.deepcopy(first_success_example(self.spec, self.poll.operation_id))
        body[self.poll.status_property] = status
        return body

    @property
    def any_call(self) -> OperationCall:
        """An operation for the tests of client-wide behaviour: the polled one, else the
        first with a JSON success body, else the first."""
        if self.poll is not None:
            return self.poll_call
        with_body = [c for c in self.calls if success_schema(self.document, c.operation_id)]
        return (with_body or list(self.calls))[0]

    @property
    def poll_call(self) -> OperationCall:
        return next(c for c in self.calls if c.operation_id == self.poll.operation_id)

    @property
    def running_status(self) -> str:
        return next(v for v in self.poll.status_values if v not in self.facts.terminal)


@cache
def pkg(slug: str) -> Pkg:
    provider = load_provider(slug)
    spec = read_spec(provider.spec_path)
    document = spec.tool_document()
    calls = tuple(operation_calls(spec, provider.import_package))
    for call in calls:
        _BODIES[call.module] = planned_body(spec.operation(call.operation_id))
    return Pkg(
        slug=slug,
        document=document,
        spec=spec,
        package=importlib.import_module(provider.import_package),
        errors=importlib.import_module(f"{provider.import_package}.errors"),
        facts=spec_facts(spec),
        poll=poll_plan(spec),
        calls=calls,
    )


def success_responses(document: dict[str, Any], operation_id: str) -> dict[int, dict[str, Any]]:
    """The operation's documented 2xx responses by status (a range `2XX` as 200); where it
    documents none, its 3xx (a create answered 303 See Other)."""
    op = next(o for o in iter_operations(document) if o.operation_id == operation_id)
    for family in ("2", "3"):
        found = {
            served_status(str(code).upper()): resolve(document, raw)
            for code, raw in op.node["responses"].items()
            if str(code).startswith(family)
        }
        if found:
            return found
    return {}


def success_schema(document: dict[str, Any], operation_id: str) -> dict[str, Any] | None:
    """The JSON schema of the operation's first 2xx body; None when it has no body."""
    responses = success_responses(document, operation_id)
    content = responses[min(responses)].get("content")
    if not content:
        return None
    return resolve(document, next(iter(content.values()))["schema"])


def success_model_name(document: dict[str, Any], operation_id: str) -> str:
    """The class (spec_model.naming) of the operation's first 2xx body schema."""
    responses = success_responses(document, operation_id)
    media = next(iter(responses[min(responses)]["content"].values()))
    return class_name(unescape(str(media["schema"]["$ref"]).rsplit("/", 1)[1]))


def poll_slugs() -> list[str]:
    """The providers whose spec marks an operation x-jobclients-poll (wait_for_job exists)."""
    return [slug for slug in SLUGS if pkg(slug).poll is not None]


def first_success_example(spec: SpecDocument, operation_id: str) -> Any:
    """The first 2xx body the spec shows (a named example first), else the first value its
    schema allows from a fixed seed (a spec may give no example)."""
    op = spec.operation(operation_id)
    for response in sorted(op.responses, key=lambda r: r.status):
        if not response.status.startswith("2"):
            continue
        for media in response.content:
            named = [e for e in media.examples if e.name] or list(media.examples)
            if named:
                return copy.deepcopy(named[0].value)
            if media.schema is not None:
                # Every declared property there where the schema allows it: a fuller body
                # tests more (the first value of an all-optional object is `{}`).
                strategy, declared = payload_strategy(media.schema), set(media.schema.properties)
                full = partial(_has_all, names=declared)
                try:
                    return first_value(strategy, Random(0), where=full)
                except NoSuchExample:
                    return first_value(strategy, Random(0))
    raise AssertionError(f"{operation_id} documents no 2xx body")


def _has_all(value: Any, names: set[str]) -> bool:
    return not names or (isinstance(value, dict) and names <= value.keys())


_SEARCH = settings(
    database=None,
    max_examples=500,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def success_example_where(
    spec: SpecDocument, operation_id: str, wanted: Callable[[Any], bool]
) -> Any:
    """first_success_example where `wanted` holds for it; else (a spec without examples,
    whose first generated body may be `{"items": []}`) the first body generated from a fixed
    seed for which it holds; None if none of 500 does."""
    example = first_success_example(spec, operation_id)
    if wanted(example):
        return example
    op = spec.operation(operation_id)
    success = min((r for r in op.responses if r.status.startswith("2")), key=lambda r: r.status)
    schema = next(m.schema for m in success.content if m.schema is not None)
    try:
        return find(payload_strategy(schema), wanted, settings=_SEARCH, random=Random(0))
    except NoSuchExample:
        return None


def all_calls(*, with_body: bool = False) -> list[Any]:
    """Every provider's every operation (`with_body`: those whose first 2xx body is a model,
    a component schema; a schema that allows any JSON value, `{}`, is not parsed)."""
    return [
        pytest.param(slug, call, id=f"{slug}:{call.operation_id}")
        for slug in SLUGS
        for call in pkg(slug).calls
        if not with_body or _success_is_a_model(pkg(slug).document, call.operation_id)
    ]


def _success_is_a_model(document: dict[str, Any], operation_id: str) -> bool:
    responses = success_responses(document, operation_id)
    content = responses[min(responses)].get("content") or {}
    return any("$ref" in (media.get("schema") or {}) for media in content.values())


def success_status(p: Pkg, call: OperationCall) -> int:
    """The operation's first documented 2xx status (201 for a create, 202 for an accept)."""
    return min(success_responses(p.document, call.operation_id))


def status_calls() -> list[Any]:
    """Every operation whose success body carries the job status."""
    params = []
    for slug in poll_slugs():
        p = pkg(slug)
        for call in p.calls:
            if success_schema(p.document, call.operation_id) is None:
                continue
            body = first_success_example(p.spec, call.operation_id)
            if isinstance(body, dict) and _carries_status(p, call.operation_id):
                params.append(pytest.param(slug, call, id=f"{slug}:{call.operation_id}"))
    return params


def _carries_status(p: Pkg, operation_id: str) -> bool:
    """The success body's member named as the job's status is the status schema itself (a
    start answer's `status` may be a plain string, which no open enum reads)."""
    marked = [
        name for name, schema in p.spec.schemas.items() if schema.has("x-jobclients-terminal")
    ]
    wanted = {f'"#/components/schemas/{name}"' for name in marked}
    for response in p.spec.operation(operation_id).responses:
        if not response.status.startswith("2"):
            continue
        for media in response.content:
            if media.schema is None or "json" not in media.name:
                continue
            member = media.schema.resolved().properties.get(p.poll.status_property)
            text = json.dumps(member.json) if member is not None else ""
            return any(ref in text for ref in wanted)
    return False


# The request body each planned call sends (scripts/request_bodies.py), by its module.
_BODIES: dict[str, PlannedBody | None] = {}


def kwargs_of(call: OperationCall, **override: Any) -> dict[str, Any]:
    """The call's arguments at the spec's examples, with its body where it requires one."""
    kwargs = {a.python_name: a.value for a in call.arguments}
    body = _BODIES.get(call.module)
    if body is not None:
        function = importlib.import_module(call.module).sync_detailed
        binary = list(body.binary_fields)
        kwargs["body"] = typed_body(function, body.media_type, body.value, binary)
    return {**kwargs, **override}


def call_detailed(p: Pkg, call: OperationCall, client: Any, mode: str) -> Any:
    """`sync_detailed`, or `asyncio_detailed` in a fresh event loop (`mode` "async"), with the
    operation's example arguments; the client is closed after."""
    if mode == "sync":
        with client:
            return p.module(call).sync_detailed(client=client, **kwargs_of(call))

    async def run() -> Any:
        async with client:
            return await p.module(call).asyncio_detailed(client=client, **kwargs_of(call))

    return asyncio.run(run())


def json_answer(status: int, body: Any, **headers: str) -> httpx.Response:
    # Encoded here: httpx's json=None sends no body at all, not the JSON `null`.
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    headers = {"Content-Type": "application/json", **headers}
    return httpx.Response(status, content=content.encode(), headers=headers)


def success_answer(p: Pkg, call: OperationCall) -> httpx.Response:
    responses = success_responses(p.document, call.operation_id)
    code = min(responses)
    if not responses[code].get("content"):
        return httpx.Response(code, headers=_location_example(p.document, responses[code]))
    return json_answer(code, first_success_example(p.spec, call.operation_id))


def sequence(*answers: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler giving `answers` in turn (the last one again and again), and what it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers[min(len(seen), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


# -- a loopback server -------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    method: str
    target: str  # the request target as sent: a path, or a whole URL through a proxy
    headers: dict[str, str]


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering

    @classmethod
    def json(cls, status: int, value: Any, **headers: str) -> Answer:
        return cls(
            status, json.dumps(value).encode(), {"Content-Type": "application/json", **headers}
        )


@dataclass
class Loopback:
    """An HTTP server on 127.0.0.1: `respond(seen)` makes each answer; `seen` lists the requests."""

    respond: Callable[[Seen], Answer]
    seen: list[Seen] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def url(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}"

    def __enter__(self) -> Loopback:
        loopback = self

        class _Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                # The body read whole before answering: closing a connection with unread
                # bytes resets it, and the client sees a ReadError instead of the answer.
                length = self.headers.get("Content-Length", "0")
                if length.isdigit() and int(length) > 0:
                    self.rfile.read(int(length))
                seen = Seen(self.command, self.path, dict(self.headers.items()))
                loopback.seen.append(seen)
                answer = loopback.respond(seen)
                if answer.delay:
                    threading.Event().wait(answer.delay)
                try:
                    self.send_response(answer.status)
                    length = {"Content-Length": str(len(answer.body))}
                    for name, value in {**answer.headers, **length}.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if self.command != "HEAD":  # a HEAD answer has the headers only
                        self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout under test)

            # Every method an OpenAPI operation may use.
            do_GET = do_PUT = do_POST = do_DELETE = do_OPTIONS = do_HEAD = do_PATCH = _serve
            do_TRACE = _serve

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        server = self._server
        threading.Thread(target=lambda: server.serve_forever(0.01), daemon=True).start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _location_example(document: dict[str, Any], response: dict[str, Any]) -> dict[str, str]:
    """The Location header a bodiless success documents, from its first example."""
    header = (response.get("headers") or {}).get("Location")
    if header is None:
        return {}
    header = resolve(document, header)
    examples = header.get("examples") or {}
    value = header.get("example") or next(
        (resolve(document, e).get("value") for e in examples.values()), None
    )
    return {"Location": value} if value else {}


def documents_a_redirect(p: Pkg, call: OperationCall) -> bool:
    """The operation answers a documented 3xx: its client never follows redirects."""
    op = next(o for o in iter_operations(p.document) if o.operation_id == call.operation_id)
    return any(str(code).startswith("3") for code in op.node["responses"])
