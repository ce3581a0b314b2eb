"""Payloads generated from a spec's schemas (hypothesis-jsonschema), for the mock server and
the contract tests: bodies nobody hand-picked, within what the spec allows."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

# The format hypothesis-jsonschema does not know; the others (date-time, uri...) it does.
CUSTOM_FORMATS: dict[str, st.SearchStrategy[str]] = {"uuid": st.uuids().map(str)}
# OpenAPI keywords that are not JSON Schema validation: dropped before generating.
_ANNOTATIONS = {"example", "examples", "deprecated", "discriminator", "xml", "externalDocs"}


def payload_strategy(document: dict[str, Any], schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid for `schema` (refs into the document's components are followed)."""
    root = {**_strip(schema), "components": {"schemas": _strip(_schemas(document), names=True)}}
    return from_schema(root, custom_formats=CUSTOM_FORMATS)


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    return dict((document.get("components") or {}).get("schemas") or {})


def _strip(node: Any, names: bool = False) -> Any:
    """Drop annotations; `names` marks a map of names to schemas (properties, components),
    whose keys are field names and must all stay."""
    if isinstance(node, dict):
        return {
            key: _strip(value, names=not names and key in ("properties", "patternProperties"))
            for key, value in node.items()
            if names or (key not in _ANNOTATIONS and not str(key).startswith("x-"))
        }
    if isinstance(node, list):
        return [_strip(value) for value in node]
    return node
