"""Walk two versions of a spec side by side and name every change by a rule of rules.py."""

from __future__ import annotations

from typing import Any

from scripts.spec_diff import schemas as s
from scripts.spec_diff.model import Change
from scripts.spec_diff.rules import RULES
from scripts.spec_diff.schema_diff import PARAMETER, REQUEST_BODY, RESPONSE_BODY, SchemaDiff, Side
from scripts.spec_model.document import (
    ListItem,
    MediaType,
    Operation,
    Parameter,
    Response,
    Schema,
    SecurityScheme,
    Server,
    SpecDocument,
    TextPlace,
)
from scripts.spec_model.openapi import (
    SUCCESS_EXTENSION,
    TERMINAL_EXTENSION,
    Parts,
    parsed_media_type,
)

# Vendor extensions on a status schema that wait_for_job reads, wherever the schema is.
_STATUS_EXTENSIONS = {
    TERMINAL_EXTENSION: "terminal-statuses-changed",
    SUCCESS_EXTENSION: "success-statuses-changed",
}


def diff_specs(old: SpecDocument, new: SpecDocument) -> list[Change]:
    """Every change from `old` to `new`, in a stable order."""
    differ = _Differ(old, new)
    differ.run()
    return differ.changes


class _Differ:
    def __init__(self, old: SpecDocument, new: SpecDocument) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        # Old scheme name -> new, for a scheme renamed with its definition unchanged.
        self.renamed_schemes = _renamed_schemes(old, new)

    def emit(self, rule: str, location: str, message: str) -> None:
        self.changes.append(Change(rule, RULES[rule].level, location, message))

    def compare_schemas(self, side: Side, at: str, old: Schema | None, new: Schema | None) -> None:
        """A schema left out is a schema of anything."""
        SchemaDiff(side, self.emit).compare(
            at, old or _anything(self.old), new or _anything(self.new)
        )

    def run(self) -> None:
        self._documentation()
        # The model reads a text left out as "": shown as (none), as one written as null.
        old_version, new_version = self.old.version or None, self.new.version or None
        if old_version != new_version:
            self.emit("api-version-changed", "info.version", s.arrow(old_version, new_version))
        self._servers()
        self._security_schemes()
        self._components()
        self._status_extensions()
        self._operations()

    # -- documentation -----------------------------------------------------------------

    def _documentation(self) -> None:
        """Text under description/summary/title, at any depth, inside mappings and lists,
        where both versions have the mapping; in the order of a walk of the old document,
        each mapping's keys sorted."""
        old, new = self.old.texts(), self.new.texts()
        for place in sorted((p for p in old if p in new), key=_walk_order):
            before, after = old[place], new[place]
            if before != after:  # written, rewritten or deleted
                self.emit("description-changed", _text_location(place), s.arrow(before, after))

    # -- servers and security ------------------------------------------------------------

    def _servers(self) -> None:
        """Only the first server matters: it is the client's default base URL."""
        old, new = _first_server(self.old), _first_server(self.new)
        old_url, new_url = (old.url if old else None), (new.url if new else None)
        if old_url != new_url:
            self.emit("server-url-changed", "servers[0].url", s.arrow(old_url, new_url))
        old_vars = {v.name: v for v in old.variables} if old else {}
        new_vars = {v.name: v for v in new.variables} if new else {}
        for name in sorted(old_vars.keys() - new_vars.keys()):
            self.emit("server-variable-removed", f"servers[0].variables.{name}", name)
        for name in sorted(new_vars.keys() - old_vars.keys()):
            self.emit("server-variable-added", f"servers[0].variables.{name}", name)
        for name in sorted(old_vars.keys() & new_vars.keys()):
            before, after, where = old_vars[name], new_vars[name], f"servers[0].variables.{name}"
            # No enum is no list of values (OpenAPI forbids an empty one): nothing to compare.
            old_enum, new_enum = list(before.enum) or None, list(after.enum) or None
            if old_enum is None and new_enum is not None:
                self.emit("server-variable-became-enum", where, f"only {s.show(new_enum)} now")
            for value in s.removed(old_enum, new_enum):
                self.emit("server-variable-enum-value-removed", where, repr(value))
            for value in s.removed(new_enum, old_enum):
                self.emit("server-variable-enum-value-added", where, repr(value))
            old_default, new_default = before.default or None, after.default or None
            if old_default != new_default:
                self.emit(
                    "server-variable-default-changed", where, s.arrow(old_default, new_default)
                )

    def _security_schemes(self) -> None:
        old, new = self.old.security_schemes, self.new.security_schemes
        renamed = self.renamed_schemes
        for name, new_name in sorted(renamed.items()):
            self.emit(
                "security-scheme-renamed",
                f"components.securitySchemes.{new_name}",
                f"{name} -> {new_name}, sent the same way ({_scheme_shape(new[new_name])})",
            )
        for name in sorted(old.keys() - new.keys() - renamed.keys()):
            self.emit("security-scheme-removed", f"components.securitySchemes.{name}", name)
        for name in sorted(new.keys() - old.keys() - set(renamed.values())):
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
        # Every name, a 3.1 boolean schema's too.
        old, new = self.old.schema_json().keys(), self.new.schema_json().keys()
        for name in sorted(old - new):
            self.emit("component-schema-removed", f"components.schemas.{name}", name)
        for name in sorted(new - old):
            self.emit("component-schema-added", f"components.schemas.{name}", name)

    def _status_extensions(self) -> None:
        for extension, rule in _STATUS_EXTENSIONS.items():
            old, new = _sites(self.old, extension), _sites(self.new, extension)
            for where in sorted(old.keys() | new.keys()):
                if old.get(where) != new.get(where):
                    self.emit(rule, where, s.arrow(old.get(where), new.get(where)))

    # -- operations ----------------------------------------------------------------------

    def _operations(self) -> None:
        """Operations are matched by method and path; they are named by their Python name."""
        old = {(op.method.upper(), op.path): op for op in self.old.operations}
        new = {(op.method.upper(), op.path): op for op in self.new.operations}
        for key in sorted(old.keys() - new.keys()):
            self.emit("api-removed", f"{key[0]} {key[1]}", old[key].python_name)
        for key in sorted(new.keys() - old.keys()):
            self.emit("endpoint-added", f"{key[0]} {key[1]}", new[key].python_name)
        for key in sorted(old.keys() & new.keys()):
            self._operation(f"{key[0]} {key[1]}", old[key], new[key])
        self._poll(old, new)

    def _poll(
        self, old: dict[tuple[str, str], Operation], new: dict[tuple[str, str], Operation]
    ) -> None:
        """x-jobclients-poll picks the operation wait_for_job calls, and so its arguments."""
        before = next((k for k, op in sorted(old.items()) if op.polled), None)
        after = next((k for k, op in sorted(new.items()) if op.polled), None)
        if before == after:
            return
        where = " ".join(after or before or ())
        shown = [" ".join(k) if k else None for k in (before, after)]
        if before is None:
            self.emit("poll-operation-added", where, s.arrow(*shown))
        else:
            self.emit("poll-operation-changed", where, s.arrow(*shown))

    def _operation(self, at: str, old: Operation, new: Operation) -> None:
        if old.python_name != new.python_name:
            self.emit("api-operation-id-changed", at, s.arrow(old.python_name, new.python_name))
        old_tag, new_tag = _first_tag(old), _first_tag(new)
        if old_tag != new_tag:
            self.emit("api-tag-changed", at, s.arrow(old_tag, new_tag))
        if new.deprecated and not old.deprecated:
            self.emit("api-deprecated", at, new.python_name)
        old_idem, new_idem = old.idempotent, new.idempotent
        if old_idem != new_idem:
            rule = "api-idempotency-added" if new_idem else "api-idempotency-removed"
            self.emit(rule, at, f"x-jobclients-idempotent {old_idem} -> {new_idem}")
        new_security = _security_of(self.new, new)
        # A requirement naming a renamed scheme by its new name is the same requirement.
        if _security_of(self.old, old, self.renamed_schemes) != new_security:
            old_security = _security_of(self.old, old)
            self.emit("security-requirement-changed", at, s.arrow(old_security, new_security))
        self._parameters(at, old, new)
        self._request_body(at, old, new)
        self._responses(at, old, new)

    def _parameters(self, at: str, old_op: Operation, new_op: Operation) -> None:
        old, new = _parameters(old_op), _parameters(new_op)
        for key in sorted(old.keys() - new.keys()):
            self.emit("request-parameter-removed", f"{at} {key[0]}.{key[1]}", key[1])
        for key in sorted(new.keys() - old.keys()):
            rule = (
                "new-required-request-parameter"
                if new[key].required
                else "new-optional-request-parameter"
            )
            self.emit(rule, f"{at} {key[0]}.{key[1]}", key[1])
        for key in sorted(old.keys() & new.keys()):
            where = f"{at} {key[0]}.{key[1]}"
            before, after = old[key], new[key]
            if not before.required and after.required:
                self.emit("request-parameter-became-required", where, key[1])
            if before.required and not after.required:
                self.emit("request-parameter-became-optional", where, key[1])
            for rule, (old_way, new_way) in _serialization(before, after).items():
                if old_way != new_way:
                    self.emit(rule, where, s.arrow(old_way, new_way))
            self.compare_schemas(PARAMETER, where, before.schema, after.schema)

    def _request_body(self, at: str, old_op: Operation, new_op: Operation) -> None:
        old, new = old_op.request_body, new_op.request_body
        where = f"{at} request body"
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is None:
                self.emit("request-body-removed", where, "callers passing body= fail")
            elif new.required:
                self.emit("added-required-request-body", where, "body= must be passed now")
            else:
                self.emit("added-optional-request-body", where, "body= may be passed")
            return
        if not old.required and new.required:
            self.emit("request-body-became-required", where, "body= must be passed now")
        if old.required and not new.required:
            self.emit("request-body-became-optional", where, "body= may be left out")
        before, after = _media(old.content), _media(new.content)
        for media in sorted(before.keys() - after.keys()):
            self.emit("request-body-media-type-removed", where, media)
        for media in sorted(after.keys() - before.keys()):
            self.emit("request-body-media-type-added", where, media)
        for media in sorted(before.keys() & after.keys()):
            self.compare_schemas(
                REQUEST_BODY, f"{where} {media}", before[media].schema, after[media].schema
            )

    def _responses(self, at: str, old_op: Operation, new_op: Operation) -> None:
        # The model names each status as text: YAML's unquoted 200 and "200" are one status.
        old = {r.status: r for r in old_op.responses}
        new = {r.status: r for r in new_op.responses}
        for code in sorted(old.keys() - new.keys()):
            success = code.startswith("2")
            rule = (
                "response-success-status-removed"
                if success
                else "response-non-success-status-removed"
            )
            self.emit(rule, f"{at} response {code}", code)
        for code in sorted(new.keys() - old.keys()):
            covering = _range_of(code)
            if code.startswith("2") and covering in old:
                # The released client read this status as the range it documented.
                self._response(f"{at} response {code}", old[covering], new[code])
                continue
            success = code.startswith("2")
            rule = (
                "response-success-status-added" if success else "response-non-success-status-added"
            )
            message = f"{code}: the released client raises UnexpectedStatus" if success else code
            self.emit(rule, f"{at} response {code}", message)
        for code in sorted(old.keys() & new.keys()):
            self._response(f"{at} response {code}", old[code], new[code])

    def _response(self, at: str, before: Response, after: Response) -> None:
        """One status's answer: the released client reads `after` as it read `before`."""
        self._response_headers(at, before, after)
        before_content, after_content = _media(before.content), _media(after.content)
        for media in sorted(before_content.keys() - after_content.keys()):
            self.emit("response-media-type-removed", at, media)
        for media in sorted(after_content.keys() - before_content.keys()):
            self.emit("response-media-type-added", at, media)
        old_parsed = parsed_media_type(list(before_content))
        new_parsed = parsed_media_type(list(after_content))
        if old_parsed != new_parsed and old_parsed in after_content and new_parsed is not None:
            # The one it parsed is still there, but another comes before it now.
            message = f"the body is parsed as {new_parsed}, no longer as {old_parsed}"
            self.emit("response-media-type-order-changed", at, message)
        for media in sorted(before_content.keys() & after_content.keys()):
            self.compare_schemas(
                RESPONSE_BODY,
                f"{at} {media} body",
                before_content[media].schema,
                after_content[media].schema,
            )

    def _response_headers(self, at: str, old: Response, new: Response) -> None:
        before = {name.lower(): required for name, required in old.header_required.items()}
        after = {name.lower() for name in new.header_required}
        for name in sorted(before.keys() - after):
            rule = (
                "required-response-header-removed"
                if before[name]
                else "optional-response-header-removed"
            )
            self.emit(rule, f"{at} header {name}", name)


