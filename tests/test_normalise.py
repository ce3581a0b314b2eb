"""The generators' copy of a spec: each rewrite on a minimal document, then the same document
through both generators (as the pipeline runs them) and the result imported and used.

Every transform test also checks that the spec itself is left as it was.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import ClassName, PythonIdentifier, in_double_quote_literal

from scripts.codegen.generators import (
    DATAMODEL_ARGS,
    run_datamodel_codegen,
    run_openapi_python_client,
)
from scripts.codegen.pipeline import CUSTOM_TEMPLATES
from scripts.codegen.postprocess import base_pydantic_models_on_spec_model
from scripts.codegen.providers import Provider
from scripts.codegen.render import RUNTIME_DIR
from scripts.spec_model.normalise import NON_NULL_MARK, generator_document, write_generator_files
from scripts.spec_model.schemas import iter_schemas

REF = "#/components/schemas/"


def spec(
    schemas: dict[str, Any],
    paths: dict[str, Any] | None = None,
    version: str = "3.1.0",
) -> dict[str, Any]:
    """A valid document: the schemas, and GET /root answering the first of them."""
    first = next(iter(schemas))
    get_root = {
        "get": {
            "operationId": "get_root",
            "responses": {"200": _json_response({"$ref": REF + first})},
        }
    }
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": paths or {"/root": get_root},
        "components": {"schemas": schemas},
    }


def normalised(document: dict[str, Any], *, marks: bool = False) -> dict[str, Any]:
    """generator_document(document), checking that `document` itself is not changed; without
    the non-null marks of optional properties unless `marks` (each step is tested alone)."""
    before = copy.deepcopy(document)
    result = generator_document(document)
    assert document == before, "the spec itself was changed"
    if not marks:
        for _, schema in iter_schemas(result):
            schema.pop(NON_NULL_MARK, None)
    return result


def _json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def _post(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "operationId": "send",
            "requestBody": body,
            "responses": {"204": {"description": "done"}},
        }
    }


# ---------------------------------------------------------------- 1. enum member names


def test_enum_values_that_share_a_member_name_get_unique_names() -> None:
    document = spec(
        {
            "Event": {"type": "string", "enum": ["job.start", "job_start", "JobStart", "job.end"]},
            "Keyword": {"type": "string", "enum": ["class", "None", "true", "True"]},
            "Case": {"type": "string", "enum": ["a", "A", "A_2"]},
        }
    )
    schemas = normalised(document)["components"]["schemas"]
    assert schemas["Event"]["x-enum-varnames"] == [
        "JOB_START",
        "JOB_START_2",
        "JOBSTART",
        "JOB_END",
    ]
    assert schemas["Keyword"]["x-enum-varnames"] == ["CLASS", "NONE", "TRUE", "TRUE_2"]
    # A suffix that is another value's own name is skipped.
    assert schemas["Case"]["x-enum-varnames"] == ["A", "A_3", "A_2"]
    assert schemas["Event"]["enum"] == document["components"]["schemas"]["Event"]["enum"]


def test_the_first_value_keeps_the_plain_name_in_either_order() -> None:
    schemas = normalised(spec({"E": {"type": "string", "enum": ["job_start", "job.start"]}}))
    assert schemas["components"]["schemas"]["E"]["x-enum-varnames"] == ["JOB_START", "JOB_START_2"]


@pytest.mark.parametrize(
    "values",
    [
        ["job.start", "job_start", "JobStart", "job.end"],
        ["job_start", "job.start"],
        ["1", "VALUE_0"],  # a value not starting with a letter is named by its place
        ["", "VALUE_0", "value_0"],
        ["a-b", "a_b", "A B", "a.b"],
        ["é", "É"],
        ["queued", "running"],
    ],
)
def test_openapi_python_client_keeps_every_value_under_its_own_name(values: list[str]) -> None:
    (schema,) = normalised(spec({"E": {"type": "string", "enum": values}}))["components"][
        "schemas"
    ].values()
    names = schema.get("x-enum-varnames", [])
    enum_class = Class(name=ClassName("E", ""), module_name=PythonIdentifier("e", ""))
    members = EnumProperty.values_from_list(values, enum_class, names)
    assert sorted(members.values()) == sorted(in_double_quote_literal(v) for v in values)
    assert not names or list(members) == names, "the names given are used unchanged"


def test_every_string_enum_gets_the_names_both_model_sets_use() -> None:
    """Named for both generators alike: datamodel-code-generator would otherwise name a
    member after its value (`queued`), where the attrs models say `QUEUED`."""
    schemas = {"Status": {"type": "string", "enum": ["queued", "running", "1", "2"]}}
    named = normalised(spec(schemas))["components"]["schemas"]["Status"]
    assert named["x-enum-varnames"] == ["QUEUED", "RUNNING", "VALUE_2", "VALUE_3"]


def test_enums_that_are_not_strings_or_have_their_own_names_are_left_alone() -> None:
    schemas = {
        "Priority": {"type": "integer", "enum": [1, 2, 3]},
        "Named": {"type": "string", "enum": ["a", "A"], "x-enum-varnames": ["LOW", "HIGH"]},
    }
    assert normalised(spec(schemas))["components"]["schemas"] == schemas


# ---------------------------------------------------------------- 2. dotted schema names


def test_dotted_schema_names_become_class_names_and_every_ref_follows() -> None:
    document = spec(
        {
            "Names": {
                "type": "object",
                "properties": {
                    "periods": {"$ref": REF + "model.reference.with.Periods"},
                    "value": {"$ref": REF + "model.reference.with.Periods/properties/value"},
                    "pet": {"$ref": REF + "Pet"},
                },
            },
            "model.reference.with.Periods": {
                "type": "object",
                "properties": {"value": {"type": "string"}},
            },
            "a.Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "a.Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Pet": {
                "oneOf": [{"$ref": REF + "a.Cat"}, {"$ref": REF + "a.Dog"}],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": REF + "a.Cat", "dog": "a.Dog"},
                },
            },
        }
    )
    schemas = normalised(document)["components"]["schemas"]
    assert list(schemas) == ["Names", "ModelReferenceWithPeriods", "ACat", "ADog", "Pet"]
    assert schemas["Names"]["properties"] == {
        "periods": {"$ref": REF + "ModelReferenceWithPeriods"},
        "value": {"$ref": REF + "ModelReferenceWithPeriods/properties/value"},
        "pet": {"$ref": REF + "Pet"},
    }
    assert schemas["Pet"]["oneOf"] == [{"$ref": REF + "ACat"}, {"$ref": REF + "ADog"}]
    assert schemas["Pet"]["discriminator"]["mapping"] == {"cat": REF + "ACat", "dog": "ADog"}


def test_refs_under_webhooks_callbacks_path_items_and_encodings_follow_a_rename() -> None:
    def hook() -> dict[str, Any]:  # a new object each time: every place is walked
        body = {"content": {"application/json": {"schema": {"$ref": REF + "a.B"}}}}
        return {"post": {"requestBody": body}}

    multipart = {
        "schema": {"type": "object"},
        "encoding": {"part": {"headers": {"X-Part": {"schema": {"$ref": REF + "a.B"}}}}},
    }
    operation = {
        "operationId": "send",
        "requestBody": {"content": {"multipart/form-data": multipart}},
        "callbacks": {"done": {"{$request.body#/url}": hook()}},
        "responses": {"204": {"description": "done"}},
    }
    document = spec({"a.B": {"type": "object"}}, paths={"/send": {"post": operation}})
    document["webhooks"] = {"hook": hook()}
    document["components"]["pathItems"] = {"Item": hook()}
    document["components"]["callbacks"] = {"Later": {"{$url}": hook()}}
    text = json.dumps(normalised(document))
    assert "a.B" not in text
    assert text.count(REF + "AB") == 5


@pytest.mark.parametrize("name", ["model.reference.with.Periods", "v1.2.thing", "x.ID.list"])
def test_the_new_name_is_the_class_name_openapi_python_client_already_gave(name: str) -> None:
    schemas = normalised(spec({name: {"type": "object"}}))["components"]["schemas"]
    (new,) = schemas
    for prefix in ("", "field_"):  # its own prefix: the class it writes does not change
        assert ClassName(new, prefix=prefix) == ClassName(name, prefix=prefix)


@pytest.mark.parametrize("taken", ["ModelReference", "model.Reference"])
def test_a_rename_onto_an_existing_name_is_refused_naming_both(taken: str) -> None:
    document = spec({"model.reference": {"type": "object"}, taken: {"type": "object"}})
    with pytest.raises(ValueError, match="would be renamed 'ModelReference'") as refused:
        generator_document(document)
    assert "'model.reference'" in str(refused.value)
    assert repr(taken) in str(refused.value)


# ---------------------------------------------------------------- 3. one body media type


@pytest.mark.parametrize(
    ("offered", "kept"),
    [
        (["application/vnd.k+json", "application/json"], "application/json"),
        (
            ["application/json; charset=utf-8", "multipart/form-data"],
            "application/json; charset=utf-8",
        ),
        (["multipart/form-data", "application/merge-patch+json"], "application/merge-patch+json"),
        (
            ["application/octet-stream", "application/x-www-form-urlencoded"],
            "application/x-www-form-urlencoded",
        ),
        (["application/octet-stream", "multipart/form-data"], "multipart/form-data"),
        (["text/plain", "application/octet-stream"], "application/octet-stream"),
        (["text/plain", "application/xml"], "text/plain"),
    ],
)
def test_a_request_body_keeps_one_media_type(offered: list[str], kept: str) -> None:
    content = {media: {"schema": {"type": "object"}} for media in offered}
    body = {"required": True, "content": content}
    document = spec({"S": {"type": "object"}}, paths={"/send": _post(body)})
    document["components"]["requestBodies"] = {"Shared": copy.deepcopy(body)}
    result = normalised(document)
    for written in (
        result["paths"]["/send"]["post"]["requestBody"],
        result["components"]["requestBodies"]["Shared"],
    ):
        assert written == {"required": True, "content": {kept: content[kept]}}


def test_a_request_body_with_one_media_type_or_a_ref_is_left_alone() -> None:
    one = {"content": {"text/plain": {"schema": {"type": "string"}}}}
    document = spec(
        {"S": {"type": "object"}},
        paths={"/send": _post({"$ref": "#/components/requestBodies/One"})},
    )
    document["components"]["requestBodies"] = {"One": one}
    assert normalised(document) == document


# ---------------------------------------------------------------- 4. 3.1 binaries


def test_strings_spelled_as_bytes_get_format_binary() -> None:
    document = spec(
        {
            "Upload": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "contentMediaType": "application/octet-stream"},
                    "image": {"type": ["string", "null"], "contentMediaType": "image/png"},
                    "raw": {"type": "string", "contentEncoding": "binary"},
                    "b64": {"type": "string", "contentEncoding": "base64"},
                    "doc": {"type": "string", "contentMediaType": "application/json"},
                    "text": {"type": "string", "contentMediaType": "text/csv"},
                    "own": {"type": "string", "format": "byte", "contentMediaType": "image/png"},
                },
            }
        }
    )
    properties = normalised(document)["components"]["schemas"]["Upload"]["properties"]
    formats = {name: schema.get("format") for name, schema in properties.items()}
    assert formats == {
        "file": "binary",
        "image": "binary",
        "raw": "binary",
        "b64": None,  # base64 text in the payload, not bytes
        "doc": None,
        "text": None,
        "own": "byte",
    }


# ---------------------------------------------------------------- 5. formats url and password


def test_url_and_password_formats_are_plain_strings_for_the_pydantic_models() -> None:
    mappings = DATAMODEL_ARGS[DATAMODEL_ARGS.index("--type-mappings") + 1 :]
    assert {"url=string", "password=string"} <= set(mappings)


# ---------------------------------------------------------------- 6. defaults


def test_a_defaulted_property_ref_to_a_scalar_component_gets_a_copy_of_it() -> None:
    document = spec(
        {
            "Job": {
                "type": "object",
                "properties": {
                    "timeout": {"$ref": REF + "Timeout"},
                    "retries": {"$ref": REF + "Count", "default": 3, "description": "Tries."},
                    "count": {"$ref": REF + "Count"},
                    "status": {"$ref": REF + "Status", "default": "queued"},
                    "timeouts": {"type": "array", "items": {"$ref": REF + "Timeout"}},
                },
            },
            "Timeout": {"type": "integer", "minimum": 1, "default": 100},
            "Count": {"type": "integer", "description": "A count."},
            "Status": {"type": "string", "enum": ["queued", "done"]},
        }
    )
    properties = normalised(document)["components"]["schemas"]["Job"]["properties"]
    assert properties["timeout"] == {"type": "integer", "minimum": 1, "default": 100}
    assert properties["retries"] == {"type": "integer", "default": 3, "description": "Tries."}
    # No default, an enum (--deserialize-default-values), not a property: left as refs.
    assert properties["count"] == {"$ref": REF + "Count"}
    assert properties["status"] == {"$ref": REF + "Status", "default": "queued"}
    assert properties["timeouts"]["items"] == {"$ref": REF + "Timeout"}


# ---------------------------------------------------------------- 7. nullable components


def _unnamed(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema without the member names every string enum is given (section 1)."""
    return {k: v for k, v in schema.items() if k != "x-enum-varnames"}


