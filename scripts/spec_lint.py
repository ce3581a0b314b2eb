"""Refuse a spec before any generator sees it, with the file and the place named.

The generators' own failures on these mistakes are silent (an operation dropped, a
`Missing` model invented) or cryptic, so each is checked here first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_OPERATION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SPEC_URI = "urn:jobclients:spec"


class SpecError(Exception):
    """A spec that must not be generated from; `place` says where in the document."""

    def __init__(self, path: Path, place: str, message: str) -> None:
        super().__init__(f"{path}: {place}: {message}")
        self.path = path
        self.place = place
        self.message = message


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    operation_id: str
    node: dict[str, Any]
    path_item: dict[str, Any]


def load_spec(path: Path) -> dict[str, Any]:
    """Parse the YAML; a syntax error names the line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(path, "file", exc.strerror or str(exc)) from None
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "yaml"
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(path, place, f"invalid YAML: {problem}") from None
    if not isinstance(document, dict):
        raise SpecError(path, "document", "an OpenAPI document must be a YAML mapping")
    return document


def lint_spec(path: Path) -> dict[str, Any]:
    """Every check, the most specific message first; returns the document when all pass."""
    document = load_spec(path)
    check_refs(path, document)
    check_operation_ids(path, document)
    check_openapi(path, document)
    check_examples(path, document)
    return document


def iter_operations(document: dict[str, Any]) -> Iterator[Operation]:
    paths = document.get("paths")
    # Malformed shapes are skipped here; check_openapi reports them with their place.
    for url, path_item in paths.items() if isinstance(paths, dict) else ():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            node = path_item.get(method)
            if isinstance(node, dict):
                yield Operation(url, method, str(node.get("operationId", "")), node, path_item)


def declared_parameters(document: dict[str, Any], op: Operation) -> list[dict[str, Any]]:
    """The operation's parameters, resolved; its own override the path item's of the same
    name and place, as OpenAPI says."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        param = resolve(document, raw)
        merged[(str(param["name"]), str(param["in"]))] = param
    return list(merged.values())


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (already checked to exist) until a real node."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            return node
        seen.add(ref)
        node = _pointer(document, ref)
    return node


def check_refs(path: Path, document: dict[str, Any]) -> None:
    """Every `$ref` must point inside this file at something that exists."""
    for place, ref in _walk_refs(document, ()):
        if not ref.startswith("#/"):
            raise SpecError(path, place, f"$ref {ref!r}: only refs inside this file are allowed")
        try:
            _pointer(document, ref)
        except LookupError:
            raise SpecError(path, place, f"dangling $ref {ref!r}: nothing there") from None


def check_openapi(path: Path, document: dict[str, Any]) -> None:
    """The document must be valid OpenAPI 3.1 (openapi-spec-validator)."""
    # Imported here, not at the top: it is slow to import and a no-op run needs none of it.
    from openapi_spec_validator import OpenAPIV31SpecValidator  # noqa: PLC0415

    if not str(document.get("openapi", "")).startswith("3.1"):
        raise SpecError(path, "openapi", "must be an OpenAPI 3.1 document")
    errors: list[Any] = []
    try:
        # Structural errors come first; the semantic checks after them may crash on a
        # document that already failed structurally, so keep what was found by then.
        errors.extend(OpenAPIV31SpecValidator(document).iter_errors())
    except Exception as exc:  # any crash of the validator is a refusal too
        if not errors:
            raise SpecError(path, "document", f"not valid OpenAPI: {exc!r}") from None
    if errors:
        first = errors[0]
        where = _place(tuple(getattr(first, "absolute_path", ()))) or "document"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        message = getattr(first, "message", str(first))
        raise SpecError(path, where, f"not valid OpenAPI: {message}{more}")


def check_operation_ids(path: Path, document: dict[str, Any]) -> None:
    """Each operation needs a unique snake_case operationId: it names a public function."""
    first_seen: dict[str, str] = {}
    for op in iter_operations(document):
        place = f"paths.{op.path}.{op.method}.operationId"
        if not op.operation_id:
            raise SpecError(path, place, "missing (it names the generated function)")
        if not _OPERATION_ID.match(op.operation_id):
            raise SpecError(path, place, f"{op.operation_id!r} must be snake_case")
        if op.operation_id in first_seen:
            raise SpecError(
                path,
                place,
                f"duplicate operationId {op.operation_id!r}, first used at "
                f"{first_seen[op.operation_id]}",
            )
        first_seen[op.operation_id] = place


def check_examples(path: Path, document: dict[str, Any]) -> None:
    """Every example given for a media type or parameter must validate against its schema."""
    # Imported here for the same reason as in check_openapi.
    from jsonschema import Draft202012Validator  # noqa: PLC0415
    from referencing import Registry, Resource  # noqa: PLC0415
    from referencing.jsonschema import DRAFT202012  # noqa: PLC0415

    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    for place, schema_pointer, example in _iter_examples(document):
        validator = Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#{schema_pointer}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        error = min(validator.iter_errors(example), key=lambda e: len(e.path), default=None)
        if error is not None:
            at = _place(tuple(error.absolute_path)) or "(the whole value)"
            raise SpecError(
                path, place, f"example does not match its schema at {at}: {error.message}"
            )


def _iter_examples(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(place of the example, JSON pointer of its schema, example value)."""
    for op in iter_operations(document):
        base = ("paths", op.path, op.method)
        for status, response in (op.node.get("responses") or {}).items():
            target, pointer = _follow(document, response, (*base, "responses", status))
            for media, media_node in (target.get("content") or {}).items():
                yield from _media_examples(document, media_node, (*pointer, "content", media))
        body, pointer = _follow(document, op.node.get("requestBody") or {}, (*base, "requestBody"))
        for media, media_node in (body.get("content") or {}).items():
            yield from _media_examples(document, media_node, (*pointer, "content", media))
        params = [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]
        for index, raw in enumerate(params):
            param, pointer = _follow(document, raw, (*base, "parameters", str(index)))
            yield from _media_examples(document, param, pointer)


