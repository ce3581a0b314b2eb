"""Walk two versions of a spec side by side and name every change by a rule of rules.py."""

from __future__ import annotations

from typing import Any

from scripts.spec_diff import schemas as s
from scripts.spec_diff.model import Change
from scripts.spec_diff.rules import RULES
from scripts.spec_diff.schema_diff import PARAMETER, REQUEST_BODY, RESPONSE_BODY, SchemaDiff
from scripts.spec_lint import Operation, iter_operations, resolve

_DOC_KEYS = ("description", "summary", "title")
_NOT_DOCUMENTATION = ("example", "examples")
# Vendor extensions on a status schema that wait_for_job reads, wherever the schema is.
_STATUS_EXTENSIONS = {
    "x-jobclients-terminal": "terminal-statuses-changed",
    "x-jobclients-success": "success-statuses-changed",
}


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

    def schema_diff(self, side: Any) -> SchemaDiff:
        return SchemaDiff(self.old, self.new, side, self.emit)

    def run(self) -> None:
        self._documentation(self.old, self.new, "")
        old_version, new_version = (
            s.get(self.old, "info", "version"),
            s.get(self.new, "info", "version"),
        )
        if old_version != new_version:
            self.emit("api-version-changed", "info.version", s.arrow(old_version, new_version))
        self._servers()
        self._security_schemes()
        self._components()
        self._status_extensions()
        self._operations()

    # -- documentation -----------------------------------------------------------------

    def _documentation(self, old: Any, new: Any, at: str) -> None:
        """Text under description/summary/title, at any depth, inside mappings and lists."""
        if isinstance(old, dict) and isinstance(new, dict):
            old, new = _str_keys(old), _str_keys(new)
            for key in sorted(old.keys() | new.keys()):
                before, after = old.get(key), new.get(key)
                if key in _DOC_KEYS and all(isinstance(v, str | None) for v in (before, after)):
                    if before != after:  # written, rewritten or deleted
                        where = f"{at}.{key}".lstrip(".")
                        self.emit("description-changed", where, s.arrow(before, after))
                elif key in old and key in new and key not in _NOT_DOCUMENTATION:
                    self._documentation(before, after, f"{at}.{key}")
        elif isinstance(old, list) and isinstance(new, list):
            old_items, new_items = _keyed(old), _keyed(new)
            for key in [k for k in old_items if k in new_items]:
                self._documentation(old_items[key], new_items[key], f"{at}[{key}]")

    # -- servers and security ------------------------------------------------------------

    def _servers(self) -> None:
        """Only the first server matters: it is the client's default base URL."""
        old = (self.old.get("servers") or [{}])[0]
        new = (self.new.get("servers") or [{}])[0]
        if old.get("url") != new.get("url"):
            self.emit(
                "server-url-changed", "servers[0].url", s.arrow(old.get("url"), new.get("url"))
            )
        old_vars, new_vars = old.get("variables") or {}, new.get("variables") or {}
        for name in sorted(old_vars.keys() - new_vars.keys()):
            self.emit("server-variable-removed", f"servers[0].variables.{name}", name)
        for name in sorted(new_vars.keys() - old_vars.keys()):
            self.emit("server-variable-added", f"servers[0].variables.{name}", name)
        for name in sorted(old_vars.keys() & new_vars.keys()):
            before, after, where = old_vars[name], new_vars[name], f"servers[0].variables.{name}"
            for value in s.removed(before.get("enum"), after.get("enum")):
                self.emit("server-variable-enum-value-removed", where, repr(value))
            for value in s.removed(after.get("enum"), before.get("enum")):
                self.emit("server-variable-enum-value-added", where, repr(value))
            if before.get("default") != after.get("default"):
                self.emit(
                    "server-variable-default-changed",
                    where,
                    s.arrow(before.get("default"), after.get("default")),
                )

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
                    s.arrow(before, after),
                )

    # -- components and vendor extensions ------------------------------------------------

    def _components(self) -> None:
        old = s.get(self.old, "components", "schemas") or {}
        new = s.get(self.new, "components", "schemas") or {}
        for name in sorted(old.keys() - new.keys()):
            self.emit("component-schema-removed", f"components.schemas.{name}", name)
        for name in sorted(new.keys() - old.keys()):
            self.emit("component-schema-added", f"components.schemas.{name}", name)

    def _status_extensions(self) -> None:
        for extension, rule in _STATUS_EXTENSIONS.items():
            old, new = _sites(self.old, extension), _sites(self.new, extension)
            for where in sorted(old.keys() | new.keys()):
                if old.get(where) != new.get(where):
                    self.emit(rule, where, s.arrow(old.get(where), new.get(where)))

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
        self._poll(old, new)

    def _poll(
        self, old: dict[tuple[str, str], Operation], new: dict[tuple[str, str], Operation]
    ) -> None:
        """x-jobclients-poll picks the operation wait_for_job calls, and so its arguments."""
        before = next(
            (k for k, op in sorted(old.items()) if op.node.get("x-jobclients-poll")), None
        )
        after = next((k for k, op in sorted(new.items()) if op.node.get("x-jobclients-poll")), None)
        if before == after:
            return
        where = " ".join(after or before or ())
        shown = [" ".join(k) if k else None for k in (before, after)]
        if before is None:
            self.emit("poll-operation-added", where, s.arrow(*shown))
        else:
            self.emit("poll-operation-changed", where, s.arrow(*shown))

    def _operation(self, at: str, old: Operation, new: Operation) -> None:
        if old.operation_id != new.operation_id:
            self.emit("api-operation-id-changed", at, s.arrow(old.operation_id, new.operation_id))
        old_tag, new_tag = _first_tag(old.node), _first_tag(new.node)
        if old_tag != new_tag:
            self.emit("api-tag-changed", at, s.arrow(old_tag, new_tag))
        if new.node.get("deprecated") and not old.node.get("deprecated"):
            self.emit("api-deprecated", at, new.operation_id)
        old_idem = old.node.get("x-jobclients-idempotent") is True
        new_idem = new.node.get("x-jobclients-idempotent") is True
        if old_idem != new_idem:
            rule = "api-idempotency-added" if new_idem else "api-idempotency-removed"
            self.emit(rule, at, f"x-jobclients-idempotent {old_idem} -> {new_idem}")
        old_security, new_security = (
            _security_of(self.old, old.node),
            _security_of(self.new, new.node),
        )
        if old_security != new_security:
            self.emit("security-requirement-changed", at, s.arrow(old_security, new_security))
        self._parameters(at, old, new)
        self._request_body(at, old.node, new.node)
        self._responses(at, old.node, new.node)

    def _parameters(self, at: str, old_op: Operation, new_op: Operation) -> None:
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
            for rule, (old_way, new_way) in _serialization(before, after).items():
                if old_way != new_way:
                    self.emit(rule, where, s.arrow(old_way, new_way))
            self.schema_diff(PARAMETER).compare(
                where, before.get("schema") or {}, after.get("schema") or {}
            )

    def _request_body(self, at: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        old, new = (
            resolve(self.old, old_op.get("requestBody")),
            resolve(self.new, new_op.get("requestBody")),
        )
        where = f"{at} request body"
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is None:
                self.emit("request-body-removed", where, "callers passing body= fail")
            elif new.get("required") is True:
                self.emit("added-required-request-body", where, "body= must be passed now")
            else:
                self.emit("added-optional-request-body", where, "body= may be passed")
            return
        if old.get("required") is not True and new.get("required") is True:
            self.emit("request-body-became-required", where, "body= must be passed now")
        if old.get("required") is True and new.get("required") is not True:
            self.emit("request-body-became-optional", where, "body= may be left out")
        before, after = old.get("content") or {}, new.get("content") or {}
        for media in sorted(before.keys() - after.keys()):
            self.emit("request-body-media-type-removed", where, media)
        for media in sorted(after.keys() - before.keys()):
            self.emit("request-body-media-type-added", where, media)
        for media in sorted(before.keys() & after.keys()):
            self.schema_diff(REQUEST_BODY).compare(
                f"{where} {media}",
                before[media].get("schema") or {},
                after[media].get("schema") or {},
            )

    def _responses(self, at: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        # YAML reads an unquoted 200 as an int and "200" as a str: both are the same status.
        old, new = (
            _str_keys(old_op.get("responses") or {}),
            _str_keys(new_op.get("responses") or {}),
        )
        for code in sorted(old.keys() - new.keys()):
            success = code.startswith("2")
            rule = (
                "response-success-status-removed"
                if success
                else "response-non-success-status-removed"
            )
            self.emit(rule, f"{at} response {code}", code)
        for code in sorted(new.keys() - old.keys()):
            success = code.startswith("2")
            rule = (
                "response-success-status-added" if success else "response-non-success-status-added"
            )
            self.emit(rule, f"{at} response {code}", code)
        for code in sorted(old.keys() & new.keys()):
            before, after = resolve(self.old, old[code]), resolve(self.new, new[code])
            self._response_headers(f"{at} response {code}", before, after)
            before_content, after_content = before.get("content") or {}, after.get("content") or {}
            for media in sorted(before_content.keys() - after_content.keys()):
                self.emit("response-media-type-removed", f"{at} response {code}", media)
            for media in sorted(after_content.keys() - before_content.keys()):
                self.emit("response-media-type-added", f"{at} response {code}", media)
            for media in sorted(before_content.keys() & after_content.keys()):
                self.schema_diff(RESPONSE_BODY).compare(
                    f"{at} response {code} {media} body",
                    before_content[media].get("schema") or {},
                    after_content[media].get("schema") or {},
                )

    def _response_headers(self, at: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before = {k.lower(): resolve(self.old, v) for k, v in (old.get("headers") or {}).items()}
        after = {k.lower() for k in new.get("headers") or {}}
        for name in sorted(before.keys() - after):
            required = before[name].get("required") is True
            rule = (
                "required-response-header-removed"
                if required
                else "optional-response-header-removed"
            )
            self.emit(rule, f"{at} header {name}", name)


# -- helpers on documents --------------------------------------------------------------------


def _str_keys(mapping: dict[Any, Any]) -> dict[str, Any]:
    return {str(k): v for k, v in mapping.items()}


def _keyed(items: list[Any]) -> dict[str, Any]:
    """List items by what names them (a parameter's in.name, a tag's name), else by index."""
    keyed: dict[str, Any] = {}
    for index, item in enumerate(items):
        name = item.get("name") if isinstance(item, dict) else None
        if isinstance(name, str):
            key = f"{item['in']}.{name}" if isinstance(item.get("in"), str) else name
        else:
            key = str(index)
        keyed.setdefault(key, item)
    return keyed


def _sites(node: Any, extension: str, at: str = "") -> dict[str, Any]:
    """Where `extension` appears in the document (dotted path) and its value there."""
    found: dict[str, Any] = {}
    if isinstance(node, dict):
        for key, value in node.items():
            if key == extension:
                found[f"{at}.{key}".lstrip(".")] = value
            else:
                found |= _sites(value, extension, f"{at}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found |= _sites(value, extension, f"{at}[{index}]")
    return found


def _first_tag(node: dict[str, Any]) -> str:
    return str((node.get("tags") or ["default"])[0])


def _schemes(document: dict[str, Any]) -> dict[str, Any]:
    return {
        k: resolve(document, v)
        for k, v in (s.get(document, "components", "securitySchemes") or {}).items()
    }


def _scheme_shape(scheme: dict[str, Any]) -> str:
    """What decides how a credential is sent: type, place, header name, HTTP scheme."""
    parts = (scheme.get("type"), scheme.get("in"), scheme.get("name"), scheme.get("scheme"))
    return "/".join(
        str(p).lower() if i == 3 else str(p) for i, p in enumerate(parts) if p is not None
    )


def _security_of(document: dict[str, Any], node: dict[str, Any]) -> str:
    """The operation's requirements (its own, else the document's), as `A+B | C`."""
    requirements = node.get("security", document.get("security") or [])
    alternatives = sorted("+".join(sorted(r)) or "(none)" for r in requirements)
    return " | ".join(alternatives) or "(none)"


def _parameters(document: dict[str, Any], op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    """The path item's parameters overridden by the operation's, by (in, name)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        param = resolve(document, raw)
        merged[(str(param["in"]), str(param["name"]))] = param
    return merged


def _serialization(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Each parameter's effective style and explode (OpenAPI's defaults filled in)."""

    def style(param: dict[str, Any]) -> str:
        default = "form" if param.get("in") in ("query", "cookie") else "simple"
        return str(param.get("style", default))

    def explode(param: dict[str, Any]) -> bool:
        return bool(param.get("explode", style(param) == "form"))

    return {
        "request-parameter-style-changed": (style(old), style(new)),
        "request-parameter-explode-changed": (explode(old), explode(new)),
    }
