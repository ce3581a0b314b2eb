"""What the client benchmarks measure for one provider, read from its spec alone.

The subject is the operation `wait_for_job` polls (`x-jobclients-poll`): the get-job call
every user makes over and over. Its payloads are the spec's own 200 examples.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType
from typing import Any

import httpx

from scripts.codegen.call_plan import OperationCall, auth_of, operation_calls
from scripts.codegen.providers import Provider
from scripts.paths import GENERATED_DIR
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import load_spec

BENCH_TOKEN = "bench-key-not-secret"
_PARSE_REQUEST = httpx.Request("GET", "http://127.0.0.1/job")


@dataclass(frozen=True)
class PollSubject:
    provider: Provider
    spec: SpecDocument
    call: OperationCall
    examples: dict[str, Any]  # the 200 response's named examples, by name
    schema_name: str  # the component schema of the 200 body

    @cached_property
    def package(self) -> ModuleType:
        """The committed generated package, imported in place."""
        root = str(GENERATED_DIR / self.provider.slug)
        if root not in sys.path:
            sys.path.insert(0, root)
        return importlib.import_module(self.provider.import_package)

    @cached_property
    def operation(self) -> ModuleType:
        self.package  # noqa: B018 - puts the package on sys.path first
        return importlib.import_module(self.call.module)

    @cached_property
    def model(self) -> Any:
        """The attrs class of the 200 body: whatever the operation itself parses it into."""
        client = self.package.Client(base_url="http://127.0.0.1")
        body = json.dumps(next(iter(self.examples.values()))).encode()
        parsed = self.operation._parse_response(
            client=client, response=httpx.Response(200, content=body)
        )
        return type(parsed)

    @cached_property
    def pydantic_model(self) -> Any:
        models = importlib.import_module(f"{self.provider.import_package}.pydantic_models")
        try:
            return getattr(models, self.schema_name)
        except AttributeError:
            raise LookupError(
                f"{models.__name__} has no model {self.schema_name!r} for the 200 body of "
                f"{self.call.operation_id} in {self.provider.spec_path}"
            ) from None

    def runtime(self, module: str) -> ModuleType:
        """One of the package's _runtime modules."""
        self.package  # noqa: B018 - puts the package on sys.path first
        return importlib.import_module(f"{self.provider.import_package}._runtime.{module}")

    def parse_answer(self, body: bytes) -> Any:
        """What the client does with a 200 answer carrying `body`: the operation's own parser
        run through the package's build_response (JSON decoding, from_dict, its checks, the
        collector pause), as `sync` does after the bytes arrive."""
        http = self.runtime("http")
        answer = httpx.Response(200, content=body, request=_PARSE_REQUEST)
        return http.build_response(self._parse_client, answer, self.operation._parse_response)

    @cached_property
    def _parse_client(self) -> Any:
        return self.package.Client(base_url="http://127.0.0.1")

    @cached_property
    def wire_target(self) -> str:
        """The path and query string the client's call sends (with the defaults it fills in,
        such as sieve's `offset=0`), for the raw httpx baseline to send the same request."""
        sent: list[httpx.Request] = []

        def record(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, content=json.dumps(next(iter(self.examples.values()))))

        client = self.package.AuthenticatedClient(
            base_url="http://127.0.0.1",
            token=BENCH_TOKEN,
            httpx_args={"transport": httpx.MockTransport(record)},
        )
        with client:
            self.operation.sync(client=client, **self.kwargs)
        return sent[0].url.raw_path.decode("ascii")

    @property
    def kwargs(self) -> dict[str, Any]:
        """The operation's required parameters, at the spec's example values."""
        return {a.python_name: a.value for a in self.call.arguments}

    @property
    def auth_headers(self) -> dict[str, str]:
        auth = auth_of(self.spec)
        if auth is None:
            return {}
        return {auth.header: f"{auth.prefix} {BENCH_TOKEN}" if auth.prefix else BENCH_TOKEN}

    def client(self, base_url: str, **httpx_args: Any) -> Any:
        # A budget without a documented limit: its bookkeeping is on every call, as in use,
        # but it never paces (salad's default would hold the calls to 4 a second).
        budget = self.package.RequestBudget()
        return self.package.AuthenticatedClient(
            base_url=base_url, token=BENCH_TOKEN, budget=budget, httpx_args=httpx_args
        )


def poll_subject(provider: Provider) -> PollSubject | None:
    """The provider's polled operation, or None where its spec marks none (not measured)."""
    spec = load_spec(provider.spec_path)
    polled = [op for op in spec.operations if op.polled]
    if not polled:
        return None
    if len(polled) != 1:
        raise LookupError(f"{provider.spec_path}: expected one operation with x-jobclients-poll")
    operation = polled[0]
    call = next(
        c
        for c in operation_calls(spec, provider.import_package)
        if c.operation_id == operation.python_name
    )
    response = operation.response("200")
    media = response.media("application/json") if response else None
    if media is None:
        raise LookupError(f"{provider.spec_path}: {call.operation_id} has no 200 JSON body")
    component = media.schema.component if media.schema else None
    if component is None:
        raise LookupError(f"{provider.spec_path}: the 200 body of {call.operation_id} is no $ref")
    examples = {example.name: example.value for example in media.examples if example.name}
    return PollSubject(provider, spec, call, examples, component)


def grown(value: Any, items: int) -> Any:
    """`value` with its outermost arrays of objects grown to `items` by repeating members.

    Arrays inside a grown array are left as they are: growing them too would multiply.
    """
    if isinstance(value, dict):
        return {key: grown(member, items) for key, member in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(m, dict) for m in value):
            return [value[i % len(value)] for i in range(items)]
        return [grown(member, items) for member in value]
    return value


def large_body(subject: PollSubject, items: int) -> bytes:
    """The largest of the spec's 200 examples once each has its arrays grown to `items`."""
    bodies = [json.dumps(grown(example, items)).encode() for example in subject.examples.values()]
    return max(bodies, key=len)
