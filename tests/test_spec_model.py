"""The typed model of a document (scripts/spec_model/document.py): what each reader gets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.paths import SPECS_DIR
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.errors import SpecError
from scripts.spec_model.reading import read_spec, spec_of
from tests.conftest import SLUGS

JOB_REF = {"$ref": "#/components/schemas/a~1b.Job"}


def _document(openapi: str = "3.1.0") -> dict[str, Any]:
    return {
        "openapi": openapi,
        "info": {"title": "Model", "version": "2.0"},
        "servers": [
            {
                "url": "https://{region}.example.com/v1",
                "variables": {"region": {"default": "eu", "enum": ["eu", "us"]}},
            }
        ],
        "paths": {
            "/jobs/{id}": {
                "parameters": [
                    {"$ref": "#/components/parameters/Id"},
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                ],
                "get": {
                    "operationId": "getJob",
                    "tags": ["jobs"],
                    "x-jobclients-poll": True,
                    "security": [{"Key": []}],
                    "parameters": [
                        {
                            "name": "verbose",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {
                        "200": {"$ref": "#/components/responses/Job"},
                        "404": {"description": "gone"},
                    },
                },
                "post": {
                    "requestBody": {"$ref": "#/components/requestBodies/NewJob"},
                    "responses": {"204": {"description": "made"}},
                },
            }
        },
        "components": {
            "parameters": {
                "Id": {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "uuid"},
                    "examples": {"one": {"$ref": "#/components/examples/Id"}},
                }
            },
            "examples": {"Id": {"value": "3f1c"}},
            "responses": {
                "Job": {
                    "description": "the job",
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    "content": {"application/json": {"schema": JOB_REF, "example": {"id": "x"}}},
                }
            },
            "requestBodies": {
                "NewJob": {
                    "required": True,
                    "content": {"application/merge-patch+json": {"schema": JOB_REF}},
                }
            },
            "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "a/b.Job": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "note": {"type": "string", "nullable": True}
                        if openapi.startswith("3.0")
                        else {"type": ["string", "null"]},
                        "status": {"$ref": "#/components/schemas/Status"},
                    },
                },
                "Status": {"type": "string", "enum": ["queued", "done"], "default": "queued"},
            },
        },
    }


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
def test_operations_come_with_everything_resolved(openapi: str) -> None:
    spec = spec_of(_document(openapi))
    assert (spec.openapi, spec.title, spec.version) == (openapi[:3], "Model", "2.0")
    get, post = spec.operations
    assert (get.python_name, get.operation_id, get.tag, get.method) == (
        "get_job",
        "getJob",
        "jobs",
        "get",
    )
    assert post.python_name == "post_jobs_id" and post.operation_id is None
    assert get.place == "paths./jobs/{id}.get"
    # The path item's parameters are merged in; the operation's own `verbose` wins.
    assert [(p.name, p.location, p.required) for p in get.parameters] == [
        ("id", "path", True),
        ("verbose", "query", True),
    ]
    verbose = get.parameter("verbose", "query")
    assert verbose is not None and verbose.schema is not None
    assert verbose.schema.types == ("integer",)
    ident = get.parameter("id", "path")
    assert ident is not None and ident.example is not None
    assert (ident.example.name, ident.example.value) == ("one", "3f1c")
    ok = get.response("200")
    assert ok is not None and ok.description == "the job"
    assert ok.headers["Retry-After"].types == ("integer",)
    media = ok.media("application/json")
    assert media is not None and media.schema is not None
    assert media.example() is not None and media.example().value == {"id": "x"}  # type: ignore[union-attr]
    assert post.request_body is not None and post.request_body.required
    assert [m.name for m in post.request_body.content] == ["application/merge-patch+json"]
    assert get.extensions == {"x-jobclients-poll": True} and get.security == (("Key",),)


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
def test_schemas_follow_refs_and_read_both_nullable_spellings(openapi: str) -> None:
    spec = spec_of(_document(openapi))
    (media,) = spec.operations[0].responses[0].content
    job = media.schema
    assert job is not None and job.component == "a/b.Job"  # the ~1 of the pointer undone
    assert job.resolved().place == ("components", "schemas", "a/b.Job")
    assert job.required == ("id",)
    assert set(job.properties) == {"id", "note", "status"}
    assert set(job.properties["note"].types) == {"string", "null"}
    status = job.properties["status"]
    assert status.component == "Status" and status.enum == ("queued", "done")
    assert status.has("default") and status.default == "queued"
    assert list(spec.schemas) == ["a/b.Job", "Status"]
    assert spec.schema_ref("a/b.Job").resolved().json == job.resolved().json
    bundled = job.json_with_components()
    assert bundled["$ref"] == "#/components/schemas/a~1b.Job"
    assert set(bundled["components"]["schemas"]) == {"a/b.Job", "Status"}


def test_servers_and_security() -> None:
    spec = spec_of(_document())
    assert spec.server.default_url == "https://eu.example.com/v1"
    assert [(v.name, v.enum) for v in spec.server.variables] == [("region", ("eu", "us"))]
    # No document-wide requirement: the operations' own scheme is the one applied.
    assert spec.security == ()
    (scheme,) = spec.schemes_applied()
    assert (scheme.type, scheme.location, scheme.parameter_name) == ("apiKey", "header", "X-Key")
    bare = spec_of({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}})
    assert bare.server.default_url == "/" and not list(bare.schemes_applied())


def test_the_tool_copy_is_a_copy() -> None:
    spec = spec_of(_document())
    copied = spec.tool_document()
    copied["paths"].clear()
    assert spec.tool_document()["paths"] and len(spec.operations) == 2


def test_a_dangling_ref_is_refused_before_the_model_is_built() -> None:
    document = _document()
    document["paths"]["/jobs/{id}"]["get"]["responses"]["200"] = {
        "$ref": "#/components/responses/Nope"
    }
    with pytest.raises(SpecError, match="dangling"):
        spec_of(document, Path("mine.yaml"))


@pytest.mark.parametrize("slug", SLUGS)
def test_every_provider_spec_builds(slug: str) -> None:
    spec: SpecDocument = read_spec(SPECS_DIR / slug / "openapi.yaml")
    assert spec.operations and spec.schemas
    for op in spec.operations:
        assert op.responses, f"{slug} {op.python_name}: no responses"
        for param in op.parameters:
            assert param.schema is not None or param.content, f"{op.python_name} {param.name}"


def test_the_body_sent_is_the_one_the_generated_client_keeps() -> None:
    document = _document()
    post = document["paths"]["/jobs/{id}"]["post"]
    post["requestBody"] = {
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "application/x-www-form-urlencoded": {"schema": {"type": "object"}},
            "application/vnd.jobs+json": {"schema": {"type": "object"}},
        }
    }
    body = spec_of(document).operations[1].request_body
    assert body is not None and body.sent is not None
    assert body.sent.name == "application/vnd.jobs+json" and not body.required
