"""Two readings of one payload, the attrs client's and the pydantic models', walked together
with the payload and the schema it was made from (the spec as it is now).

Two kinds of disagreement are found at any depth, through lists, unions and map values:
- a property the schema declares that a model keeps among its extras (attrs
  `additional_properties`, pydantic `model_extra`): the spec renamed or added the field
  and the package was not regenerated;
- a value the two readings hold as different Python types (a str where the other reads
  an int; a plain dict where the other, or the schema, has a model). An int in one and a
  float in the other is accepted: JSON has one number type, and `35` is a valid `number`
  that attrs keeps as an int (PEP 484's numeric tower).
"""

from __future__ import annotations

import datetime
import enum
import re
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import attrs
from pydantic import BaseModel, RootModel

from scripts.codegen.call_plan import python_name
from scripts.spec_model.normalise import _accepts_anything as accepts_anything
from scripts.spec_model.operations import resolve

_MISSING = object()
# A schema and the names of the component schemas it was reached through.
Branch = tuple[frozenset[str], dict[str, Any]]


@dataclass(frozen=True)
class Walk:
    document: dict[str, Any]

    def problems(
        self, schema: dict[str, Any], body: Any, by_attrs: Any, by_pydantic: Any
    ) -> list[str]:
        return list(self._walk([schema], body, by_attrs, by_pydantic, "$"))

    def _walk(self, schemas: list[Any], body: Any, a: Any, p: Any, at: str) -> Iterator[str]:
        flat = self._branches(schemas)
        if isinstance(p, RootModel):
            p = p.root
        if isinstance(body, dict):
            yield from self._object(flat, body, a, p, at)
        elif isinstance(body, list):
            if not (isinstance(a, list) and isinstance(p, list)):
                yield f"{at}: attrs reads {_shown(a)}, pydantic reads {_shown(p)}"
                return
            items = [s["items"] for _, s in flat if isinstance(s.get("items"), dict)]
            for index, (item, a_item, p_item) in enumerate(zip(body, a, p, strict=True)):
                yield from self._walk(items, item, a_item, p_item, f"{at}[{index}]")
        elif not _same_kind(a, p):
            yield f"{at}: attrs reads {_shown(a)}, pydantic reads {_shown(p)}"

    def _object(
        self, flat: list[Branch], body: dict[str, Any], a: Any, p: Any, at: str
    ) -> Iterator[str]:
        if not (_is_object(a) and _is_object(p)):
            yield f"{at}: attrs reads {_shown(a)}, pydantic reads {_shown(p)}"
            return
        if _is_model(a) and _is_model(p) and _norm(type(a).__name__) != _norm(type(p).__name__):
            yield f"{at}: attrs reads a {type(a).__name__}, pydantic a {type(p).__name__}"
        # The union branch a reader chose, known by its class's name (the schema's name).
        own = _chosen(flat, a) or _chosen(flat, p) or flat
        declared = {name for _, s in own for name in s.get("properties") or {}}
        for reader, value, extras in (
            ("attrs", a, _attrs_extras(a)),
            ("pydantic", p, _pydantic_extras(p)),
        ):
            stray = sorted(declared & set(extras))
            if stray:
                yield (
                    f"{at}: {type(value).__name__} ({reader}) keeps {stray} among its unknown "
                    "extras, but the spec declares them: was the package regenerated?"
                )
            if declared and isinstance(value, dict):  # a union's fallback: the parse failed
                yield f"{at}: {reader} keeps a plain dict where the spec declares an object"
        for key, value in body.items():
            a_value, p_value = _attrs_member(a, key), _pydantic_member(p, key)
            where = f"{at}.{key}"
            if a_value is _MISSING or p_value is _MISSING:
                missing = "attrs" if a_value is _MISSING else "pydantic"
                yield f"{where}: the {missing} reading has no value for it"
                continue
            subs = [s["properties"][key] for _, s in own if key in (s.get("properties") or {})]
            if not subs:
                subs = [s["additionalProperties"] for _, s in own if "additionalProperties" in s]
            yield from self._walk(subs, value, a_value, p_value, where)

    def _branches(self, schemas: list[Any]) -> list[Branch]:
        """The schemas, refs resolved and allOf/anyOf/oneOf spread out (any may apply), each
        with the names of the component schemas it was reached through."""
        flat: list[Branch] = []
        pending: list[tuple[frozenset[str], Any]] = [(frozenset(), s) for s in schemas]
        while pending:
            names, schema = pending.pop(0)
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if isinstance(ref, str):
                names = names | {ref.rsplit("/", 1)[-1]}
            schema = resolve(self.document, schema)
            if not isinstance(schema, dict):
                continue
            flat.append((names, schema))
            for key in ("allOf", "anyOf", "oneOf"):
                branches = schema.get(key) or []
                if key == "anyOf" and any(accepts_anything(b) for b in branches):
                    continue  # accepts anything: the generators read it as Any (normalise.py)
                pending.extend((names, branch) for branch in branches)
        return flat


def reading_problems(
    document: dict[str, Any], schema: dict[str, Any], body: Any, by_attrs: Any, by_pydantic: Any
) -> list[str]:
    """Where the two readings of `body` disagree with the spec or each other, one line each."""
    return Walk(document).problems(schema, body, by_attrs, by_pydantic)


def _is_model(value: Any) -> bool:
    return isinstance(value, BaseModel) or attrs.has(type(value))


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) or _is_model(value)


def _chosen(flat: list[Branch], reading: Any) -> list[Branch]:
    """The branches of the schema named like the reading's class (both generators name a
    class after its schema), or [] when none is."""
    if not _is_model(reading):
        return []
    name = _norm(type(reading).__name__)
    chosen = {n for names, _ in flat for n in names if _norm(n) == name}
    return [(names, s) for names, s in flat if names & chosen]


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _attrs_extras(value: Any) -> dict[str, Any]:
    if attrs.has(type(value)):
        return dict(getattr(value, "additional_properties", {}))
    return {}


def _pydantic_extras(value: Any) -> dict[str, Any]:
    return dict(value.model_extra or {}) if isinstance(value, BaseModel) else {}


def _attrs_member(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        return value.get(key, _MISSING)
    extras = _attrs_extras(value)
    if key in extras:
        return extras[key]
    return getattr(value, python_name(key), _MISSING)


def _pydantic_member(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        return value.get(key, _MISSING)
    extras = _pydantic_extras(value)
    if key in extras:
        return extras[key]
    for name, info in type(value).model_fields.items():
        if (info.alias or name) == key:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # a deprecated field
                return getattr(value, name)
    return _MISSING


def _kind(value: Any) -> str:
    """A value's type as the comparison sees it (a str-valued enum is an enum, not a str)."""
    if isinstance(value, enum.Enum):
        return "enum"
    if isinstance(value, bool) or value is None:
        return type(value).__name__
    if isinstance(value, int | float):
        return "number"  # int vs float accepted: see the module's docstring
    for kind in (str, datetime.datetime, datetime.date, uuid.UUID):
        if isinstance(value, kind):
            return kind.__name__
    return type(value).__name__


def _same_kind(a: Any, p: Any) -> bool:
    return _kind(a) == _kind(p)


def _shown(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"[:200]