# -- helpers on the model --------------------------------------------------------------------


def _anything(spec: SpecDocument) -> Schema:
    """A schema of anything, where a parameter or a media type gives none."""
    return Schema(spec, (), {})


def _walk_order(place: TextPlace) -> tuple[str | int, ...]:
    """Each mapping's keys sorted, each list's items in order."""
    return tuple(part.index if isinstance(part, ListItem) else part for part in place)


def _text_location(place: TextPlace) -> str:
    """`paths./jobs.get.parameters[query.q].description`, `tags[jobs].description`."""
    parts = (f"[{p.key}]" if isinstance(p, ListItem) else f".{p}" for p in place)
    return "".join(parts).lstrip(".")


def _sites(spec: SpecDocument, extension: str) -> dict[str, Any]:
    """Where `extension` appears in the document (dotted path) and its value there."""
    return {_location(place): value for place, value in spec.extension_sites(extension).items()}


def _location(place: Parts) -> str:
    parts = (f"[{p}]" if isinstance(p, int) else f".{p}" for p in place)
    return "".join(parts).lstrip(".")


def _first_server(spec: SpecDocument) -> Server | None:
    return spec.servers[0] if spec.servers else None


def _first_tag(op: Operation) -> str:
    return op.tags[0] if op.tags else "default"


