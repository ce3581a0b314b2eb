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


BAD_RATE_LIMITS = [
    ({"requests": 0, "per": 60}, r"x-jobclients-rate-limit\.requests: must be an int"),
    ({"requests": 10**7, "per": 60}, r"x-jobclients-rate-limit\.requests: must be an int"),
    ({"requests": True, "per": 60}, r"x-jobclients-rate-limit\.requests: must be an int"),
    ({"requests": "240", "per": 60}, r"x-jobclients-rate-limit\.requests: must be an int"),
    ({"requests": 240, "per": 0}, r"x-jobclients-rate-limit\.per: must be a number"),
    ({"requests": 240, "per": 86401}, r"x-jobclients-rate-limit\.per: must be a number"),
    ({"requests": 240, "per": float("inf")}, r"x-jobclients-rate-limit\.per: must be a number"),
    ({"requests": 240, "per": float("nan")}, r"x-jobclients-rate-limit\.per: must be a number"),
    ({"requests": 240}, r"x-jobclients-rate-limit: must be a mapping of exactly"),
    ({"requests": 240, "per": 60, "burst": 5}, r"x-jobclients-rate-limit: must be a mapping"),
    ([240, 60], r"x-jobclients-rate-limit: must be a mapping"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_RATE_LIMITS)
def test_a_rate_limit_mark_is_refused_naming_its_place(bad: object, message: str) -> None:
    document = _document()
    document["x-jobclients-rate-limit"] = bad
    with pytest.raises(SpecFactError, match=message):
        spec_facts(spec_of(document))
    document = _document()
    op = spec_of(document).operations[0]
    document["paths"][op.path][op.method]["x-jobclients-rate-limit"] = bad
    with pytest.raises(SpecFactError, match=re.escape(op.place) + r"\." + message):
        spec_facts(spec_of(document))


def test_rate_limits_per_key_and_per_operation_are_facts() -> None:
    document = _document()
    document["x-jobclients-rate-limit"] = {"requests": 240, "per": 60}
    op = spec_of(document).operations[0]
    document["paths"][op.path][op.method]["x-jobclients-rate-limit"] = {"requests": 2, "per": 1.5}
    facts = spec_facts(spec_of(document))
    assert facts.rate_limit == [240, 60.0]
    assert facts.operation_rate_limits == {op.python_name: [2, 1.5]}
    _strip_extensions(document)
    facts = spec_facts(spec_of(document))
    assert facts.rate_limit is None and facts.operation_rate_limits == {}


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
