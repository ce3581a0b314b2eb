"""The contract suite's own checks can fail: each is given the disagreement it exists to find.

A field renamed in the spec but not regenerated is made by renaming it in a copy of the
spec; the packages are the committed ones. The readings walk (tests/contract_readings.py)
must name the field and where it is, at the top level and nested in another model.
"""

from __future__ import annotations

import copy
import importlib
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, settings

from scripts.codegen.call_plan import python_name
from scripts.payloads import payload_strategy
from scripts.spec_model.operations import resolve
from scripts.spec_model.reading import spec_of
from tests.conftest import SLUGS
from tests.contract_readings import reading_problems
from tests.contract_support import Provider, json_responses, provider, response_schema

RENAMED = "_renamed_in_the_spec"
_FIND = settings(
    database=None,
    derandomize=True,  # the same payloads on every run
    max_examples=2000,
    phases=[Phase.generate],  # the first payload that carries the field: shrinking is slow
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _success(slug: str) -> tuple[str, dict[str, Any], str, str]:
    """The first 2xx JSON response: (component name of its schema, its media object, its
    operation and status)."""
    op_id, status, media = next(r for r in json_responses(slug) if r[1].startswith("2"))
    return media["schema"]["$ref"].rsplit("/", 1)[1], media, op_id, status


def _optional_property(schema: dict[str, Any]) -> str | None:
    required = set(schema.get("required") or ())
    return next((n for n in schema.get("properties") or {} if n not in required), None)


def _nested_component(document: dict[str, Any], top: str) -> str | None:
    """A component with an optional property, held by a property of `top` (directly, in a
    list or in a union)."""
    for sub in (document["components"]["schemas"][top].get("properties") or {}).values():
        for ref in _refs(sub):
            name = ref.rsplit("/", 1)[1]
            if name != top and _optional_property(resolve(document, {"$ref": ref})):
                return name
    return None


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for key, v in node.items() if key != "$ref" for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def _renamed(document: dict[str, Any], component: str) -> tuple[dict[str, Any], str]:
    """A copy of the document with one optional property of `component` renamed."""
    mutated = copy.deepcopy(document)
    schema = mutated["components"]["schemas"][component]
    old = _optional_property(schema)
    assert old is not None
    new = old + RENAMED
    schema["properties"] = {new if k == old else k: v for k, v in schema["properties"].items()}
    return mutated, new


def _carries(value: Any, key: str, nested: bool) -> bool:
    if isinstance(value, dict):
        if key in value and not nested:
            return True
        return any(_carries(v, key, nested=False) for v in value.values())
    if isinstance(value, list):
        return any(_carries(v, key, nested=False) for v in value)
    return False


def _readings(p: Provider, component: str, body: Any) -> tuple[Any, Any]:
    models = importlib.import_module(f"{p.package.__name__}.models")
    by_attrs = getattr(models, component).from_dict(body)
    by_pydantic = getattr(p.pydantic_models, component).model_validate(body)
    return by_attrs, by_pydantic


def _cases() -> list[Any]:
    params = []
    for slug in SLUGS:
        top, *_ = _success(slug)
        document = provider(slug).document
        params.append(pytest.param(slug, top, False, id=f"{slug}:{top}"))
        nested = _nested_component(document, top)
        if nested:
            params.append(pytest.param(slug, nested, True, id=f"{slug}:{top}>{nested}"))
    assert any(p.values[2] for p in params), "no nested model to rename a field of"
    return params


@pytest.mark.parametrize(("slug", "component", "nested"), _cases())
def test_a_field_renamed_in_the_spec_but_not_regenerated_is_named(
    slug: str, component: str, nested: bool
) -> None:
    p = provider(slug)
    top, media, op_id, status = _success(slug)
    mutated, new = _renamed(p.document, component)
    body = find(
        payload_strategy(response_schema(spec_of(mutated), op_id, status)),
        lambda b: _carries(b, new, nested=nested),
        settings=_FIND,
    )
    by_attrs, by_pydantic = _readings(p, top, body)
    problems = reading_problems(mutated, media["schema"], body, by_attrs, by_pydantic)
    for reader in ("attrs", "pydantic"):
        named = [line for line in problems if f"({reader})" in line and repr(new) in line]
        assert named, f"{reader}: {new} not reported in {problems} for {body}"
        if nested:
            assert all(not line.startswith("$:") for line in named), named


def _typed_field(slug: str) -> tuple[str, dict[str, Any], Any, str]:
    """A documented example with a top-level field attrs reads as an int, float or str:
    (component, media object, body, key)."""
    p = provider(slug)
    for _, _, media in json_responses(slug):
        component = media["schema"]["$ref"].rsplit("/", 1)[1]
        for example in (media.get("examples") or {}).values():
            body = resolve(p.document, example)["value"]
            by_attrs, _ = _readings(p, component, body)
            for key in body if isinstance(body, dict) else ():
                if type(getattr(by_attrs, python_name(key), None)) in (int, float, str):
                    return component, media, body, key
    raise AssertionError(f"{slug}: no example with a plain typed top-level field")


@pytest.mark.parametrize("slug", SLUGS)
def test_readings_of_different_python_types_are_named(slug: str) -> None:
    """The two readings of a documented example agree; one value given another type in the
    attrs reading (a str for a number, a number for a str) is named by its path."""
    p = provider(slug)
    component, media, body, key = _typed_field(slug)
    by_attrs, by_pydantic = _readings(p, component, body)
    problems = reading_problems(p.document, media["schema"], body, by_attrs, by_pydantic)
    assert not problems, "\n".join(problems)
    value = body[key]
    setattr(by_attrs, python_name(key), str(value) if isinstance(value, int | float) else 12345)
    problems = reading_problems(p.document, media["schema"], body, by_attrs, by_pydantic)
    assert any(line.startswith(f"$.{key}: attrs reads") for line in problems), problems
