"""msgspec Struct types made from a spec's component schemas: the parsing reference.

msgspec decodes JSON straight into typed structs in C, so it shows how fast a typed parse
can be. Unions of objects, which msgspec cannot tell apart without a tag, are read as Any.
"""

from __future__ import annotations

import datetime
import keyword
import uuid
from typing import Any

import msgspec

from scripts.spec_model.document import Schema, SpecDocument

_SCALARS: dict[str, Any] = {"integer": int, "number": float, "boolean": bool, "string": str}
_FORMATS: dict[str, Any] = {"date-time": datetime.datetime, "uuid": uuid.UUID}


class StructBuilder:
    """Turns component schemas into msgspec types, each named schema once."""

    def __init__(self, spec: SpecDocument) -> None:
        self._schemas = spec.schemas
        self._named: dict[str, Any] = {}

    def named(self, name: str) -> Any:
        if name not in self._named:
            self._named[name] = Any  # a recursive schema reads its inner self as Any
            self._named[name] = self.type_of(self._schemas[name], name)
        return self._named[name]

    def type_of(self, schema: Schema | None, name: str) -> Any:
        if schema is None:
            return Any
        if schema.component is not None:
            return self.named(schema.component)
        resolved = schema.resolved()
        node = resolved.json
        if "oneOf" in node or "anyOf" in node:
            return Any
        types = node.get("type", [])
        types = [types] if isinstance(types, str) else list(types)
        nullable = "null" in types
        types = [t for t in types if t != "null"]
        if len(types) != 1:
            return Any
        found = self._single(types[0], resolved, name)
        return found | None if nullable and found is not Any else found

    def _single(self, kind: str, schema: Schema, name: str) -> Any:
        if kind == "array":
            return list[self.type_of(schema.items, f"{name}Item")]  # type: ignore[misc]
        if kind == "object":
            return self._struct(schema, name)
        if kind == "string":
            return _FORMATS.get(schema.format or "", str)
        return _SCALARS.get(kind, Any)

    def _struct(self, schema: Schema, name: str) -> Any:
        properties = schema.properties
        if not properties:
            return dict[str, Any]
        required = set(schema.required)
        fields: list[tuple[str, Any, Any]] = []
        for key, member in properties.items():
            kind = self.type_of(member, f"{name}_{key}")
            attribute = _identifier(key)
            if key in required:
                fields.append((attribute, kind, msgspec.field(name=key)))
            else:
                fields.append((attribute, kind | None, msgspec.field(name=key, default=None)))
        return msgspec.defstruct(name, fields, kw_only=True)


def _identifier(key: str) -> str:
    attribute = "".join(c if c.isalnum() else "_" for c in key)
    if not attribute or attribute[0].isdigit() or keyword.iskeyword(attribute):
        attribute = f"f_{attribute}"
    return attribute


def decoder_for(spec: SpecDocument, schema_name: str) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(StructBuilder(spec).named(schema_name))
