"""Shared by the contract tests: the providers' packages, and how two readings must agree."""

from __future__ import annotations

import importlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from types import ModuleType
from typing import Any

import pytest

from scripts.codegen.call_plan import OperationCall, operation_calls, python_name
from scripts.codegen.providers import load_provider
from scripts.request_bodies import planned_body
from scripts.smoke_call import typed_body
from scripts.spec_model.document import Parameter as ParameterModel
from scripts.spec_model.document import Schema, SpecDocument
from scripts.spec_model.naming import class_name
from scripts.spec_model.operations import (
    Operation,
    declared_parameters,
    iter_operations,
    resolve,
    unescape,
)
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS

# The default run is deterministic (CI must not flake); a failure prints the seed, and
# JOBCLIENTS_CONTRACT_SEED / JOBCLIENTS_CONTRACT_EXAMPLES reproduce or widen a run.
SEED = int(os.environ.get("JOBCLIENTS_CONTRACT_SEED", "20261123"))
EXAMPLES = int(os.environ.get("JOBCLIENTS_CONTRACT_EXAMPLES", "100"))
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


@dataclass(frozen=True)
class Provider:
    slug: str
    document: dict[str, Any]
    spec: SpecDocument  # the model of `document`, what the mock and the payloads read
    package: ModuleType
    calls: tuple[OperationCall, ...]

    @property
    def errors(self) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}.errors")

    @property
    def pydantic_models(self) -> ModuleType:
        return importlib.import_module(f"{self.package.__name__}.pydantic_models")

    def call(self, operation_id: str) -> OperationCall:
        return next(c for c in self.calls if c.operation_id == operation_id)

    def operation(self, operation_id: str) -> Operation:
        return next(o for o in iter_operations(self.document) if o.operation_id == operation_id)

    def body(self, operation_id: str) -> dict[str, Any]:
        """The request body the operation requires (scripts/request_bodies.py), as its
        sync_detailed takes it: {"body": ...}, or nothing where it requires none. Planned
        once per provider, outside any @given (a planned value is itself generated)."""
        return _bodies(self.slug)[operation_id]

    def parameters(self, operation_id: str) -> list[Parameter]:
        """Every parameter the spec declares for the operation, required or not."""
        model = self.spec.operation(operation_id)
        return [
            Parameter(
                python_name(str(param["name"])),
                str(param["name"]),
                str(param["in"]),
                bool(param.get("required")),
                resolve(self.document, param.get("schema") or {}),
                _resolved(model.parameter(str(param["name"]), str(param["in"]))),
                param.get("allowEmptyValue") is True,
            )
            for param in declared_parameters(self.document, self.operation(operation_id))
        ]


def _resolved(parameter: ParameterModel | None) -> Schema | None:
    return parameter.schema.resolved() if parameter and parameter.schema else None


@dataclass(frozen=True)
class Parameter:
    """A parameter as a client's keyword argument: its Python name and its schema."""

    python_name: str
    wire_name: str
    location: str  # path, query or header
    required: bool
    schema: dict[str, Any]
    model: Schema | None  # the same schema in the spec's model, for payload_strategy
    allow_empty: bool = False  # allowEmptyValue: a query parameter may be sent as `name=`


@cache
def provider(slug: str) -> Provider:
    config = load_provider(slug)
    spec = read_spec(config.spec_path)
    return Provider(
        slug,
        spec.tool_document(),
        spec,
        importlib.import_module(config.import_package),
        tuple(operation_calls(spec, config.import_package)),
    )


@cache
def _bodies(slug: str) -> dict[str, dict[str, Any]]:
    p = provider(slug)
    bodies: dict[str, dict[str, Any]] = {}
    for call in p.calls:
        planned = planned_body(p.spec.operation(call.operation_id))
        bodies[call.operation_id] = {}
        if planned is not None:
            function = importlib.import_module(call.module).sync_detailed
            value = typed_body(
                function, planned.media_type, planned.value, list(planned.binary_fields)
            )
            bodies[call.operation_id] = {"body": value}
    return bodies


# Statuses to stand for a `default` response, in order of preference.
_DEFAULT_CANDIDATES = (500, 502, 503, 400, 418, 599)