def test_a_nullable_enum_or_object_component_moves_its_null_to_every_use() -> None:
    document = spec(
        {
            "Job": {
                "type": "object",
                "required": ["urgency"],
                "properties": {
                    "urgency": {"$ref": REF + "Urgency"},
                    "probe": {"$ref": REF + "Probe", "description": "Its own words."},
                    "either": {"anyOf": [{"$ref": REF + "Probe"}, {"$ref": REF + "Urgency"}]},
                    "one": {"oneOf": [{"$ref": REF + "Probe"}, {"type": "integer"}]},
                },
            },
            "Urgency": {"type": ["string", "null"], "enum": ["low", "high", None]},
            "Probe": {"type": ["object", "null"], "properties": {"path": {"type": "string"}}},
        }
    )
    schemas = normalised(document)["components"]["schemas"]
    null = {"type": "null"}
    assert _unnamed(schemas["Urgency"]) == {"type": "string", "enum": ["low", "high"]}
    assert schemas["Probe"] == {"type": "object", "properties": {"path": {"type": "string"}}}
    assert schemas["Job"]["properties"] == {
        "urgency": {"anyOf": [{"$ref": REF + "Urgency"}, null]},
        "probe": {"anyOf": [{"$ref": REF + "Probe"}, null], "description": "Its own words."},
        "either": {"anyOf": [{"$ref": REF + "Probe"}, {"$ref": REF + "Urgency"}, null]},
        "one": {"oneOf": [{"anyOf": [{"$ref": REF + "Probe"}, null]}, {"type": "integer"}]},
    }


