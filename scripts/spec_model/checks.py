"""Refuse a spec before any generator or reader sees it, with the file, the place and the line.

The generators' own failures on these mistakes are silent (an operation dropped, a
`Missing` model invented) or cryptic, so each is checked here first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scripts.spec_model.loading import LoadedSpec, yaml_path
from scripts.spec_model.openapi import Parts, openapi_version
from scripts.spec_model.operations import at_pointer, iter_operations, unescape

_SPEC_URI = "urn:jobclients:spec"
# Keys that make a validator look elsewhere: a `$ref`/`$dynamicRef` not starting with "#",
# an `$id` that rebases every ref below it.
_REF_KEYS = ("$ref", "$dynamicRef")
# How many validator findings one refusal lists, a line each.
MAX_FINDINGS = 5


def check_all(loaded: LoadedSpec) -> None:
    """Every check, the most specific message first."""
    check_refs(loaded)
    check_openapi(loaded)
    check_examples(loaded)


def check_refs(loaded: LoadedSpec) -> None:
    """Every `$ref` under any key, example data included, points inside this file at
    something that exists; no `$id` moves refs elsewhere. Checked before any validator or
    generator runs, because those would follow an outside ref (fetch a URL, read a file)."""
    for parts, key, value in _walk_keys(loaded.document, ()):
        if key == "$id" and isinstance(value, str):
            raise loaded.error(
                (*parts, key), "$id is not supported: it rebases refs outside this file; remove it"
            )
        if key not in _REF_KEYS or not isinstance(value, str):
            continue
        if not value.startswith("#"):
            raise loaded.error(
                (*parts, key), f"{key} {value!r}: only refs inside this file (#/...) are allowed"
            )
        if key == "$ref":
            try:
                at_pointer(loaded.document, value)
            except LookupError:
                message = f"dangling $ref {value!r}: nothing there"
                raise loaded.error((*parts, key), message) from None


def check_openapi(loaded: LoadedSpec) -> None:
    """The document must be valid OpenAPI 3.0 or 3.1 (openapi-spec-validator, closed to
    anything outside the file); up to MAX_FINDINGS findings, a line each."""
    # Imported here, not at the top: it is slow to import and a no-op run needs none of it.
    from scripts.spec_model.validation import openapi_findings  # noqa: PLC0415

    if openapi_version(loaded.document) is None:
        found = loaded.document.get("openapi")
        raise loaded.error(("openapi",), f"{found!r}: must be an OpenAPI 3.0.x or 3.1.x document")
    findings = openapi_findings(loaded.document, MAX_FINDINGS)
    if findings:
        first, *more = (loaded.error(parts, f"not valid OpenAPI: {m}") for parts, m in findings)
        raise first.with_more(more)


def check_examples(loaded: LoadedSpec) -> None:
    """Every example given for a media type or parameter must validate against its schema
    (OpenAPI 3.0's or 3.1's dialect, with their formats)."""
    # Imported here for the same reason as in check_openapi.
    from openapi_schema_validator import OAS30Validator, OAS31Validator  # noqa: PLC0415
    from referencing import Registry, Resource  # noqa: PLC0415
    from referencing.jsonschema import DRAFT4, DRAFT202012  # noqa: PLC0415

    document = loaded.document
    is_30 = str(document.get("openapi", "")).startswith("3.0")
    validator_class: Any = OAS30Validator if is_30 else OAS31Validator
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI,
        Resource.from_contents(document, default_specification=DRAFT4 if is_30 else DRAFT202012),
    )
    for parts, schema_pointer, example in _iter_examples(document):
        validator = validator_class(
            {"$ref": f"{_SPEC_URI}#{schema_pointer}"},
            registry=registry,
            format_checker=validator_class.FORMAT_CHECKER,
        )
        error = min(validator.iter_errors(example), key=lambda e: len(e.path), default=None)
        if error is not None:
            at = yaml_path(tuple(error.absolute_path)) or "(the whole value)"
            raise loaded.error(parts, f"example does not match its schema at {at}: {error.message}")


def _iter_examples(document: dict[str, Any]) -> Iterator[tuple[Parts, str, Any]]:
    """(place of the example, JSON pointer of its schema, example value)."""
    for op in iter_operations(document):
        base: Parts = ("paths", op.path, op.method)
        for status, response in (op.node.get("responses") or {}).items():
            target, pointer = _follow(document, response, (*base, "responses", status))
            for media, media_node in (target.get("content") or {}).items():
                yield from _media_examples(document, media_node, (*pointer, "content", media))
        body, pointer = _follow(document, op.node.get("requestBody") or {}, (*base, "requestBody"))
        for media, media_node in (body.get("content") or {}).items():
            yield from _media_examples(document, media_node, (*pointer, "content", media))
        # A path item's own parameters are addressed where they stand, not under the operation.
        for owner, node in ((("paths", op.path), op.path_item), (base, op.node)):
            for index, raw in enumerate(node.get("parameters") or []):
                param, pointer = _follow(document, raw, (*owner, "parameters", index))
                yield from _media_examples(document, param, pointer)


def _media_examples(
    document: dict[str, Any], node: dict[str, Any], pointer: Parts
) -> Iterator[tuple[Parts, str, Any]]:
    if "schema" not in node:
        return
    schema_pointer = _to_pointer((*pointer, "schema"))
    if "example" in node:
        yield (*pointer, "example"), schema_pointer, node["example"]
    for name, raw in (node.get("examples") or {}).items():
        example, _ = _follow(document, raw, (*pointer, "examples", name))
        if "value" in example:
            yield (*pointer, "examples", name), schema_pointer, example["value"]


def _follow(document: dict[str, Any], node: Any, pointer: Parts) -> tuple[dict[str, Any], Parts]:
    """Resolve a `$ref`d component, returning it and its own pointer (schemas inside it
    are then addressed where they really are)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        pointer = tuple(unescape(p) for p in ref[2:].split("/"))
        node = at_pointer(document, ref)
    return (node if isinstance(node, dict) else {}), pointer


def _walk_keys(node: Any, at: Parts) -> Iterator[tuple[Parts, str, Any]]:
    """(place of the mapping, key, value) for every mapping in the document, data included;
    iterative, so no depth of nesting can exhaust the stack."""
    stack: list[tuple[Any, Parts]] = [(node, at)]
    while stack:
        current, parts = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                yield parts, key, value
                stack.append((value, (*parts, key)))
        elif isinstance(current, list):
            stack.extend((value, (*parts, index)) for index, value in enumerate(current))


def _to_pointer(parts: Parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)
