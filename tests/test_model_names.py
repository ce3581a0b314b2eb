"""One naming for both model sets: a class of the pydantic models is the attrs class of the
same name, with the same fields (spec_model.inline_names, spec_model.field_names).

Read from the generated source (ast), so nothing is imported. A class only one set has is
allowed for three kinds, each a deliberate difference of the generators' output:

- a pydantic RootModel the attrs set lacks: a component that is neither an object nor an
  enum (a union, a scalar, an array) is a type written in place in the attrs client;
- an attrs class that declares no field (only `additional_properties`): a free-form inline
  object, `dict[str, Any]` in the pydantic models, as it is on the wire;
- an attrs class no component schema reaches: the inline schema of a parameter or a body,
  outside the pydantic models' scope (--openapi-scopes=schemas).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import BaseModel

from scripts.codegen.providers import load_provider
from scripts.paths import GENERATED_DIR
from scripts.spec_model.naming import class_name
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS

_ATTRS_EXTRA = "additional_properties"
_PYDANTIC_NOT_FIELDS = {"model_config", "root"}
_RESERVED = set(dir(BaseModel))


@dataclass(frozen=True)
class ModelClass:
    fields: tuple[str, ...]
    is_enum: bool
    is_root_model: bool
    uses: frozenset[str]  # the names its module refers to


def _classes(module: Path) -> dict[str, ModelClass]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    uses = frozenset(
        [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
        + [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names]
    )
    out = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [ast.unparse(base) for base in node.bases]
        fields = tuple(
            s.target.id
            for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        )
        out[node.name] = ModelClass(
            fields=tuple(f for f in fields if f not in _PYDANTIC_NOT_FIELDS | {_ATTRS_EXTRA}),
            is_enum=any(b.endswith("Enum") for b in bases),
            is_root_model=any(b.startswith("RootModel") for b in bases),
            uses=uses,
        )
    return out


def _model_sets(slug: str) -> tuple[dict[str, ModelClass], dict[str, ModelClass]]:
    package = GENERATED_DIR / slug / load_provider(slug).import_package
    attrs: dict[str, ModelClass] = {}
    for module in sorted((package / "models").glob("*.py")):
        attrs.update(_classes(module))
    return attrs, _classes(package / "pydantic_models.py")


def _reached_from_components(slug: str, attrs: dict[str, ModelClass]) -> set[str]:
    """The attrs classes a component schema's class uses, directly or through others."""
    components = read_spec(load_provider(slug).spec_path).schemas
    todo = [name for name in map(class_name, components) if name in attrs]
    reached = set(todo)
    while todo:
        for used in attrs[todo.pop()].uses & attrs.keys() - reached:
            reached.add(used)
            todo.append(used)
    return reached


def _pydantic_field(attrs_field: str) -> str:
    """field_names.pydantic_aliases: a name pydantic reserves keeps a trailing `_`."""
    reserved = attrs_field in _RESERVED or attrs_field.startswith("model_")
    return attrs_field + "_" if reserved else attrs_field


@pytest.mark.parametrize("slug", SLUGS)
def test_both_model_sets_name_every_class_and_field_alike(slug: str) -> None:
    attrs, pydantic = _model_sets(slug)
    reached = _reached_from_components(slug, attrs)
    unmatched = [
        f"pydantic {name}: no attrs class of that name"
        for name, cls in pydantic.items()
        if name not in attrs and not cls.is_root_model
    ] + [
        f"attrs {name}: no pydantic class of that name"
        for name, cls in attrs.items()
        if name not in pydantic and (cls.fields or cls.is_enum) and name in reached
    ]
    for name in attrs.keys() & pydantic.keys():
        a, p = attrs[name], pydantic[name]
        if a.is_enum != p.is_enum:
            unmatched.append(f"{name}: an enum in one set only")
        elif not a.is_enum and sorted(map(_pydantic_field, a.fields)) != sorted(p.fields):
            unmatched.append(f"{name}: fields {sorted(a.fields)} / pydantic {sorted(p.fields)}")
    assert not unmatched, f"{slug}: " + "; ".join(unmatched)
    assert attrs.keys() & pydantic.keys() or not pydantic, f"{slug}: no class named alike"
