"""The per-provider facts the shared run-time code needs, read from the spec once.

They are rendered into each package's `_spec.py`, `client.py` and `wait.py`, so the
behaviour is the same code everywhere and only this data differs per provider.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.codegen.call_plan import client_auth, python_name
from scripts.spec_lint import Operation, declared_parameters, iter_operations, resolve
from scripts.spec_model.naming import class_name, tag_module

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
    """The spec's x-jobclients-* data cannot be used; `place` says where, as a YAML path."""

    def __init__(self, place: str, message: str) -> None:
        super().__init__(f"{place}: {message}")
        self.place = place
        self.message = message


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
    auth = client_auth(document)
    status = _status_schema(document)
    terminal, success = _terminal_statuses(*status) if status else ([], [])
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
        terminal=terminal,
        success=success,
    )


def _terminal_statuses(status_ref: str, schema: dict[str, Any]) -> tuple[list[str], list[str]]:
    place = "components.schemas." + status_ref.removeprefix(_COMPONENT)
    terminal: Any = schema.get("x-jobclients-terminal")
    success: Any = schema.get("x-jobclients-success", [])
    for key, value in (("x-jobclients-terminal", terminal), ("x-jobclients-success", success)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SpecFactError(f"{place}.{key}", "must be a list of status strings")
    if not set(success) <= set(terminal):
        raise SpecFactError(
            f"{place}.x-jobclients-success", "every success status must be terminal too"
        )
    return list(terminal), list(success)


def _variable_pattern(url: str, name: str) -> str:
    """The pattern for variable `name` by where it stands in the server URL template."""
    _, _, rest = url.partition("://")
    authority = rest.split("/", 1)[0]
    placeholder = "{" + name + "}"
    if placeholder not in authority:
        return PATH_SEGMENT
    host = authority.rpartition("@")[2].partition(":")[0]
    return HOST_LABEL if placeholder in host else PORT


def poll_plan(document: dict[str, Any]) -> PollPlan | None:
    """How wait_for_job polls, or None where no operation is marked x-jobclients-poll."""
    polls = [op for op in iter_operations(document) if op.node.get("x-jobclients-poll") is True]
    if not polls:
        return None
    if len(polls) > 1:
        places = ", ".join(f"paths.{op.path}.{op.method}" for op in polls)
        raise SpecFactError(places, "x-jobclients-poll marks more than one operation: keep one")
    op = polls[0]
    at = f"paths.{op.path}.{op.method}"
    status = _status_schema(document)
    if status is None:
        raise SpecFactError(
            at, "x-jobclients-poll needs a status schema marked x-jobclients-terminal"
        )
    status_ref, status_schema = status
    job_types: list[str] = []
    status_attribute = status_property = ""
    for code, raw in (op.node.get("responses") or {}).items():
        if not str(code).startswith("2"):
            continue
        for media_type, media in (resolve(document, raw).get("content") or {}).items():
            ref = str((media.get("schema") or {}).get("$ref", ""))
            if not ref.startswith(_COMPONENT):
                place = f"{at}.responses.{code}.content.{media_type}.schema"
                raise SpecFactError(place, "the job polled must be a $ref to a component schema")
            schema = resolve(document, media["schema"])
            for name, prop in (schema.get("properties") or {}).items():
                if prop.get("$ref") == status_ref and name in schema.get("required", []):
                    status_attribute = python_name(name)
                    status_property = name
            job_type = class_name(ref.removeprefix(_COMPONENT))
            if job_type not in job_types:
                job_types.append(job_type)
    if not status_attribute:
        raise SpecFactError(at, f"the job polled needs a required property that is {status_ref}")
    return PollPlan(
        operation_id=op.operation_id,
        tag=tag_module((op.node.get("tags") or [None])[0]),
        job_types=sorted(job_types),
        status_attribute=status_attribute,
        status_property=status_property,
        arguments=_arguments(document, op),
        status_enum=class_name(status_ref.removeprefix(_COMPONENT)),
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


def _status_schema(document: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The status schema marked x-jobclients-terminal (its $ref and itself), if any."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    found = [(n, s) for n, s in schemas.items() if "x-jobclients-terminal" in s]
    if len(found) > 1:
        names = ", ".join(f"components.schemas.{name}" for name, _ in found)
        raise SpecFactError(names, "x-jobclients-terminal marks more than one schema: keep one")
    if not found:
        return None
    name, schema = found[0]
    return _COMPONENT + name, schema
