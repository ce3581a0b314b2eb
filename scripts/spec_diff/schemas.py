"""Reading schemas to compare them: types, nullability, bounds, properties, through allOf/anyOf."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from scripts.spec_model.document import Schema

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


def branches(schema: Schema | None) -> Iterator[Schema]:
    """The schema and, recursively, every allOf/anyOf/oneOf branch of it, resolved."""
    if schema is None:
        return
    resolved = schema.resolved()
    yield resolved
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in resolved.branches(key):
            yield from branches(branch)


def types(schema: Schema | None) -> frozenset[str]:
    """The JSON types a value may have, null left out; {"any"} when no branch names one."""
    found: set[str] = set()
    for branch in branches(schema):
        declared = branch.json.get("type", [])
        found |= {declared} if isinstance(declared, str) else set(declared)
    return frozenset(found - {"null"}) or frozenset({"any"})


def accepts_all(wider: frozenset[str], narrower: frozenset[str]) -> bool:
    """Every value of the `narrower` types is also one of the `wider` types."""
    if "any" in wider:
        return True
    return all(t in wider or (t == "integer" and "number" in wider) for t in narrower)


def nullable(schema: Schema | None) -> bool:
    for branch in branches(schema):
        declared = branch.json.get("type", [])
        if declared == "null" or (isinstance(declared, list) and "null" in declared):
            return True
        if branch.json.get("nullable") is True or branch.json.get("const", ...) is None:
            return True
    return False


def first(schema: Schema | None, key: str) -> Any:
    """The value of `key` in the first branch that has it."""
    return next((b.json[key] for b in branches(schema) if key in b.json), None)


def first_child(schema: Schema | None, key: str) -> Schema | None:
    """The schema under `key` (items, additionalProperties) in the first branch that has
    the key; None where that branch holds no schema object there."""
    branch = next((b for b in branches(schema) if key in b.json), None)
    return branch.child(key) if branch is not None else None


def properties(schema: Schema | None) -> tuple[dict[Any, Schema | None], set[Any]]:
    """Every property of every branch (the first definition wins; None where it is no schema
    object, as `true`) and the required names."""
    props: dict[Any, Schema | None] = {}
    required: set[Any] = set()
    for branch in branches(schema):
        written, typed = branch.json.get("properties"), branch.properties
        for name in written if isinstance(written, dict) else ():
            props.setdefault(name, typed.get(str(name)))
        required |= set(branch.json.get("required") or [])
    return props, required


def open_to_more_properties(schema: Schema | None) -> bool:
    """Whether the generated model keeps an `additional_properties` dict (absent means true)."""
    return all(b.json.get("additionalProperties") is not False for b in branches(schema))


def bound_changes(
    old: Mapping[str, Any], new: Mapping[str, Any]
) -> Iterator[tuple[str, bool, Any, Any]]:
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


def ref_name(schema: Schema | None) -> str | None:
    """The component a schema names, seen through a nullable wrapper: `anyOf: [$ref, null]`
    keeps the generated class (the annotation only gains `| None`)."""
    if schema is None:
        return None
    if schema.ref is not None:  # a component's name; another pointer's last part
        return schema.component or schema.ref.rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf"):
        members = schema.branches(key)  # the schema objects listed; `true` is none
        written = schema.json.get(key)
        if isinstance(written, list) and len(written) == len(members) == 2:
            rest = [m for m in members if m.json.get("type") != "null"]
            if len(rest) == 1:
                return ref_name(rest[0])
    return None


def makes_a_class(schema: Schema | None) -> bool:
    """Whether the generator makes a class (a model or an enum) of the schema."""
    for branch in branches(schema):
        json = branch.json
        if "enum" in json or "properties" in json or json.get("type") == "object":
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
