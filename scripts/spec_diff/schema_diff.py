"""Compare two versions of one schema, judged by which way its values travel.

A value the client sends (a parameter, a request body) breaks the client when the schema
narrows; a value the client receives (a response body) breaks it when the schema widens.
Both sides break when the generated Python class changes (a `$ref` target, an enum member).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scripts.spec_diff import schemas as s
from scripts.spec_diff.rules import NARROWED_BOUND
from scripts.spec_lint import resolve

Emit = Callable[[str, str, str], None]  # rule, location, message


@dataclass(frozen=True)
class Side:
    prefix: str  # the rule family: request-parameter, request-property or response-property
    sent: bool  # True: the client sends these values; False: it receives them
    walks_properties: bool


PARAMETER = Side("request-parameter", sent=True, walks_properties=False)
REQUEST_BODY = Side("request-property", sent=True, walks_properties=True)
RESPONSE_BODY = Side("response-property", sent=False, walks_properties=True)


class SchemaDiff:
    def __init__(
        self, old_doc: dict[str, Any], new_doc: dict[str, Any], side: Side, emit: Emit
    ) -> None:
        self.old_doc, self.new_doc, self.side, self._emit = old_doc, new_doc, side, emit

    def emit(self, suffix: str, at: str, message: str) -> None:
        self._emit(f"{self.side.prefix}-{suffix}", at, message)

    def compare(
        self, at: str, old_raw: Any, new_raw: Any, seen: frozenset[tuple[str, str]] = frozenset()
    ) -> None:
        if not isinstance(old_raw, dict) or not isinstance(new_raw, dict):
            return
        pair = (str(old_raw.get("$ref", id(old_raw))), str(new_raw.get("$ref", id(new_raw))))
        if pair in seen:  # a recursive schema: this pair is being compared further up
            return
        seen = seen | {pair}
        self._ref(at, old_raw, new_raw)
        old, new = resolve(self.old_doc, old_raw), resolve(self.new_doc, new_raw)
        self._type(at, old, new)
        self._nullability(at, old, new)
        self._format_and_enum(at, old, new)
        if self.side.sent:
            self._sent_only(at, old, new)
        self._bounds(at, old, new)
        if self.side.walks_properties:
            self._additional_properties(at, old, new, seen)
            self._properties(at, old, new, seen)
        old_items = s.first(self.old_doc, old, "items")
        new_items = s.first(self.new_doc, new, "items")
        self.compare(f"{at}[]", old_items, new_items, seen)

    def _ref(self, at: str, old_raw: dict[str, Any], new_raw: dict[str, Any]) -> None:
        old_name, new_name = s.ref_name(old_raw), s.ref_name(new_raw)
        if old_name == new_name:
            return
        # Inline on one side: the generator names the class after the property, not the ref.
        classes = s.makes_a_class(self.old_doc, old_raw) or s.makes_a_class(self.new_doc, new_raw)
        if (old_name and new_name) or classes:
            self.emit(
                "schema-ref-changed",
                at,
                f"{old_name or '(inline)'} -> {new_name or '(inline)'}: the Python class changes",
            )

    def _type(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = s.types(self.old_doc, old), s.types(self.new_doc, new)
        if before == after:
            return
        if self.side.sent:
            generalized = s.accepts_all(after, before)
            self.emit(
                "type-generalized" if generalized else "type-changed", at, s.arrow(before, after)
            )
        elif "any" not in before:
            self.emit("type-changed", at, s.arrow(before, after))

    def _nullability(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = s.nullable(self.old_doc, old), s.nullable(self.new_doc, new)
        if before and not after:
            message = "null is refused now" if self.side.sent else "never null now"
            self.emit("became-not-nullable", at, message)
        if after and not before:
            message = "null is accepted now" if self.side.sent else "may now be null"
            self.emit("became-nullable", at, message)

    def _format_and_enum(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_format = s.first(self.old_doc, old, "format")
        new_format = s.first(self.new_doc, new, "format")
        if old_format != new_format:
            self.emit("format-changed", at, s.arrow(old_format, new_format))
        old_enum, new_enum = s.first(self.old_doc, old, "enum"), s.first(self.new_doc, new, "enum")
        for value in s.removed(old_enum, new_enum):
            message = (
                repr(value)
                if self.side.sent
                else f"{value!r}: the generated enum loses its member, so code naming it breaks"
            )
            self.emit("enum-value-removed", at, message)
        for value in s.removed(new_enum, old_enum):
            message = (
                repr(value)
                if self.side.sent
                else f"{value!r}: the generated clients' enums are open, so it still parses"
            )
            self.emit("enum-value-added", at, message)

    def _sent_only(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("pattern") != new.get("pattern"):
            self.emit("pattern-changed", at, s.arrow(old.get("pattern"), new.get("pattern")))
        if "default" in old and old.get("default") != new.get("default"):
            self.emit("default-changed", at, s.arrow(old.get("default"), new.get("default")))

    def _bounds(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for bound, wider, before, after in s.bound_changes(old, new):
            where, message = f"{at} {bound}", s.arrow(before, after)
            if self.side.sent:
                self.emit("constraint-relaxed" if wider else NARROWED_BOUND[bound], where, message)
            else:
                self.emit("constraint-widened" if wider else "constraint-narrowed", where, message)

    def _additional_properties(
        self, at: str, old: dict[str, Any], new: dict[str, Any], seen: frozenset[tuple[str, str]]
    ) -> None:
        if not ({"object", "any"} & s.types(self.old_doc, old)):
            return  # only a model has the dict
        before = s.open_to_more_properties(self.old_doc, old)
        after = s.open_to_more_properties(self.new_doc, new)
        if before and not after:
            self.emit("additional-properties-closed", at, "the model's additional_properties goes")
        if after and not before:
            self.emit("additional-properties-opened", at, "the model gains additional_properties")
        old_extra = s.first(self.old_doc, old, "additionalProperties")
        new_extra = s.first(self.new_doc, new, "additionalProperties")
        if before and after and (isinstance(old_extra, dict) or isinstance(new_extra, dict)):
            # The dict's values; `true` or no keyword is a schema of anything.
            self.compare(f"{at}.*", _schema_or_any(old_extra), _schema_or_any(new_extra), seen)

    def _properties(
        self, at: str, old: dict[str, Any], new: dict[str, Any], seen: frozenset[tuple[str, str]]
    ) -> None:
        old_props, old_required = s.properties(self.old_doc, old)
        new_props, new_required = s.properties(self.new_doc, new)
        presence = _REQUEST_PRESENCE if self.side.sent else _RESPONSE_PRESENCE
        for name in sorted(old_props.keys() - new_props.keys()):
            self._emit(presence["removed"], f"{at}.{name}", name)
        for name in sorted(new_props.keys() - old_props.keys()):
            kind = "added-required" if name in new_required else "added-optional"
            self._emit(presence[kind], f"{at}.{name}", name)
        for name in sorted(old_props.keys() & new_props.keys()):
            if name in old_required and name not in new_required:
                self._emit(presence["became-optional"], f"{at}.{name}", name)
            if name not in old_required and name in new_required:
                self._emit(presence["became-required"], f"{at}.{name}", name)
            self.compare(f"{at}.{name}", old_props[name], new_props[name], seen)


_REQUEST_PRESENCE = {
    "removed": "request-property-removed",
    "added-required": "new-required-request-property",
    "added-optional": "new-optional-request-property",
    "became-optional": "request-property-became-optional",
    "became-required": "request-property-became-required",
}
_RESPONSE_PRESENCE = {
    "removed": "response-property-removed",
    "added-required": "response-required-property-added",
    "added-optional": "response-optional-property-added",
    "became-optional": "response-required-property-became-optional",
    "became-required": "response-property-became-required",
}


def _schema_or_any(additional: Any) -> dict[str, Any]:
    return additional if isinstance(additional, dict) else {}
