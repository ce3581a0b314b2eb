"""Reading schemas to compare them: types, nullability, bounds, properties, through allOf/anyOf."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scripts.spec_lint import resolve

# (bound, True when a larger value lets more through)
BOUNDS = (
    ("maxLength", True),
    ("maxItems", True),
    ("maxProperties", True),
    ("maximum", True),
    ("exclusiveMaximum", True),
    ("minLength", False),
    ("minItems", False),
    ("minProperties", False),
    ("minimum", False),
    ("exclusiveMinimum", False),
)
_TEXT_LIMIT = 60


def get(document: Any, *keys: str) -> Any:
    node: Any = document
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def branches(document: dict[str, Any], schema: Any) -> Iterator[dict[str, Any]]:
    """The schema and, recursively, every allOf/anyOf/oneOf branch of it, resolved."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            yield from branches(document, branch)


def types(document: dict[str, Any], schema: Any) -> frozenset[str]:
    """The JSON types a value may have, null left out; {"any"} when no branch names one."""
    found: set[str] = set()
    for branch in branches(document, schema):
        declared = branch.get("type", [])
        found |= {declared} if isinstance(declared, str) else set(declared)
    return frozenset(found - {"null"}) or frozenset({"any"})


def accepts_all(wider: frozenset[str], narrower: frozenset[str]) -> bool:
    """Every value of the `narrower` types is also one of the `wider` types."""
    if "any" in wider:
        return True
    return all(t in wider or (t == "integer" and "number" in wider) for t in narrower)


def nullable(document: dict[str, Any], schema: Any) -> bool:
    for branch in branches(document, schema):
        declared = branch.get("type", [])
        if declared == "null" or (isinstance(declared, list) and "null" in declared):
            return True
        if branch.get("nullable") is True or branch.get("const", ...) is None:
            return True
    return False


def first(document: dict[str, Any], schema: Any, key: str) -> Any:
    """The value of `key` in the first branch that has it."""
    return next((b[key] for b in branches(document, schema) if key in b), None)


def properties(document: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    """Every property of every branch (the first definition wins) and the required names."""
    props: dict[str, Any] = {}
    required: set[str] = set()
    for branch in branches(document, schema):
        for name, prop in (branch.get("properties") or {}).items():
            props.setdefault(name, prop)
        required |= set(branch.get("required") or [])
    return props, required


def open_to_more_properties(document: dict[str, Any], schema: Any) -> bool:
    """Whether the generated model keeps an `additional_properties` dict (absent means true)."""
    return all(b.get("additionalProperties") is not False for b in branches(document, schema))


def bound_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[tuple[str, bool, Any, Any]]:
    """(bound, True when the change lets more values through, old, new) per changed bound."""
    for bound, larger_is_wider in BOUNDS:
        before, after = old.get(bound), new.get(bound)
        if before == after or not all(_number(v) for v in (before, after) if v is not None):
            continue  # OpenAPI 3.0's boolean exclusiveMaximum is not a bound here
        if before is None or after is None:
            wider = after is None  # a bound dropped lets more through; one added, fewer
        else:
            wider = (after > before) == larger_is_wider
        yield bound, wider, before, after


def removed(old: Any, new: Any) -> list[Any]:
    """Values of the list `old` missing from the list `new` (nothing when either is absent)."""
    if not isinstance(old, list) or not isinstance(new, list):
        return []
    return [value for value in old if value not in new]


def ref_name(raw: Any) -> str | None:
    """The component a schema names, seen through a nullable wrapper: `anyOf: [$ref, null]`
    keeps the generated class (the annotation only gains `| None`)."""
    if not isinstance(raw, dict):
        return None
    ref = raw.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf"):
        members = raw.get(key)
        if isinstance(members, list) and len(members) == 2:
            rest = [m for m in members if not (isinstance(m, dict) and m.get("type") == "null")]
            if len(rest) == 1:
                return ref_name(rest[0])
    return None


def makes_a_class(document: dict[str, Any], schema: Any) -> bool:
    """Whether the generator makes a class (a model or an enum) of the schema."""
    for branch in branches(document, schema):
        if "enum" in branch or "properties" in branch or branch.get("type") == "object":
            return True
    return False


def show(value: Any) -> str:
    """A value for a message: type sets joined, None as (none), long text shortened."""
    if isinstance(value, frozenset):
        return "|".join(sorted(value))
    if value is None:
        return "(none)"
    text = " ".join(str(value).split())
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 1] + "…"


def arrow(before: Any, after: Any) -> str:
    return f"{show(before)} -> {show(after)}"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
