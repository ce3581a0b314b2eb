"""The spec diff: every rule of the catalogue shown by a minimal before/after pair, the
verdict and bump a set of changes calls for, and the command's JSON contract."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.paths import REPO_ROOT, SPECS_DIR
from scripts.spec_diff.api_surface import surface_changes
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import report_json
from scripts.spec_diff.rules import RULES
from scripts.spec_lint import iter_operations, load_spec
from scripts.spec_textconv import normalized

Edit = Callable[[dict[str, Any]], object]


def _spec(slug: str) -> dict[str, Any]:
    return load_spec(SPECS_DIR / slug / "openapi.yaml")


def _op(doc: dict[str, Any], operation_id: str | None = None) -> dict[str, Any]:
    return next(o.node for o in iter_operations(doc) if operation_id in (None, o.operation_id))


def _path_item(doc: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = next(iter(doc["paths"].values()))
    return item


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][name]
    return schema


def _job(doc: dict[str, Any]) -> dict[str, Any]:
    return _schema(doc, "InferenceEndpointJob")


def _param(doc: dict[str, Any], name: str) -> dict[str, Any]:
    param: dict[str, Any] = doc["components"]["parameters"][name]
    return param


def _sieve_offset(doc: dict[str, Any]) -> dict[str, Any]:
    return _param(doc, "offset")


def _add_op(doc: dict[str, Any]) -> None:
    doc["paths"]["/extra"] = {"get": {**copy.deepcopy(_op(doc)), "operationId": "extra_op"}}


def _set(target: dict[str, Any], **values: Any) -> None:
    target.update(values)


# (rule, provider the edit starts from, edit). Each edit is the smallest change that shows it.
CASES: list[tuple[str, str, Edit]] = [
    (
        "api-removed",
        "seequent",
        lambda d: d["paths"].pop(next(p for p in d["paths"] if p.endswith("/status"))),
    ),
    ("endpoint-added", "salad", _add_op),
    ("api-operation-id-changed", "salad", lambda d: _set(_op(d), operationId="get_job")),
    ("api-tag-changed", "salad", lambda d: _set(_op(d), tags=["jobs"])),
    ("api-deprecated", "salad", lambda d: _set(_op(d), deprecated=True)),
    (
        "api-idempotency-removed",
        "salad",
        lambda d: _set(_op(d), **{"x-jobclients-idempotent": False}),
    ),
    (
        "api-idempotency-added",
        "seequent",
        lambda d: _set(_op(d, "cancel_job"), **{"x-jobclients-idempotent": False}) and None,
    ),
    (
        "request-parameter-removed",
        "sieve",
        lambda d: _set(_op(d, "get_job"), parameters=[]),
    ),
    (
        "new-required-request-parameter",
        "sieve",
        lambda d: _op(d, "get_job")["parameters"].append(
            {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
        ),
    ),
    (
        "new-optional-request-parameter",
        "sieve",
        lambda d: _op(d, "get_job")["parameters"].append(
            {"name": "limit", "in": "query", "schema": {"type": "integer"}}
        ),
    ),
    ("request-parameter-became-required", "sieve", lambda d: _set(_sieve_offset(d), required=True)),
    (
        "request-parameter-became-optional",
        "salad",
        lambda d: _path_item(d)["parameters"].append(
            {
                "name": "organization_name",
                "in": "path",
                "required": False,
                "schema": {
                    "type": "string",
                    "minLength": 2,
                    "maxLength": 63,
                    "pattern": "^[a-z][a-z0-9-]{0,61}[a-z0-9]$",
                },
            }
        ),
    ),
    (
        "request-parameter-type-changed",
        "sieve",
        lambda d: _set(_sieve_offset(d)["schema"], type="string"),
    ),
    (
        "request-parameter-format-changed",
        "salad",
        lambda d: _param(d, "inference_endpoint_job_id")["schema"].pop("format"),
    ),
    (
        "request-parameter-enum-value-removed",
        "sieve",
        lambda d: _set(_sieve_offset(d)["schema"], enum=[0]),
    ),
    (
        "request-parameter-enum-value-added",
        "sieve",
        lambda d: _set(_sieve_offset(d)["schema"], enum=[0, 1, 2]),
    ),
    (
        "request-parameter-max-length-decreased",
        "salad",
        lambda d: _set(_param(d, "organization_name")["schema"], maxLength=32),
    ),
    (
        "request-parameter-min-length-increased",
        "salad",
        lambda d: _set(_param(d, "organization_name")["schema"], minLength=3),
    ),
    (
        "request-parameter-max-decreased",
        "sieve",
        lambda d: _set(_sieve_offset(d)["schema"], maximum=10),
    ),
    (
        "request-parameter-min-increased",
        "sieve",
        lambda d: _set(_sieve_offset(d)["schema"], minimum=5),
    ),
    (
        "request-parameter-pattern-changed",
        "salad",
        lambda d: _set(_param(d, "organization_name")["schema"], pattern="^[a-z]+$"),
    ),
    (
        "request-parameter-constraint-relaxed",
        "salad",
        lambda d: _set(_param(d, "organization_name")["schema"], maxLength=100),
    ),
    (
        "request-parameter-default-changed",
        "sieve",
        lambda d: _set(_sieve_offset(d)["schema"], default=10),
    ),
    (
        "response-success-status-removed",
        "seequent",
        lambda d: _op(d, "get_job_status")["responses"].pop("202"),
    ),
    (
        "response-success-status-added",
        "salad",
        lambda d: _set(_op(d)["responses"], **{"202": {"description": "Accepted."}}),
    ),
    ("response-non-success-status-removed", "salad", lambda d: _op(d)["responses"].pop("429")),
    (
        "response-non-success-status-added",
        "salad",
        lambda d: _set(_op(d)["responses"], **{"500": {"description": "Oops."}}),
    ),
    (
        "response-media-type-removed",
        "salad",
        lambda d: _set(_op(d)["responses"]["200"], content={}),
    ),
    (
        "response-media-type-added",
        "salad",
        lambda d: _set(
            _op(d)["responses"]["200"]["content"], **{"text/html": {"schema": {"type": "string"}}}
        ),
    ),
    ("response-property-removed", "salad", lambda d: _job(d)["properties"].pop("webhook_url")),
    (
        "response-required-property-became-optional",
        "salad",
        lambda d: _job(d)["required"].remove("update_time"),
    ),
    (
        "response-property-became-nullable",
        "salad",
        lambda d: _set(_job(d)["properties"]["update_time"], type=["string", "null"]),
    ),
    (
        "response-property-type-changed",
        "salad",
        lambda d: _set(_job(d)["properties"]["organization_name"], type="integer"),
    ),
    (
        "response-property-format-changed",
        "salad",
        lambda d: _set(_job(d)["properties"]["create_time"], format="date"),
    ),
    (
        "response-optional-property-added",
        "salad",
        lambda d: _set(_job(d)["properties"], priority={"type": "integer"}),
    ),
    (
        "response-required-property-added",
        "salad",
        lambda d: (
            _set(_job(d)["properties"], priority={"type": "integer"}),
            _job(d)["required"].append("priority"),
        ),
    ),
    ("response-property-became-required", "salad", lambda d: _job(d)["required"].append("output")),
    (
        "response-property-became-not-nullable",
        "salad",
        lambda d: _set(_job(d)["properties"]["metadata"], type="object"),
    ),
    (
        "response-property-enum-value-added",
        "salad",
        lambda d: _schema(d, "InferenceEndpointJobStatus")["enum"].append("queued"),
    ),
    (
        "response-property-enum-value-removed",
        "salad",
        lambda d: _schema(d, "InferenceEndpointJobEventAction")["enum"].remove("started"),
    ),
    (
        "response-property-constraint-widened",
        "salad",
        lambda d: _set(_job(d)["properties"]["events"], maxItems=5000),
    ),
    (
        "response-property-constraint-narrowed",
        "salad",
        lambda d: _set(_job(d)["properties"]["events"], maxItems=10),
    ),
    (
        "terminal-statuses-changed",
        "salad",
        lambda d: _schema(d, "InferenceEndpointJobStatus")["x-jobclients-terminal"].remove(
            "cancelled"
        ),
    ),
    (
        "component-schema-removed",
        "salad",
        lambda d: (
            d["components"]["schemas"].pop("InferenceEndpointJobEventAction")
            and _set(
                _schema(d, "InferenceEndpointJobEvent")["properties"], action={"type": "string"}
            )
        ),
    ),
    (
        "component-schema-added",
        "salad",
        lambda d: _set(d["components"]["schemas"], Extra={"type": "object"}),
    ),
    (
        "security-scheme-changed",
        "salad",
        lambda d: _set(d["components"]["securitySchemes"]["ApiKeyAuth"], name="X-API-Key"),
    ),
    (
        "security-scheme-removed",
        "salad",
        lambda d: (
            _set(d["components"]["securitySchemes"], Bearer={"type": "http", "scheme": "bearer"}),
            _set(d, security=[{"Bearer": []}]),
            d["components"]["securitySchemes"].pop("ApiKeyAuth"),
        ),
    ),
    (
        "security-scheme-added",
        "salad",
        lambda d: _set(
            d["components"]["securitySchemes"], Bearer={"type": "http", "scheme": "bearer"}
        ),
    ),
    ("security-requirement-changed", "salad", lambda d: _set(_op(d), security=[])),
    (
        "server-url-changed",
        "salad",
        lambda d: _set(d["servers"][0], url="https://api.salad.com/api/v2"),
    ),
    (
        "server-variable-removed",
        "seequent",
        lambda d: _set(d["servers"][0], url="https://350mt.api.seequent.com", variables={}),
    ),
    (
        "server-variable-added",
        "salad",
        lambda d: _set(d["servers"][0], variables={"region": {"default": "eu"}}),
    ),
    ("description-changed", "salad", lambda d: _set(_op(d), description="Reads one job.")),
    ("api-version-changed", "salad", lambda d: _set(d["info"], version="2026-01-01")),
]


REVERSED = {"api-idempotency-added"}
# Applied to both sides first, where the shipped specs lack what the rule needs.
PREPARE: dict[str, Edit] = {
    "request-parameter-enum-value-removed": lambda d: _set(
        _param(d, "offset")["schema"], enum=[0, 1]
    ),
    "request-parameter-enum-value-added": lambda d: _set(
        _param(d, "offset")["schema"], enum=[0, 1]
    ),
}


def _diff(slug: str, edit: Edit, reverse: bool = False, prepare: Edit | None = None) -> list[Any]:
    old = _spec(slug)
    if prepare is not None:
        old = copy.deepcopy(old)
        prepare(old)
    new = copy.deepcopy(old)
    edit(new)
    return diff_specs(new, old) if reverse else diff_specs(old, new)


@pytest.mark.parametrize(("rule", "slug", "edit"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_fires_on_its_minimal_change(rule: str, slug: str, edit: Edit) -> None:
    changes = _diff(slug, edit, reverse=rule in REVERSED, prepare=PREPARE.get(rule))
    fired = [c for c in changes if c.rule == rule]
    assert fired, f"{rule} did not fire; got {[c.rule for c in changes]}"
    assert all(c.level == RULES[rule].level and c.location and c.message for c in fired)


def test_every_rule_of_the_catalogue_has_a_case() -> None:
    assert len(RULES) >= 40
    assert {c[0] for c in CASES} == set(RULES)


@pytest.mark.parametrize("slug", ["salad", "seequent", "sieve"])
def test_an_unchanged_spec_has_no_changes(slug: str) -> None:
    assert diff_specs(_spec(slug), copy.deepcopy(_spec(slug))) == []


@pytest.mark.parametrize(
    ("rules", "bump", "breaking"),
    [
        (["description-changed"], "patch", False),
        (["description-changed", "response-optional-property-added"], "minor", False),
        (["response-property-enum-value-added"], "minor", False),
        (["response-optional-property-added", "response-property-removed"], "major", True),
        ([], "none", False),
    ],
)
def test_the_bump_is_the_largest_any_change_calls_for(
    rules: list[str], bump: str, breaking: bool
) -> None:
    edits = [next(e for r, s, e in CASES if r == rule and s == "salad") for rule in rules]
    old = _spec("salad")
    new = copy.deepcopy(old)
    for edit in edits:
        edit(new)
    report = report_json(diff_specs(old, new), RULES)
    assert (report["bump"], report["breaking"]) == (bump, breaking)


def test_an_added_response_enum_value_is_info_because_enums_are_open() -> None:
    (change,) = _diff(
        "salad", lambda d: _schema(d, "InferenceEndpointJobStatus")["enum"].append("queued")
    )
    assert change.level == "info" and "open" in change.message and "'queued'" in change.message


def test_the_command_prints_exactly_one_json_object(tmp_path: Path) -> None:
    old, new = _spec("salad"), _spec("salad")
    _job(new)["properties"].pop("webhook_url")
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document), encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = subprocess.run(
        [sys.executable, "-m", "scripts.spec_diff", *paths, "--format", "json"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    assert set(report) == {"changes", "breaking", "bump"}
    assert report["breaking"] is True and report["bump"] == "major"
    (change,) = report["changes"]
    assert set(change) == {"rule", "level", "location", "message"}
    assert change["rule"] == "response-property-removed"
    assert change["location"].endswith("body.webhook_url")


def test_the_python_api_surface_names_what_appeared_changed_and_disappeared(
    tmp_path: Path,
) -> None:
    for side, source in (
        (
            "old",
            "def get_job(job_id: str, offset: int = 0) -> None: ...\ndef gone() -> None: ...\n",
        ),
        ("new", "def get_job(job_id: str) -> None: ...\ndef fresh() -> None: ...\n"),
    ):
        package = tmp_path / side / "jobclients_demo"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "ops.py").write_text(source)
    surface = surface_changes(tmp_path / "old", tmp_path / "new", "jobclients_demo")
    assert surface.appeared == ["jobclients_demo.ops.fresh"]
    assert surface.disappeared == ["jobclients_demo.ops.gone"]
    assert any("get_job(offset)" in line and "removed" in line for line in surface.changed)


def test_the_textconv_driver_sorts_keys_and_drops_comments() -> None:
    text = "# a comment\nb: 1\na:\n  d: 2  # another\n  c: 3\n"
    assert normalized(text) == "a:\n  c: 3\n  d: 2\nb: 1\n"
