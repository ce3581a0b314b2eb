"""The attribute names of a model's fields, the same in both model sets.

openapi-python-client names a property with its PythonIdentifier and, where two properties
of one model meet on a name (`foo-bar` and `foo_bar`), renames both without snake-casing
(`foobar`, `foo_bar`). datamodel-code-generator names fields its own way (`FooBar` stays
`FooBar`, `$ref_like` becomes `field_ref_like`, `foo-bar` becomes `foo_bar_1`). The
pydantic models are therefore given openapi-python-client's names, as scoped aliases
(`Class.wire_name`); only a name pydantic reserves on BaseModel (`schema`, `json`, `copy`,
`model_*`) keeps a trailing `_` there, as datamodel-code-generator writes it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.spec_model.inline_names import inline_classes
from scripts.spec_model.naming import FIELD_PREFIX, class_name
from scripts.spec_model.operations import resolve

ALIASES_FILE = "pydantic-aliases.json"


def model_field_names(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, str]:
    """wire name -> attribute, as openapi-python-client names the fields of `schema`:
    the properties of `allOf` refs first, then its own, then those of inline `allOf` parts."""
    names: dict[str, str] = {}
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and isinstance(part.get("$ref"), str):
            for wire, python in model_field_names(document, resolve(document, part)).items():
                _add(names, wire, python)
    own = list((schema.get("properties") or {}).keys())
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and "$ref" not in part:
            own += list((part.get("properties") or {}).keys())
    for wire in own:
        _add(names, str(wire), str(PythonIdentifier(str(wire), prefix=FIELD_PREFIX)))
    return names


def _add(names: dict[str, str], wire: str, python: str) -> None:
    """openapi-python-client's _add_if_no_conflict: a clash renames both, unsnaked."""
    if wire in names:
        return  # the same property again (allOf): merged, keeps its name
    for other, other_python in list(names.items()):
        if other_python == python:
            names[other] = _unsnaked(other)
            python = _unsnaked(wire)
    names[wire] = python


def _unsnaked(wire: str) -> str:
    return str(PythonIdentifier(wire, prefix=FIELD_PREFIX, skip_snake_case=True))


def pydantic_aliases(document: dict[str, Any]) -> dict[str, str]:
    """`Class.wire_name` -> attribute for every property of every component model, and of
    every inline one (inline_names.py), whose wire name is not already the attribute."""
    from pydantic import BaseModel  # noqa: PLC0415 - only a regeneration needs pydantic

    reserved = set(dir(BaseModel))
    aliases: dict[str, str] = {}
    schemas = (document.get("components") or {}).get("schemas") or {}
    models = [(class_name(name), resolve(document, raw)) for name, raw in schemas.items()]
    models += [(name, schema) for schema, name in inline_classes(document)]
    for model, schema in models:
        if not isinstance(schema, dict):
            continue
        for wire, python in model_field_names(document, schema).items():
            attribute = (
                python + "_" if python in reserved or python.startswith("model_") else python
            )
            if attribute != wire:  # a wire name that is a fine attribute needs no alias
                aliases[f"{model}.{wire}"] = attribute
    return aliases


def write_pydantic_aliases(document: dict[str, Any], directory: Path) -> Path:
    path = directory / ALIASES_FILE
    path.write_text(json.dumps(pydantic_aliases(document), sort_keys=True), encoding="utf-8")
    return path
