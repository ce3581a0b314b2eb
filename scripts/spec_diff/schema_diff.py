"""Compare two versions of one schema, judged by which way its values travel.

A value the client sends (a parameter, a request body) breaks the client when the schema
narrows; a value the client receives (a response body) breaks it when the schema widens.
Both sides break when the generated Python class changes (a `$ref` target, an enum member,
a schema moved between inline and components.schemas, an enum class that disappears).

allOf parts make one schema and are read merged. The variants of an anyOf/oneOf are
compared one by one, located as `...anyOf[1]` (the new version's position), paired so that
a reordering alone changes nothing (schemas.Variants); where the counts differ only the
alike ones are paired, and the variants added or removed are read merged, as allOf parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scripts.spec_diff import schemas as s
from scripts.spec_diff.rules import NARROWED_BOUND
from scripts.spec_model.document import Schema

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
    def __init__(self, side: Side, emit: Emit) -> None:
        self.side, self._emit = side, emit

    def emit(self, suffix: str, at: str, message: str) -> None:
        self._emit(f"{self.side.prefix}-{suffix}", at, message)

    def compare(
        self,
        at: str,
        old_written: Schema | None,
        new_written: Schema | None,
        seen: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        """The schemas as written (a `$ref` perhaps); None (no schema object) is not compared."""
        if old_written is None or new_written is None:
            return
        pair = (_identity(old_written), _identity(new_written))
        if pair in seen:  # a recursive schema: this pair is being compared further up
            return
        seen = seen | {pair}
        old, new = old_written.resolved(), new_written.resolved()
        variants = s.paired_variants(old, new)
        compared = any(group.pairs for group in variants)
        self._ref(at, old_written, new_written, through_wrapper=not compared)
        # Its own level: the variants compared one by one are left out of it.
        self._type(at, s.own_level(old, variants, True), s.own_level(new, variants, True))
        self._nullability(at, s.own_level(old, variants, True), s.own_level(new, variants, True))
        old, new = s.own_level(old, variants), s.own_level(new, variants)
        self._format_and_enum(at, old, new)
        self._const(at, old, new)
        if self.side.sent:
            self._sent_only(at, old, new)
        self._bounds(at, old, new)
        if self.side.walks_properties:
            self._additional_properties(at, old, new, seen)
            self._properties(at, old, new, seen)
        self.compare(f"{at}[]", s.first_child(old, "items"), s.first_child(new, "items"), seen)
        for group in variants:
            for where, old_variant, new_variant in group.pairs:
                self.compare(f"{at}{where}", old_variant, new_variant, seen)

    def _ref(
        self, at: str, old_written: Schema, new_written: Schema, through_wrapper: bool
    ) -> None:
        old_name = s.ref_name(old_written, through_wrapper)
        new_name = s.ref_name(new_written, through_wrapper)
        if old_name == new_name:
            return
        if old_name and new_name:
            self.emit(
                "schema-ref-changed", at, f"{old_name} -> {new_name}: the Python class changes"
            )
            return
        # Inline on one side: the generator names the class after the property, not the ref.
        what = _class_moved(old_written, new_written, new_name, old_name)
        if what:
            moved = "schema-became-component" if new_name else "schema-became-inline"
            self.emit(moved, at, f"{old_name or '(inline)'} -> {new_name or '(inline)'}: {what}")

    def _type(self, at: str, old: Schema, new: Schema) -> None:
        before, after = s.types(old), s.types(new)
        if before == after:
            return
        if self.side.sent:
            generalized = s.accepts_all(after, before)
            self.emit(
                "type-generalized" if generalized else "type-changed", at, s.arrow(before, after)
            )
        elif "any" not in before:
            # Every value of a narrower type is one of the old types: the old client reads it.
            narrowed = s.accepts_all(before, after)
            self.emit("type-narrowed" if narrowed else "type-changed", at, s.arrow(before, after))

    def _nullability(self, at: str, old: Schema, new: Schema) -> None:
        before, after = s.nullable(old), s.nullable(new)
        if before and not after:
            message = "null is refused now" if self.side.sent else "never null now"
            self.emit("became-not-nullable", at, message)
        if after and not before:
            message = "null is accepted now" if self.side.sent else "may now be null"
            self.emit("became-nullable", at, message)

    def _format_and_enum(self, at: str, old: Schema, new: Schema) -> None:
        old_format, new_format = s.first(old, "format"), s.first(new, "format")
        if old_format != new_format:
            self.emit("format-changed", at, s.arrow(old_format, new_format))
        old_enum, new_enum = s.first(old, "enum"), s.first(new, "enum")
        if self.side.sent:
            self._enum_set_or_dropped(at, old_enum, new_enum)
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

    def _enum_set_or_dropped(self, at: str, old_enum: Any, new_enum: Any) -> None:
        """An enum where there was none refuses the values off its list (and a request
        field is typed by a new enum class); an enum dropped accepts any value, but its
        generated enum class disappears."""
        if not isinstance(old_enum, list) and isinstance(new_enum, list):
            self.emit("became-enum", at, f"only {s.show(new_enum)} accepted now")
        if isinstance(old_enum, list) and not isinstance(new_enum, list):
            message = f"{s.show(old_enum)} no longer listed: a plain value, not its enum class"
            self.emit("enum-removed", at, message)

    def _const(self, at: str, old: Schema, new: Schema) -> None:
        """A const sent that changed or appeared refuses the old values; one received
        that changed or went lets values through the released client's parse refuses."""
        before, after = s.const(old), s.const(new)
        if before == after:
            return
        breaks = bool(after) if self.side.sent else bool(before)
        if (before and after) or breaks:
            shown = [repr(c[0]) if c else "(none)" for c in (before, after)]
            self.emit("const-changed", at, " -> ".join(shown))

    def _sent_only(self, at: str, old_schema: Schema, new_schema: Schema) -> None:
        old, new = old_schema.json, new_schema.json
        before, after = old.get("pattern"), new.get("pattern")
        if before != after:
            # A pattern can only refuse values: one added narrows, one dropped widens.
            suffix = (
                "pattern-added"
                if before is None
                else "pattern-removed"
                if after is None
                else "pattern-changed"
            )
            self.emit(suffix, at, s.arrow(before, after))
        if "default" in old and old.get("default") != new.get("default"):
            self.emit("default-changed", at, s.arrow(old.get("default"), new.get("default")))

    def _bounds(self, at: str, old: Schema, new: Schema) -> None:
        for bound, wider, before, after in s.bound_changes(old.json, new.json):
            where, message = f"{at} {bound}", s.arrow(before, after)
            if self.side.sent:
                self.emit("constraint-relaxed" if wider else NARROWED_BOUND[bound], where, message)
            else:
                self.emit("constraint-widened" if wider else "constraint-narrowed", where, message)

    def _additional_properties(
        self, at: str, old: Schema, new: Schema, seen: frozenset[tuple[str, str]]
    ) -> None:
        if not ({"object", "any"} & s.types(old)):
            return  # only a model has the dict
        before, after = s.open_to_more_properties(old), s.open_to_more_properties(new)
        if before and not after:
            self.emit("additional-properties-closed", at, "the model's additional_properties goes")
        if after and not before:
            self.emit("additional-properties-opened", at, "the model gains additional_properties")
        old_extra = s.first_child(old, "additionalProperties")
        new_extra = s.first_child(new, "additionalProperties")
        if before and after and (old_extra is not None or new_extra is not None):
            # The dict's values; `true` or no keyword is a schema of anything.
            self.compare(
                f"{at}.*",
                old_extra or _any_value(old),
                new_extra or _any_value(new),
                seen,
            )

    def _properties(
        self, at: str, old: Schema, new: Schema, seen: frozenset[tuple[str, str]]
    ) -> None:
        old_props, old_required = s.properties(old)
        new_props, new_required = s.properties(new)
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


