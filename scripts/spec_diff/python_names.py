"""The Python names a spec change touches, for sentences a user of the package reads.

A rule names a change by its place in the spec (`GET /jobs/{id} response 200
application/json body.value`); a user knows the function `get_job` and the attribute
`Job.value`. The names come from the functions the pipeline names code with
(spec_model.naming), reading the spec on the side that has the thing: the new one, else
the old one. A place no class owns (an inline schema) is named by its operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.spec_diff import schemas as s
from scripts.spec_diff.rules import NARROWED_BOUND
from scripts.spec_model.document import Operation, Schema, SpecDocument
from scripts.spec_model.naming import class_name, field_name

_METHODS = {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"}
_TRAILING_BOUND = re.compile(r" (" + "|".join(NARROWED_BOUND) + r")$")
_STEP = re.compile(r"\.\*|\[\]|\.[^.\[]+")
_COMPONENT = re.compile(r"^components\.schemas\.([^.]+)")
_UNOWNED = {"answer-field", "request-field"}  # a field no component class owns (on this side)


@dataclass(frozen=True)
class Subject:
    """What a sentence is about. `kind` picks the wording; `names` are Python names (or spec
    values, for a field no class owns) that the writer puts in code spans.

    kinds: function (f), argument (f, arg), body (f), attribute (Class.attr), class (Class),
    answer-field (f, path), request-field (f, path), thing (a spec name: server variable,
    security scheme), python (a dotted public path, from griffe), client (no name)."""

    kind: str
    names: tuple[str, ...] = ()

    @property
    def python_names(self) -> tuple[str, ...]:
        """The names a user writes in code, to tell which public names a sentence covers."""
        if self.kind in ("function", "argument", "body", "answer-field", "request-field"):
            return self.names[:1]
        if self.kind in ("attribute", "class", "python"):
            return self.names
        return ()


def subject_of(location: str, old: SpecDocument, new: SpecDocument) -> Subject:
    """The Python thing at a change's location, as the spec with it names it."""
    component = _COMPONENT.match(location)
    if component:
        return Subject("class", (class_name(component.group(1)),))
    method, _, rest = location.partition(" ")
    if method not in _METHODS:
        return _outside_operations(location)
    path, _, detail = rest.partition(" ")
    key, detail = (method, path), _TRAILING_BOUND.sub("", detail)
    found = [
        _in_operation(op, detail)
        for spec in (new, old)
        for op in spec.operations
        if (op.method.upper(), op.path) == key
    ]
    named = [subject for subject in found if subject.kind not in _UNOWNED]
    return (named or found or [Subject("thing", (f"{method} {path}",))])[0]


def short_python_path(dotted: str) -> str:
    """How users name a public object: `pkg.models.job.Job.value` -> `Job.value`,
    `pkg.api.jobs.get_job.sync` -> `get_job.sync`, `pkg.client.Client` -> `Client`; others
    keep their module (`errors.NotFoundError`, `pydantic_models.Job`)."""
    parts = dotted.split(".")[1:]
    if parts[:1] == ["models"]:
        parts = parts[2:] if len(parts) > 2 and parts[1].islower() else parts[1:]
    elif parts[:1] == ["api"] and len(parts) > 2:
        parts = parts[2:]
    elif parts[:1] == ["client"] and len(parts) > 1:
        parts = parts[1:]
    return ".".join(parts) or dotted


def _outside_operations(location: str) -> Subject:
    if location.startswith("servers[0].variables."):
        return Subject("thing", (location.removeprefix("servers[0].variables."),))
    if location.startswith("components.securitySchemes."):
        return Subject("thing", (location.removeprefix("components.securitySchemes."),))
    return Subject("client")


def _in_operation(op: Operation, detail: str) -> Subject:
    function = op.python_name
    if not detail:
        return Subject("function", (function,))
    if detail.startswith("request body"):
        return _request_body(op, detail.removeprefix("request body").lstrip())
    if detail.startswith("response "):
        return _response(op, detail.removeprefix("response "))
    where, _, name = detail.partition(".")
    if where in ("path", "query", "header", "cookie"):
        return Subject("argument", (function, field_name(name.split("[")[0])))
    return Subject("function", (function,))


def _request_body(op: Operation, rest: str) -> Subject:
    media = op.request_body.content if op.request_body else ()
    for name in sorted((m.name for m in media), key=len, reverse=True):
        if rest.startswith(name):
            schema = next(m.schema for m in media if m.name == name)
            walk = rest.removeprefix(name)
            return (
                _field(op, schema, walk, "request-field")
                if walk
                else Subject("body", (op.python_name,))
            )
    return Subject("body", (op.python_name,))


def _response(op: Operation, rest: str) -> Subject:
    status, _, after = rest.partition(" ")
    media_name, found, walk = after.partition(" body")
    response = op.response(status)
    media = response.media(media_name) if response and found else None
    if media is None:
        return Subject("function", (op.python_name,))
    return _field(op, media.schema, walk, "answer-field")


def _field(op: Operation, schema: Schema | None, walk: str, fallback: str) -> Subject:
    """`Class.attr` where a component class owns the last property on the walk (its items
    or values stand for the property); the class itself for a body's own schema."""
    steps = _STEP.findall(walk)
    current, owner = schema, None
    for step in steps:
        if step in ("[]", ".*"):
            current = s.first_child(current, "items" if step == "[]" else "additionalProperties")
            continue
        name = step[1:]
        branch = next((b for b in s.branches(current) if name in b.properties), None)
        if branch is None:
            owner = None
            break
        owned = branch.place[:2] == ("components", "schemas") and len(branch.place) == 3
        owner = (class_name(str(branch.place[2])), field_name(name)) if owned else None
        current = branch.properties[name]
    if owner is not None:
        return Subject("attribute", (f"{owner[0]}.{owner[1]}",))
    if not steps and (named := s.ref_name(schema)) is not None:
        return Subject("class", (class_name(named),))
    return Subject(fallback, (op.python_name, walk.lstrip(".") or "(the body)"))