def concrete_status(keys: list[str], key: str) -> int:
    """A status that the response under `key` ("404", "4XX" or "default") answers among the
    operation's response `keys`: the number itself; for a range, the first of it no
    explicit key claims; for `default`, a status no other key claims."""
    if key.isdigit():
        return int(key)
    explicit = {int(k) for k in keys if k.isdigit()}
    if key[0].isdigit():
        base = int(key[0]) * 100
        return next(s for s in range(base, base + 100) if s not in explicit)
    ranges = {k[0] for k in keys if k[0].isdigit() and not k.isdigit()}
    return next(s for s in _DEFAULT_CANDIDATES if s not in explicit and str(s)[0] not in ranges)


def status_of(slug: str, operation_id: str, key: str) -> int:
    """concrete_status for one of a provider's operations."""
    op = provider(slug).spec.operation(operation_id)
    return concrete_status([r.status for r in op.responses], key)


def model_name(component: str) -> str:
    """The class both model sets make of a component schema, given its key as a `$ref`
    writes it (`ListResponse_Job_` -> `ListResponseJob`): spec_model.naming's name."""
    return class_name(unescape(component.rsplit("/", 1)[-1]))


def json_responses(slug: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(operationId, status, media object) for every documented response with a JSON body
    whose schema is a component (both model sets name it; an inline one has no common name)."""
    p = provider(slug)
    found = []
    for op in iter_operations(p.document):
        for status, raw in op.node["responses"].items():
            for media_type, media in (resolve(p.document, raw).get("content") or {}).items():
                if "json" in media_type and "$ref" in (media.get("schema") or {}):
                    found.append((op.operation_id, str(status), media))
    return found


@dataclass(frozen=True)
class DocumentedExample:
    """One named example of a documented response, in one of its media types."""

    slug: str
    operation_id: str
    status: int
    media_type: str
    name: str
    body: Any
    schema_ref: str

    @property
    def is_json(self) -> bool:
        return "json" in self.media_type


def documented_examples() -> list[Any]:
    """Every named example of every response, in every media type (salad's HTML error pages
    too), as pytest params."""
    params = []
    for slug in SLUGS:
        document = provider(slug).document
        for op in iter_operations(document):
            keys = [str(key) for key in op.node["responses"]]
            for status, raw in op.node["responses"].items():
                for media_type, media in (resolve(document, raw).get("content") or {}).items():
                    for name, example in (media.get("examples") or {}).items():
                        found = DocumentedExample(
                            slug,
                            op.operation_id,
                            concrete_status(keys, str(status)),
                            media_type,
                            name,
                            resolve(document, example)["value"],
                            (media.get("schema") or {}).get("$ref", ""),
                        )
                        ident = f"{slug}:{op.operation_id}:{status}:{name}"
                        params.append(pytest.param(found, id=ident))
    return params


def media_of(slug: str, operation_id: str, status: str) -> dict[str, Any]:
    return next(m for o, s, m in json_responses(slug) if (o, s) == (operation_id, status))


def response_schema(spec: SpecDocument, operation_id: str, status: str) -> Schema:
    """The schema of the response's first JSON media type (`media_of`'s) in the model."""
    response = spec.operation(operation_id).response(status)
    assert response is not None, f"{operation_id} documents no {status}"
    schema = next(m.schema for m in response.content if "json" in m.name)
    assert schema is not None, f"{operation_id} {status}: no schema"
    return schema


def describe(body: Any) -> str:
    """The payload and the seed that reproduces it, for a failure's report."""
    return f"payload={json.dumps(body, ensure_ascii=True)[:2000]} (JOBCLIENTS_CONTRACT_SEED={SEED})"


def assert_same_json(actual: Any, expected: Any, at: str = "$") -> None:
    """Equal as JSON, with date-time strings compared as instants ("Z" == "+00:00")."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{at}: expected an object, got {actual!r}"
        assert set(actual) == set(expected), f"{at}: keys {sorted(actual)} != {sorted(expected)}"
        for key in expected:
            assert_same_json(actual[key], expected[key], f"{at}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{at}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), f"{at}: {len(actual)} items != {len(expected)}"
        for index, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_same_json(a, e, f"{at}[{index}]")
    elif isinstance(expected, str) and isinstance(actual, str) and _DATETIME.match(expected):
        assert _instant(actual) == _instant(expected), f"{at}: {actual!r} != {expected!r}"
    elif _is_number(expected) and _is_number(actual):
        assert actual == expected, f"{at}: {actual!r} != {expected!r}"  # JSON: 1 == 1.0
    else:
        assert json.dumps(actual) == json.dumps(expected), f"{at}: {actual!r} != {expected!r}"


def _instant(text: str) -> datetime | str:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return text


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