def test_the_3_0_spelling_moves_too() -> None:
    document = spec(
        {
            "Job": {"type": "object", "properties": {"urgency": {"$ref": REF + "Urgency"}}},
            "Urgency": {"type": "string", "nullable": True, "enum": ["low", None]},
        },
        version="3.0.3",
    )
    schemas = normalised(document)["components"]["schemas"]
    assert _unnamed(schemas["Urgency"]) == {"type": "string", "enum": ["low"]}
    urgency = schemas["Job"]["properties"]["urgency"]
    assert urgency == {"anyOf": [{"$ref": REF + "Urgency"}, {"type": "null"}]}


def test_a_null_the_enum_excludes_is_dropped_without_touching_the_uses() -> None:
    # JSON Schema: null is not one of the values, so no instance was ever null.
    document = spec(
        {
            "Job": {
                "type": "object",
                "properties": {"a": {"$ref": REF + "A"}, "b": {"$ref": REF + "B"}},
            },
            "A": {"type": ["string", "null"], "enum": ["x", "y"]},
            "B": {"type": "string", "nullable": True, "enum": ["x"]},
            "Name": {"type": ["string", "null"]},  # not an enum or object: left alone
        }
    )
    schemas = normalised(document)["components"]["schemas"]
    assert _unnamed(schemas["A"]) == {"type": "string", "enum": ["x", "y"]}
    assert _unnamed(schemas["B"]) == {"type": "string", "enum": ["x"]}
    assert schemas["Job"] == document["components"]["schemas"]["Job"]
    assert schemas["Name"] == {"type": ["string", "null"]}


