"""The per-provider facts the shared run-time code needs, read from the spec once.

They are rendered into each package's `_spec.py`, `client.py` and `wait.py`, so the
behaviour is the same code everywhere and only this data differs per provider.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts.codegen.call_plan import auth_of, python_name
from scripts.spec_lint import Operation, declared_parameters, iter_operations, resolve

_COMPONENT = "#/components/schemas/"


# What a server variable may hold when the spec lists no enum for it: one DNS label in the
# host, digits in the port, unreserved characters (no dot segment) in the path. Anything
# else could move the request, and the credential with it, to another host or resource.
HOST_LABEL = r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"
PORT = r"^[0-9]{1,5}$"
PATH_SEGMENT = r"^(?!\.\.?$)[A-Za-z0-9._~-]+$"


@dataclass(frozen=True)
class SpecFacts:
    server_url: str
    server_variables: dict[str, str]
    # Per server variable (by Python name): the spec's enum, or else a pattern by position.
    server_variable_enums: dict[str, list[str]]
    server_variable_patterns: dict[str, str]
    auth_header: str
    auth_prefix: str
    idempotent: list[str]
    terminal: list[str]
    success: list[str]


@dataclass(frozen=True)
class PollArgument:
    name: str
    type: str


@dataclass(frozen=True)
class PollPlan:
    """How wait_for_job polls: which operation, with which arguments, reading which field."""

    operation_id: str
    tag: str
    job_types: list[str]
    status_attribute: str  # the Python attribute of the job model
    status_property: str  # the same field's key in the JSON body
    arguments: list[PollArgument] = field(default_factory=list)
    status_enum: str = ""  # the status enum's class, in the attrs models and the pydantic ones
    status_values: list[str] = field(default_factory=list)  # the values the spec lists

    @property
    def needs_uuid(self) -> bool:
        return any(a.type == "UUID" for a in self.arguments)


class SpecFactError(ValueError):
    """The spec lacks a fact the run-time code needs (named in the message)."""


def spec_facts(document: dict[str, Any]) -> SpecFacts:
    server = (document.get("servers") or [{}])[0]
    variables = {
        str(PythonIdentifier(name, prefix="server_")): str(v["default"])
        for name, v in (server.get("variables") or {}).items()
    }
    raw_url = url = str(server.get("url", "/"))
    enums: dict[str, list[str]] = {}
    patterns: dict[str, str] = {}
    for name, variable in (server.get("variables") or {}).items():
        python_name = str(PythonIdentifier(name, "server_"))
        url = url.replace("{" + name + "}", "{" + python_name + "}")
        if variable.get("enum"):
            enums[python_name] = [str(value) for value in variable["enum"]]
        else:
            patterns[python_name] = _variable_pattern(raw_url, name)
    auth = auth_of(document)
    if auth is None:
        raise SpecFactError("security: no apiKey-in-header or http bearer scheme applies")
    _, status_schema = _status_schema(document)
    return SpecFacts(
        server_url=url,
        server_variables=variables,
        server_variable_enums=enums,
        server_variable_patterns=patterns,
        auth_header=auth.header,
        auth_prefix=auth.prefix,
        idempotent=sorted(
            op.operation_id
            for op in iter_operations(document)
            if op.node.get("x-jobclients-idempotent") is True
        ),
        terminal=list(status_schema["x-jobclients-terminal"]),
        success=list(status_schema["x-jobclients-success"]),
    )


def _variable_pattern(url: str, name: str) -> str:
    """The pattern for variable `name` by where it stands in the server URL template."""
    _, _, rest = url.partition("://")
    authority = rest.split("/", 1)[0]
    placeholder = "{" + name + "}"
    if placeholder not in authority:
        return PATH_SEGMENT
    host = authority.rpartition("@")[2].partition(":")[0]
    return HOST_LABEL if placeholder in host else PORT


def poll_plan(document: dict[str, Any]) -> PollPlan:
    polls = [op for op in iter_operations(document) if op.node.get("x-jobclients-poll") is True]
    if len(polls) != 1:
        raise SpecFactError("paths: exactly one operation needs x-jobclients-poll: true")
    op = polls[0]
    status_ref, status_schema = _status_schema(document)
    job_types: list[str] = []
    status_attribute = status_property = ""
    for code, raw in op.node["responses"].items():
        if not str(code).startswith("2"):
            continue
        for media in (resolve(document, raw).get("content") or {}).values():
            ref = media["schema"].get("$ref", "")
            if not ref.startswith(_COMPONENT):
                raise SpecFactError(f"{op.operation_id} {code}: the job schema must be a $ref")
            schema = resolve(document, media["schema"])
            for name, prop in (schema.get("properties") or {}).items():
                if prop.get("$ref") == status_ref and name in schema.get("required", []):
                    status_attribute = python_name(name)
                    status_property = name
            class_name = str(ClassName(ref.removeprefix(_COMPONENT), prefix=""))
            if class_name not in job_types:
                job_types.append(class_name)
    if not status_attribute:
        raise SpecFactError(f"{op.operation_id}: no required property refers to {status_ref}")
    return PollPlan(
        operation_id=op.operation_id,
        tag=str(PythonIdentifier((op.node.get("tags") or ["default"])[0], prefix="tag")),
        job_types=sorted(job_types),
        status_attribute=status_attribute,
        status_property=status_property,
        arguments=_arguments(document, op),
        status_enum=str(ClassName(status_ref.removeprefix(_COMPONENT), prefix="")),
        status_values=[str(value) for value in status_schema.get("enum", [])],
    )


def _arguments(document: dict[str, Any], op: Operation) -> list[PollArgument]:
    arguments = []
    for param in declared_parameters(document, op):
        if not param.get("required"):
            continue
        schema = resolve(document, param.get("schema") or {})
        python_type = {"integer": "int", "number": "float", "boolean": "bool"}.get(
            str(schema.get("type")), "UUID" if schema.get("format") == "uuid" else "str"
        )
        arguments.append(PollArgument(python_name(str(param["name"])), python_type))
    return arguments


def _status_schema(document: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    found = [(n, s) for n, s in schemas.items() if "x-jobclients-terminal" in s]
    if len(found) != 1:
        raise SpecFactError("components.schemas: exactly one schema needs x-jobclients-terminal")
    name, schema = found[0]
    return _COMPONENT + name, schema
