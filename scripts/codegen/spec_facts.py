"""The per-provider facts the shared run-time code needs, read from the spec once.

They are rendered into each package's `_spec.py`, `client.py` and `wait.py`, so the
behaviour is the same code everywhere and only this data differs per provider.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.codegen.call_plan import client_auth, python_name
from scripts.spec_model.document import Operation, Schema, SpecDocument
from scripts.spec_model.naming import class_name, tag_module
from scripts.spec_model.openapi import CANCEL_EXTENSION as CANCEL
from scripts.spec_model.openapi import EVENTS_EXTENSION as EVENTS
from scripts.spec_model.openapi import (
    MAX_RATE_REQUESTS,
    MAX_RATE_WINDOW,
    MAX_TIMEOUT,
    RATE_LIMIT_EXTENSION,
    TIMEOUT_EXTENSION,
)
from scripts.spec_model.openapi import PAGINATION_EXTENSION as PAGINATION
from scripts.spec_model.openapi import POLL_EXTENSION as POLL
from scripts.spec_model.openapi import SUCCESS_EXTENSION as SUCCESS
from scripts.spec_model.openapi import TERMINAL_EXTENSION as TERMINAL

# What a server variable may hold when the spec lists no enum for it: one DNS label in the
# host, digits in the port, unreserved characters (no dot segment) in the path. Anything
# else could move the request, and the credential with it, to another host or resource.
HOST_LABEL = r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"
PORT = r"^[0-9]{1,5}$"
PATH_SEGMENT = r"^(?!\.\.?$)[A-Za-z0-9._~-]+$"


@dataclass(frozen=True)
class SpecFacts:
    server_url: str
    server_names_host: bool  # else the client needs base_url=
    server_variables: dict[str, str]
    # Per server variable (by Python name): the spec's enum, or else a pattern by position.
    server_variable_enums: dict[str, list[str]]
    server_variable_patterns: dict[str, str]
    auth_header: str
    auth_prefix: str
    idempotent: list[str]
    # Per operation (by Python name) the server holds open: its time limit in seconds.
    held_open: dict[str, float]
    terminal: list[str]
    success: list[str]
    # [class, wire name] of each field the package relies on (never tolerated off the spec).
    relied: list[list[str]] = field(default_factory=list)
    # The path templates of the GET operations with parameters: what a Location is read by.
    get_paths: list[str] = field(default_factory=list)
    # x-jobclients-rate-limit as [requests, per seconds]: per key, and per operation.
    rate_limit: list[int | float] | None = None
    operation_rate_limits: dict[str, list[int | float]] = field(default_factory=dict)


@dataclass(frozen=True)
class PollArgument:
    name: str
    type: str
    wire_name: str = ""  # as the spec writes it


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


def spec_facts(spec: SpecDocument) -> SpecFacts:
    server = spec.server
    variables = {
        str(PythonIdentifier(v.name, prefix="server_")): v.default for v in server.variables
    }
    url = server.url
    enums: dict[str, list[str]] = {}
    patterns: dict[str, str] = {}
    for variable in server.variables:
        python_name = str(PythonIdentifier(variable.name, "server_"))
        url = url.replace("{" + variable.name + "}", "{" + python_name + "}")
        if variable.enum:
            enums[python_name] = list(variable.enum)
        else:
            patterns[python_name] = _variable_pattern(server.url, variable.name)
    auth = client_auth(spec)
    status = _status_schema(spec)
    terminal, success = _terminal_statuses(status) if status else ([], [])
    return SpecFacts(
        server_url=url,
        server_names_host=server.names_host,
        server_variables=variables,
        server_variable_enums=enums,
        server_variable_patterns=patterns,
        auth_header=auth.header,
        auth_prefix=auth.prefix,
        idempotent=sorted(op.python_name for op in spec.operations if op.idempotent),
        held_open=_held_open(spec),
        terminal=terminal,
        success=success,
        relied=relied_fields(spec, status),
        get_paths=sorted(
            {op.path for op in spec.operations if op.method == "get" and "{" in op.path}
        ),
        rate_limit=_rate_limit(spec.extensions.get(RATE_LIMIT_EXTENSION), RATE_LIMIT_EXTENSION),
        operation_rate_limits={
            op.python_name: limit
            for op in spec.operations
            if (
                limit := _rate_limit(
                    op.extensions.get(RATE_LIMIT_EXTENSION), f"{op.place}.{RATE_LIMIT_EXTENSION}"
                )
            )
            is not None
        },
    )


def _rate_limit(value: object, place: str) -> list[int | float] | None:
    """A rate limit mark as [requests, per]; SpecFactError naming `place` when unusable."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"requests", "per"}:
        raise SpecFactError(place, "must be a mapping of exactly `requests` and `per`")
    requests, per = value["requests"], value["per"]
    if (
        isinstance(requests, bool)
        or not isinstance(requests, int)
        or not 1 <= requests <= MAX_RATE_REQUESTS
    ):
        raise SpecFactError(f"{place}.requests", f"must be an int from 1 to {MAX_RATE_REQUESTS}")
    if isinstance(per, bool) or not isinstance(per, int | float) or not 0 < per <= MAX_RATE_WINDOW:
        raise SpecFactError(
            f"{place}.per", f"must be a number of seconds above 0, at most {MAX_RATE_WINDOW}"
        )
    return [requests, float(per)]