# ---------------------------------------------------------------- both generators


@pytest.fixture
def generate(tmp_path: Path) -> Any:
    """generate(document) -> run(code): both generators on the normalised document, as the
    pipeline runs them (a warning fails), then `code` run against the attrs package `pkg` and
    the pydantic module `pm`; run() returns what the code prints, read as JSON."""

    def build(document: dict[str, Any]) -> Any:
        provider = Provider(
            slug="norm",
            directory=tmp_path,
            distribution="jobclients-norm",
            import_package="jobclients_norm",
            version="0.1.0",
            description="normalised",
        )
        out = tmp_path / "out"
        out.mkdir()
        inputs = write_generator_files(document, tmp_path)
        models = tmp_path / "pydantic_models.py"
        templates = CUSTOM_TEMPLATES if any(CUSTOM_TEMPLATES.glob("*.jinja")) else None
        with ThreadPoolExecutor(max_workers=2) as pool:
            client = pool.submit(
                run_openapi_python_client, provider, inputs.spec, out, tmp_path, templates
            )
            pydantic = pool.submit(
                run_datamodel_codegen,
                provider,
                inputs.pydantic_spec,
                models,
                tmp_path,
                inputs.aliases,
            )
            package_dir, _ = client.result(), pydantic.result()
        base_pydantic_models_on_spec_model(models)  # as the pipeline does
        shutil.move(models, package_dir / models.name)
        # The templates' modules import the run-time helpers the pipeline copies in beside
        # them, and the facts the render step writes (_spec.py, wait.py re-exported by the
        # package's __init__): stand-ins for the two the code under test reads.
        shutil.copytree(RUNTIME_DIR, package_dir / "_runtime")
        (package_dir / "__init__.py").write_text("", encoding="utf-8")
        (package_dir / "_spec.py").write_text(
            "IDEMPOTENT_OPERATIONS = frozenset()\nHELD_OPEN_OPERATIONS = {}\n"
            "RELIED_FIELDS = frozenset()\nJOB_PATHS = ()\n"
        )

        def run(code: str) -> Any:
            prelude = (
                "import json\nimport jobclients_norm as pkg\n"
                "import jobclients_norm.pydantic_models as pm\n"
            )
            result = subprocess.run(
                [sys.executable, "-c", prelude + code],
                cwd=out,
                env={**os.environ, "PYTHONPATH": str(out)},
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
            assert result.returncode == 0, result.stderr
            return json.loads(result.stdout)

        return run

    return build


def test_generated_colliding_enums_keep_every_value_under_one_name_in_both(generate: Any) -> None:
    values = ["job.start", "job_start", "JobStart", "true", "True"]
    run = generate(spec({"Event": {"type": "string", "enum": values}}))
    members = run(
        "from jobclients_norm.models import Event\n"
        "print(json.dumps([{m.name: m.value for m in Event}, {m.name: m.value for m in pm.Event}]))"
    )
    expected = {"JOB_START": "job.start", "JOB_START_2": "job_start", "JOBSTART": "JobStart"}
    assert members[0] == members[1] == {**expected, "TRUE": "true", "TRUE_2": "True"}


def test_generated_dotted_schema_is_one_class_in_both(generate: Any) -> None:
    document = spec(
        {
            "Names": {"type": "object", "properties": {"p": {"$ref": REF + "model.with.Periods"}}},
            "model.with.Periods": {"type": "object", "properties": {"value": {"type": "string"}}},
        }
    )
    run = generate(document)
    read = run(
        "from jobclients_norm.models import Names, ModelWithPeriods\n"
        "a = Names.from_dict({'p': {'value': 'x'}})\n"
        "b = pm.Names.model_validate({'p': {'value': 'x'}})\n"
        "assert isinstance(a.p, ModelWithPeriods) and isinstance(b.p, pm.ModelWithPeriods)\n"
        "print(json.dumps([a.to_dict(), b.model_dump(mode='json', exclude_none=True)]))"
    )
    assert read == [{"p": {"value": "x"}}, {"p": {"value": "x"}}]


def test_generated_body_of_several_media_types_is_sent_as_json(generate: Any) -> None:
    body = {
        "required": True,
        "content": {
            "application/vnd.k+json": {"schema": {"$ref": REF + "Bag"}},
            "application/json": {"schema": {"$ref": REF + "Bag"}},
        },
    }
    bag = {"type": "object", "properties": {"n": {"type": "integer"}}}
    run = generate(spec({"Bag": bag}, paths={"/send": _post(body)}))
    kwargs = run(
        "from jobclients_norm.api.default import send\n"
        "from jobclients_norm.models import Bag\n"
        "print(json.dumps(send._get_kwargs(body=Bag(n=1))))"
    )
    assert kwargs["json"] == {"n": 1}
    assert kwargs["headers"]["Content-Type"] == "application/json"


def test_generated_3_1_binaries_are_bytes_in_both(generate: Any) -> None:
    file = {"type": "string", "contentMediaType": "application/octet-stream"}
    upload = {"type": "object", "required": ["file"], "properties": {"file": file}}
    document = spec(
        {"Upload": upload},
        paths={
            "/send": _post(
                {"content": {"multipart/form-data": {"schema": {"$ref": REF + "Upload"}}}}
            )
        },
    )
    run = generate(document)
    read = run(
        "import io\n"
        "from jobclients_norm.models import Upload\n"
        "from jobclients_norm.types import File\n"
        "parts = Upload(file=File(payload=io.BytesIO(b'\\x00\\xff'))).to_multipart()\n"
        "sent = parts[0][1][1].getvalue()\n"
        "print(json.dumps([repr(sent), pm.Upload.model_fields['file'].annotation.__name__]))"
    )
    assert read == [repr(b"\x00\xff"), "bytes"]


def test_generated_url_and_password_are_plain_strings(generate: Any) -> None:
    login = {
        "type": "object",
        "properties": {
            "home": {"type": "string", "format": "url"},
            "password": {"type": "string", "format": "password"},
        },
    }
    run = generate(spec({"Login": login}))
    read = run(
        "from jobclients_norm.models import Login\n"
        "payload = {'home': 'https://x.example', 'password': 'secret'}\n"
        "print(json.dumps([Login.from_dict(payload).to_dict(),"
        " pm.Login.model_validate(payload).model_dump(mode='json')]))"
    )
    assert read[0] == read[1] == {"home": "https://x.example", "password": "secret"}


def test_generated_defaults_of_enum_and_scalar_refs_are_typed_in_both(generate: Any) -> None:
    job = {
        "type": "object",
        "properties": {
            "timeout": {"$ref": REF + "Timeout"},
            "status": {"$ref": REF + "Status", "default": "queued"},
            "mode": {"type": "string", "enum": ["fast", "slow"], "default": "slow"},
        },
    }
    document = spec(
        {
            "Job": job,
            "Timeout": {"type": "integer", "minimum": 1, "default": 100},
            "Status": {"type": "string", "enum": ["queued", "done"]},
        }
    )
    run = generate(document)
    read = run(
        "fields = pm.Job.model_fields\n"
        "assert 'Timeout' not in repr(fields['timeout'].annotation)  # not the RootModel\n"
        "assert isinstance(fields['status'].default, pm.Status)\n"
        "assert type(fields['mode'].default).__name__ == 'JobMode'  # as the attrs one\n"
        "from jobclients_norm.models import Job\n"
        "print(json.dumps([Job().to_dict(), pm.Job().model_dump(mode='json')]))"
    )
    assert read[1] == {"timeout": 100, "status": "queued", "mode": "slow"}
    # openapi-python-client keeps the defaults written beside the property only.
    assert read[0] == {"timeout": 100, "mode": "slow"}


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_generated_nullable_components_are_one_class_and_accept_null(
    generate: Any, version: str
) -> None:
    if version == "3.0.3":
        urgency = {"type": "string", "nullable": True, "enum": ["low", "high", None]}
        probe_type: dict[str, Any] = {"type": "object", "nullable": True}
        note = {"type": "string", "nullable": True}
    else:
        urgency = {"type": ["string", "null"], "enum": ["low", "high", None]}
        probe_type = {"type": ["object", "null"]}
        note = {"type": ["string", "null"]}
    probe = {
        **probe_type,
        "properties": {"env": {"type": "object", "additionalProperties": {"type": "string"}}},
    }
    job = {
        "type": "object",
        "required": ["urgency", "probe", "note"],
        "properties": {
            "urgency": {"$ref": REF + "Urgency"},
            "probe": {"$ref": REF + "Probe"},
            "note": note,
        },
    }
    run = generate(spec({"Job": job, "Urgency": urgency, "Probe": probe}, version=version))
    read = run(
        "import pathlib\n"
        "from jobclients_norm.models import Job, Urgency\n"
        "modules = sorted(p.stem for p in pathlib.Path(pkg.__file__).parent.glob('models/*.py'))\n"
        "null = {'urgency': None, 'probe': None, 'note': None}\n"
        "full = {'urgency': 'low', 'probe': {'env': {'A': 'b'}}, 'note': 'n'}\n"
        "print(json.dumps([modules, [m.value for m in pm.Urgency], Job.from_dict(null).to_dict(),"
        " pm.Job.model_validate(null).model_dump(mode='json'), Job.from_dict(full).to_dict(),"
        " pm.Job.model_validate(full).model_dump(mode='json')]))"
    )
    modules, pydantic_urgency, *payloads = read
    assert modules == ["__init__", "job", "probe", "probe_env", "urgency"]
    assert pydantic_urgency == ["low", "high"]
    null = {"urgency": None, "probe": None, "note": None}
    full = {"urgency": "low", "probe": {"env": {"A": "b"}}, "note": "n"}
    assert payloads == [null, null, full, full]


def test_an_empty_default_of_an_optional_query_parameter_is_dropped() -> None:
    """openapi-python-client would send `status=` on every call, a value the spec forbids."""

    def query(name: str, default: str, **extra: Any) -> dict[str, Any]:
        schema = {"type": "string", "default": default}
        return {"name": name, "in": "query", "schema": schema, **extra}

    parameters = [
        query("status", ""),
        query("empty_ok", "", allowEmptyValue=True),
        query("needed", "", required=True),
        query("kept", "queued"),
    ]
    get = {"get": {"parameters": parameters, "responses": {"204": {"description": "ok"}}}}
    result = normalised(spec({"Thing": {"type": "string"}}, {"/things": get}))
    written = result["paths"]["/things"]["get"]["parameters"]
    defaults = {p["name"]: p["schema"].get("default") for p in written}
    assert defaults == {"status": None, "empty_ok": "", "needed": "", "kept": "queued"}


# ---------------------------------------------------------------- optional members that refuse null

_NULLABLE_30 = {"type": "string", "nullable": True}


@pytest.mark.parametrize(
    ("schema", "refuses"),
    [
        ({"type": "string"}, True),
        ({"type": ["integer", "string"]}, True),
        ({"type": ["string", "null"]}, False),
        (_NULLABLE_30, False),
        ({"$ref": REF + "Text"}, True),
        ({"$ref": REF + "MaybeText"}, False),
        ({"$ref": REF + "Text", "nullable": True}, False),
        ({"enum": ["a", "b"]}, True),
        ({"enum": ["a", None]}, False),
        ({"const": "x"}, True),
        ({"const": None}, False),
        ({}, False),
        ({"description": "anything"}, False),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, True),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, False),
        ({"oneOf": [{"$ref": REF + "Text"}, {}]}, False),
        ({"allOf": [{"$ref": REF + "Text"}, {"description": "d"}]}, True),
        ({"$ref": REF + "Loop"}, False),
    ],
)
def test_a_member_is_marked_non_null_only_when_its_schema_refuses_null(
    schema: dict[str, Any], refuses: bool
) -> None:
    properties = {"m": schema, "kept": copy.deepcopy(schema)}
    holder = {"type": "object", "required": ["kept"], "properties": properties}
    document = spec(
        {
            "Holder": holder,
            "Text": {"type": "string"},
            "MaybeText": _NULLABLE_30,
            "Loop": {"$ref": REF + "Loop2"},
            "Loop2": {"$ref": REF + "Loop"},
        },
        version="3.0.3",
    )
    written = normalised(document, marks=True)["components"]["schemas"]["Holder"]["properties"]
    assert written["m"].get(NON_NULL_MARK, False) is refuses
    assert NON_NULL_MARK not in written["kept"]  # required: typed without None


