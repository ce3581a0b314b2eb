"""Reading a 2xx body that is off the spec in a field the package does not rely on.

A spec is never perfect, and a job's progress must not be lost to a field the caller never
reads. While a client that is not strict reads a 2xx body, a field whose value does not
match its schema keeps the raw JSON value (so the attribute may hold a `None`, a string or
a dict where its type says otherwise, or UNSET for a required member that is missing), and
the problem is recorded: on `Response.problems`, through `problems_of(result)`, and once per
operation and path through `warnings` (OffSpecWarning) and the `jobclients` logger.

Not tolerated, so still ResponseValidationError: the fields the package relies on (the
job's status and id, RELIED_FIELDS in the package's _spec.py), a body that is not the
right JSON type at all, an error body, union members tried in turn (a member that only
parsed by tolerating would be the wrong member), and a body with more than MAX_PROBLEMS
problems. Outside a client's call (a model's `from_dict` called directly) nothing is
tolerated either.
"""

from __future__ import annotations

import logging
import warnings
import weakref
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

import httpx

from .errors import ResponseValidationError
from .types import UNSET, Problem

# More problems than this in one body: it is not the spec's body at all.
MAX_PROBLEMS = 256
# How many distinct (operation, path) pairs are remembered as already reported.
_MAX_REPORTED = 4096

logger = logging.getLogger("jobclients")


class OffSpecWarning(UserWarning):
    """A 2xx body was read with a field off the spec; the field keeps the raw JSON value."""


class _Reading:
    """The problems tolerated while one response is parsed."""

    __slots__ = ("pending", "relied", "root", "strict")

    def __init__(self, relied: frozenset[tuple[str, str]]) -> None:
        self.relied = relied
        self.strict = 0  # > 0 inside union attempts
        self.root: Any = None
        # (id of the object holding the field, field) -> (that object, the path inside it,
        # reason): a list re-parsed to locate an error records the same field once.
        self.pending: dict[tuple[int, str], tuple[dict[str, Any], str, str]] = {}


_READING: ContextVar[_Reading | None] = ContextVar("jobclients_reading", default=None)


def tolerated(exc: Exception, model: str, field: str, holder: dict[str, Any]) -> Any:
    """Called by a model's from_dict when reading `field` of `holder` failed with `exc`:
    returns the raw value to keep, or raises `exc` again where nothing may be tolerated."""
    reading = _READING.get()
    if (
        reading is None
        or reading.strict
        or (model, field) in reading.relied
        or len(reading.pending) >= MAX_PROBLEMS
    ):
        raise exc
    error = ResponseValidationError.from_exception(field, exc)
    reading.pending[id(holder), field] = (holder, error.field, error.reason)
    return holder.get(field, UNSET)


def enter_union() -> _Reading | None:
    """Before the members of a union are tried in turn (each is read strictly: a member
    that parsed only by tolerating would be the wrong one); pair with leave_union."""
    reading = _READING.get()
    if reading is not None:
        reading.strict += 1
    return reading


def leave_union(reading: _Reading | None) -> None:
    if reading is not None:
        reading.strict -= 1


def json_body(response: httpx.Response) -> Any:
    """response.json(), remembered as the root the problems' paths are found from."""
    value = response.json()
    reading = _READING.get()
    if reading is not None:
        reading.root = value
    return value


def read_tolerantly(
    parse: Callable[[], Any], relied: frozenset[tuple[str, str]]
) -> tuple[Any, tuple[Problem, ...]]:
    """parse() with off-spec fields tolerated; the result and the problems, by path."""
    reading = _Reading(relied)
    token = _READING.set(reading)
    try:
        result = parse()
    finally:
        _READING.reset(token)
    if not reading.pending:
        return result, ()
    return result, _problems(reading)


def _problems(reading: _Reading) -> tuple[Problem, ...]:
    places = _places(reading.root, {key[0] for key in reading.pending})
    found: list[tuple[str, Problem]] = []  # (the path of the value kept raw, the problem)
    for (holder_id, field), (holder, inside, reason) in reading.pending.items():
        prefix = places.get(holder_id, "")
        kept, path = (f"{prefix}.{field}", f"{prefix}.{inside}") if prefix else (field, inside)
        found.append((kept, Problem(path.replace(".[", "["), reason, holder.get(field, UNSET))))
    # A field inside a value that was itself kept raw (a list whose item failed) is read by
    # no model any more: only the outer problem stands.
    outer = [kept for kept, _ in found]
    return tuple(
        sorted(
            (
                problem
                for kept, problem in found
                if not any(problem.path.startswith((o + ".", o + "[")) and o != kept for o in outer)
            ),
            key=lambda problem: problem.path,
        )
    )


def _places(root: Any, wanted: set[int]) -> dict[int, str]:
    """The path of each object in `wanted` (by id) inside the JSON value `root`. Iterative:
    a body deep enough to parse may be deeper than Python's recursion limit."""
    places: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack and len(places) < len(wanted):
        node, path = stack.pop()
        if isinstance(node, dict):
            if id(node) in wanted:
                places[id(node)] = path
            stack.extend(
                (value, f"{path}.{key}" if path else str(key))
                for key, value in node.items()
                if isinstance(value, dict | list)
            )
        elif isinstance(node, list):
            stack.extend(
                (value, f"{path}[{index}]")
                for index, value in enumerate(node)
                if isinstance(value, dict | list)
            )
    return places


# Problems of results returned by `sync`/`asyncio` (which return the model alone), by the
# result's id while it lives: attrs models are weak-referenceable but not hashable.
_BY_RESULT: dict[int, tuple[weakref.ref[Any], tuple[Problem, ...]]] = {}


def remember(result: Any, problems: tuple[Problem, ...]) -> None:
    if not problems:
        return
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _: _BY_RESULT.pop(key, None))
    except TypeError:  # a list or a plain value: the problems are on Response.problems only
        return
    _BY_RESULT[key] = (ref, problems)


def problems_of(result: Any) -> tuple[Problem, ...]:
    """The problems tolerated when `result` (a model a call returned) was read; () when it
    was read as the spec says, or is not a model a call returned."""
    entry = _BY_RESULT.get(id(result))
    if entry is None or entry[0]() is not result:
        return ()
    return entry[1]


_reported: set[tuple[str, str]] = set()


def report(operation: str, problems: tuple[Problem, ...], redact: Callable[[str], str]) -> None:
    """Warn (OffSpecWarning) and log each problem once per operation and path (the reason
    may quote the server's value: the client's secrets are redacted from it)."""
    for problem in problems:
        key = (operation, problem.path)
        if key in _reported:
            continue
        if len(_reported) < _MAX_REPORTED:
            _reported.add(key)
        message = (
            f"{operation}: the body does not match the spec at {problem.path} "
            f"({redact(problem.reason)}); the raw value is kept"
        )
        logger.warning(message)
        warnings.warn(message, OffSpecWarning, stacklevel=2)
