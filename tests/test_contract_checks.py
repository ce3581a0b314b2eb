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
from hypothesis.errors import NoSuchExample

from scripts.codegen.call_plan import python_name
from scripts.payloads import payload_strategy
from scripts.spec_model.operations import resolve
from scripts.spec_model.reading import spec_of
from tests.conftest import SLUGS
from tests.contract_readings import reading_problems
from tests.contract_support import (
    Provider,
    json_responses,
    media_of,
    model_name,
    provider,
    response_schema,
)

RENAMED = "_renamed_in_the_spec"
_FIND = settings(
    database=None,
    derandomize=True,  # the same payloads on every run
    max_examples=2000,
    phases=[Phase.generate],  # the first payload that carries the field: shrinking is slow
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _successes(slug: str) -> list[tuple[str, dict[str, Any], str, str]]:
    """The 2xx JSON responses: (component name of its schema, its media object, its
    operation and status)."""
    return [
        (media["schema"]["$ref"].rsplit("/", 1)[1], media, op_id, status)
        for op_id, status, media in json_responses(slug)
        if status.startswith("2")
    ]


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


def _reached(document: dict[str, Any], component: str) -> int:
    """How many component schemas `component` reaches, itself included."""
    seen, pending = {component}, [component]
    while pending:
        for ref in _refs(document["components"]["schemas"][pending.pop()]):
            name = ref.rsplit("/", 1)[1]
            if name not in seen:
                seen.add(name)
                pending.append(name)
    return len(seen)


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
    by_attrs = getattr(models, model_name(component)).from_dict(body)
    by_pydantic = getattr(p.pydantic_models, model_name(component)).model_validate(body)
    return by_attrs, by_pydantic


def _cases() -> list[Any]:
    """Per provider, a success model with an optional property to rename, and a success
    model holding a model with one; the smallest (fewest models reached) of each, since a
    payload is generated for it."""
    params = []
    for slug in SLUGS:
        document = provider(slug).document
        schemas = document["components"]["schemas"]
        successes = sorted(_successes(slug), key=lambda s: _reached(document, s[0]))
        top = next((s for s in successes if _optional_property(schemas[s[0]])), None)
        assert top is not None, f"{slug}: no success model has an optional property"
        params.append(pytest.param(slug, top[0], top[0], top[2], top[3], id=f"{slug}:{top[0]}"))
        holder = next((s for s in successes if _nested_component(document, s[0])), None)
        if holder:
            nested = _nested_component(document, holder[0])
            ident = f"{slug}:{holder[0]}>{nested}"
            params.append(pytest.param(slug, holder[0], nested, holder[2], holder[3], id=ident))
    assert any(p.values[1] != p.values[2] for p in params), "no nested model to rename a field of"
    return params


@pytest.mark.parametrize(("slug", "top", "component", "op_id", "status"), _cases())
def test_a_field_renamed_in_the_spec_but_not_regenerated_is_named(
    slug: str, top: str, component: str, op_id: str, status: str
) -> None:
    p = provider(slug)
    nested = component != top
    media = media_of(slug, op_id, status)
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
    """A documented example with a top-level field attrs reads as an int, float or str, or,
    where the spec shows none, a payload generated for a response: (component, media
    object, body, key). Generated for the smallest model first: a payload of a large one
    takes long to make."""
    p = provider(slug)
    responses = json_responses(slug)
    for _, _, media in responses:
        component = media["schema"]["$ref"].rsplit("/", 1)[1]
        for example in (media.get("examples") or {}).values():
            body = resolve(p.document, example)["value"]
            key = _plain_key(p, component, body)
            if key is not None:
                return component, media, body, key
    for op_id, status, media in sorted(responses, key=lambda r: _reached(p.document, _name(r[2]))):
        component = _name(media)
        try:
            body = find(
                payload_strategy(response_schema(p.spec, op_id, status)),
                lambda b, c=component: _plain_key(p, c, b) is not None,
                settings=_FIND,
            )
        except NoSuchExample:
            continue
        return component, media, body, str(_plain_key(p, component, body))
    raise AssertionError(f"{slug}: no response body with a plain typed top-level field")


def _name(media: dict[str, Any]) -> str:
    return str(media["schema"]["$ref"].rsplit("/", 1)[1])


def _plain_key(p: Provider, component: str, body: Any) -> str | None:
    """A top-level key of `body` the attrs model reads as an int, float or str."""
    if not isinstance(body, dict):
        return None
    models = importlib.import_module(f"{p.package.__name__}.models")
    by_attrs = getattr(models, model_name(component))
    reading = by_attrs.from_dict(body)
    return next(
        (k for k in body if type(getattr(reading, python_name(k), None)) in (int, float, str)),
        None,
    )


@pytest.mark.parametrize("slug", SLUGS)
def test_readings_of_different_python_types_are_named(slug: str) -> None:
    """The two readings of a documented example (a generated payload where the spec shows
    none) agree; one value given another type in the
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
