"""Each spec held against a table written from its seed and PROVIDERS.md.

The table is specs/<slug>/fidelity.yaml (optional: a provider without one has no rows here).

An edit that drops a field, loosens a type, forgets `required` or `nullable`, or changes an
enum or a bound fails here, even when the spec is still valid OpenAPI.
"""

from __future__ import annotations

import copy
import sys
from functools import cache
from typing import Any

import pytest
import yaml

from scripts.paths import SPECS_DIR
from scripts.spec_model.operations import iter_operations, resolve
from scripts.spec_model.reading import load_document
from tests.conftest import SLUGS

BOUNDS = ("minLength", "maxLength", "minimum", "maximum", "maxItems", "minItems", "maxProperties")
JSON_TYPES = {"string", "integer", "number", "boolean", "object", "array"}


def _rows() -> list[Any]:
    rows = []
    for slug in SLUGS:
        table = SPECS_DIR / slug / "fidelity.yaml"
        if not table.is_file():  # optional: a new provider may not have one yet
            continue
        for entry in yaml.safe_load(table.read_text(encoding="utf-8")):
            for field in entry["fields"]:
                rows.append(
                    pytest.param(
                        slug,
                        entry["response"],
                        field,
                        id=f"{slug}:{entry['response']}:{field['path']}",
                    )
                )
    return rows


@pytest.mark.parametrize(("slug", "response", "expected"), _rows())
def test_field_matches_the_sources(slug: str, response: str, expected: dict[str, Any]) -> None:
    document = _document(slug)
    schema = _response_schema(document, response)
    required, prop = _walk(document, schema, expected["path"])
    # A failure names the table and the row: the spec must match it, or the table changes
    # with its sources (specs/<slug>/SOURCES.md) in the same commit.
    where = (
        f"specs/{slug}/openapi.yaml, {response} field {expected['path']!r}, differs from "
        f"specs/{slug}/fidelity.yaml"
    )
    assert required == expected["required"], f"{where}: required is {required}"
    assert _nullable(document, prop) == expected["nullable"], f"{where}: nullable differs"
    assert _types(document, prop) == _expected_types(expected["type"]), f"{where}: type differs"
    if "format" in expected:
        assert _first(document, prop, "format") == expected["format"], f"{where}: format"
    if "enum" in expected:
        enum = _first(document, prop, "enum") or []
        assert set(enum) - {None} == set(expected["enum"]), f"{where}: enum values differ"
    for bound in BOUNDS:
        if bound in expected:
            assert _first(document, prop, bound) == expected[bound], f"{where}: {bound}"
    if expected.get("deprecated"):
        assert _first(document, prop, "deprecated") is True, f"{where}: not deprecated"


@cache
def _document(slug: str) -> dict[str, Any]:
    return load_document(SPECS_DIR / slug / "openapi.yaml")


def _response_schema(document: dict[str, Any], response: str) -> dict[str, Any]:
    operation_id, status = response.split()
    for op in iter_operations(document):
        if op.operation_id == operation_id:
            node = resolve(document, (op.node.get("responses") or {})[status])
            media = next(iter(node["content"].values()))
            return dict(resolve(document, media["schema"]))
    raise AssertionError(f"no operation {operation_id}")


def _branches(document: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schema and every allOf/anyOf/oneOf branch under it, refs resolved."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return []
    found = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            found += _branches(document, branch)
    return found


def _walk(document: dict[str, Any], schema: dict[str, Any], path: str) -> tuple[bool, Any]:
    """Follow a.b[].c; returns (required in its parent, the property schema)."""
    required = True
    current: Any = schema
    for segment in path.split("."):
        name, into_items = segment.removesuffix("[]"), segment.endswith("[]")
        holders = [b for b in _branches(document, current) if name in b.get("properties", {})]
        assert holders, f"property {name!r} of {path!r} is not in the spec"
        required = any(name in h.get("required", []) for h in holders)
        current = holders[0]["properties"][name]
        if into_items:
            items = [b["items"] for b in _branches(document, current) if "items" in b]
            assert items, f"{segment!r} of {path!r} is not an array"
            current = items[0]
    return required, current


def _types(document: dict[str, Any], schema: Any) -> set[str]:
    types: set[str] = set()
    for branch in _branches(document, schema):
        declared = branch.get("type", [])
        types |= {declared} if isinstance(declared, str) else set(declared)
        if "const" in branch and "type" not in branch:
            types.add(type(branch["const"]).__name__.replace("str", "string"))
    return (types - {"null"}) or {"any"}


def _expected_types(declared: str) -> set[str]:
    names = set(declared.split("|"))
    assert names <= JSON_TYPES | {"any"}, f"unknown type {declared!r} in the table"
    return names


def _nullable(document: dict[str, Any], schema: Any) -> bool:
    branches = _branches(document, schema)
    if _types(document, schema) == {"any"} and not any("enum" in b for b in branches):
        return True  # an untyped schema admits null
    for branch in branches:
        declared = branch.get("type", [])
        if declared == "null" or (isinstance(declared, list) and "null" in declared):
            return True
    return False


def _first(document: dict[str, Any], schema: Any, key: str) -> Any:
    for branch in _branches(document, schema):
        if key in branch:
            return branch[key]
    return None


def test_a_tightened_field_fails_naming_the_table_file_and_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Make the first row's field stricter in memory: the failure says where to look."""
    slug, response, expected = _rows()[0].values
    document = copy.deepcopy(_document(slug))
    _, prop = _walk(document, _response_schema(document, response), expected["path"])
    for branch in _branches(document, prop):
        branch["type"] = "boolean" if expected["type"] != "boolean" else "integer"
    monkeypatch.setattr(sys.modules[__name__], "_document", lambda _: document)
    with pytest.raises(AssertionError) as failed:
        test_field_matches_the_sources(slug, response, expected)
    assert f"specs/{slug}/fidelity.yaml" in str(failed.value)
    assert repr(expected["path"]) in str(failed.value)
