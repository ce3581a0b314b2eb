"""One naming function turns spec names into Python names, as openapi-python-client does."""

from __future__ import annotations

import importlib
import keyword

import attrs
import pytest
from pydantic import BaseModel, RootModel

from scripts.codegen.providers import load_provider
from scripts.spec_model.naming import (
    class_name,
    field_name,
    operation_base_name,
    tag_module,
    unique_names,
)
from tests.conftest import SLUGS

OPERATION_NAMES = {
    "getThingById": "get_thing_by_id",
    "get_job": "get_job",
    "class": "class_",
    "async": "async_",
    "import": "import_",
    "false": "false_",
    "job.start": "job_start",
    "1abc": "field_1abc",
}


@pytest.mark.parametrize(("operation_id", "expected"), sorted(OPERATION_NAMES.items()))
def test_an_operation_id_becomes_a_snake_case_identifier(operation_id: str, expected: str) -> None:
    assert operation_base_name(operation_id, "get", "/things/{id}") == expected


@pytest.mark.parametrize("missing", [None, "", "  ", 42])
def test_an_operation_without_an_id_is_named_from_method_and_path(missing: object) -> None:
    assert operation_base_name(missing, "post", "/things/{id}/cancel") == "post_things_id_cancel"


@pytest.mark.parametrize(
    "text", ['a"""b', "x; import os", "métier", "spaces in it", "None", "print", "λ", "-"]
)
def test_every_name_is_an_identifier_and_no_keyword(text: str) -> None:
    for name in (operation_base_name(text, "get", "/x"), field_name(text), tag_module(text)):
        assert name.isidentifier() and not keyword.iskeyword(name), name
    assert class_name(text).isidentifier() or class_name(text) == ""


def test_names_that_collide_get_a_numbered_suffix_that_is_never_taken() -> None:
    assert unique_names(["a", "a", "a_2", "b", "a"]) == ["a", "a_3", "a_2", "b", "a_4"]
    names = unique_names(["get_job", "get_job", "get_job"])
    assert len(set(names)) == 3


def test_tags_and_classes_are_named_as_the_generator_names_them() -> None:
    assert tag_module(None) == "default"
    assert tag_module("my tag") == "my_tag"
    assert tag_module("true") == "true_"
    assert class_name("model.reference.with.Periods") == "ModelReferenceWithPeriods"


@pytest.mark.parametrize("slug", SLUGS)
def test_both_model_sets_name_every_field_alike(slug: str) -> None:
    """Each attrs model and the pydantic model of the same schema have the same attribute
    names; only a name pydantic reserves on BaseModel (its own, and its `model_` namespace,
    as `model_id`) takes a trailing `_` there."""
    package = load_provider(slug).import_package
    models = importlib.import_module(f"{package}.models")
    pydantic_models = importlib.import_module(f"{package}.pydantic_models")
    reserved = set(dir(BaseModel))
    compared = 0
    for name in models.__all__:
        attrs_class = getattr(models, name)
        pydantic_class = getattr(pydantic_models, name, None)
        if not attrs.has(attrs_class) or pydantic_class is None:
            continue
        if issubclass(pydantic_class, RootModel):  # a value, not fields (`root`)
            continue
        expected = {
            f.name + "_" if f.name in reserved or f.name.startswith("model_") else f.name
            for f in attrs.fields(attrs_class)
            if f.name != "additional_properties"
        }
        assert set(pydantic_class.model_fields) == expected, name
        compared += 1
    assert compared, f"{slug}: no model compared"