def _scheme_shape(scheme: SecurityScheme) -> str:
    """What decides how a credential is sent: type, place, header name, HTTP scheme."""
    parts = (scheme.type, scheme.location, scheme.parameter_name, scheme.scheme)
    return "/".join(part for part in parts if part)


def _security_of(spec: SpecDocument, op: Operation, renamed: dict[str, str] | None = None) -> str:
    """The operation's requirements (its own, else the document's), as `A+B | C`, each
    scheme named by its name in `renamed` where it has one."""
    requirements = op.security if op.security is not None else spec.security
    names = renamed or {}
    alternatives = sorted(
        "+".join(sorted(names.get(n, n) for n in r)) or "(none)" for r in requirements
    )
    return " | ".join(alternatives) or "(none)"


def _renamed_schemes(old: SpecDocument, new: SpecDocument) -> dict[str, str]:
    """Each scheme only the old version has, paired with one only the new version has that
    sends the credential the same way (_scheme_shape), in name order: a rename. Only the
    definition counts (no scheme name reaches the generated package); a requirement that
    changed beyond the new name is still security-requirement-changed."""
    gone = sorted(old.security_schemes.keys() - new.security_schemes.keys())
    fresh = sorted(new.security_schemes.keys() - old.security_schemes.keys())
    renamed: dict[str, str] = {}
    for name in gone:
        shape = _scheme_shape(old.security_schemes[name])
        match = next((n for n in fresh if _scheme_shape(new.security_schemes[n]) == shape), None)
        if match is not None:
            renamed[name] = match
            fresh.remove(match)
    return renamed


def _parameters(op: Operation) -> dict[tuple[str, str], Parameter]:
    """The path item's parameters overridden by the operation's, by (in, name)."""
    return {(p.location, p.name): p for p in op.parameters}


def _media(content: tuple[MediaType, ...]) -> dict[str, MediaType]:
    """By name, in the order written."""
    return {media.name: media for media in content}


def _range_of(status: str) -> str:
    """The range a specific status falls in ("201" -> "2XX"), as OpenAPI writes it."""
    return f"{status[0]}XX"


def _serialization(old: Parameter, new: Parameter) -> dict[str, tuple[Any, Any]]:
    """Each parameter's effective style and explode (OpenAPI's defaults filled in)."""

    def style(param: Parameter) -> str:
        default = "form" if param.location in ("query", "cookie") else "simple"
        return param.style if param.style is not None else default

    def explode(param: Parameter) -> bool:
        return param.explode if param.explode is not None else style(param) == "form"

    return {
        "request-parameter-style-changed": (style(old), style(new)),
        "request-parameter-explode-changed": (explode(old), explode(new)),
    }