def _class_moved(
    old_written: Schema, new_written: Schema, into: str | None, out_of: str | None
) -> str | None:
    """What a schema moved into component `into` (or out of `out_of`) does to the generated
    Python, or None. A schema that makes a class (a model, an enum) is named after the
    property inline and after the component otherwise, in the attrs and the pydantic models
    alike. Any other component still makes a pydantic RootModel class of its own, so a
    property of a model of components.schemas changes type in pydantic_models.py (attrs
    keeps the plain type); a parameter's or an inline body's makes no class at all."""
    if s.makes_a_class(old_written) or s.makes_a_class(new_written):
        return "the generated class is renamed (attrs and pydantic models)"
    if s.in_model_module(old_written) or s.in_model_module(new_written):
        pydantic = (
            f"becomes the RootModel {into}" if into else f"is no longer the RootModel {out_of}"
        )
        return f"the pydantic field {pydantic} (attrs keeps the plain type)"
    return None


def _any_value(schema: Schema) -> Schema:
    """A schema of anything, for a dict whose values are not described (`true`, no keyword)."""
    return Schema(schema.spec, (*schema.place, "additionalProperties"), {})


def _identity(schema: Schema) -> str:
    """The same for the same schema object: its `$ref`, else the node as written."""
    return schema.ref if schema.ref is not None else str(id(schema.json))
