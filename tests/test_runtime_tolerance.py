"""The run-time's tolerance of fields off the spec (scripts/templates/runtime/tolerance.py),
tested once as the package it is; every provider's operations are held to it in
test_sdk_behaviour.py and wait_for_job in test_sdk_wait.py."""

from __future__ import annotations

import warnings
from typing import Any

import httpx
import pytest
from attrs import define

from scripts.templates.runtime import tolerance
from scripts.templates.runtime.errors import ResponseValidationError
from scripts.templates.runtime.types import UNSET


@define
class Leaf:
    count: Any


def _leaf_from_dict(d: dict[str, Any]) -> Leaf:
    """What a generated from_dict does with one integer field, `count`."""
    try:
        count = d["count"]
        if type(count) is not int:
            raise TypeError("expected an integer, got something else")
    except (KeyError, TypeError) as exc:
        count = tolerance.tolerated(exc, "Leaf", "count", d)
    return Leaf(count)


def _read(body: Any, relied: frozenset[tuple[str, str]] = frozenset()) -> Any:
    response = httpx.Response(200, json=body)
    return tolerance.read_tolerantly(lambda: _parse(response), relied)


def _parse(response: httpx.Response) -> list[list[Leaf]]:
    root = tolerance.json_body(response)
    return [[_leaf_from_dict(d) for d in row["leaves"]] for row in root["rows"]]


def test_outside_a_tolerant_read_nothing_is_tolerated() -> None:
    with pytest.raises(TypeError):
        _leaf_from_dict({"count": "3"})


def test_each_problem_is_found_at_its_path_from_the_root_and_keeps_the_raw_value() -> None:
    body = {"rows": [{"leaves": [{"count": 1}]}, {"leaves": [{"count": 2}, {"count": None}]}]}
    parsed, problems = _read(body)
    assert parsed[1][1].count is None
    assert [(p.path, p.value) for p in problems] == [("rows[1].leaves[1].count", None)]
    assert "expected an integer" in problems[0].reason
    _, missing = _read({"rows": [{"leaves": [{}]}]})
    assert [(p.path, p.value, p.reason) for p in missing] == [
        ("rows[0].leaves[0].count", UNSET, "a required field is missing")
    ]


def test_a_path_is_found_in_a_body_deeper_than_the_recursion_limit() -> None:
    deep: Any = {"count": "x"}
    leaf = deep
    for _ in range(5000):
        deep = [deep]
    places = tolerance._places(deep, {id(leaf)})
    assert places[id(leaf)] == "[0]" * 5000


def test_a_relied_on_field_and_a_union_attempt_are_never_tolerated() -> None:
    with pytest.raises(TypeError):
        _read({"rows": [{"leaves": [{"count": "1"}]}]}, frozenset({("Leaf", "count")}))

    def in_union(response: httpx.Response) -> Any:
        reading = tolerance.enter_union()
        try:
            return _leaf_from_dict(tolerance.json_body(response))
        finally:
            tolerance.leave_union(reading)

    response = httpx.Response(200, json={"count": "1"})
    with pytest.raises(TypeError):
        tolerance.read_tolerantly(lambda: in_union(response), frozenset())
    # ... and the strict depth is back to 0 after the union: the next field is tolerated.
    assert _read({"rows": [{"leaves": [{"count": "1"}]}]})[1]


def test_more_than_max_problems_raise() -> None:
    leaves = [{"count": "x"}] * (tolerance.MAX_PROBLEMS + 1)
    body = {"rows": [{"leaves": [dict(leaf) for leaf in leaves]}]}
    with pytest.raises(TypeError):
        _read(body)


def test_a_list_re_parsed_to_locate_an_error_records_each_field_once() -> None:
    holder = {"count": "x"}

    def twice(response: httpx.Response) -> Any:
        tolerance.json_body(response)
        return [_leaf_from_dict(holder), _leaf_from_dict(holder)]

    response = httpx.Response(200, json={"rows": []})
    _, problems = tolerance.read_tolerantly(lambda: twice(response), frozenset())
    assert len(problems) == 1


def test_a_problem_inside_a_value_kept_raw_is_dropped_for_the_outer_one() -> None:
    reading = tolerance._Reading(frozenset())
    inner = {"count": "x"}
    outer = {"leaves": [inner, 5]}
    reading.root = {"rows": [outer]}
    reading.pending[id(inner), "count"] = (inner, "count", "expected an integer")
    reading.pending[id(outer), "leaves"] = (outer, "leaves[1]", "expected an object")
    assert [p.path for p in tolerance._problems(reading)] == ["rows[0].leaves[1]"]


def test_problems_of_a_result_live_as_long_as_the_result() -> None:
    result = Leaf(count="x")
    problems = (tolerance.Problem("count", "wrong", "x"),)
    tolerance.remember(result, problems)
    assert tolerance.problems_of(result) == problems
    assert tolerance.problems_of(Leaf(count="x")) == ()
    key = id(result)
    del result
    assert key not in tolerance._BY_RESULT
    tolerance.remember([1], problems)  # not weak-referenceable: on Response.problems only
    assert tolerance.problems_of([1]) == ()


def test_each_problem_is_reported_once_with_secrets_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tolerance._reported.clear()
    problems = (tolerance.Problem("when", "ValueError: bad 's3cret'", "s3cret"),)
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        for _ in range(3):
            tolerance.report("get_job", problems, lambda text: text.replace("s3cret", "***"))
    assert len(warned) == 1 and warned[0].category is tolerance.OffSpecWarning
    assert "get_job" in str(warned[0].message) and "when" in str(warned[0].message)
    assert "s3cret" not in str(warned[0].message) and "s3cret" not in caplog.text
    assert len(caplog.records) == 1


def test_the_reported_set_is_bounded() -> None:
    tolerance._reported.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for index in range(tolerance._MAX_REPORTED + 10):
            tolerance.report("op", (tolerance.Problem(f"f{index}", "r", 1),), str)
    assert len(tolerance._reported) == tolerance._MAX_REPORTED


def test_a_response_validation_error_keeps_its_inner_path() -> None:
    holder = {"inner": {}}
    error = ResponseValidationError("deep[0]", "expected a string, got null")
    response = httpx.Response(200, json={"rows": []})

    def parse(response: httpx.Response) -> Any:
        root = tolerance.json_body(response)
        root["x"] = holder
        return tolerance.tolerated(error, "M", "inner", holder)

    _, problems = tolerance.read_tolerantly(lambda: parse(response), frozenset())
    assert [p.path for p in problems] == ["x.inner.deep[0]"]