def test_generated_pydantic_models_refuse_null_where_the_attrs_client_does(
    generate: Any,
) -> None:
    """An optional member may be absent in both model sets; null only where the spec says."""
    job = {
        "type": "object",
        "properties": {
            "progress": {"type": "integer"},
            "note": {"type": ["string", "null"]},
            "inner": {"$ref": REF + "Inner"},
        },
    }
    inner = {"type": "object", "properties": {"depth": {"type": "integer"}}}
    run = generate(spec({"Job": job, "Inner": inner}))
    read = run(
        "def verdict(read):\n"
        "    try:\n"
        "        read()\n"
        "    except (ValueError, TypeError, KeyError):\n"
        "        return 'refused'\n"
        "    return 'accepted'\n"
        "bodies = [{}, {'note': None}, {'progress': None}, {'inner': None},"
        " {'inner': {'depth': None}}, {'progress': 3, 'inner': {}}]\n"
        "from jobclients_norm.models import Job\n"
        "print(json.dumps([[verdict(lambda: Job.from_dict(b)),"
        " verdict(lambda: pm.Job.model_validate_json(json.dumps(b), strict=True)),"
        " verdict(lambda: pm.Job.model_validate(b))] for b in bodies]))"
    )
    accepted, refused = ["accepted"] * 3, ["refused"] * 3
    assert read == [accepted, accepted, refused, refused, refused, accepted]


