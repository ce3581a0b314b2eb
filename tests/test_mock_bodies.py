"""The mock reads and validates request bodies, within a size limit, and never drops a
connection when it fails itself."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scripts.mock_server import MAX_REQUEST_BODY, MockServer
from scripts.spec_model.reading import spec_of

THING = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "count": {"type": "integer"}},
}


def _spec(version: str, media_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "bodies", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/things": {
                "post": {
                    "operationId": "create_thing",
                    "requestBody": {
                        "required": True,
                        "content": {media_type: {"schema": schema}},
                    },
                    "responses": {"204": {"description": "made"}},
                }
            }
        },
    }


@pytest.mark.parametrize("media_type", ["application/json", "application/merge-patch+json"])
def test_a_json_body_is_validated_and_its_fault_named(media_type: str) -> None:
    with MockServer(spec_of(_spec("3.1.0", media_type, THING))) as server:
        url = server.base_url + "/things"
        headers = {"Content-Type": media_type}
        good = httpx.post(url, content=b'{"name": "a", "count": 2}', headers=headers)
        bad = httpx.post(url, content=b'{"name": "a", "count": "two"}', headers=headers)
        missing = httpx.post(url, headers=headers)
    assert good.status_code == 204, good.text
    assert bad.status_code == 400 and "count" in bad.text, bad.text
    assert missing.status_code == 400 and "body" in missing.text.lower(), missing.text


@pytest.mark.parametrize(
    ("version", "schema"),
    [
        ("3.1.0", {"type": "string", "contentMediaType": "application/octet-stream"}),
        ("3.0.3", {"type": "string", "format": "binary"}),
    ],
)
def test_a_binary_body_is_a_string_of_bytes(version: str, schema: dict[str, Any]) -> None:
    with MockServer(spec_of(_spec(version, "application/octet-stream", schema))) as server:
        answer = httpx.post(
            server.base_url + "/things",
            content=bytes(range(256)),
            headers={"Content-Type": "application/octet-stream"},
        )
    assert answer.status_code == 204, answer.text


def test_a_body_over_the_limit_is_refused_with_413_unread() -> None:
    with MockServer(spec_of(_spec("3.1.0", "application/json", THING))) as server:
        answer = httpx.post(
            server.base_url + "/things",
            content=b"x" * (MAX_REQUEST_BODY + 1),
            headers={"Content-Type": "application/json"},
        )
    assert answer.status_code == 413, answer.text
    assert str(MAX_REQUEST_BODY) in answer.text


def test_a_chunked_body_is_refused_with_411() -> None:
    def chunks() -> Any:
        yield b'{"name": '
        yield b'"a"}'

    with MockServer(spec_of(_spec("3.1.0", "application/json", THING))) as server:
        answer = httpx.post(
            server.base_url + "/things",
            content=chunks(),
            headers={"Content-Type": "application/json"},
        )
    assert answer.status_code == 411, answer.text


def test_a_failure_of_the_mock_itself_is_a_500_not_a_dropped_connection() -> None:
    """A recursive schema with no example: no payload can be generated for the answer."""
    document = _spec("3.1.0", "application/json", THING)
    document["components"] = {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["children"],
                "properties": {
                    "children": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/components/schemas/Node"},
                    }
                },
            }
        }
    }
    document["paths"]["/things"]["post"]["responses"] = {
        "200": {
            "description": "a node",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}},
        }
    }
    with MockServer(spec_of(document)) as server:
        answer = httpx.post(
            server.base_url + "/things",
            content=b'{"name": "a"}',
            headers={"Content-Type": "application/json"},
        )
        recorded = server.requests
    assert answer.status_code == 500, answer.text
    assert "give it an example in the spec" in answer.text
    assert recorded and recorded[-1].violations
