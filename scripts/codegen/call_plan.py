"""How to call each operation of a generated package, read from the spec.

The README's usage example, the demo and the install smoke test all make the same call;
this module works it out once: the module path, the keyword arguments (from the
parameters' examples), the auth header and the default server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scripts.codegen.escaping import Escaped, py_literal
from scripts.spec_model.document import Operation, Schema, SpecDocument
from scripts.spec_model.naming import field_name, tag_module


@dataclass(frozen=True)
class Auth:
    """How the provider wants its credential sent."""

    header: str
    prefix: str  # "Bearer" for http bearer, "" for an API key header


@dataclass(frozen=True)
class Argument:
    python_name: str
    location: str  # path, query or header
    wire_name: str
    value: Any  # JSON value from the spec's example
    python_literal: str  # the same value as Python source (UUID("...") for a uuid)


@dataclass(frozen=True)
class OperationCall:
    operation_id: str
    method: str
    path_template: str
    module: str  # dotted, e.g. jobclients_salad.api.inference_endpoints.get_x
    arguments: tuple[Argument, ...]

    @property
    def path(self) -> str:
        """The request path with every path parameter's example filled in."""
        values = {a.wire_name: str(a.value) for a in self.arguments if a.location == "path"}
        return re.sub(r"\{([^}]+)\}", lambda m: values[m.group(1)], self.path_template)

    @property
    def needs_uuid_import(self) -> bool:
        return any(a.python_literal.startswith("UUID(") for a in self.arguments)


def python_name(wire_name: str) -> str:
    """The Python name openapi-python-client gives a parameter or a property."""
    return field_name(wire_name)


def default_base_url(spec: SpecDocument) -> str:
    """The first server, with each server variable at its default."""
    return spec.server.default_url


def auth_of(spec: SpecDocument) -> Auth | None:
    """The security scheme the document applies, as header name and prefix: the global
    requirement's, or where there is none (Sieve's own document), its operations' own."""
    for scheme in spec.schemes_applied():
        if scheme.type == "apiKey" and scheme.location == "header":
            return Auth(header=scheme.parameter_name, prefix="")
        if scheme.type == "http" and scheme.scheme == "bearer":
            return Auth(header="Authorization", prefix="Bearer")
    return None


# Where a spec applies no scheme, AuthenticatedClient sends the most common one.
DEFAULT_AUTH = Auth(header="Authorization", prefix="Bearer")


def client_auth(spec: SpecDocument) -> Auth:
    """How the generated AuthenticatedClient sends its token by default."""
    return auth_of(spec) or DEFAULT_AUTH


def operation_calls(spec: SpecDocument, import_package: str) -> list[OperationCall]:
    return [_call(import_package, op) for op in spec.operations]


def _call(import_package: str, op: Operation) -> OperationCall:
    module = ".".join((import_package, "api", tag_module(op.tag or "default"), op.python_name))
    arguments: list[Argument] = []
    for param in op.parameters:
        if not param.required:
            continue
        schema = param.schema.resolved() if param.schema else None
        value = param.example.value if param.example else schema.default if schema else None
        if value is None or value == "":
            value = _placeholder(schema)
        arguments.append(
            Argument(
                python_name=python_name(param.name),
                location=param.location,
                wire_name=param.name,
                value=value,
                python_literal=_literal(value, schema),
            )
        )
    return OperationCall(op.python_name, op.method, op.path, module, tuple(arguments))


_FORMAT_PLACEHOLDERS = {
    "uuid": "00000000-0000-4000-8000-000000000000",
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
}
_TYPE_PLACEHOLDERS = {"integer": 1, "number": 1.0, "boolean": True}


def _placeholder(schema: Schema | None) -> Any:
    """A value the schema accepts, for a required parameter the spec gives no example of:
    a listed value, a value of its format or type, or the first non-null branch's."""
    if schema is None:
        return "example"
    enum = [v for v in schema.enum if v not in (None, "")]
    if enum:
        return enum[0]
    for branch in [*schema.branches("anyOf"), *schema.branches("oneOf")]:
        if branch.types != ("null",):
            return _placeholder(branch.resolved())
    if schema.format in _FORMAT_PLACEHOLDERS:
        return _FORMAT_PLACEHOLDERS[schema.format]
    kind = next((t for t in schema.types if t != "null"), None)
    return _TYPE_PLACEHOLDERS.get(str(kind), "example")


def _literal(value: Any, schema: Schema | None) -> Escaped:
    if schema is not None and schema.format == "uuid" and isinstance(value, str):
        return Escaped(f"UUID({py_literal(value)})")
    return py_literal(value)