def test_an_any_of_with_a_branch_that_accepts_anything_is_dropped() -> None:
    """openapi-python-client called `to_dict` on every list given to `list[Item] | Any`."""
    items = {"type": "array", "items": {"$ref": REF + "Item"}}
    job = {
        "type": "object",
        "properties": {
            "open": {"anyOf": [items, {}], "description": "d"},
            "annotated": {"anyOf": [items, {"description": "anything"}]},
            "boolean": {"anyOf": [items, True]},
            "one_of": {"oneOf": [items, {}]},
            "closed": {"anyOf": [items, {"type": "string"}]},
            "typed": {"type": "object", "anyOf": [{"required": ["a"]}, {}]},
        },
    }
    item = {"type": "object", "properties": {"a": {"type": "string"}}}
    props = normalised(spec({"Job": job, "Item": item}))["components"]["schemas"]["Job"][
        "properties"
    ]
    assert props["open"] == {"description": "d"}
    assert props["annotated"] == props["boolean"] == {}
    assert props["one_of"] == {"oneOf": [items, {}]}
    assert props["closed"] == {"anyOf": [items, {"type": "string"}]}
    assert props["typed"] == {"type": "object"}


def test_generated_any_of_with_an_open_branch_takes_any_value_in_both(generate: Any) -> None:
    items = {"type": "array", "items": {"$ref": REF + "Item"}}
    job = {"type": "object", "properties": {"env": {"anyOf": [items, {}]}}}
    item = {"type": "object", "properties": {"a": {"type": "string"}}}
    run = generate(spec({"Job": job, "Item": item}))
    read = run(
        "from jobclients_norm.models import Job\n"
        "raw = {'env': [{'a': 'x'}, [1], 'y']}\n"
        "print(json.dumps([Job.from_dict(raw).to_dict(),"
        " pm.Job.model_validate(raw).model_dump(mode='json')]))"
    )
    assert read == [{"env": [{"a": "x"}, [1], "y"]}] * 2


