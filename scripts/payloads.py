"""Payloads generated from a spec's schemas (hypothesis-jsonschema), for the mock server and
the contract tests: bodies nobody hand-picked, within what the spec allows, or, with
`unlisted_enums`, carrying enum values the spec does not list (what a provider sends the day
it adds a status or an event type)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from random import Random
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scripts.spec_model.document import Schema, referenced_component

# The format hypothesis-jsonschema does not know; the others (date-time, uri...) it does.
CUSTOM_FORMATS: dict[str, st.SearchStrategy[str]] = {"uuid": st.uuids().map(str)}
# OpenAPI keywords that are not JSON Schema validation: dropped before generating.
_ANNOTATIONS = {"example", "examples", "deprecated", "discriminator", "xml", "externalDocs"}
# An unlisted value reads "unlisted:<enum name>:<anything>": a test can tell which enum of
# the schema it stands for, and no listed value looks like it.
UNLISTED_PREFIX = "unlisted:"
_UNLISTED = re.compile(re.escape(UNLISTED_PREFIX) + r"(?P<name>[^:]+):")
RESPONSE = "(response)"  # how an enum written inline in the response schema itself is named


# The first value a strategy generates, without shrinking: fast, and the same value for
# the same `random` seed (.example() would build a hundred first, seconds for a large schema).
_FIRST = settings(database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck))


def first_value(
    strategy: st.SearchStrategy[Any],
    random: Random | None = None,
    where: Callable[[Any], bool] = lambda _: True,
) -> Any:
    """The first value generated (that `where` accepts: hypothesis.errors.NoSuchExample
    when none of a hundred tries does)."""
    return find(strategy, where, settings=_FIRST, random=random or Random())


def payload_strategy(schema: Schema, *, unlisted_enums: bool = False) -> st.SearchStrategy[Any]:
    """Values valid for `schema` (refs into its document's component schemas are followed).

    With `unlisted_enums`, every string enum holds a value it does not list instead, and
    each property, array item or nullable on the way to an enum is there and not null, so
    every payload carries every enum the schema reaches (the others stay as generated)."""
    schemas = _strip(schema.spec.schema_json(), names=True)
    top = _strip(dict(schema.json))
    if unlisted_enums:
        reaching = _reaching_enums(schemas)
        schemas = {name: _unlisted(s, name, reaching) for name, s in schemas.items()}
        top = _unlisted(top, RESPONSE, reaching)
    return from_schema({**top, "components": {"schemas": schemas}}, custom_formats=CUSTOM_FORMATS)


def enum_names(schema: Schema) -> set[str]:
    """The string enums reachable from `schema`, named as unlisted values name them."""
    found: set[str] = set()
    seen: set[str] = set()
    pending: list[tuple[Any, str]] = [(_strip(dict(schema.json)), RESPONSE)]
    schemas = _strip(schema.spec.schema_json(), names=True)
    while pending:
        node, name = pending.pop()
        if isinstance(node, dict):
            if _is_string_enum(node):
                found.add(name)
            target = referenced_component(node)
            if target is not None and target not in seen:
                seen.add(target)
                pending.append((schemas[target], target))
            for key, child in node.items():
                if key == "properties" and isinstance(child, dict):
                    pending.extend((sub, f"{name}.{prop}") for prop, sub in child.items())
                elif key != "enum":
                    pending.append((child, name))
        elif isinstance(node, list):
            pending.extend((child, name) for child in node)
    return found


def unlisted_enum_names(value: Any) -> set[str]:
    """The enums a payload carries an unlisted value of (see `payload_strategy`)."""
    if isinstance(value, dict):
        return set().union(*(unlisted_enum_names(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(unlisted_enum_names(v) for v in value))
    match = _UNLISTED.match(value) if isinstance(value, str) else None
    return {match["name"]} if match else set()


def _unlisted(node: Any, name: str, reaching: set[str]) -> Any:
    """`node` with each string enum replaced by marked strings it does not list, and the
    way to each made present (see `payload_strategy`)."""
    if isinstance(node, list):
        return [_unlisted(child, name, reaching) for child in node]
    if not isinstance(node, dict):
        return node
    if _is_string_enum(node):
        return {
            "type": "string",
            "pattern": "^" + re.escape(f"{UNLISTED_PREFIX}{name}:"),
            "not": {"enum": node["enum"]},
        }
    out: dict[str, Any] = {}
    for key, child in node.items():
        if key == "properties" and isinstance(child, dict):
            out[key] = {p: _unlisted(sub, f"{name}.{p}", reaching) for p, sub in child.items()}
        else:
            out[key] = _unlisted(child, name, reaching)
    _made_present(node, out, reaching)
    if isinstance(node.get("type"), list) and "null" in node["type"] and _reaches(node, reaching):
        kept = [t for t in node["type"] if t != "null"]
        out["type"] = kept[0] if len(kept) == 1 else kept
    for key in ("anyOf", "oneOf"):
        branches = node.get(key) or []
        if any(_reaches(b, reaching) for b in branches):
            out[key] = [b for b in out[key] if b != {"type": "null"}]
    return out


def _made_present(node: dict[str, Any], out: dict[str, Any], reaching: set[str]) -> None:
    """Every member and item on the way to an enum made present in `out`, and nothing more:
    the payload is about its enums, and every optional member or item more is one more
    value to generate (SaladCloud's container group has dozens; hypothesis gave up on most
    such payloads)."""
    properties = node.get("properties") or {}
    needed = [p for p, sub in properties.items() if _reaches(sub, reaching)]
    if needed:
        out["required"] = sorted({*node.get("required", ()), *needed})
    if isinstance(node.get("additionalProperties"), dict) and _reaches(
        node["additionalProperties"], reaching
    ):
        out["minProperties"] = max(1, int(node.get("minProperties", 0)))
    if properties and not node.get("patternProperties"):
        out["maxProperties"] = max(len(out.get("required", ())), int(out.get("minProperties", 0)))
    if "items" in node:  # one item carries an enum as well as many
        least = int(node.get("minItems", 0))
        out["minItems"] = max(1, least) if _reaches(node.get("items"), reaching) else least
        out["maxItems"] = out["minItems"]


def _reaching_enums(schemas: dict[str, Any]) -> set[str]:
    """The component schemas from which a string enum can be reached."""
    reaching: set[str] = set()
    while True:
        more = {n for n, s in schemas.items() if n not in reaching and _reaches(s, reaching)}
        if not more:
            return reaching
        reaching |= more


def _reaches(node: Any, reaching: set[str]) -> bool:
    if isinstance(node, list):
        return any(_reaches(child, reaching) for child in node)
    if not isinstance(node, dict):
        return False
    if referenced_component(node) in reaching:
        return True
    return _is_string_enum(node) or any(
        _reaches(child, reaching) for key, child in node.items() if key not in ("not", "enum")
    )


def _is_string_enum(node: dict[str, Any]) -> bool:
    values = node.get("enum")
    return isinstance(values, list) and bool(values) and all(isinstance(v, str) for v in values)


# The range of OpenAPI's integer formats: hypothesis-jsonschema knows no formats of numbers,
# and a server's (or openapi-core's) int64 check refuses a value outside it.
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _strip(node: Any, names: bool = False) -> Any:
    """Drop annotations; `names` marks a map of names to schemas (properties, components),
    whose keys are field names and must all stay. An integer format becomes its bounds."""
    if isinstance(node, dict):
        stripped = {
            key: _strip(value, names=not names and key in ("properties", "patternProperties"))
            for key, value in node.items()
            if names or (key not in _ANNOTATIONS and not str(key).startswith("x-"))
        }
        if not names and node.get("format") in _INTEGER_RANGES:
            # Within the format's range even where the spec's own bounds pass it (SaladCloud
            # writes int64's maximum rounded, as JavaScript prints it: 9223372036854776000).
            low, high = _INTEGER_RANGES[node["format"]]
            minimum, maximum = _number(stripped.get("minimum")), _number(stripped.get("maximum"))
            stripped["minimum"] = low if minimum is None else max(low, math.ceil(minimum))
            stripped["maximum"] = high if maximum is None else min(high, math.floor(maximum))
        if not names:
            _cap_members(stripped)
        return stripped
    if isinstance(node, list):
        return [_strip(value) for value in node]
    return node


def _cap_members(node: dict[str, Any]) -> None:
    """An object with listed properties holds at most as many members as it lists (extra
    keys, where allowed, still take some of those places). Uncapped, hypothesis-jsonschema
    keeps drawing names after the listed optional ones run out and gives up the whole
    payload: an object of twenty members then fails Hypothesis' filter health check."""
    properties = node.get("properties")
    if not isinstance(properties, dict) or "maxProperties" in node or node.get("patternProperties"):
        return
    listed = {*properties, *(node.get("required") or ())}
    node["maxProperties"] = max(len(listed), int(node.get("minProperties", 0)))


def _number(value: Any) -> float | None:
    """A finite bound as written, or None."""
    finite = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    return value if finite else None