def _media_examples(
    document: dict[str, Any], node: dict[str, Any], pointer: tuple[str, ...]
) -> Iterator[tuple[str, str, Any]]:
    if "schema" not in node:
        return
    schema_pointer = _to_pointer((*pointer, "schema"))
    if "example" in node:
        yield _place((*pointer, "example")), schema_pointer, node["example"]
    for name, raw in (node.get("examples") or {}).items():
        example, _ = _follow(document, raw, (*pointer, "examples", name))
        if "value" in example:
            yield _place((*pointer, "examples", name)), schema_pointer, example["value"]


def _follow(
    document: dict[str, Any], node: Any, pointer: tuple[str, ...]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Resolve a `$ref`d component, returning it and its own pointer (schemas inside it
    are then addressed where they really are)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        pointer = tuple(_unescape(p) for p in ref[2:].split("/"))
        node = _pointer(document, ref)
    return (node if isinstance(node, dict) else {}), pointer


def _walk_refs(node: Any, at: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield _place((*at, "$ref")), ref
        in_properties = bool(at) and at[-1] == "properties"
        for key, value in node.items():
            # Example values are data, not schema: a "$ref" key inside one is just a key.
            # An OpenAPI `examples` map is walked (its entries may be refs), a JSON
            # Schema `examples` list is not.
            is_data = key in ("example", "value") or (key == "examples" and isinstance(value, list))
            if in_properties or not is_data:
                yield from _walk_refs(value, (*at, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, (*at, str(index)))


def _pointer(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for raw in ref[2:].split("/") if ref != "#/" else []:
        part = _unescape(raw)
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise LookupError(ref)
    return node


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _to_pointer(parts: tuple[str, ...]) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def _place(parts: tuple[Any, ...]) -> str:
    """A readable location: paths./jobs/{id}.get.responses.200 (list indexes as [n])."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