def relied_fields(spec: SpecDocument, status: Schema | None) -> list[list[str]]:
    """The fields a client that is not strict still refuses off the spec, as [class, wire
    name]: every property that is the job status (x-jobclients-terminal's schema), and the
    job's id in the model the poll operation returns (`id`, or a property named as one of
    its path parameters, such as `job_id`)."""
    if status is None:
        return []
    relied: set[tuple[str, str]] = set()
    polls = [op for op in spec.operations if op.polled]
    poll_ids = {"id"} | {p.name for op in polls for p in op.parameters if p.location == "path"}
    job_models = {
        media.schema.component
        for op in polls
        for response in op.responses
        if response.status.startswith("2")
        for media in response.content
        if media.schema is not None
    }
    for name, schema in spec.schemas.items():
        for wire, prop in schema.properties.items():
            if prop.component == status.component or (name in job_models and wire in poll_ids):
                relied.add((class_name(name), wire))
    return [list(pair) for pair in sorted(relied)]


def _terminal_statuses(status: Schema) -> tuple[list[str], list[str]]:
    place = status.resolved().where
    terminal: Any = status.extension(TERMINAL)
    success: Any = status.extension(SUCCESS)
    success = [] if success is None else success
    for key, value in ((TERMINAL, terminal), (SUCCESS, success)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SpecFactError(f"{place}.{key}", "must be a list of status strings")
    if not set(success) <= set(terminal):
        raise SpecFactError(f"{place}.{SUCCESS}", "every success status must be terminal too")
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


def poll_plan(spec: SpecDocument) -> PollPlan | None:
    """How wait_for_job polls, or None where no operation is marked x-jobclients-poll."""
    polls = [op for op in spec.operations if op.polled]
    if not polls:
        return None
    if len(polls) > 1:
        places = ", ".join(op.place for op in polls)
        raise SpecFactError(places, f"{POLL} marks more than one operation: keep one")
    op = polls[0]
    status = _status_schema(spec)
    if status is None:
        raise SpecFactError(op.place, f"{POLL} needs a status schema marked {TERMINAL}")
    job_types: list[str] = []
    status_attribute = status_property = ""
    for response in op.responses:
        if not response.status.startswith("2"):
            continue
        for media in response.content:
            job = media.schema
            if job is None or job.component is None:
                place = f"{op.place}.responses.{response.status}.content.{media.name}.schema"
                raise SpecFactError(place, "the job polled must be a $ref to a component schema")
            for name, prop in job.properties.items():
                if prop.component == status.component and name in job.required:
                    status_attribute = python_name(name)
                    status_property = name
            job_type = class_name(job.component)
            if job_type not in job_types:
                job_types.append(job_type)
    if not status_attribute:
        raise SpecFactError(
            op.place, f"the job polled needs a required property that is {status.component}"
        )
    return PollPlan(
        operation_id=op.python_name,
        tag=tag_module(op.tag),
        job_types=sorted(job_types),
        status_attribute=status_attribute,
        status_property=status_property,
        arguments=_arguments(op),
        status_enum=class_name(str(status.component)),
        status_values=[str(value) for value in status.enum],
    )


def _arguments(op: Operation) -> list[PollArgument]:
    arguments = []
    for param in op.parameters:
        if not param.required:
            continue
        schema = param.schema.resolved() if param.schema else None
        kind = next(iter(schema.types), "") if schema else ""
        python_type = {"integer": "int", "number": "float", "boolean": "bool"}.get(
            kind, "UUID" if schema and schema.format == "uuid" else "str"
        )
        arguments.append(PollArgument(python_name(param.name), python_type, param.name))
    return arguments


def _status_schema(spec: SpecDocument) -> Schema | None:
    """The component status schema marked x-jobclients-terminal, if any (as a ref to it,
    so `component` names it)."""
    found = [name for name, schema in spec.schemas.items() if schema.has(TERMINAL)]
    if len(found) > 1:
        names = ", ".join(f"components.schemas.{name}" for name in found)
        raise SpecFactError(names, f"{TERMINAL} marks more than one schema: keep one")
    return spec.schema_ref(found[0]) if found else None


def _held_open(spec: SpecDocument) -> dict[str, float]:
    limits: dict[str, float] = {}
    for op in spec.operations:
        value = op.time_limit
        if value is None:
            continue
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not 0 < value <= MAX_TIMEOUT
        ):
            place = f"{op.place}.{TIMEOUT_EXTENSION}"
            raise SpecFactError(
                place, f"must be a number of seconds above 0, at most {MAX_TIMEOUT}"
            )
        limits[op.python_name] = float(value)
    return limits


