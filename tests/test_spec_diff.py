"""The spec diff: every rule of the catalogue shown by a minimal before/after pair on a small
spec, the verdict and bump a set of changes calls for, the report, and the command's
contract in both modes (two files; a git ref)."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.paths import REPO_ROOT, SPECS_DIR
from scripts.spec_diff.against_ref import BaseRefError, reports_against, resolve_base
from scripts.spec_diff.api_surface import SurfaceChanges, surface_changes
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import Change, Level
from scripts.spec_diff.report import fit, markdown
from scripts.spec_diff.review import Review
from scripts.spec_diff.rules import NARROWED_BOUND, NOT_FROM_SPECS, RULES
from scripts.spec_model.openapi import parsed_media_type
from scripts.spec_model.reading import load_spec, spec_of
from scripts.spec_textconv import normalized
from tests.conftest import SLUGS
from tests.spec_diff_support import commit_all, git, minimal_spec, write_yaml

Doc = dict[str, Any]
Edit = Callable[[Doc], object]
_JOBS = "/jobs/{job_id}"
_JSON = "application/json"


def _get(d: Doc) -> Doc:
    op: Doc = d["paths"][_JOBS]["get"]
    return op


def _post(d: Doc) -> Doc:
    op: Doc = d["paths"][_JOBS]["post"]
    return op


def _query(d: Doc) -> Doc:
    param: Doc = _get(d)["parameters"][0]
    return param


def _schema(d: Doc, name: str) -> Doc:
    schema: Doc = d["components"]["schemas"][name]
    return schema


def _ok(d: Doc) -> Doc:
    response: Doc = _get(d)["responses"]["200"]
    return response


def _not_found(d: Doc) -> Doc:
    response: Doc = _get(d)["responses"]["404"]
    return response


def _set(target: Doc, **values: Any) -> None:
    target.update(values)


def _error_media(*names: str) -> Edit:
    """The 404's media types in this order: a Job as JSON (or +json), text or XML."""
    job = {"schema": {"$ref": "#/components/schemas/Job"}}
    bodies = {_JSON: job, "application/problem+json": job, "text/plain": {}, "application/xml": {}}
    return lambda d: _set(_not_found(d), content={name: bodies[name] for name in names})


def _rename_scheme(d: Doc) -> None:
    """components.securitySchemes.Key is ApiKey now, and so is every requirement naming it."""
    schemes = d["components"]["securitySchemes"]
    schemes["ApiKey"] = schemes.pop("Key")
    d["security"] = [{"ApiKey": []}]


def _body(**extra: Any) -> Doc:
    return {"content": {_JSON: {"schema": {"$ref": "#/components/schemas/JobInput"}}}, **extra}


# (rule, edit applied to both sides first or None, the edit that shows the rule)
Case = tuple[str, Edit | None, Edit]