def test_generated_inline_classes_have_one_name_in_both(generate: Any) -> None:
    # Two properties called `type` (datamodel-code-generator alone: `Type`, `Type1`), an
    # inline object with a member to rename and an enum of its own, list items in a
    # nullable array; a spec author's title renames nothing.
    kind = {"type": "string", "enum": ["a", "b"], "title": "Job"}
    inner = {
        "type": "object",
        "title": "Hook",
        "properties": {"foo-bar": {"type": "string"}, "mode": {"type": "string", "enum": ["x"]}},
    }
    items = {"type": "object", "properties": {"n": {"type": "integer"}}}
    document = spec(
        {
            "Job": {
                "type": "object",
                "title": "Hook",
                "properties": {
                    "type": kind,
                    "inner": inner,
                    "parts": {"type": ["array", "null"], "items": items},
                },
            },
            "Hook": {"type": "object", "properties": {"type": {**kind, "enum": ["c"]}}},
        }
    )
    run = generate(document)
    names = run(
        "import enum, inspect\nimport jobclients_norm.models as am\n"
        "def fields(cls):\n"
        "    if issubclass(cls, enum.Enum): return sorted(m.name for m in cls)\n"
        "    if hasattr(cls, 'model_fields'): return sorted(cls.model_fields)\n"
        "    names = [a.name for a in cls.__attrs_attrs__]\n"
        "    return sorted(n for n in names if n != 'additional_properties')\n"
        "def classes(module):\n"
        "    return {n: fields(c) for n, c in vars(module).items() if inspect.isclass(c)\n"
        "            and c.__module__.startswith(module.__name__)}\n"
        "print(json.dumps([classes(am), classes(pm)]))"
    )
    expected = {
        "Job": ["inner", "parts", "type_"],
        "JobType": ["A", "B"],
        "JobInner": ["foo_bar", "mode"],
        "JobInnerMode": ["X"],
        "JobPartsType0Item": ["n"],
        "Hook": ["type_"],
        "HookType": ["C"],
    }
    assert names[0] == expected
    assert names[1] == expected