@dataclass(frozen=True)
class PagingPlan:
    """An operation's x-jobclients-pagination, in the names the generated code uses."""

    operation_id: str  # the listing operation's Python name
    tag: str
    function: str  # iterate_<operation without a leading list_>
    style: str  # page, offset or cursor
    parameter: str  # Python name of the argument that moves
    items: str | None  # attribute of the answer holding the items; None: the answer is a list
    item_type: str  # the items' model class, or "Any"
    next: str | None
    end: Any
    size_parameter: str | None
    first: Any
    # The page size a batch waiter asks for when it lists jobs: the size parameter's
    # maximum, else its default (at most MAX_LIST_PAGE); None: the server's own.
    page_size: int | None = None


MAX_LIST_PAGE = 1000
_PAGING_KEYS = {"style", "parameter", "size-parameter", "items", "next", "end", "first"}
_PAGING_STYLES = ("page", "offset", "cursor")


def paging_plans(spec: SpecDocument) -> list[PagingPlan]:
    """One plan per operation marked x-jobclients-pagination; SpecFactError names what is
    wrong with a mark."""
    plans = [_paging_plan(op) for op in spec.operations if PAGINATION in op.extensions]
    functions = [plan.function for plan in plans]
    for plan in plans:
        if functions.count(plan.function) > 1:
            raise SpecFactError(PAGINATION, f"two listing operations make {plan.function}")
    return plans


def _paging_plan(op: Operation) -> PagingPlan:
    place = f"{op.place}.{PAGINATION}"
    mark = op.extensions[PAGINATION]
    if not isinstance(mark, dict):
        raise SpecFactError(place, "must be a mapping with at least `style` and `parameter`")
    unknown = sorted(str(key) for key in mark if key not in _PAGING_KEYS)
    if unknown:
        raise SpecFactError(f"{place}.{unknown[0]}", f"unknown key; use {sorted(_PAGING_KEYS)}")
    style = mark.get("style")
    if style not in _PAGING_STYLES:
        raise SpecFactError(f"{place}.style", f"must be one of {', '.join(_PAGING_STYLES)}")
    parameter = _query_parameter(op, mark, "parameter", place, required=True) or ""
    size_parameter = _query_parameter(op, mark, "size-parameter", place, required=False)
    body = _success_body(op, place)
    names = body.field_names if body else {}
    items = mark.get("items")
    if items is None:
        if body is None or body.schema.types[:1] != ("array",):
            raise SpecFactError(
                f"{place}.items", "name the member holding the items (the answer is not an array)"
            )
        item_schema = body.schema.items
    else:
        if not isinstance(items, str) or items not in names:
            raise SpecFactError(f"{place}.items", "must name a member of the 2xx JSON answer")
        item_schema = body.schema.properties[items].items if body else None
    next_member = mark.get("next")
    if next_member is not None and (not isinstance(next_member, str) or next_member not in names):
        raise SpecFactError(f"{place}.next", "must name a member of the 2xx JSON answer")
    if style == "cursor" and next_member is None:
        raise SpecFactError(f"{place}.next", "a cursor style needs the member with the next cursor")
    end, first = mark.get("end"), mark.get("first")
    for key, value in (("end", end), ("first", first)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | str)):
            raise SpecFactError(f"{place}.{key}", "must be an integer or a string")
    component = item_schema.component if item_schema is not None else None
    return PagingPlan(
        operation_id=op.python_name,
        tag=tag_module(op.tag),
        function="iterate_" + op.python_name.removeprefix("list_"),
        style=str(style),
        parameter=parameter,
        items=names[items] if items is not None else None,
        item_type=class_name(component) if component else "Any",
        next=names[next_member] if next_member is not None else None,
        end=end,
        size_parameter=size_parameter,
        first=first,
        page_size=_page_size(op, mark.get("size-parameter")),
    )


