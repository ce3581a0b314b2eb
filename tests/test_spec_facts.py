"""The x-jobclients-* extensions are optional; a use of them the run-time cannot follow is
refused in one line naming the place."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml

from scripts.codegen.spec_facts import SpecFactError, poll_plan, spec_facts
from scripts.paths import SPECS_DIR
from scripts.spec_model.reading import load_document, spec_of
from tests.conftest import RepoCopy
from tests.sdk_support import poll_slugs

POLLED = poll_slugs()[0]


def _document(slug: str = POLLED) -> dict[str, Any]:
    return load_document(SPECS_DIR / slug / "openapi.yaml")


def _strip_extensions(node: Any) -> None:
    if isinstance(node, dict):
        for key in [k for k in node if k.startswith("x-jobclients")]:
            del node[key]
        for value in node.values():
            _strip_extensions(value)
    elif isinstance(node, list):
        for value in node:
            _strip_extensions(value)


def test_a_spec_without_the_extensions_has_no_poll_and_no_terminal_statuses() -> None:
    document = _document()
    _strip_extensions(document)
    assert poll_plan(spec_of(document)) is None
    facts = spec_facts(spec_of(document))
    assert facts.terminal == [] and facts.success == [] and facts.idempotent == []


def test_two_poll_operations_are_refused_naming_both() -> None:
    document = _document()
    first = spec_of(document).operations[0]
    path, item = first.path, document["paths"][first.path]
    document["paths"][path + "/again"] = copy.deepcopy(item)
    with pytest.raises(SpecFactError, match="more than one operation") as refused:
        poll_plan(spec_of(document))
    assert refused.value.place.count("paths.") == 2


def test_a_poll_without_a_terminal_status_schema_is_refused() -> None:
    document = _document()
    for schema in document["components"]["schemas"].values():
        schema.pop("x-jobclients-terminal", None)
    with pytest.raises(SpecFactError, match="needs a status schema marked x-jobclients-terminal"):
        poll_plan(spec_of(document))


@pytest.mark.parametrize("bad", [["done", 3], "done", None])
def test_terminal_statuses_must_be_a_list_of_strings(bad: object) -> None:
    document = _document()
    status = next(
        s for s in document["components"]["schemas"].values() if "x-jobclients-terminal" in s
    )
    status["x-jobclients-terminal"] = bad
    with pytest.raises(SpecFactError, match=r"x-jobclients-terminal: must be a list"):
        spec_facts(spec_of(document))


@pytest.mark.parametrize("bad", [0, -5, 3601, "600", True, None, [600]])
def test_a_time_limit_must_be_seconds_within_an_hour(bad: object) -> None:
    document = _document()
    op = spec_of(document).operations[0]
    document["paths"][op.path][op.method]["x-jobclients-timeout"] = bad
    if bad is None:  # as good as absent
        assert spec_facts(spec_of(document)).held_open == {}
        return
    with pytest.raises(SpecFactError, match=r"x-jobclients-timeout: must be a number of seconds"):
        spec_facts(spec_of(document))


def test_a_time_limit_is_a_fact_of_its_operation() -> None:
    document = _document()
    op = spec_of(document).operations[0]
    document["paths"][op.path][op.method]["x-jobclients-timeout"] = 660
    assert spec_facts(spec_of(document)).held_open == {op.python_name: 660.0}


def test_generate_refuses_two_poll_operations_in_one_line_and_keeps_generated(
    repo_copy: RepoCopy,
) -> None:
    spec = repo_copy.specs / POLLED / "openapi.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    first = spec_of(document).operations[0]
    copied = copy.deepcopy(document["paths"][first.path])
    for node in copied.values():
        if isinstance(node, dict) and "operationId" in node:
            node["operationId"] += "_again"
    document["paths"][first.path + "/again"] = copied
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    result = repo_copy.generate(POLLED)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"{re.escape(str(spec))}: paths\..*more than one operation", result.stderr)
    assert f"generated/{POLLED} was left as it was" in result.stderr
