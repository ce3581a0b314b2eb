"""The document the generators read: the spec, rewritten where the generators mishandle it.

openapi-python-client names a class after a schema's `title` when it has one, and
datamodel-code-generator after the component's key: a title could make the two model sets,
and the facts the pipeline renders, disagree about a class's name, or pick a name that is
spec text. Titles are documentation only (JSON Schema gives them no meaning), so they are
dropped here; names then come from the component keys alone. An inline schema's class is
named by openapi-python-client after its place; datamodel-code-generator reads a copy that
titles it with that name (pydantic_document, spec_model.inline_names).

Every other step works around a generator bug on a valid document (named in its docstring)
by writing the same thing another way both generators read correctly: the instances each
schema accepts stay the same. A step changes nothing in a document without its construct,
so the packages of specs without them are generated exactly as before. Each step edits the
document it is given; generator_document gives them a copy. Only the generators read it: the
pipeline's own readers (lint, rendered facts, post-processing) read the spec as written.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, snake_case

from scripts.spec_model.document import SpecDocument
from scripts.spec_model.field_names import write_pydantic_aliases
from scripts.spec_model.inline_names import title_inline_classes
from scripts.spec_model.openapi import sent_media_type
from scripts.spec_model.operations import at_pointer, declared_parameters, iter_operations
from scripts.spec_model.schemas import iter_request_bodies, iter_schemas

GENERATOR_SPEC = "openapi.json"
# The pydantic copy: a folder of its own, so the file name the models' header quotes is the same.
PYDANTIC_GENERATOR_DIR = "pydantic"
SCHEMA_REF = "#/components/schemas/"

_NULL_SCHEMA = {"type": "null"}
# Copied by datamodel-code-generator into a field's json_schema_extra (generators.py).
NON_NULL_MARK = "x-jobclients-non-null"


def generator_document(document: dict[str, Any]) -> dict[str, Any]:
    """A normalised copy of `document`; the original is not changed."""
    normalised = copy.deepcopy(document)
    drop_titles(normalised)
    name_operations(normalised)
    rename_dotted_schemas(normalised)
    move_null_to_use_sites(normalised)
    drop_any_of_with_an_open_branch(normalised)
    inline_defaulted_scalar_refs(normalised)
    name_enum_members(normalised)
    keep_one_body_media_type(normalised)
    mark_binary_strings(normalised)
    drop_empty_query_defaults(normalised)
    mark_non_null_optional_properties(normalised)
    return normalised


def name_operations(document: dict[str, Any]) -> None:
    """Every operation's operationId becomes its Python name (spec_model.naming), so the
    generator names each function as the rest of the pipeline does: operations without an
    id, and ids that map to one name (`getJob`, `get_job`), each get a module of their own."""
    for op in iter_operations(document):
        op.node["operationId"] = op.operation_id


def drop_empty_query_defaults(document: dict[str, Any]) -> None:
    """Drop the default `""` of an optional query parameter that does not allow empty values.

    Why: openapi-python-client sends a parameter's default on every call, and `status=`
    is a value the spec itself forbids (allowEmptyValue is false unless given; Sieve's
    published document has one). Without the default the client sends nothing unless
    asked, and the server applies its own default."""
    for op in iter_operations(document):
        for param in declared_parameters(document, op):
            schema = param.get("schema")
            if (
                param.get("in") == "query"
                and not param.get("required")
                and param.get("allowEmptyValue") is not True
                and isinstance(schema, dict)
                and schema.get("default") == ""
            ):
                del schema["default"]


def mark_non_null_optional_properties(document: dict[str, Any]) -> None:
    """Mark each optional property whose schema refuses null with NON_NULL_MARK (true);
    the pydantic models' base class (runtime/pydantic_base.py) refuses an explicit null
    there.

    Why: datamodel-code-generator types an optional property `X | None = None` whether or
    not the schema admits null, so the pydantic models took a `null` the attrs client
    refuses; it copies the mark into the field's json_schema_extra (--field-extra-keys).
    Runs last, after move_null_to_use_sites has put every component's null at its uses."""
    for _, schema in list(iter_schemas(document)):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        required = schema.get("required")
        required_names = set(required) if isinstance(required, list) else set()
        for name, prop in properties.items():
            if name not in required_names and refuses_null(document, prop):
                prop[NON_NULL_MARK] = True


