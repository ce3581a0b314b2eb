"""How a call is planned from any spec: the credential it sends, the values it passes."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.codegen.call_plan import Auth, auth_of, client_auth, operation_calls
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import spec_of


def _document(security_at_operation: bool, parameter_schema: dict[str, Any]) -> SpecDocument:
    operation: dict[str, Any] = {
        "operationId": "get_usage",
        "parameters": [
            {"name": "since", "in": "query", "required": True, "schema": parameter_schema}
        ],
        "responses": {"204": {"description": "ok"}},
    }
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/usage": {"get": operation}},
        "components": {
            "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
        },
    }
    if security_at_operation:
        operation["security"] = [{"Key": []}]
    return spec_of(document)


def test_a_scheme_required_by_the_operations_only_is_the_clients_credential() -> None:
    """Sieve's own document names its API key on each operation, not globally."""
    document = _document(True, {"type": "integer"})
    assert auth_of(document) == client_auth(document) == Auth("X-API-Key", "")


def test_without_any_scheme_the_client_sends_a_bearer_token() -> None:
    document = _document(False, {"type": "integer"})
    assert auth_of(document) is None
    assert client_auth(document) == Auth("Authorization", "Bearer")


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"anyOf": [{"type": "integer"}, {"type": "null"}]}, 1),
        ({"type": "string", "enum": ["", "queued", "done"]}, "queued"),
        ({"type": "string", "format": "date-time"}, "2025-01-01T00:00:00Z"),
        ({"type": ["null", "boolean"]}, True),
        ({"type": "string", "default": ""}, "example"),
    ],
)
def test_a_required_parameter_without_an_example_gets_a_value_its_schema_accepts(
    schema: dict[str, Any], expected: Any
) -> None:
    (call,) = operation_calls(_document(True, schema), "pkg")
    assert [a.value for a in call.arguments] == [expected]
