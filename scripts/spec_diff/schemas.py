"""Reading schemas to compare them: types, nullability, bounds, properties, through allOf/anyOf;
the variants of two versions of an anyOf/oneOf paired."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
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
# The keywords listing alternatives: the generator makes a union with a member per variant.
VARIANT_KEYWORDS = ("anyOf", "oneOf")
# A pair of variants: where it is (`.anyOf[1]`, appended to the schema's), the old, the new.
Variant = tuple[str, Schema, Schema]


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


def const(schema: Schema | None) -> tuple[Any, ...]:
    """(value,) for the `const` of the schema or of one of its allOf parts (one schema,
    merged), () where none writes one. An anyOf/oneOf variant's is compared in the variant."""
    for part in _merged_parts(schema):
        if "const" in part.json:
            return (part.json["const"],)
    return ()


def _merged_parts(schema: Schema | None) -> Iterator[Schema]:
    if schema is None:
        return
    resolved = schema.resolved()
    yield resolved
    for part in resolved.branches("allOf"):
        yield from _merged_parts(part)


@dataclass(frozen=True)
class Variants:
    """The variants of two versions of a schema under one keyword (anyOf, oneOf), paired.

    Where both versions list as many, every variant is paired (`complete`): with an equal
    one first, then with one of the same types and nullability, then the rest in the order
    written, so that a reordering alone pairs each with itself. Where the counts differ,
    only variants equal or of the same types and nullability are paired; the others were
    added or removed, and are read merged at the schema's own level, as before."""

    keyword: str
    pairs: tuple[Variant, ...]
    complete: bool

    def unpaired(self, schema: Schema) -> list[Any]:
        """The keyword's list of one version (`schema`, resolved) without its paired
        variants, as written."""
        paired = {v.place for _, old, new in self.pairs for v in (old, new)}
        written = schema.json.get(self.keyword)
        items = written if isinstance(written, list) else []
        place = (*schema.place, self.keyword)
        return [node for i, node in enumerate(items) if (*place, i) not in paired]


def paired_variants(old: Schema, new: Schema) -> list[Variants]:
    """The anyOf/oneOf variants of two versions of a resolved schema, for each keyword
    under which both list schema objects; see Variants."""
    found: list[Variants] = []
    for key in VARIANT_KEYWORDS:
        before, after = list(old.branches(key)), list(new.branches(key))
        if before and after:
            complete = len(before) == len(after)
            pairs = _pair(key, before, after, complete)
            found.append(Variants(key, tuple(pairs), complete))
    return found


def own_level(schema: Schema, variants: list[Variants], union: bool = False) -> Schema:
    """What is compared at the schema's own level: its variants compared one by one left
    out. With `union`, for the set of types and nullability, the variants of a keyword
    not wholly paired stay (those paired are alike in both); without, only its unpaired."""
    json = dict(schema.json)
    for group in variants:
        rest = group.unpaired(schema)
        if union and not group.complete:
            continue
        if group.complete or not rest:
            json.pop(group.keyword, None)
        else:
            json[group.keyword] = rest
    return Schema(schema.spec, schema.place, json)


def _pair(key: str, before: list[Schema], after: list[Schema], complete: bool) -> list[Variant]:
    left, right = list(range(len(before))), list(range(len(after)))
    pairs: list[tuple[int, int]] = []
    for alike in (_equal, _same_kind, _any_pair)[: 3 if complete else 2]:
        for j in list(right):
            i = next((i for i in left if alike(before[i], after[j])), None)
            if i is not None:
                pairs.append((i, j))
                left.remove(i)
                right.remove(j)
    wrappers = _nullable_wrapper(before) and _nullable_wrapper(after)
    return [
        (_suffix(key, after[j], wrappers), before[i], after[j])
        for i, j in sorted(pairs, key=lambda p: p[1])
    ]


def _suffix(key: str, variant: Schema, in_wrapper: bool) -> str:
    """Where a variant is: `.anyOf[1]` (its position in the new version as written), or
    nothing for the member of a nullable wrapper (`anyOf: [X, null]`), whose class is the
    property's own."""
    if in_wrapper and variant.json.get("type") != "null":
        return ""
    return f".{key}[{variant.place[-1]}]"


def _nullable_wrapper(variants: list[Schema]) -> bool:
    return len(variants) == 2 and sum(v.json.get("type") == "null" for v in variants) == 1


def _equal(old: Schema, new: Schema) -> bool:
    return old.json == new.json


def _same_kind(old: Schema, new: Schema) -> bool:
    return types(old) == types(new) and nullable(old) == nullable(new)


def _any_pair(old: Schema, new: Schema) -> bool:
    return True


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


def ref_name(schema: Schema | None, through_wrapper: bool = True) -> str | None:
    """The component a schema names, seen through a nullable wrapper: `anyOf: [$ref, null]`
    keeps the generated class (the annotation only gains `| None`). Not through it where
    the wrapper's variants are compared one by one (`through_wrapper` False)."""
    if schema is None:
        return None
    if schema.ref is not None:  # a component's name; another pointer's last part
        return schema.component or schema.ref.rsplit("/", 1)[-1]
    if not through_wrapper:
        return None
    for key in VARIANT_KEYWORDS:
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


def in_model_module(schema: Schema) -> bool:
    """Whether a schema is written inside components.schemas, which the pydantic models
    (pydantic_models.py) are made of; a parameter's or an inline body's schema is not."""
    return schema.place[:2] == ("components", "schemas")


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