def refuses_null(document: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> bool:
    """True when no value of `schema` can be null (refs followed; a ref cycle, an untyped
    schema and anything unsure count as admitting null, so a mark is never wrong)."""
    if not isinstance(schema, dict) or schema.get("nullable") is True:
        return False  # (a 3.0 `nullable` beside a $ref: read as the tools read it)
    ref = schema.get("$ref")
    if isinstance(ref, str):
        known = ref not in seen and ref.startswith("#/")
        return known and refuses_null(document, at_pointer(document, ref), seen | {ref})
    if "const" in schema:
        return schema["const"] is not None
    if isinstance(schema.get("enum"), list):
        return None not in schema["enum"]
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    branches = _list(schema.get("anyOf")) + _list(schema.get("oneOf"))
    return (
        (bool(kinds) and "null" not in kinds)
        or any(refuses_null(document, part, seen) for part in _list(schema.get("allOf")))
        or (bool(branches) and all(refuses_null(document, b, seen) for b in branches))
    )


@dataclass(frozen=True)
class GeneratorInputs:
    """The files the two generators read."""

    spec: Path  # the normalised document, for openapi-python-client
    pydantic_spec: Path  # the same with its inline classes named (pydantic_document)
    aliases: Path  # the pydantic field names (spec_model.field_names)


def write_generator_inputs(spec: SpecDocument, directory: Path) -> GeneratorInputs:
    """The generators' documents and the pydantic field aliases as files in `directory`;
    ValueError names a rewrite that cannot be made."""
    return write_generator_files(spec.tool_document(), directory)


def write_generator_files(document: dict[str, Any], directory: Path) -> GeneratorInputs:
    """write_generator_inputs for a document (a build's scratch `directory`)."""
    normalised = generator_document(document)
    path = directory / GENERATOR_SPEC
    text = json.dumps(normalised, ensure_ascii=False, indent=1)
    path.write_text(text, encoding="utf-8")
    pydantic = pydantic_document(normalised)
    pydantic_path = directory / PYDANTIC_GENERATOR_DIR / GENERATOR_SPEC
    pydantic_path.parent.mkdir()
    pydantic_path.write_text(json.dumps(pydantic, ensure_ascii=False, indent=1), encoding="utf-8")
    return GeneratorInputs(path, pydantic_path, write_pydantic_aliases(pydantic, directory))


def pydantic_document(normalised: dict[str, Any]) -> dict[str, Any]:
    """A copy of the normalised document for datamodel-code-generator: each inline schema
    that becomes a class titled with the name openapi-python-client gives it
    (spec_model.inline_names). A JSON copy, as the generators read it: a schema written in
    two places is two schemas, each with its own name."""
    copied: dict[str, Any] = json.loads(json.dumps(normalised))
    title_inline_classes(copied)
    return copied


def drop_titles(document: dict[str, Any]) -> None:
    """Drop every schema's `title` (see the module's docstring)."""
    for _, schema in iter_schemas(document):
        schema.pop("title", None)


def rename_dotted_schemas(document: dict[str, Any]) -> None:
    """Rename each dotted component schema to the class name openapi-python-client gives it
    (`model.reference.with.Periods` -> `ModelReferenceWithPeriods`); every `$ref` and
    discriminator mapping follows. A new name already taken is a ValueError naming both.

    Why: datamodel-code-generator reads the dots as module paths and stops ("Modular
    references require an output directory, not a file").
    """
    schemas = _component_schemas(document)
    renames: dict[str, str] = {}
    for name in schemas:
        if "." not in name:
            continue
        new = str(ClassName(name, prefix=""))
        taken = new if new in schemas else next((o for o, n in renames.items() if n == new), None)
        if taken is not None:
            raise ValueError(
                f"component schema {name!r} would be renamed {new!r} for the generators, "
                f"which is the name of component schema {taken!r}: rename one of them"
            )
        renames[name] = new
    if not renames:
        return
    document["components"]["schemas"] = {renames.get(k, k): v for k, v in schemas.items()}
    refs = {SCHEMA_REF + old: SCHEMA_REF + new for old, new in renames.items()}
    for _, schema in iter_schemas(document):
        if isinstance(schema.get("$ref"), str):
            schema["$ref"] = _renamed_ref(schema["$ref"], refs)
        mapping = _mapping(_mapping(schema.get("discriminator")).get("mapping"))
        for value, target in mapping.items():
            if isinstance(target, str):  # a ref, or (OpenAPI allows it) a bare schema name
                mapping[value] = renames.get(target) or _renamed_ref(target, refs)


def move_null_to_use_sites(document: dict[str, Any]) -> None:
    """Make each nullable enum or object component (`type: [x, "null"]`, 3.0 `nullable:
    true`) non-null, and let every `$ref` to it admit null: `anyOf: [{$ref}, {type: "null"}]`
    (a ref already in an anyOf gets the null beside it). A null the component's own enum
    excludes was never accepted: it is dropped and no use changes.

    Why: openapi-python-client builds such a component as a union that models an object's
    inline parts twice ("Attempted to generate duplicate models") or copies the enum class
    several times; datamodel-code-generator makes the enum a plain Enum with a None member.
    """
    moved = {
        SCHEMA_REF + name
        for name, schema in _component_schemas(document).items()
        if isinstance(schema, dict) and _drop_null(schema)
    }
    if not moved:
        return
    places = dict(iter_schemas(document))
    for parts, schema in places.items():
        if schema.get("$ref") not in moved:
            continue
        parent = places.get(parts[:-2]) if parts[-2:-1] == ("anyOf",) else None
        if parent is not None:
            if not any(_is_null_schema(member) for member in parent["anyOf"]):
                parent["anyOf"].append(dict(_NULL_SCHEMA))
            continue
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        ref = schema["$ref"]
        schema.clear()
        schema.update({"anyOf": [{"$ref": ref}, dict(_NULL_SCHEMA)], **rest})


# Keywords that say something about a schema without restricting what it accepts.
_ANNOTATIONS = frozenset(
    {"title", "description", "$comment", "default", "example", "examples", "deprecated"}
)


def drop_any_of_with_an_open_branch(document: dict[str, Any]) -> None:
    """Drop an `anyOf` one of whose branches accepts anything (`{}`, `true`, or annotations
    only): the union accepts anything, so the schema is its other keywords alone. A `oneOf`
    is left alone (with an open branch it accepts exactly what no other branch accepts).

    Why: openapi-python-client types the property as the union (`list[Item] | Any`) and
    calls `to_dict` on every list it is given, raw dicts too (Sieve's published document has
    `anyOf: [{type: array, items: {$ref}}, {}]`). Both model sets now read the value as Any.
    """
    for _, schema in list(iter_schemas(document)):
        branches = schema.get("anyOf")
        if isinstance(branches, list) and any(_accepts_anything(b) for b in branches):
            del schema["anyOf"]


def _accepts_anything(schema: Any) -> bool:
    return schema is True or (isinstance(schema, dict) and schema.keys() <= _ANNOTATIONS)


def inline_defaulted_scalar_refs(document: dict[str, Any]) -> None:
    """Replace a property's `$ref` to a scalar, non-enum component by a copy of the component
    (the property's own keywords win) when the property or the component has a default.

    Why: datamodel-code-generator types the property as the component's RootModel but writes
    the raw default (`timeout: Timeout | None = 100`), which mypy rejects.
    (openapi-python-client inlined scalar components already; it now also sees the default.)
    """
    schemas = _component_schemas(document)
    for parts, schema in list(iter_schemas(document)):
        ref = schema.get("$ref")
        if parts[-2:-1] != ("properties",) or not isinstance(ref, str):
            continue
        target = schemas.get(ref.removeprefix(SCHEMA_REF)) if ref.startswith(SCHEMA_REF) else None
        if not isinstance(target, dict) or not _is_scalar(target):
            continue
        if "default" not in schema and "default" not in target:
            continue
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        schema.clear()
        schema.update({**copy.deepcopy(target), **rest})


def name_enum_members(document: dict[str, Any]) -> None:
    """Give every string enum `x-enum-varnames`: the member names openapi-python-client
    gives its values, `_2`, `_3`... added where two values share one (`job.start` and
    `job_start`; `true` and `True`). Both generators then use these names, so the attrs and
    the pydantic models spell every member alike (`JobStatus.SUCCESS` in both).

    Why: left to itself datamodel-code-generator names members after the values
    (`JobEventType.stage` where the attrs models say `STAGE`), and openapi-python-client stops
    ("Duplicate key ... in enum") or silently drops one of two values that share a name.
    """
    for _, schema in iter_schemas(document):
        values = schema.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in schema:
            continue
        strings = [v for v in values if v is not None]
        if not strings or not all(isinstance(v, str) for v in strings):
            continue
        names = [_opc_member_name(value, index) for index, value in enumerate(strings)]
        schema["x-enum-varnames"] = _unique_names(names)


def keep_one_body_media_type(document: dict[str, Any]) -> None:
    """Keep one media type in a request body that offers several: the one
    spec_model.openapi.sent_media_type picks (JSON, any +json, form, multipart,
    octet-stream, else the first written).

    Why: openapi-python-client writes a branch per media type that uses `Unset` without
    importing it, and would always send the last one.
    """
    for _, body in iter_request_bodies(document):
        content = body.get("content")
        if isinstance(content, dict) and len(content) > 1:
            kept = sent_media_type(list(content))
            body["content"] = {kept: content[kept]}


def mark_binary_strings(document: dict[str, Any]) -> None:
    """Add `format: binary` to a string that is raw bytes in the 3.1 spelling: a
    `contentMediaType` that is not text (text/*, JSON, XML, form) or `contentEncoding: binary`,
    and no format. A base64 (or other) `contentEncoding` is text in the payload: left alone.

    Why: openapi-python-client reads only `format`, so the body or multipart part was a `str`
    instead of a File.
    """
    for _, schema in iter_schemas(document):
        if "format" in schema or not _admits_type(schema, "string"):
            continue
        media = schema.get("contentMediaType")
        encoding = schema.get("contentEncoding")
        if media is None and encoding is None:
            continue
        if encoding not in (None, "binary") or (isinstance(media, str) and _is_text(media)):
            continue
        schema["format"] = "binary"


def _drop_null(schema: dict[str, Any]) -> bool:
    """Make an enum or object schema spelled nullable non-null; True when it accepted null."""
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        others = [k for k in kind if k != "null"]
        if len(others) != 1 or not ("enum" in schema or others == ["object"]):
            return False
        schema["type"] = others[0]
        schema.pop("nullable", None)
    elif schema.get("nullable") is True and ("enum" in schema or kind == "object"):
        del schema["nullable"]
    else:
        return False
    values = schema.get("enum")
    if not isinstance(values, list):
        return True
    schema["enum"] = [v for v in values if v is not None]
    return len(schema["enum"]) < len(values)


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _is_scalar(schema: dict[str, Any]) -> bool:
    return (
        schema.get("type") in ("string", "integer", "number", "boolean")
        and not {"enum", "const", "$ref", "allOf", "anyOf", "oneOf"} & schema.keys()
    )


def _opc_member_name(value: str, index: int) -> str:
    """The enum member name openapi-python-client 0.29.1 gives `value`, at `index` among the
    enum's non-null values (EnumProperty.values_from_list)."""
    key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return snake_case(key).upper()


def _unique_names(names: list[str]) -> list[str]:
    """`names` with `_2`, `_3`... added to repeats, avoiding every name already in the list."""
    taken = set(names)
    used: set[str] = set()
    unique: list[str] = []
    for name in names:
        candidate, number = name, 1
        while candidate in used or (candidate != name and candidate in taken):
            number += 1
            candidate = f"{name}_{number}"
        used.add(candidate)
        unique.append(candidate)
    return unique


def _is_text(media: str) -> bool:
    bare = media.split(";", 1)[0].strip().lower()
    return bare.startswith("text/") or bare.endswith(
        ("/json", "+json", "/xml", "+xml", "/x-www-form-urlencoded")
    )


def _admits_type(schema: dict[str, Any], name: str) -> bool:
    kind = schema.get("type")
    return kind == name or (isinstance(kind, list) and name in kind)


def _renamed_ref(ref: str, refs: dict[str, str]) -> str:
    """`ref` with a renamed component's prefix replaced (refs into a component follow too)."""
    for old, new in refs.items():
        if ref == old or ref.startswith(old + "/"):
            return new + ref.removeprefix(old)
    return ref


def _component_schemas(document: dict[str, Any]) -> dict[str, Any]:
    return _mapping(_mapping(document.get("components")).get("schemas"))


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}
