"""Both model sets give the same verdict on every body, off-spec ones included.

The contract tests feed valid payloads only, so a body one model set refuses and the other
accepts went unnoticed (a null `progress` the pydantic models took and the attrs client
refused). Here every documented response example is broken one value at a time (the wrong
JSON type, null where the schema has none, a malformed date or uuid, a required member
gone; tests/body_mutations.py) and read by the attrs model (`from_dict`, what the client
runs) and by the pydantic model in strict mode (`model_validate_json(..., strict=True)`):
both must accept it or both refuse it.
"""

from __future__ import annotations

import enum
import importlib
import json
from typing import Any

import pytest

from scripts.codegen.providers import load_provider
from scripts.spec_model.naming import class_name
from scripts.spec_model.operations import unescape
from tests.body_mutations import Mutation, mutations
from tests.conftest import SLUGS
from tests.contract_support import DocumentedExample, documented_examples, provider


def _cases() -> list[Any]:
    params = []
    for param in documented_examples():
        example: DocumentedExample = param.values[0]
        if not (example.is_json and example.schema_ref):
            continue
        document = provider(example.slug).document
        schema = {"$ref": example.schema_ref}
        for mutation in mutations(document, schema, example.body):
            params.append(pytest.param(example, mutation, id=f"{param.id}:{mutation}"))
    return params


def _verdict(read: Any) -> str:
    try:
        read()
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return f"refused ({type(exc).__name__}: {str(exc)[:200]})"
    return "accepted"


@pytest.mark.parametrize(("example", "mutation"), _cases())
def test_attrs_and_strict_pydantic_give_one_verdict(
    example: DocumentedExample, mutation: Mutation
) -> None:
    p = provider(example.slug)
    name = class_name(unescape(example.schema_ref.rsplit("/", 1)[1]))
    attrs_model = getattr(importlib.import_module(f"{p.package.__name__}.models"), name)
    pydantic_model = getattr(p.pydantic_models, name)
    text = json.dumps(mutation.body)
    attrs = _verdict(lambda: attrs_model.from_dict(json.loads(text)))
    strict = _verdict(lambda: pydantic_model.model_validate_json(text, strict=True))
    assert attrs.split(" ")[0] == strict.split(" ")[0], f"attrs {attrs}; pydantic {strict}"


def _enums(module: Any) -> dict[str, dict[str, str]]:
    """The enum classes a module defines: their members' names and values."""
    return {
        name: {member.name: member.value for member in cls}
        for name, cls in vars(module).items()
        if isinstance(cls, type)
        and issubclass(cls, enum.Enum)
        and cls.__module__ == module.__name__
    }


@pytest.mark.parametrize("slug", SLUGS)
def test_both_model_sets_spell_every_enum_member_alike(slug: str) -> None:
    """`JobStatus.SUCCESS` in the attrs models is `JobStatus.SUCCESS` in the pydantic ones,
    values that cannot be names included (`0.5K` is `VALUE_0` in both)."""
    package = load_provider(slug).import_package
    pydantic_enums = _enums(importlib.import_module(f"{package}.pydantic_models"))
    models = importlib.import_module(f"{package}.models")
    for name, members in pydantic_enums.items():
        attrs_enum = getattr(models, name)  # named alike: test_model_names.py
        assert {m.name: m.value for m in attrs_enum} == members, f"{slug} {name}"
