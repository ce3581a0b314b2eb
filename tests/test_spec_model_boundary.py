"""Only scripts/spec_model reads the raw OpenAPI document; every other module of scripts/
reads the typed model (scripts/spec_model/document.py).

The check is syntactic: outside spec_model, no module indexes anything with a key only an
OpenAPI document has (`doc["paths"]`, `.get("operationId")`, `"$ref" in node`), writes a
component pointer, or imports the spec model's raw-document internals. Tests may build
raw documents (they write specs); the pipeline's code may not read them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.paths import REPO_ROOT

SCRIPTS = REPO_ROOT / "scripts"
# The model itself, and the run-time copied into packages (which never sees a spec).
OWN_RAW_ACCESS = (SCRIPTS / "spec_model", SCRIPTS / "templates")
# Keys of OpenAPI objects (not JSON Schema keywords, which schemas are read by).
OPENAPI_KEYS = frozenset(
    {
        "openapi",
        "info",
        "servers",
        "paths",
        "webhooks",
        "components",
        "securitySchemes",
        "schemas",
        "requestBodies",
        "parameters",
        "requestBody",
        "responses",
        "operationId",
        "callbacks",
        "pathItems",
        "$ref",
        "x-jobclients-poll",
        "x-jobclients-terminal",
        "x-jobclients-success",
        "x-jobclients-idempotent",
    }
)
# Modules that hand out the raw document or walk it.
RAW_MODULES = frozenset(
    {
        "scripts.spec_lint",
        "scripts.spec_model.loading",
        "scripts.spec_model.operations",
        "scripts.spec_model.schemas",
        "scripts.spec_model.checks",
    }
)
# The vendor extensions' names, spelled once in scripts/spec_model/openapi.py.
EXTENSIONS = frozenset(key for key in OPENAPI_KEYS if key.startswith("x-"))
RAW_NAMES = frozenset({"load_document", "_raw"})


def raw_reads(source: str) -> Iterator[tuple[int, str]]:
    """(line, what) for every read of the raw document in `source`."""
    for node in ast.walk(ast.parse(source)):
        key: ast.expr | None = None
        if isinstance(node, ast.Subscript):
            key = node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop", "setdefault")
            and node.args
        ):
            key = node.args[0]
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In | ast.NotIn):
            key = node.left
        if isinstance(key, ast.Constant) and key.value in OPENAPI_KEYS:
            yield key.lineno, f"indexes the document with {key.value!r}"
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (node.value.startswith(("#/components/", "#/paths/")) or node.value in EXTENSIONS)
        ):
            yield node.lineno, f"spells the document's {node.value!r}"
        if isinstance(node, ast.ImportFrom) and node.module in RAW_MODULES:
            yield node.lineno, f"imports {node.module}"
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in RAW_NAMES:
                    yield node.lineno, f"imports {alias.name}"
        if isinstance(node, ast.Attribute) and node.attr in RAW_NAMES:
            yield node.lineno, f"reads .{node.attr}"


def _modules() -> list[Path]:
    return sorted(
        path
        for path in SCRIPTS.rglob("*.py")
        if not any(path.is_relative_to(own) for own in OWN_RAW_ACCESS)
    )


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_only_the_spec_model_reads_the_raw_document(module: Path) -> None:
    found = [
        f"{module.relative_to(REPO_ROOT)}:{line}: {what}"
        for line, what in raw_reads(module.read_text())
    ]
    assert not found, "read the typed model (spec_model.document) instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'document["paths"]',
        'op.get("operationId")',
        '"$ref" in schema',
        'REF = "#/components/schemas/Job"',
        'POLL = "x-jobclients-poll"',
        "from scripts.spec_model.loading import load_spec_file",
        "from scripts.spec_model.reading import load_document",
        "spec._raw",
    ],
)
def test_the_boundary_check_sees_each_kind_of_raw_read(source: str) -> None:
    assert list(raw_reads(source)), source


def test_the_boundary_check_lets_the_model_and_json_schema_through() -> None:
    source = 'op.parameters; schema.json.get("properties"); headers.get("Retry-After")'
    assert not list(raw_reads(source))
