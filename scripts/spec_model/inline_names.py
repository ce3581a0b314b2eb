"""The class names of inline schemas, as openapi-python-client gives them, for both model sets.

openapi-python-client names a class made from an inline schema after where it sits: the
enum of `Webhook.type` is `WebhookType`, the object items of `Job.outputs` are
`JobOutputsItem`, the second branch of a union property `JobInputType1`. Left to itself
datamodel-code-generator names the same enum after the property alone (`Type`, then `Type1`
for the next one), so the pydantic models exported other names than the attrs ones users
import. The pydantic generator's copy of the document therefore gives each such schema a
`title` holding openapi-python-client's name, and reads titles as class names
(--use-title-as-name). Spec authors' titles are dropped before this (normalise.drop_titles)
and component schemas get none, so a title can never rename a component; the names are
ClassNames, and datamodel-code-generator keeps them unique (a clash would get a suffix, and
tests/test_model_names.py would fail on it).

The walk mirrors openapi-python-client 0.29.1's property_from_data (its name and parent
arguments) for a document without titles, on the default config (no class_overrides,
field_prefix "field_", literal_enums off), as naming.py assumes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import ClassName, pascal_case

from scripts.spec_model.naming import FIELD_PREFIX

# The key openapi-python-client names an additionalProperties schema by.
_ADDITIONAL = "AdditionalProperty"


def inline_classes(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every inline schema of a component that openapi-python-client makes an enum or a
    model class of, with that class's name, outermost first (component roots not included).
    A schema written in two places (YAML anchors) is yielded for each: read a JSON copy."""
    schemas = _mapping(_mapping(document.get("components")).get("schemas"))
    roots = {id(schema) for schema in schemas.values()}  # never renamed (module docstring)
    for name, schema in schemas.items():
        for inline, class_name in _property(schema, str(name), parent=""):
            if id(inline) not in roots:
                yield inline, class_name


def title_inline_classes(document: dict[str, Any]) -> None:
    """Give every inline enum, and every inline object with members, its
    openapi-python-client class name as `title` (for the pydantic generator's copy only).
    A free-form object is left untitled: the pydantic models type it `dict[str, Any]`."""
    for schema, name in list(inline_classes(document)):
        if "enum" in schema or _has_members(schema):
            schema["title"] = name


def _has_members(schema: dict[str, Any]) -> bool:
    return bool(schema.get("properties")) or bool(schema.get("allOf"))


def _class(parent: str, name: str) -> str:
    """Class.from_string of `name` inside `parent` (a ref path keeps its last segment)."""
    string = f"{pascal_case(parent)}{pascal_case(name)}" if parent else name
    return str(ClassName(string.rsplit("/", 1)[-1], FIELD_PREFIX))


def _types(schema: dict[str, Any]) -> list[str] | str | None:
    """`type` as openapi-python-client reads it: 3.0 `nullable` adds "null" to a type."""
    kind = schema.get("type")
    if schema.get("nullable") is True and isinstance(kind, str):
        return [kind, "null"]
    return kind if isinstance(kind, (str, list)) else None


def _property(schema: Any, name: str, parent: str) -> Iterator[tuple[dict[str, Any], str]]:
    """property_from_data: the classes `schema` (property `name` of class `parent`) makes."""
    if not isinstance(schema, dict) or "$ref" in schema or _one_ref(schema):
        return
    kind = _types(schema)
    values = schema.get("enum")
    if kind == "boolean":
        return
    if _nullable_all_of(schema):  # 3.0: a union of null and the allOf, its second branch
        yield from _model(schema, f"{name}_type_1", parent)
    elif isinstance(values, list) and values:
        # With null among the values: a union of null and the enum, its second branch.
        yield schema, _class(parent, f"{name}_type_1" if None in values else name)
    elif schema.get("anyOf") or schema.get("oneOf") or isinstance(kind, list):
        yield from _union(schema, kind, name, parent)
    elif kind == "array":
        yield from _items(schema, name, parent)
    elif "const" not in schema and (
        kind == "object" or schema.get("allOf") or (kind is None and schema.get("properties"))
    ):
        yield from _model(schema, name, parent)


def _one_ref(schema: dict[str, Any]) -> bool:
    """A single `$ref` in allOf/anyOf/oneOf: the referenced class itself."""
    parts = _list(schema.get("allOf")) + _list(schema.get("anyOf")) + _list(schema.get("oneOf"))
    return len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]


def _nullable_all_of(schema: dict[str, Any]) -> bool:
    return (
        schema.get("nullable") is True
        and "type" not in schema
        and not (schema.get("anyOf") or schema.get("oneOf"))
        and bool(schema.get("allOf"))
    )


def _union(
    schema: dict[str, Any], kind: list[str] | str | None, name: str, parent: str
) -> Iterator[tuple[dict[str, Any], str]]:
    """UnionProperty.build: anyOf, oneOf, then a copy of the schema per listed type (null
    included), each named `<name>_type_<index>`."""
    branches = _list(schema.get("anyOf")) + _list(schema.get("oneOf"))
    for index, branch in enumerate(branches):
        yield from _property(branch, f"{name}_type_{index}", parent)
    for position, one in enumerate(kind if isinstance(kind, list) else []):
        copy_name = f"{name}_type_{len(branches) + position}"
        if one == "array":
            yield from _items(schema, copy_name, parent)
        elif one == "object":
            yield from _model(schema, copy_name, parent)


def _items(schema: dict[str, Any], name: str, parent: str) -> Iterator[tuple[dict[str, Any], str]]:
    items = _list(schema.get("prefixItems")) + (
        [schema["items"]] if isinstance(schema.get("items"), dict) else []
    )
    if len(items) == 1:
        yield from _property(items[0], f"{name}_item", parent)
    else:  # several: a union of them, named as one
        for index, item in enumerate(items):
            yield from _property(item, f"{name}_item_type_{index}", parent)


def _model(schema: dict[str, Any], name: str, parent: str) -> Iterator[tuple[dict[str, Any], str]]:
    """ModelProperty.build, then its members: own properties and those of inline allOf
    parts, named inside this class, then a typed additionalProperties."""
    class_name = _class(parent, name)
    yield schema, class_name
    members = [schema, *(p for p in _list(schema.get("allOf")) if isinstance(p, dict))]
    for part in members:
        if "$ref" in part:
            continue
        for key, prop in _mapping(part.get("properties")).items():
            yield from _property(prop, str(key), class_name)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        yield from _property(extra, _ADDITIONAL, class_name)


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}
