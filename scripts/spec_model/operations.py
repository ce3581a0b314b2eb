"""The operations of a document: where they are, their Python names, their parameters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scripts.spec_model.naming import operation_base_name, unique_names
from scripts.spec_model.openapi import HTTP_METHODS


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    operation_id: str
    node: dict[str, Any]
    path_item: dict[str, Any]


def iter_operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Every operation, in document order, with `operation_id` its Python function name
    (spec_model.naming): unique, an identifier, made from method and path when the spec
    gives no operationId."""
    found: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    paths = document.get("paths")
    # Malformed shapes are skipped here; check_openapi reports them with their place.
    for url, path_item in paths.items() if isinstance(paths, dict) else ():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            node = path_item.get(method)
            if isinstance(node, dict):
                found.append((url, method, node, path_item))
    bases = [operation_base_name(node.get("operationId"), m, url) for url, m, node, _ in found]
    for (url, method, node, path_item), name in zip(found, unique_names(bases), strict=True):
        yield Operation(url, method, name, node, path_item)


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
        node = at_pointer(document, ref)
    return node


def at_pointer(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for raw in ref[2:].split("/") if ref != "#/" else []:
        part = unescape(raw)
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise LookupError(ref)
    return node


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")
