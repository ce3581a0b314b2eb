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
    components = _mapping(document.get("components"))
    for name, schema in _mapping(components.get("schemas")).items():
        roots.append((("components", "schemas", name), schema))
    for kind in ("parameters", "headers"):
        for name, node in _mapping(components.get(kind)).items():
            roots.extend(_holder_schemas(("components", kind, name), node))
    for kind in ("requestBodies", "responses"):
        for name, node in _mapping(components.get(kind)).items():
            roots.extend(_content_schemas(("components", kind, name), node))
    for at, item in _path_items(document):
        for index, parameter in enumerate(_list(item.get("parameters"))):
            roots.extend(_holder_schemas((*at, "parameters", index), parameter))
        for method, operation in _operations(item):
            roots.extend(_operation_schemas((*at, method), operation))
    seen: set[int] = set()  # a schema shared by YAML anchors is one object: yielded once
    for parts, schema in roots:
        yield from _walk(parts, schema, seen)


def iter_operation_nodes(document: dict[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every operation object with its place: under paths, webhooks, components.pathItems and
    the callbacks of any of those (callbacks of callbacks too)."""
    for at, item in _path_items(document):
        for method, operation in _operations(item):
            yield (*at, method), operation


def _operations(item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for method in HTTP_METHODS:
        operation = item.get(method)
        if isinstance(operation, dict):
            yield method, operation


def iter_request_bodies(document: dict[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every request body object written in place (a `$ref` to one is not), with its place."""
    for name, body in _mapping(_mapping(document.get("components")).get("requestBodies")).items():
        if isinstance(body, dict) and "$ref" not in body:
            yield ("components", "requestBodies", name), body
    for at, operation in iter_operation_nodes(document):
        body = operation.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield (*at, "requestBody"), body


def _path_items(document: dict[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    components = _mapping(document.get("components"))
    stack: list[tuple[Parts, Any]] = []
    for key in ("paths", "webhooks"):
        stack.extend(((key, name), item) for name, item in _mapping(document.get(key)).items())
    for name, item in _mapping(components.get("pathItems")).items():
        stack.append((("components", "pathItems", name), item))
    for name, callback in _mapping(components.get("callbacks")).items():
        stack.extend(_callback_items(("components", "callbacks", name), callback))
    seen: set[int] = set()
    while stack:
        at, item = stack.pop(0)
        if not isinstance(item, dict) or id(item) in seen:
            continue
        seen.add(id(item))
        yield at, item
        for method, operation in _operations(item):
            for name, callback in _mapping(operation.get("callbacks")).items():
                stack.extend(_callback_items((*at, method, "callbacks", name), callback))


def _callback_items(at: Parts, callback: Any) -> Iterator[tuple[Parts, Any]]:
    """A callback maps runtime expressions to path items (a `$ref` to one is skipped)."""
    if isinstance(callback, dict) and "$ref" not in callback:
        yield from (((*at, expression), item) for expression, item in callback.items())


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
        if not isinstance(media_node, dict):
            continue
        if "schema" in media_node:
            yield (*at, "content", media, "schema"), media_node["schema"]
        for part, encoding in _mapping(media_node.get("encoding")).items():
            for name, header in _mapping(_mapping(encoding).get("headers")).items():
                yield from _holder_schemas(
                    (*at, "content", media, "encoding", part, "headers", name), header
                )
    for name, header in _mapping(node.get("headers")).items():
        yield from _holder_schemas((*at, "headers", name), header)


def _walk(at: Parts, root: Any, seen: set[int]) -> Iterator[tuple[Parts, dict[str, Any]]]:
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