def _page_size(op: Operation, name: object) -> int | None:
    parameter = op.parameter(name, "query") if isinstance(name, str) else None
    if parameter is None or parameter.schema is None:
        return None
    schema = parameter.schema.resolved().json
    for keyword in ("maximum", "default"):
        value = schema.get(keyword)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return min(value, MAX_LIST_PAGE)
    return None


@dataclass(frozen=True)
class EventsPlan:
    """An operation's x-jobclients-events, in the names the generated code uses."""

    operation_id: str  # the operation's Python name
    tag: str
    function: str  # follow_<operation without a leading list_ or get_>
    cursor: str  # Python name of the argument that takes the last sequence number
    items: str | None  # attribute of the answer holding the events; None: the answer is a list
    item_type: str  # the events' model class, or "Any"
    seq: str  # attribute of an event holding its sequence number
    kind: str | None  # attribute of an event naming its kind
    final: list[str]  # kinds that end the stream


_EVENTS_KEYS = {"cursor", "items", "seq", "kind", "final"}


def events_plans(spec: SpecDocument) -> list[EventsPlan]:
    """One plan per operation marked x-jobclients-events; SpecFactError names what is wrong
    with a mark."""
    return [_events_plan(op) for op in spec.operations if EVENTS in op.extensions]


def _events_plan(op: Operation) -> EventsPlan:
    place = f"{op.place}.{EVENTS}"
    mark = op.extensions[EVENTS]
    if not isinstance(mark, dict):
        raise SpecFactError(place, "must be a mapping with at least `cursor` and `seq`")
    unknown = sorted(str(key) for key in mark if key not in _EVENTS_KEYS)
    if unknown:
        raise SpecFactError(f"{place}.{unknown[0]}", f"unknown key; use {sorted(_EVENTS_KEYS)}")
    cursor = _query_parameter(op, mark, "cursor", place, required=True) or ""
    body = _success_body(op, place)
    items = mark.get("items")
    if items is None:
        if body is None or body.schema.types[:1] != ("array",):
            raise SpecFactError(
                f"{place}.items", "name the member holding the events (the answer is not an array)"
            )
        event = body.schema.items
    else:
        if body is None or not isinstance(items, str) or items not in body.field_names:
            raise SpecFactError(f"{place}.items", "must name a member of the 2xx JSON answer")
        event = body.schema.properties[items].items
    component = event.component if event is not None else None  # before the ref is followed
    event = event.resolved() if event is not None else None
    names = event.field_names if event is not None else {}
    seq, kind, final = mark.get("seq"), mark.get("kind"), mark.get("final", [])
    if not isinstance(seq, str) or seq not in names:
        raise SpecFactError(f"{place}.seq", "must name a member of the events: their number")
    if event is not None and event.properties[seq].resolved().types[:1] != ("integer",):
        raise SpecFactError(f"{place}.seq", f"{seq!r} must be an integer in the event's schema")
    if kind is not None and (not isinstance(kind, str) or kind not in names):
        raise SpecFactError(f"{place}.kind", "must name a member of the events (their kind)")
    if not isinstance(final, list) or not all(isinstance(v, str) for v in final):
        raise SpecFactError(f"{place}.final", "must be a list of the kinds that end the stream")
    if final and kind is None:
        raise SpecFactError(f"{place}.final", "needs `kind`, the member the kinds are read from")
    function = op.python_name.removeprefix("list_").removeprefix("get_")
    return EventsPlan(
        operation_id=op.python_name,
        tag=tag_module(op.tag),
        function="follow_" + function,
        cursor=cursor,
        items=body.field_names[items] if items is not None and body is not None else None,
        item_type=class_name(component) if component else "Any",
        seq=names[seq],
        kind=names[kind] if kind is not None else None,
        final=list(final),
    )