CASES: list[Case] = [
    # operations
    ("api-removed", None, lambda d: d["paths"][_JOBS].pop("post")),
    (
        "endpoint-added",
        None,
        lambda d: _set(
            d["paths"], **{"/jobs": {"get": {"operationId": "list_jobs", "responses": {}}}}
        ),
    ),
    ("api-operation-id-changed", None, lambda d: _set(_get(d), operationId="read_job")),
    ("api-tag-changed", None, lambda d: _set(_get(d), tags=["reads"])),
    ("api-deprecated", None, lambda d: _set(_get(d), deprecated=True)),
    ("api-idempotency-removed", None, lambda d: _get(d).pop("x-jobclients-idempotent")),
    ("api-idempotency-added", None, lambda d: _set(_post(d), **{"x-jobclients-idempotent": True})),
    (
        "poll-operation-changed",
        None,
        lambda d: (_get(d).pop("x-jobclients-poll"), _set(_post(d), **{"x-jobclients-poll": True})),
    ),
    (
        "poll-operation-added",
        lambda d: _get(d).pop("x-jobclients-poll"),
        lambda d: _set(_get(d), **{"x-jobclients-poll": True}),
    ),
    # parameters
    ("request-parameter-removed", None, lambda d: _get(d).pop("parameters")),
    (
        "new-required-request-parameter",
        None,
        lambda d: _get(d)["parameters"].append(
            {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
        ),
    ),
    (
        "new-optional-request-parameter",
        None,
        lambda d: _get(d)["parameters"].append(
            {"name": "limit", "in": "query", "schema": {"type": "integer"}}
        ),
    ),
    ("request-parameter-became-required", None, lambda d: _set(_query(d), required=True)),
    (
        "request-parameter-became-optional",
        lambda d: _set(_query(d), required=True),
        lambda d: _query(d).pop("required"),
    ),
    (
        "request-parameter-style-changed",
        lambda d: _set(_query(d), explode=False),
        lambda d: _set(_query(d), style="spaceDelimited"),
    ),
    ("request-parameter-explode-changed", None, lambda d: _set(_query(d), explode=False)),
    # request bodies
    (
        "added-required-request-body",
        lambda d: _post(d).pop("requestBody"),
        lambda d: _set(_post(d), requestBody=_body(required=True)),
    ),
    (
        "added-optional-request-body",
        lambda d: _post(d).pop("requestBody"),
        lambda d: _set(_post(d), requestBody=_body()),
    ),
    ("request-body-removed", None, lambda d: _post(d).pop("requestBody")),
    (
        "request-body-became-required",
        None,
        lambda d: _set(_post(d)["requestBody"], required=True),
    ),
    (
        "request-body-became-optional",
        lambda d: _set(_post(d)["requestBody"], required=True),
        lambda d: _post(d)["requestBody"].pop("required"),
    ),
    (
        "request-body-media-type-removed",
        lambda d: _set(_post(d)["requestBody"]["content"], **{"text/plain": {}}),
        lambda d: _post(d)["requestBody"]["content"].pop("text/plain"),
    ),
    (
        "request-body-media-type-added",
        None,
        lambda d: _set(_post(d)["requestBody"]["content"], **{"text/plain": {}}),
    ),
    ("request-property-removed", None, lambda d: _schema(d, "JobInput")["properties"].pop("value")),
    (
        "new-required-request-property",
        None,
        lambda d: (
            _set(_schema(d, "JobInput")["properties"], note={"type": "string"}),
            _schema(d, "JobInput")["required"].append("note"),
        ),
    ),
    (
        "new-optional-request-property",
        None,
        lambda d: _set(_schema(d, "JobInput")["properties"], note={"type": "string"}),
    ),
    (
        "request-property-became-required",
        None,
        lambda d: _schema(d, "JobInput")["required"].append("value"),
    ),
    (
        "request-property-became-optional",
        None,
        lambda d: _schema(d, "JobInput")["required"].remove("name"),
    ),
    # responses
    (
        "response-success-status-removed",
        lambda d: _set(_get(d)["responses"], **{"202": {"description": "Accepted."}}),
        lambda d: _get(d)["responses"].pop("202"),
    ),
    (
        "response-success-status-added",
        None,
        lambda d: _set(_get(d)["responses"], **{"202": {"description": "Accepted."}}),
    ),
    (
        "response-media-type-order-changed",
        _error_media(_JSON, "text/plain"),
        _error_media("text/plain", _JSON),
    ),
    ("response-non-success-status-removed", None, lambda d: _get(d)["responses"].pop("404")),
    (
        "response-non-success-status-added",
        None,
        lambda d: _set(_get(d)["responses"], **{"500": {"description": "Oops."}}),
    ),
    (
        "response-media-type-removed",
        lambda d: _set(_ok(d)["content"], **{"text/plain": {}}),
        lambda d: _ok(d)["content"].pop("text/plain"),
    ),
    ("response-media-type-added", None, lambda d: _set(_ok(d)["content"], **{"text/plain": {}})),
    ("required-response-header-removed", None, lambda d: _ok(d)["headers"].pop("X-Request-Id")),
    ("optional-response-header-removed", None, lambda d: _ok(d)["headers"].pop("X-Trace")),
    ("response-property-removed", None, lambda d: _schema(d, "Job")["properties"].pop("value")),
    (
        "response-required-property-became-optional",
        None,
        lambda d: _schema(d, "Job")["required"].remove("id"),
    ),
    (
        "response-property-became-required",
        None,
        lambda d: _schema(d, "Job")["required"].append("value"),
    ),
    (
        "response-optional-property-added",
        None,
        lambda d: _set(_schema(d, "Job")["properties"], note={"type": "string"}),
    ),
    (
        "response-required-property-added",
        None,
        lambda d: (
            _set(_schema(d, "Job")["properties"], note={"type": "string"}),
            _schema(d, "Job")["required"].append("note"),
        ),
    ),
    # vendor extensions
    (
        "terminal-statuses-changed",
        None,
        lambda d: _schema(d, "Status")["x-jobclients-terminal"].remove("failed"),
    ),
    (
        "success-statuses-changed",
        None,
        lambda d: _schema(d, "Status")["x-jobclients-success"].append("failed"),
    ),
    # components, security, servers, documentation
    ("component-schema-removed", None, lambda d: d["components"]["schemas"].pop("Kind")),
    (
        "component-schema-added",
        None,
        lambda d: _set(d["components"]["schemas"], Extra={"type": "object"}),
    ),
    (
        "security-scheme-changed",
        None,
        lambda d: _set(d["components"]["securitySchemes"]["Key"], name="X-Api-Key"),
    ),
    (
        "security-scheme-removed",
        lambda d: _set(d["components"]["securitySchemes"], Bearer={"type": "http"}),
        lambda d: d["components"]["securitySchemes"].pop("Bearer"),
    ),
    (
        "security-scheme-added",
        None,
        lambda d: _set(d["components"]["securitySchemes"], Bearer={"type": "http"}),
    ),
    ("security-scheme-renamed", None, _rename_scheme),
    ("security-requirement-changed", None, lambda d: _set(_get(d), security=[])),
    (
        "server-url-changed",
        None,
        lambda d: _set(d["servers"][0], url="https://{region}.example.org"),
    ),
    (
        "server-variable-removed",
        lambda d: d["servers"][0]["variables"].update(tier={"default": "a"}),
        lambda d: d["servers"][0]["variables"].pop("tier"),
    ),
    (
        "server-variable-added",
        None,
        lambda d: d["servers"][0]["variables"].update(tier={"default": "a"}),
    ),
    (
        "server-variable-enum-value-removed",
        None,
        lambda d: _set(d["servers"][0]["variables"]["region"], enum=["eu"]),
    ),
    (
        "server-variable-enum-value-added",
        None,
        lambda d: _set(d["servers"][0]["variables"]["region"], enum=["eu", "us", "ap"]),
    ),
    (
        "server-variable-became-enum",
        lambda d: d["servers"][0]["variables"]["region"].pop("enum"),
        lambda d: _set(d["servers"][0]["variables"]["region"], enum=["eu", "us"]),
    ),
    (
        "server-variable-default-changed",
        None,
        lambda d: _set(d["servers"][0]["variables"]["region"], default="us"),
    ),
    ("description-changed", None, lambda d: _set(_get(d), description="Reads one job.")),
    ("api-version-changed", None, lambda d: _set(d["info"], version="2")),
]

# Schema pairs (before, after) for the value slot of each place a schema is compared.
_STATUS, _KIND = "#/components/schemas/Status", "#/components/schemas/Kind"
_BOUNDED_TYPE = {"Length": "string", "Items": "array", "Properties": "object"}
_INLINE_KIND = {"type": "string", "enum": ["running", "done", "failed"]}  # Kind, written inline


def _const_variant(value: str) -> Doc:
    return {"anyOf": [{"type": "integer"}, {"type": "string", "const": value}]}


# Either side: a schema that makes a class (here an enum) moved in or out of components.
CLASS_MOVE_PAIRS: dict[str, tuple[Doc, Doc]] = {
    "schema-became-component": (_INLINE_KIND, {"$ref": _KIND}),
    "schema-became-inline": ({"$ref": _KIND}, _INLINE_KIND),
}
SENT_PAIRS: dict[str, tuple[Doc, Doc]] = {
    "type-changed": ({"type": "string"}, {"type": "integer"}),
    "type-generalized": ({"type": "integer"}, {"type": "number"}),
    "format-changed": ({"type": "string"}, {"type": "string", "format": "uuid"}),
    "enum-value-removed": (
        {"type": "string", "enum": ["a", "b"]},
        {"type": "string", "enum": ["a"]},
    ),
    "enum-value-added": ({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a", "b"]}),
    "became-enum": ({"type": "string"}, {"type": "string", "enum": ["a", "b"]}),
    "enum-removed": ({"type": "string", "enum": ["a", "b"]}, {"type": "string"}),
    "const-changed": (_const_variant("a"), _const_variant("b")),
    "pattern-added": ({"type": "string"}, {"type": "string", "pattern": "^a"}),
    "pattern-removed": ({"type": "string", "pattern": "^a"}, {"type": "string"}),
    "pattern-changed": ({"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "^b"}),
    "default-changed": ({"type": "integer", "default": 1}, {"type": "integer", "default": 2}),
    "became-not-nullable": ({"type": ["integer", "null"]}, {"type": "integer"}),
    "became-nullable": ({"type": "integer"}, {"type": ["integer", "null"]}),
    "constraint-relaxed": ({"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 9}),
    "schema-ref-changed": ({"$ref": _STATUS}, {"$ref": _KIND}),
    **CLASS_MOVE_PAIRS,
}
for _bound, _suffix in NARROWED_BOUND.items():
    _type = next((t for k, t in _BOUNDED_TYPE.items() if k in _bound), "integer")
    _wide, _narrow = (10, 5) if _bound.startswith(("max", "exclusiveMax")) else (1, 2)
    SENT_PAIRS[_suffix] = ({"type": _type, _bound: _wide}, {"type": _type, _bound: _narrow})
OBJECT_PAIRS: dict[str, tuple[Doc, Doc]] = {
    "additional-properties-closed": (
        {"type": "object"},
        {"type": "object", "additionalProperties": False},
    ),
    "additional-properties-opened": (
        {"type": "object", "additionalProperties": False},
        {"type": "object"},
    ),
}
RECEIVED_PAIRS: dict[str, tuple[Doc, Doc]] = {
    "type-changed": ({"type": "string"}, {"type": "integer"}),
    "type-narrowed": ({"type": "number"}, {"type": "integer"}),
    "const-changed": (_const_variant("a"), _const_variant("b")),
    "format-changed": ({"type": "string"}, {"type": "string", "format": "date-time"}),
    "became-nullable": ({"type": "string"}, {"type": ["string", "null"]}),
    "became-not-nullable": ({"type": ["string", "null"]}, {"type": "string"}),
    "enum-value-added": ({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a", "b"]}),
    "enum-value-removed": (
        {"type": "string", "enum": ["a", "b"]},
        {"type": "string", "enum": ["a"]},
    ),
    "constraint-widened": ({"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 9}),
    "constraint-narrowed": ({"type": "string", "maxLength": 9}, {"type": "string", "maxLength": 5}),
    "schema-ref-changed": ({"$ref": _STATUS}, {"$ref": _KIND}),
    **CLASS_MOVE_PAIRS,
    **OBJECT_PAIRS,
}
SLOTS: dict[str, Callable[[Doc, Doc], None]] = {
    "request-parameter": lambda d, schema: _set(_query(d), schema=schema),
    "request-property": lambda d, schema: _set(_schema(d, "JobInput")["properties"], value=schema),
    "response-property": lambda d, schema: _set(_schema(d, "Job")["properties"], value=schema),
}


def _pair_case(prefix: str, suffix: str, before: Doc, after: Doc) -> Case:
    slot = SLOTS[prefix]
    return (
        f"{prefix}-{suffix}",
        lambda d: slot(d, copy.deepcopy(before)),
        lambda d: slot(d, copy.deepcopy(after)),
    )


PAIR_CASES: list[Case] = [
    *(_pair_case("request-parameter", k, *pair) for k, pair in SENT_PAIRS.items()),
    *(_pair_case("request-property", k, *p) for k, p in (SENT_PAIRS | OBJECT_PAIRS).items()),
    *(_pair_case("response-property", k, *pair) for k, pair in RECEIVED_PAIRS.items()),
]


def _diff(prepare: Edit | None, edit: Edit, base: Doc | None = None) -> list[Change]:
    old = copy.deepcopy(base or minimal_spec())
    if prepare is not None:
        prepare(old)
    new = copy.deepcopy(old)
    edit(new)
    return _diff_documents(old, new)


def _diff_documents(old: Doc, new: Doc) -> list[Change]:
    return diff_specs(spec_of(old), spec_of(new))


@pytest.mark.parametrize(
    ("rule", "prepare", "edit"), CASES + PAIR_CASES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_each_rule_fires_alone_on_its_minimal_change(
    rule: str, prepare: Edit | None, edit: Edit
) -> None:
    changes = _diff(prepare, edit)
    assert {c.rule for c in changes} == {rule}, f"{rule}: got {[c.rule for c in changes]}"
    assert all(c.level == RULES[rule].level and c.location and c.message for c in changes)


def test_every_rule_of_the_catalogue_has_a_case() -> None:
    shown = {c[0] for c in CASES + PAIR_CASES}
    assert len(shown) == len(CASES + PAIR_CASES), "a rule has two cases"
    assert shown | NOT_FROM_SPECS == set(RULES)
    assert len(RULES) >= 40


def test_a_ref_made_nullable_keeps_its_class_and_only_becomes_nullable() -> None:
    nullable = {"anyOf": [{"$ref": _STATUS}, {"type": "null"}]}
    changes = _diff(*_pair_case("response-property", "", {"$ref": _STATUS}, nullable)[1:])
    assert [c.rule for c in changes] == ["response-property-became-nullable"]


@pytest.mark.parametrize("bound", sorted(NARROWED_BOUND))
def test_a_request_bound_widened_is_not_breaking(bound: str) -> None:
    before, after = SENT_PAIRS[NARROWED_BOUND[bound]]
    (change,) = _diff(*_pair_case("request-parameter", "", after, before)[1:])
    assert (change.rule, change.level) == ("request-parameter-constraint-relaxed", Level.INFO)


def test_an_enum_value_removed_inside_an_array_parameter_is_breaking() -> None:
    def items(values: list[str]) -> Edit:
        return lambda d: _set(
            _query(d), schema={"type": "array", "items": {"type": "string", "enum": values}}
        )

    (change,) = _diff(items(["a", "b"]), items(["a"]))
    assert change.rule == "request-parameter-enum-value-removed"
    assert change.location.endswith("query.q[]") and change.message == "'b'"


def test_a_response_enum_value_added_is_info_because_enums_are_open() -> None:
    (change,) = _diff(None, lambda d: _schema(d, "Status")["enum"].append("queued"))
    assert change.level == Level.INFO and "open" in change.message and "'queued'" in change.message


def test_a_response_enum_value_removed_breaks_code_naming_its_member() -> None:
    (change,) = _diff(None, lambda d: _schema(d, "Status")["enum"].remove("running"))
    assert change.level == Level.BREAKING and "member" in change.message


def _pair_diff(prefix: str, before: Doc, after: Doc, base: Doc | None = None) -> list[Change]:
    return _diff(*_pair_case(prefix, "", before, after)[1:], base=base)


@pytest.mark.parametrize("prefix", sorted(SLOTS))
def test_a_const_changed_inside_a_variant_is_located_at_the_variant(prefix: str) -> None:
    (change,) = _pair_diff(prefix, _const_variant("a"), _const_variant("b"))
    assert change.location.endswith(".anyOf[1]") and change.message == "'a' -> 'b'"


@pytest.mark.parametrize("prefix", sorted(SLOTS))
def test_variants_are_paired_by_what_they_are_so_a_reordering_alone_is_silent(prefix: str) -> None:
    written = [{"$ref": _STATUS}, {"type": "integer"}, {"type": "string", "const": "a"}]
    before = {"oneOf": [*written, {"type": "null"}]}
    after = {"oneOf": [{"type": "null"}, *reversed(written)]}
    assert _pair_diff(prefix, before, after) == []
    after["oneOf"][1] = {"type": "string", "const": "b"}  # and a const changed: that alone
    (change,) = _pair_diff(prefix, before, after)
    assert change.rule == f"{prefix}-const-changed" and change.location.endswith(".oneOf[1]")


def test_an_enum_change_inside_a_variant_is_seen_there() -> None:
    def variants(values: list[str]) -> Doc:
        return {"oneOf": [{"type": "integer"}, {"type": "string", "enum": values}]}

    (change,) = _pair_diff("response-property", variants(["a", "b"]), variants(["a"]))
    assert change.rule == "response-property-enum-value-removed"
    assert change.location.endswith("body.value.oneOf[1]") and change.message.startswith("'b'")


def test_a_nullable_wrappers_member_is_compared_at_the_property_itself() -> None:
    """`anyOf: [X, null]` is X's class or None: a change inside X is located as X's."""

    def wrapper(ref: str) -> Doc:
        return {"anyOf": [{"$ref": ref}, {"type": "null"}]}

    (change,) = _pair_diff("response-property", wrapper(_STATUS), wrapper(_KIND))
    assert change.rule == "response-property-schema-ref-changed"
    assert change.location.endswith("body.value") and change.message.startswith("Status -> Kind")


def test_variants_added_are_judged_by_the_union_and_the_alike_ones_one_by_one() -> None:
    before = {"anyOf": [{"$ref": _KIND}, {"type": "string", "const": "a"}]}
    after = {"anyOf": [{"type": "string", "const": "b"}, {"type": "integer"}, {"$ref": _KIND}]}
    changes = _pair_diff("response-property", before, after)
    assert sorted((c.rule, c.location.rsplit(".", 1)[-1]) for c in changes) == [
        ("response-property-const-changed", "anyOf[0]"),
        ("response-property-type-changed", "value"),  # an integer is read now
    ]


@pytest.mark.parametrize(
    ("prefix", "before", "after", "breaks"),
    [
        ("request-parameter", "a", "b", True),
        ("request-parameter", None, "a", True),  # other values are refused now
        ("request-parameter", "a", None, False),  # any value is accepted now
        ("response-property", "a", "b", True),
        ("response-property", "a", None, True),  # the released client's parse refuses others
        ("response-property", None, "a", False),  # the value it reads is one it read already
    ],
)
def test_a_const_breaks_where_it_refuses_what_was_accepted(
    prefix: str, before: str | None, after: str | None, breaks: bool
) -> None:
    def schema(value: str | None) -> Doc:
        return {"type": "string", **({"const": value} if value else {})}

    changes = _pair_diff(prefix, schema(before), schema(after))
    assert [c.rule for c in changes] == ([f"{prefix}-const-changed"] if breaks else [])


@pytest.mark.parametrize("prefix", ["request-parameter", "request-property"])
def test_an_enum_dropped_from_a_value_sent_breaks_code_naming_its_class(prefix: str) -> None:
    (change,) = _pair_diff(prefix, *SENT_PAIRS["enum-removed"])
    assert change.level == Level.BREAKING and "enum class" in change.message


@pytest.mark.parametrize(
    ("before", "after", "rule"),
    [
        ({"type": "number"}, {"type": "integer"}, "response-property-type-narrowed"),
        ({"type": ["string", "integer"]}, {"type": "string"}, "response-property-type-narrowed"),
        ({"type": "integer"}, {"type": "number"}, "response-property-type-changed"),
        ({"type": "string"}, {"type": ["string", "integer"]}, "response-property-type-changed"),
        ({"type": "string"}, {"type": "integer"}, "response-property-type-changed"),
    ],
)
def test_a_response_type_narrowed_is_still_read_and_one_widened_breaks(
    before: Doc, after: Doc, rule: str
) -> None:
    (change,) = _pair_diff("response-property", before, after)
    assert change.rule == rule


@pytest.mark.parametrize(
    ("before", "after", "rules"),
    [
        ((_JSON, "text/plain"), ("text/plain", _JSON), ["response-media-type-order-changed"]),
        (
            ("application/problem+json", _JSON),
            (_JSON, "application/problem+json"),
            ["response-media-type-order-changed"],
        ),
        (("application/xml", _JSON), (_JSON, "application/xml"), []),  # JSON read either way
        (
            (_JSON,),
            ("text/plain", _JSON),
            ["response-media-type-added", "response-media-type-order-changed"],
        ),
        ((_JSON, "text/plain"), ("text/plain",), ["response-media-type-removed"]),
    ],
)
def test_a_response_media_type_order_matters_only_where_the_one_parsed_changes(
    before: tuple[str, ...], after: tuple[str, ...], rules: list[str]
) -> None:
    changes = _diff(_error_media(*before), _error_media(*after))
    assert sorted(c.rule for c in changes) == rules
    assert all(c.location == f"GET {_JOBS} response 404" for c in changes)


def test_the_media_type_parsed_is_the_first_openapi_python_client_reads() -> None:
    assert parsed_media_type(["application/xml", "text/csv", _JSON]) == "text/csv"
    assert parsed_media_type(["application/xml", "application/vnd.api+json"]) == (
        "application/vnd.api+json"
    )
    assert parsed_media_type(["image/png", "application/octet-stream"]) == (
        "application/octet-stream"
    )
    assert parsed_media_type(["Application/JSON", _JSON]) == _JSON  # as the generator: case
    assert parsed_media_type(["application/xml"]) is None


def test_a_2xx_the_released_client_read_through_a_range_is_judged_against_the_range() -> None:
    def answers(schema: Doc, code: str) -> Edit:
        response = {"description": "Done.", "content": {_JSON: {"schema": schema}}}
        return lambda d: _set(_get(d)["responses"], **{code: copy.deepcopy(response)})

    anything = answers({"type": "object"}, "2XX")
    assert _diff(anything, answers({"type": "object"}, "202")) == []
    (change,) = _diff(anything, answers({"type": "string"}, "202"))
    assert change.rule == "response-property-type-changed"
    assert change.location == f"GET {_JOBS} response 202 {_JSON} body"
    (added,) = _diff(None, answers({"type": "object"}, "2XX"))
    assert added.rule == "response-success-status-added" and "UnexpectedStatus" in added.message


def test_a_plain_schema_moved_into_a_component_breaks_only_a_pydantic_field() -> None:
    """A `{type: string}` component makes no attrs class, so a parameter moved into it is
    unchanged; a pydantic model's field becomes the component's RootModel class."""
    base = minimal_spec()
    _set(base["components"]["schemas"], Word={"type": "string"})
    word = {"$ref": "#/components/schemas/Word"}
    assert _pair_diff("request-parameter", {"type": "string"}, word, base) == []
    for prefix in ("request-property", "response-property"):
        (change,) = _pair_diff(prefix, {"type": "string"}, word, base)
        assert change.rule == f"{prefix}-schema-became-component" and "RootModel" in change.message
        (back,) = _pair_diff(prefix, word, {"type": "string"}, base)
        assert back.rule == f"{prefix}-schema-became-inline"


_INLINE_JOB_INPUT = {  # the JobInput component, written inline: an attrs and a pydantic model
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
}


@pytest.mark.parametrize(
    ("inline", "component"),
    [(_INLINE_KIND, "Kind"), (_INLINE_JOB_INPUT, "JobInput")],
    ids=["enum", "model"],
)
def test_a_class_moved_into_a_component_is_renamed(inline: Doc, component: str) -> None:
    ref = {"$ref": f"#/components/schemas/{component}"}
    (change,) = _pair_diff("response-property", inline, ref)
    assert change.rule == "response-property-schema-became-component"
    assert change.message == (
        f"(inline) -> {component}: the generated class is renamed (attrs and pydantic models)"
    )
    (back,) = _pair_diff("response-property", ref, inline)
    assert back.rule == "response-property-schema-became-inline"


def test_a_scheme_renamed_whose_requirement_changed_too_is_a_requirement_change() -> None:
    changes = _diff(None, lambda d: (_rename_scheme(d), _set(_get(d), security=[])))
    assert [(c.rule, c.message) for c in changes] == [
        ("security-scheme-renamed", "Key -> ApiKey, sent the same way (apiKey/header/X-Key)"),
        ("security-requirement-changed", "Key -> (none)"),
    ]


def test_a_scheme_renamed_with_another_definition_is_one_removed_and_one_added() -> None:
    def rename_and_change(d: Doc) -> None:
        _rename_scheme(d)
        _set(d["components"]["securitySchemes"]["ApiKey"], name="X-Api-Key")

    rules = {c.rule for c in _diff(None, rename_and_change)}
    assert rules == {
        "security-scheme-removed",
        "security-scheme-added",
        "security-requirement-changed",
    }


def test_quoted_and_unquoted_status_codes_are_the_same_status() -> None:
    old = minimal_spec()
    new = copy.deepcopy(old)
    _get(new)["responses"] = {int(k): v for k, v in _get(new)["responses"].items()}
    assert _diff_documents(old, new) == []


@pytest.mark.parametrize(
    ("edit", "location"),
    [
        (lambda d: _set(d["servers"][0], description="Live."), "servers[0].description"),
        (lambda d: _set(d["tags"][0], description="All jobs."), "tags[jobs].description"),
        (
            lambda d: _set(_query(d), description="Filters."),
            f"paths.{_JOBS}.get.parameters[query.q].description",
        ),
    ],
    ids=["server", "tag", "inline-parameter"],
)
def test_documentation_inside_lists_calls_for_a_patch(edit: Edit, location: str) -> None:
    changes = _diff(None, edit)
    assert [(c.rule, c.location) for c in changes] == [("description-changed", location)]
    assert Review("demo", changes).bump == "patch"


def test_messages_say_what_it_was_and_what_it_is_with_long_text_cut() -> None:
    long_text = "Reads one job, " * 20
    (described,) = _diff(None, lambda d: _set(_get(d), description=long_text))
    assert described.message.startswith("(none) -> Reads one job,") and described.message.endswith(
        "…"
    )
    assert len(described.message) < 100
    (security,) = _diff(None, lambda d: _set(_get(d), security=[]))
    assert security.message == "Key -> (none)"


@pytest.mark.parametrize(
    ("rules", "bump", "breaking"),
    [
        (["description-changed"], "patch", False),
        (["description-changed", "response-optional-property-added"], "minor", False),
        (["response-property-enum-value-added"], "minor", False),
        (["security-scheme-renamed"], "none", False),
        (["response-optional-property-added", "response-property-removed"], "major", True),
        ([], "none", False),
    ],
)
def test_the_bump_is_the_largest_any_change_calls_for(
    rules: list[str], bump: str, breaking: bool
) -> None:
    cases = {rule: (prepare, edit) for rule, prepare, edit in CASES + PAIR_CASES}
    old, new = minimal_spec(), minimal_spec()
    for rule in rules:
        prepare, edit = cases[rule]
        for side in (old, new):
            if prepare:
                prepare(side)
        edit(new)
    review = Review("demo", _diff_documents(old, new))
    assert (review.bump, review.breaking) == (bump, breaking)


@pytest.mark.parametrize("slug", SLUGS)
def test_an_unchanged_spec_has_no_changes(slug: str) -> None:
    path = SPECS_DIR / slug / "openapi.yaml"
    assert diff_specs(load_spec(path), load_spec(path)) == []


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.spec_diff", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_two_files_in_json_print_exactly_one_json_object(tmp_path: Path) -> None:
    old = write_yaml(tmp_path / "old.yaml", minimal_spec())
    changed = minimal_spec()
    _schema(changed, "Job")["properties"].pop("value")
    new = write_yaml(tmp_path / "new.yaml", changed)
    result = _run(str(old), str(new), "--format", "json", "--rules-only")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"changes", "breaking", "bump", "decided_by", "python_api", "evidence"}
    assert report["breaking"] is True and report["bump"] == "major"
    assert report["evidence"] is None and "rules alone" in report["decided_by"]
    (change,) = report["changes"]
    assert set(change) == {"rule", "level", "location", "message"}
    assert change["rule"] == "response-property-removed"
    assert change["location"].endswith("body.value")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["no-such-ref-anywhere"], "does not name a commit"),
        (["specs/salad/openapi.yaml"], "is a file"),
        (["a", "b", "c"], "two spec files"),
    ],
    ids=["unknown-ref", "one-file", "three-targets"],
)
def test_what_cannot_be_compared_exits_2_saying_why(args: list[str], says: str) -> None:
    result = _run(*args)
    assert result.returncode == 2 and says in result.stderr and result.stdout == ""


def test_against_a_ref_json_is_one_object_keyed_by_slug() -> None:
    result = _run("HEAD", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) <= set(SLUGS) | {"(none)"}
    for provider in report.values():
        assert set(provider) == {
            "changes", "breaking", "bump", "decided_by", "python_api", "evidence"
        }  # fmt: skip
    assert "comparing with HEAD" in result.stderr


# -- against a git ref, in a repository of its own -------------------------------------------

_CONFIG = (
    "distribution: jobclients-{0}\nimport_package: jobclients_{0}\nversion: 1.0.0\ndescription: x\n"
)


def _provider(repo: Path, slug: str, document: Doc | None = None) -> None:
    write_yaml(repo / "specs" / slug / "openapi.yaml", document or minimal_spec())
    (repo / "specs" / slug / "config.yaml").write_text(_CONFIG.format(slug), encoding="utf-8")


def _package(repo: Path, slug: str, source: str) -> None:
    package = repo / "generated" / slug / f"jobclients_{slug}"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "api.py").write_text(source)


def test_the_default_base_is_main_else_origin_main_else_a_clear_error(tmp_path: Path) -> None:
    _provider(tmp_path, "demo")
    commit_all(tmp_path, "first")  # on a branch named `work`: no main yet
    with pytest.raises(BaseRefError, match="main nor origin/main"):
        resolve_base(None, tmp_path)
    git(tmp_path, "update-ref", "refs/remotes/origin/main", "HEAD")
    assert resolve_base(None, tmp_path).label == "merge base with origin/main"
    git(tmp_path, "branch", "main")
    assert resolve_base(None, tmp_path).label == "merge base with main"
    with pytest.raises(BaseRefError, match="nope"):
        resolve_base("nope", tmp_path)


def test_a_removed_provider_breaks_and_an_added_one_is_new(tmp_path: Path) -> None:
    _provider(tmp_path, "kept")
    _provider(tmp_path, "gone")
    commit_all(tmp_path, "release")
    shutil.rmtree(tmp_path / "specs" / "gone")
    _provider(tmp_path, "fresh")
    reports = {r.title: r for r in reports_against(resolve_base("HEAD", tmp_path), tmp_path)}
    assert set(reports) == {"gone", "fresh"}
    assert [c.rule for c in reports["gone"].changes] == ["provider-removed"]
    assert reports["gone"].breaking and reports["gone"].bump == "major"
    assert [(c.rule, c.message) for c in reports["fresh"].changes] == [
        ("provider-added", "new provider")
    ]


def test_python_api_that_disappeared_or_changed_forces_a_major_bump(tmp_path: Path) -> None:
    _provider(tmp_path, "demo")
    _package(
        tmp_path,
        "demo",
        "def get_job(job_id: str, page: int = 0) -> None: ...\ndef gone() -> None: ...\n",
    )
    commit_all(tmp_path, "release")
    _package(tmp_path, "demo", "def get_job(job_id: str) -> None: ...\n")
    (report,) = reports_against(resolve_base("HEAD", tmp_path), tmp_path)
    assert report.bump == "major" and report.breaking
    assert {c.rule for c in report.api_changes} == {"python-api-removed", "python-api-changed"}
    text = markdown(report)
    assert "bump major" in text and "<details>" in text and "jobclients_demo.api.gone" in text


def test_the_python_api_surface_names_what_appeared_changed_and_disappeared(tmp_path: Path) -> None:
    for side, source in (
        (
            "old",
            "def get_job(job_id: str, offset: int = 0) -> None: ...\ndef gone() -> None: ...\n",
        ),
        ("new", "def get_job(job_id: str) -> None: ...\ndef fresh() -> None: ...\n"),
    ):
        _package(tmp_path / side, "demo", source)
    surface = surface_changes(
        tmp_path / "old/generated/demo", tmp_path / "new/generated/demo", "jobclients_demo"
    )
    assert surface.appeared == ["jobclients_demo.api.fresh"]
    assert surface.disappeared == ["jobclients_demo.api.gone"]
    assert surface.changed == ["jobclients_demo.api.get_job(offset): Parameter was removed"]


def test_a_long_report_is_cut_under_the_limit_with_its_fold_closed() -> None:
    surface = SurfaceChanges(appeared=[f"jobclients_demo.api.name_{i}" for i in range(3000)])
    text = markdown(Review("demo", [], surface))
    cut = fit(text, 65_536 - 1_000)
    assert len(text) > 65_536 > len(cut)
    assert cut.count("<details>") == cut.count("</details>") == 1 and "truncated" in cut
    assert fit("short", 100) == "short"


# -- the git textconv driver -----------------------------------------------------------------

_TEXTCONV = REPO_ROOT / "scripts" / "spec_textconv.py"


def test_the_textconv_driver_sorts_keys_and_drops_comments() -> None:
    text = "# a comment\nb: 1\na:\n  d: 2  # another\n  c: 3\n"
    assert normalized(text) == "a:\n  c: 3\n  d: 2\nb: 1\n"


@pytest.mark.parametrize(
    ("rerun", "expected"),
    [(None, "a: 1\nb: 2\n"), ("1", "b: 2\na: 1\n")],
    ids=["reruns-under-a-nox-python", "no-pyyaml-anywhere-shows-the-text"],
)
def test_the_textconv_driver_runs_under_a_python_without_pyyaml(
    tmp_path: Path, rerun: str | None, expected: str
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("b: 2\na: 1\n")
    env = {"PATH": "/usr/bin:/bin", **({"JOBCLIENTS_TEXTCONV_RERUN": rerun} if rerun else {})}
    # -S leaves site-packages, and so PyYAML, off the path, like a bare python3.
    result = subprocess.run(
        [sys.executable, "-S", str(_TEXTCONV), str(spec)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout == expected


def test_git_diff_of_a_spec_that_is_not_yaml_shows_the_text(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "demo" / "openapi.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text("b: 2\na: 1\n")
    (tmp_path / ".gitattributes").write_text("specs/*/openapi.yaml diff=openapi-spec\n")
    commit_all(tmp_path, "spec")
    git(tmp_path, "config", "diff.openapi-spec.textconv", f"{sys.executable} {_TEXTCONV}")
    spec.write_text("b: 2\na: [1\n")
    result = subprocess.run(
        ["git", "diff"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "-a: 1\n" in result.stdout and "+a: [1\n" in result.stdout
    assert "not valid YAML" in result.stderr
