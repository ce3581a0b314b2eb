"""The document the generators read: the spec, minus what would let its text name code.

openapi-python-client names a class after a schema's `title` when it has one, and
datamodel-code-generator after the component's key: a title could make the two model sets,
and the facts the pipeline renders, disagree about a class's name, or pick a name that is
spec text. Titles are documentation only (JSON Schema gives them no meaning), so they are
dropped here; names then come from the component keys alone.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from scripts.spec_model.operations import iter_operations
from scripts.spec_model.schemas import iter_schemas

GENERATOR_SPEC = "openapi.json"


def generator_document(document: dict[str, Any]) -> dict[str, Any]:
    """A normalised copy of `document`; the original is not changed."""
    normalised = copy.deepcopy(document)
    drop_schema_titles(normalised)
    name_operations(normalised)
    return normalised


def drop_schema_titles(document: dict[str, Any]) -> None:
    """Titles name classes in openapi-python-client only: names come from component keys."""
    for _, schema in iter_schemas(document):
        schema.pop("title", None)


def name_operations(document: dict[str, Any]) -> None:
    """Every operation's operationId becomes its Python name (spec_model.naming), so the
    generator names each function as the rest of the pipeline does: operations without an
    id, and ids that map to one name (`getJob`, `get_job`), each get a module of their own."""
    for op in iter_operations(document):
        op.node["operationId"] = op.operation_id


def write_generator_spec(document: dict[str, Any], directory: Path) -> Path:
    """The normalised document as JSON in `directory` (a build's scratch), for the generators."""
    path = directory / GENERATOR_SPEC
    text = json.dumps(generator_document(document), ensure_ascii=False, indent=1)
    path.write_text(text, encoding="utf-8")
    return path
