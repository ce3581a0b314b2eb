"""Bodies off the spec, made from a documented example and its schema: for every value the
example holds, the same body with that value of the wrong JSON type (or null where the
schema does not allow it, or a malformed date or uuid), and with each required member gone.
Each comes with the field path ResponseValidationError must name (`events[0].time`)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scripts.spec_model.operations import resolve

Path = tuple[str | int, ...]

# Wrong values by the JSON type the schema asks for: bool is neither an integer nor a number.
_WRONG: dict[str, tuple[Any, ...]] = {
    "string": (12345, ["a"]),
    "integer": ("12", True, 1.5),
    "number": ("1.5", True),
    "boolean": ("true", 1),
    "object": ("not an object", ["a"]),
    "array": ("not an array", {"a": 1}),
}
_MALFORMED = {"date-time": "not-a-date", "date": "not-a-date", "uuid": "not-a-uuid"}


@dataclass(frozen=True)
class Mutation:
    field: str  # the path ResponseValidationError names
    body: Any
    what: str

    def __str__(self) -> str:
        return f"{self.field}: {self.what}"


def mutations(document: dict[str, Any], schema: dict[str, Any], body: Any) -> Iterator[Mutation]:
    for path, what, value in _walk(document, schema, body, ()):
        yield Mutation(field_path(path), _replaced(body, path, value), what)


def field_path(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


_GONE = object()


def _replaced(body: Any, path: Path, value: Any) -> Any:
    copied = copy.deepcopy(body)
    parent = copied
    for part in path[:-1]:
        parent = parent[part]
    if value is _GONE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return copied


def _walk(
    document: dict[str, Any], raw: dict[str, Any], value: Any, path: Path
) -> Iterator[tuple[Path, str, Any]]:
    typed = _typed(document, raw)
    if typed is None or value is None:
        return
    schema, kind, nullable = typed
    if path:
        yield from _wrong_values(schema, kind, nullable, path)
    if kind == "object" and isinstance(value, dict):
        for name in schema.get("required", []):
            if name in value:
                yield (*path, name), "required member missing", _GONE
        for name, sub in (schema.get("properties") or {}).items():
            if name in value:
                yield from _walk(document, sub, value[name], (*path, name))
    elif kind == "array" and isinstance(value, list) and value and "items" in schema:
        for index in sorted({0, len(value) - 1}):
            yield from _walk(document, schema["items"], value[index], (*path, index))


def _typed(
    document: dict[str, Any], raw: dict[str, Any]
) -> tuple[dict[str, Any], str, bool] | None:
    """The schema, its one JSON type and whether null is allowed; None for a real union or
    a schema without a type (any value)."""
    schema = resolve(document, raw)
    nullable = False
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        non_null = [resolve(document, m) for m in members]
        non_null = [m for m in non_null if m.get("type") != "null"]
        if len(non_null) != 1:  # which member a wrong value fails is not defined
            return None
        nullable = len(non_null) < len(members)
        schema = non_null[0]
    declared = schema.get("type")
    types = set(declared if isinstance(declared, list) else [declared] if declared else [])
    nullable = nullable or "null" in types
    types.discard("null")
    if "properties" in schema:
        types.add("object")
    return (schema, types.pop(), nullable) if len(types) == 1 else None


def _wrong_values(
    schema: dict[str, Any], kind: str, nullable: bool, path: Path
) -> Iterator[tuple[Path, str, Any]]:
    for wrong in _WRONG.get(kind, ()):
        yield path, f"{type(wrong).__name__} for {kind}", wrong
    if not nullable:
        yield path, f"null for non-nullable {kind}", None
    if kind == "string" and schema.get("format") in _MALFORMED:
        yield path, f"malformed {schema['format']}", _MALFORMED[schema["format"]]
