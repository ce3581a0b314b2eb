"""Walk two versions of a spec side by side and name every change by a rule of rules.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scripts.spec_diff.model import Change
from scripts.spec_diff.rules import RULES
from scripts.spec_lint import iter_operations, resolve

_DOC_KEYS = ("description", "summary", "title")
# (bound, True when a larger value lets more through)
_BOUNDS = (
    ("maxLength", True),
    ("maxItems", True),
    ("maxProperties", True),
    ("maximum", True),
    ("exclusiveMaximum", True),
    ("minLength", False),
    ("minItems", False),
    ("minimum", False),
    ("exclusiveMinimum", False),
)


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, in a stable order."""
    differ = _Differ(old, new)
    differ.run()
    return differ.changes


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def emit(self, rule: str, location: str, message: str) -> None:
        self.changes.append(Change(rule, RULES[rule].level, location, message))

    def run(self) -> None:
        self._documentation(self.old, self.new, "")
        old_version, new_version = (
            _get(self.old, "info", "version"),
            _get(self.new, "info", "version"),
        )
        if old_version != new_version:
            self.emit("api-version-changed", "info.version", f"{old_version} -> {new_version}")
        self._servers()
        self._security_schemes()
        self._components()
        self._operations()

    # -- documentation -----------------------------------------------------------------

    def _documentation(self, old: Any, new: Any, at: str) -> None:
        if isinstance(old, dict) and isinstance(new, dict):
            for key in _DOC_KEYS:
                before, after = old.get(key), new.get(key)
                if isinstance(before, str) and isinstance(after, str) and before != after:
                    self.emit("description-changed", f"{at}.{key}".lstrip("."), "text changed")
            for key in old.keys() & new.keys():
                if key not in _DOC_KEYS and key not in ("example", "examples"):
                    self._documentation(old[key], new[key], f"{at}.{key}")

    # -- servers and security ------------------------------------------------------------

    def _servers(self) -> None:
        old = (self.old.get("servers") or [{}])[0]
        new = (self.new.get("servers") or [{}])[0]
        if old.get("url") != new.get("url"):
            self.emit(
                "server-url-changed", "servers[0].url", f"{old.get('url')} -> {new.get('url')}"
            )
        old_vars, new_vars = set(old.get("variables") or {}), set(new.get("variables") or {})
        for name in sorted(old_vars - new_vars):
            self.emit("server-variable-removed", f"servers[0].variables.{name}", name)
        for name in sorted(new_vars - old_vars):
            self.emit("server-variable-added", f"servers[0].variables.{name}", name)

    def _security_schemes(self) -> None:
        old, new = _schemes(self.old), _schemes(self.new)
        for name in sorted(old.keys() - new.keys()):
            self.emit("security-scheme-removed", f"components.securitySchemes.{name}", name)
        for name in sorted(new.keys() - old.keys()):
            self.emit("security-scheme-added", f"components.securitySchemes.{name}", name)
        for name in sorted(old.keys() & new.keys()):
            before, after = _scheme_shape(old[name]), _scheme_shape(new[name])
            if before != after:
                self.emit(
                    "security-scheme-changed",
                    f"components.securitySchemes.{name}",
                    f"{before} -> {after}",
                )

    # -- components ----------------------------------------------------------------------

    def _components(self) -> None:
        old, new = _component_schemas(self.old), _component_schemas(self.new)
        for name in sorted(old.keys() - new.keys()):
            self.emit("component-schema-removed", f"components.schemas.{name}", name)
        for name in sorted(new.keys() - old.keys()):
            self.emit("component-schema-added", f"components.schemas.{name}", name)
        for name in sorted(old.keys() & new.keys()):
            before = old[name].get("x-jobclients-terminal")
            after = new[name].get("x-jobclients-terminal")
            if before != after:
                self.emit(
                    "terminal-statuses-changed",
                    f"components.schemas.{name}.x-jobclients-terminal",
                    f"{before} -> {after}",
                )

    # -- operations ----------------------------------------------------------------------

    def _operations(self) -> None:
        old = {(op.method.upper(), op.path): op for op in iter_operations(self.old)}
        new = {(op.method.upper(), op.path): op for op in iter_operations(self.new)}
        for key in sorted(old.keys() - new.keys()):
            self.emit("api-removed", f"{key[0]} {key[1]}", old[key].operation_id)
        for key in sorted(new.keys() - old.keys()):
            self.emit("endpoint-added", f"{key[0]} {key[1]}", new[key].operation_id)
        for key in sorted(old.keys() & new.keys()):
            self._operation(f"{key[0]} {key[1]}", old[key], new[key])

    def _operation(self, at: str, old: Any, new: Any) -> None:
        if old.operation_id != new.operation_id:
            self.emit("api-operation-id-changed", at, f"{old.operation_id} -> {new.operation_id}")
        old_tag, new_tag = _first_tag(old.node), _first_tag(new.node)
        if old_tag != new_tag:
            self.emit("api-tag-changed", at, f"{old_tag} -> {new_tag}")
        if new.node.get("deprecated") and not old.node.get("deprecated"):
            self.emit("api-deprecated", at, new.operation_id)
        old_idem = old.node.get("x-jobclients-idempotent") is True
        new_idem = new.node.get("x-jobclients-idempotent") is True
        if old_idem != new_idem:
            rule = "api-idempotency-added" if new_idem else "api-idempotency-removed"
            self.emit(rule, at, f"x-jobclients-idempotent {old_idem} -> {new_idem}")
        if _security_of(self.old, old.node) != _security_of(self.new, new.node):
            self.emit("security-requirement-changed", at, "security requirements differ")
        self._parameters(at, old, new)
        self._responses(at, old.node, new.node)

    def _parameters(self, at: str, old_op: Any, new_op: Any) -> None:
        old, new = _parameters(self.old, old_op), _parameters(self.new, new_op)
        for key in sorted(old.keys() - new.keys()):
            self.emit("request-parameter-removed", f"{at} {key[0]}.{key[1]}", key[1])
        for key in sorted(new.keys() - old.keys()):
            required = new[key].get("required") is True
            rule = (
                "new-required-request-parameter" if required else "new-optional-request-parameter"
            )
            self.emit(rule, f"{at} {key[0]}.{key[1]}", key[1])
        for key in sorted(old.keys() & new.keys()):
            where = f"{at} {key[0]}.{key[1]}"
            before, after = old[key], new[key]
            if before.get("required") is not True and after.get("required") is True:
                self.emit("request-parameter-became-required", where, key[1])
            if before.get("required") is True and after.get("required") is not True:
                self.emit("request-parameter-became-optional", where, key[1])
            self._parameter_schema(
                where,
                resolve(self.old, before.get("schema") or {}),
                resolve(self.new, after.get("schema") or {}),
            )

    def _parameter_schema(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if _types(self.old, old) != _types(self.new, new):
            self.emit(
                "request-parameter-type-changed",
                at,
                _arrow(_types(self.old, old), _types(self.new, new)),
            )
        if old.get("format") != new.get("format"):
            self.emit(
                "request-parameter-format-changed", at, _arrow(old.get("format"), new.get("format"))
            )
        for value in _removed(old.get("enum"), new.get("enum")):
            self.emit("request-parameter-enum-value-removed", at, repr(value))
        for value in _removed(new.get("enum"), old.get("enum")):
            self.emit("request-parameter-enum-value-added", at, repr(value))
        if old.get("pattern") != new.get("pattern"):
            self.emit(
                "request-parameter-pattern-changed",
                at,
                _arrow(old.get("pattern"), new.get("pattern")),
            )
        if "default" in old and old.get("default") != new.get("default"):
            self.emit(
                "request-parameter-default-changed",
                at,
                _arrow(old.get("default"), new.get("default")),
            )
        narrowed = {
            "maxLength": "request-parameter-max-length-decreased",
            "minLength": "request-parameter-min-length-increased",
            "maximum": "request-parameter-max-decreased",
            "minimum": "request-parameter-min-increased",
        }
        for bound, wider, before, after in _bound_changes(old, new):
            where = f"{at} {bound}"
            if wider:
                self.emit("request-parameter-constraint-relaxed", where, _arrow(before, after))
            elif bound in narrowed:
                self.emit(narrowed[bound], where, _arrow(before, after))

    def _responses(self, at: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        old, new = old_op.get("responses") or {}, new_op.get("responses") or {}
        for code in sorted(set(old) - set(new)):
            success = str(code).startswith("2")
            rule = (
                "response-success-status-removed"
                if success
                else "response-non-success-status-removed"
            )
            self.emit(rule, f"{at} response {code}", str(code))
        for code in sorted(set(new) - set(old)):
            success = str(code).startswith("2")
            rule = (
                "response-success-status-added" if success else "response-non-success-status-added"
            )
            self.emit(rule, f"{at} response {code}", str(code))
        for code in sorted(set(old) & set(new)):
            before = resolve(self.old, old[code]).get("content") or {}
            after = resolve(self.new, new[code]).get("content") or {}
            for media in sorted(before.keys() - after.keys()):
                self.emit("response-media-type-removed", f"{at} response {code}", media)
            for media in sorted(after.keys() - before.keys()):
                self.emit("response-media-type-added", f"{at} response {code}", media)
            for media in sorted(before.keys() & after.keys()):
                self._response_schema(
                    f"{at} response {code} {media} body",
                    before[media].get("schema") or {},
                    after[media].get("schema") or {},
                    set(),
                )

    def _response_schema(
        self, at: str, old_raw: Any, new_raw: Any, seen: set[tuple[str, str]]
    ) -> None:
        pair = (str(old_raw.get("$ref", id(old_raw))), str(new_raw.get("$ref", id(new_raw))))
        if pair in seen:
            return
        seen = seen | {pair}
        old, new = resolve(self.old, old_raw), resolve(self.new, new_raw)
        old_types, new_types = _types(self.old, old), _types(self.new, new)
        if old_types != new_types and "any" not in old_types:
            self.emit("response-property-type-changed", at, _arrow(old_types, new_types))
        old_null, new_null = _nullable(self.old, old), _nullable(self.new, new)
        if new_null and not old_null:
            self.emit("response-property-became-nullable", at, "may now be null")
        if old_null and not new_null:
            self.emit("response-property-became-not-nullable", at, "never null now")
        old_format, new_format = _first(self.old, old, "format"), _first(self.new, new, "format")
        if old_format != new_format:
            self.emit("response-property-format-changed", at, _arrow(old_format, new_format))
        old_enum, new_enum = _first(self.old, old, "enum"), _first(self.new, new, "enum")
        for value in _removed(new_enum, old_enum):
            self.emit(
                "response-property-enum-value-added",
                at,
                f"{value!r}: the generated clients' enums are open, so it still parses",
            )
        for value in _removed(old_enum, new_enum):
            self.emit("response-property-enum-value-removed", at, repr(value))
        for bound, wider, before, after in _bound_changes(old, new):
            rule = (
                "response-property-constraint-widened"
                if wider
                else "response-property-constraint-narrowed"
            )
            self.emit(rule, f"{at} {bound}", _arrow(before, after))
        self._response_properties(at, old, new, seen)
        old_items, new_items = _first(self.old, old, "items"), _first(self.new, new, "items")
        if isinstance(old_items, dict) and isinstance(new_items, dict):
            self._response_schema(f"{at}[]", old_items, new_items, seen)

    def _response_properties(
        self, at: str, old: dict[str, Any], new: dict[str, Any], seen: set[tuple[str, str]]
    ) -> None:
        old_props, old_required = _properties(self.old, old)
        new_props, new_required = _properties(self.new, new)
        for name in sorted(old_props.keys() - new_props.keys()):
            self.emit("response-property-removed", f"{at}.{name}", name)
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            rule = (
                "response-required-property-added"
                if required
                else "response-optional-property-added"
            )
            self.emit(rule, f"{at}.{name}", name)
        for name in sorted(old_props.keys() & new_props.keys()):
            if name in old_required and name not in new_required:
                self.emit("response-required-property-became-optional", f"{at}.{name}", name)
            if name not in old_required and name in new_required:
                self.emit("response-property-became-required", f"{at}.{name}", name)
            self._response_schema(f"{at}.{name}", old_props[name], new_props[name], seen)


# -- helpers on schemas ----------------------------------------------------------------------


def _get(document: dict[str, Any], *keys: str) -> Any:
    node: Any = document
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _branches(document: dict[str, Any], schema: Any) -> Iterator[dict[str, Any]]:
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            yield from _branches(document, branch)


def _types(document: dict[str, Any], schema: Any) -> frozenset[str]:
    found: set[str] = set()
    for branch in _branches(document, schema):
        declared = branch.get("type", [])
        found |= {declared} if isinstance(declared, str) else set(declared)
    return frozenset(found - {"null"}) or frozenset({"any"})


def _nullable(document: dict[str, Any], schema: Any) -> bool:
    for branch in _branches(document, schema):
        declared = branch.get("type", [])
        if declared == "null" or (isinstance(declared, list) and "null" in declared):
            return True
    return False


def _first(document: dict[str, Any], schema: Any, key: str) -> Any:
    return next((b[key] for b in _branches(document, schema) if key in b), None)


def _properties(document: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    props: dict[str, Any] = {}
    required: set[str] = set()
    for branch in _branches(document, schema):
        for name, prop in (branch.get("properties") or {}).items():
            props.setdefault(name, prop)
        required |= set(branch.get("required") or [])
    return props, required


def _bound_changes(
    old: dict[str, Any], new: dict[str, Any]
) -> Iterator[tuple[str, bool, Any, Any]]:
    """(bound, True when the change lets more values through, old, new) per changed bound."""
    for bound, larger_is_wider in _BOUNDS:
        before, after = old.get(bound), new.get(bound)
        if before == after:
            continue
        if before is None or after is None:
            wider = after is None  # a bound dropped lets more through; one added, fewer
        else:
            wider = (after > before) == larger_is_wider
        yield bound, wider, before, after


def _removed(old: Any, new: Any) -> list[Any]:
    if not isinstance(old, list):
        return []
    kept = new if isinstance(new, list) else []
    return [value for value in old if value not in kept] if new is not None else []


def _arrow(before: Any, after: Any) -> str:
    def show(value: Any) -> str:
        if isinstance(value, frozenset):
            return "|".join(sorted(value))
        return "(none)" if value is None else str(value)

    return f"{show(before)} -> {show(after)}"


def _first_tag(node: dict[str, Any]) -> str:
    return str((node.get("tags") or ["default"])[0])


def _schemes(document: dict[str, Any]) -> dict[str, Any]:
    return {
        k: resolve(document, v)
        for k, v in (_get(document, "components", "securitySchemes") or {}).items()
    }


def _scheme_shape(scheme: dict[str, Any]) -> str:
    parts = (scheme.get("type"), scheme.get("in"), scheme.get("name"), scheme.get("scheme"))
    return "/".join(
        str(p).lower() if i == 3 else str(p) for i, p in enumerate(parts) if p is not None
    )


def _component_schemas(document: dict[str, Any]) -> dict[str, Any]:
    return dict(_get(document, "components", "schemas") or {})


def _security_of(document: dict[str, Any], node: dict[str, Any]) -> list[list[str]]:
    requirements = node.get("security", document.get("security") or [])
    return sorted(sorted(r) for r in requirements)


def _parameters(document: dict[str, Any], op: Any) -> dict[tuple[str, str], dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        param = resolve(document, raw)
        merged[(str(param["in"]), str(param["name"]))] = param
    return merged
