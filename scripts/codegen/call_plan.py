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
from scripts.spec_lint import Operation, declared_parameters, iter_operations, resolve
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


def default_base_url(document: dict[str, Any]) -> str:
    """The first server, with each server variable at its default."""
    server = (document.get("servers") or [{"url": "/"}])[0]
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url


def auth_of(document: dict[str, Any]) -> Auth | None:
    """The security scheme the document applies, as header name and prefix: the global
    requirement's, or where there is none (Sieve's own document), its operations' own."""
    requirements = list(document.get("security") or [])
    if not requirements:
        for op in iter_operations(document):
            requirements += op.node.get("security") or []
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for requirement in requirements:
        for name in requirement:
            scheme = resolve(document, schemes.get(name, {}))
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return Auth(header=str(scheme["name"]), prefix="")
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                return Auth(header="Authorization", prefix="Bearer")
    return None


# Where a spec applies no scheme, AuthenticatedClient sends the most common one.
DEFAULT_AUTH = Auth(header="Authorization", prefix="Bearer")


def client_auth(document: dict[str, Any]) -> Auth:
    """How the generated AuthenticatedClient sends its token by default."""
    return auth_of(document) or DEFAULT_AUTH


def operation_calls(document: dict[str, Any], import_package: str) -> list[OperationCall]:
    return [_call(document, import_package, op) for op in iter_operations(document)]


def _call(document: dict[str, Any], import_package: str, op: Operation) -> OperationCall:
    tag = (op.node.get("tags") or ["default"])[0]
    module = ".".join((import_package, "api", tag_module(tag), op.operation_id))
    arguments: list[Argument] = []
    for param in declared_parameters(document, op):
        if not param.get("required"):
            continue
        schema = resolve(document, param.get("schema") or {})
        value = param.get("example", schema.get("default"))
        if value is None or value == "":
            value = _placeholder(document, schema)
        arguments.append(
            Argument(
                python_name=python_name(str(param["name"])),
                location=str(param["in"]),
                wire_name=str(param["name"]),
                value=value,
                python_literal=_literal(value, schema),
            )
        )
    return OperationCall(op.operation_id, op.method, op.path, module, tuple(arguments))


_FORMAT_PLACEHOLDERS = {
    "uuid": "00000000-0000-4000-8000-000000000000",
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
}
_TYPE_PLACEHOLDERS = {"integer": 1, "number": 1.0, "boolean": True}


def _placeholder(document: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value the schema accepts, for a required parameter the spec gives no example of:
    a listed value, a value of its format or type, or the first non-null branch's."""
    enum = [v for v in schema.get("enum") or [] if v not in (None, "")]
    if enum:
        return enum[0]
    for raw in [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]:
        branch = resolve(document, raw)
        if isinstance(branch, dict) and branch.get("type") != "null":
            return _placeholder(document, branch)
    if schema.get("format") in _FORMAT_PLACEHOLDERS:
        return _FORMAT_PLACEHOLDERS[str(schema["format"])]
    types = schema.get("type")
    kind = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
    return _TYPE_PLACEHOLDERS.get(str(kind), "example")


def _literal(value: Any, schema: dict[str, Any]) -> Escaped:
    if schema.get("format") == "uuid" and isinstance(value, str):
        return Escaped(f"UUID({py_literal(value)})")
    return py_literal(value)