def _query_parameter(
    op: Operation, mark: dict[str, Any], key: str, place: str, *, required: bool
) -> str | None:
    name = mark.get(key)
    if name is None and not required:
        return None
    if not isinstance(name, str) or op.parameter(name, "query") is None:
        raise SpecFactError(f"{place}.{key}", "must name a query parameter of the operation")
    return python_name(name)


@dataclass(frozen=True)
class _Body:
    schema: Schema
    field_names: dict[str, str]  # wire name -> attribute of the attrs model


def _success_body(op: Operation, place: str) -> _Body | None:
    for response in op.responses:
        if response.status.startswith("2"):
            for media in response.content:
                if media.schema is not None and "json" in media.name:
                    return _Body(media.schema, media.schema.field_names)
    raise SpecFactError(place, "a paged operation needs a 2xx JSON answer")


@dataclass(frozen=True)
class JobsPlan:
    """The job surface (jobs.py): the poll operation's arguments split into the scope the
    surface is bound to and the job's id, and the operations behind cancel and iterate."""

    scope: list[PollArgument]  # the poll path's other parameters, given once
    job_argument: PollArgument  # the job's id: the poll's last required argument
    id_attributes: list[str]  # attributes of the job model that hold its id
    cancel_operation: str | None
    cancel_tag: str | None
    cancel_arguments: list[str]  # of the poll's arguments, those the cancel takes
    iterate_function: str | None
    iterate_scope: list[str]  # of the scope's arguments, those the listing takes
    listing: PagingPlan | None = None  # the listing of the polled job, if the spec has one


def jobs_plan(
    spec: SpecDocument, poll: PollPlan | None, paging: list[PagingPlan]
) -> JobsPlan | None:
    """None without a poll operation (no wait, no surface); SpecFactError names a cancel
    mark that cannot be used."""
    if poll is None or not poll.arguments:
        return None
    *scope, job_argument = poll.arguments
    cancels = [op for op in spec.operations if op.extensions.get(CANCEL) is True]
    if len(cancels) > 1:
        places = ", ".join(f"{op.place}.{CANCEL}" for op in cancels)
        raise SpecFactError(places, "marks more than one operation: keep one")
    cancel = cancels[0] if cancels else None
    if cancel is not None:
        wanted = {a.name for a in poll.arguments}
        needed = {python_name(p.name) for p in cancel.parameters if p.required}
        if needed - wanted:
            raise SpecFactError(
                f"{cancel.place}.{CANCEL}",
                f"the cancel operation needs {sorted(needed - wanted)}, which the poll "
                f"operation does not take: its required parameters must be among {sorted(wanted)}",
            )
    listing = next((plan for plan in paging if plan.item_type in poll.job_types), None)
    listed = spec.operation(listing.operation_id) if listing else None
    taken = {python_name(p.name) for p in listed.parameters} if listed else set()
    cancel_taken = {python_name(p.name) for p in cancel.parameters} if cancel else set()
    return JobsPlan(
        scope=list(scope),
        job_argument=job_argument,
        id_attributes=_id_attributes(spec, poll, job_argument),
        cancel_operation=cancel.python_name if cancel else None,
        cancel_tag=tag_module(cancel.tag) if cancel else None,
        cancel_arguments=[a.name for a in poll.arguments if a.name in cancel_taken],
        iterate_function=listing.function if listing else None,
        iterate_scope=[a.name for a in scope if a.name in taken],
        listing=listing,
    )


def _id_attributes(spec: SpecDocument, poll: PollPlan, job_argument: PollArgument) -> list[str]:
    """The job model's attributes named `id` or as the job's path parameter, `id` first."""
    found: list[str] = []
    for name, schema in spec.schemas.items():
        if class_name(name) not in poll.job_types:
            continue
        names = schema.field_names
        for wire in ("id", job_argument.wire_name):
            if wire in names and names[wire] not in found:
                found.append(names[wire])
    return found
