"""House rules every hand-written spec follows (DESIGN.md, "How a spec is written"): the
providers with a fidelity table (tests.conftest.CURATED_SLUGS)."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.codegen.call_plan import auth_of
from scripts.paths import SPECS_DIR
from scripts.spec_lint import iter_operations, lint_spec, resolve
from tests.conftest import CURATED_SLUGS

SUCCESS_EXAMPLES = 3


def _document(slug: str) -> dict[str, Any]:
    return lint_spec(SPECS_DIR / slug / "openapi.yaml")


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_every_response_is_documented_with_a_schema_and_examples(slug: str) -> None:
    document = _document(slug)
    for op in iter_operations(document):
        for status, raw in op.node["responses"].items():
            where = f"{slug} {op.operation_id} {status}"
            for media_type, media in (resolve(document, raw).get("content") or {}).items():
                assert "schema" in media, f"{where} {media_type}: no schema"
                examples = media.get("examples") or {}
                assert examples, f"{where} {media_type}: no example"
                if str(status).startswith("2"):
                    assert "seed" in examples, f"{where}: the seed's own example is missing"
                    assert len(examples) >= SUCCESS_EXAMPLES, f"{where}: fewer than 3 examples"


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_behaviour_the_generators_cannot_read_is_in_vendor_extensions(slug: str) -> None:
    document = _document(slug)
    statuses = [
        (name, schema)
        for name, schema in document["components"]["schemas"].items()
        if "x-jobclients-terminal" in schema
    ]
    assert len(statuses) == 1, f"{slug}: exactly one job status schema carries the terminal set"
    name, schema = statuses[0]
    terminal, success = set(schema["x-jobclients-terminal"]), set(schema["x-jobclients-success"])
    assert terminal <= set(schema["enum"]), f"{slug} {name}: a terminal status is not a value"
    assert success and success <= terminal, f"{slug} {name}: success must be terminal"
    polled = [op for op in iter_operations(document) if op.node.get("x-jobclients-poll")]
    assert len(polled) == 1, f"{slug}: exactly one operation is what wait_for_job polls"
    for op in iter_operations(document):
        idempotent = op.node.get("x-jobclients-idempotent")
        assert isinstance(idempotent, bool), f"{slug} {op.operation_id}: x-jobclients-idempotent"
        if op.method == "get":
            assert idempotent, f"{slug} {op.operation_id}: a GET is idempotent"


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_servers_and_security_are_declared(slug: str) -> None:
    document = _document(slug)
    server = document["servers"][0]
    assert server["url"].startswith("https://"), f"{slug}: the real host, over https"
    for variable in (server.get("variables") or {}).values():
        assert variable.get("default") and variable.get("description")
    assert auth_of(document) is not None, f"{slug}: no global security requirement"


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_every_path_parameter_is_required_and_typed(slug: str) -> None:
    document = _document(slug)
    for op in iter_operations(document):
        for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
            param = resolve(document, raw)
            if param["in"] == "path":
                assert param["required"] is True
                schema = resolve(document, param["schema"])
                assert schema.get("type") == "string", f"{slug} {param['name']}: type"
                assert {"format", "pattern", "minLength"} & set(schema), (
                    f"{slug} {param['name']}: a path parameter needs a format or constraint"
                )
