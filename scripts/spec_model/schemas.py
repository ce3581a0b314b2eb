"""Where the schemas of an OpenAPI document are: the one walker that knows their places.

Example data and property *names* look like schemas to a naive walk (`title:` inside an
example, a property called `title`); this walk follows only the keywords that hold schemas.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scripts.spec_model.openapi import HTTP_METHODS, Parts

# JSON Schema keywords whose value is one schema, a list of them, or a map of them.
_ONE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def iter_schemas(document: dict[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every schema object of the document (refs not followed), each once, with its place."""
    roots: list[tuple[Parts, Any]] = []
    components = document.get("components")
    if isinstance(components, dict):
        for name, schema in _mapping(components.get("schemas")).items():
            roots.append((("components", "schemas", name), schema))
        for kind in ("parameters", "headers"):
            for name, node in _mapping(components.get(kind)).items():
                roots.extend(_holder_schemas(("components", kind, name), node))
        for kind in ("requestBodies", "responses"):
            for name, node in _mapping(components.get(kind)).items():
                roots.extend(_content_schemas(("components", kind, name), node))
    for path, item in _mapping(document.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for index, parameter in enumerate(_list(item.get("parameters"))):
            roots.extend(_holder_schemas(("paths", path, "parameters", index), parameter))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                roots.extend(_operation_schemas(("paths", path, method), operation))
    for parts, schema in roots:
        yield from _walk(parts, schema)


def _operation_schemas(at: Parts, operation: dict[str, Any]) -> Iterator[tuple[Parts, Any]]:
    for index, parameter in enumerate(_list(operation.get("parameters"))):
        yield from _holder_schemas((*at, "parameters", index), parameter)
    yield from _content_schemas((*at, "requestBody"), operation.get("requestBody"))
    for status, response in _mapping(operation.get("responses")).items():
        yield from _content_schemas((*at, "responses", status), response)


def _holder_schemas(at: Parts, node: Any) -> Iterator[tuple[Parts, Any]]:
    """A parameter's or header's schema (or the schemas of its `content`)."""
    if isinstance(node, dict):
        if "schema" in node:
            yield (*at, "schema"), node["schema"]
        yield from _content_schemas(at, node)


def _content_schemas(at: Parts, node: Any) -> Iterator[tuple[Parts, Any]]:
    if not isinstance(node, dict):
        return
    for media, media_node in _mapping(node.get("content")).items():
        if isinstance(media_node, dict) and "schema" in media_node:
            yield (*at, "content", media, "schema"), media_node["schema"]
    for name, header in _mapping(node.get("headers")).items():
        yield from _holder_schemas((*at, "headers", name), header)


def _walk(at: Parts, root: Any) -> Iterator[tuple[Parts, dict[str, Any]]]:
    seen: set[int] = set()
    stack: list[tuple[Parts, Any]] = [(at, root)]
    while stack:
        parts, schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        yield parts, schema
        for key in _ONE:
            if key in schema:
                stack.append(((*parts, key), schema[key]))
        for key in _LIST:
            stack.extend(((*parts, key, i), s) for i, s in enumerate(_list(schema.get(key))))
        for key in _MAP:
            stack.extend(((*parts, key, n), s) for n, s in _mapping(schema.get(key)).items())


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []
