"""The mock itself is checked: the spec's own examples pass its validation, it answers what
`Prefer` asks for, and it refuses requests that break the spec."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scripts.codegen.call_plan import OperationCall, auth_of
from scripts.mock_server import Canned, MockServer, SpecMock
from scripts.spec_lint import resolve
from tests.conftest import SLUGS
from tests.contract_support import DocumentedExample, documented_examples, provider


def _operations() -> list[Any]:
    return [
        pytest.param(slug, call, id=f"{slug}:{call.operation_id}")
        for slug in SLUGS
        for call in provider(slug).calls
    ]


def _headers(slug: str) -> dict[str, str]:
    auth = auth_of(provider(slug).document)
    assert auth is not None
    return {auth.header: f"{auth.prefix} key".strip()}


def _url(server: MockServer, call: OperationCall, **query: str) -> str:
    return server.base_url + call.path + (f"?{httpx.QueryParams(query)}" if query else "")


@pytest.mark.parametrize("example", documented_examples())
def test_the_mock_serves_each_example_by_name_and_it_passes_response_validation(
    example: DocumentedExample,
) -> None:
    p = provider(example.slug)
    call = p.call(example.operation_id)
    headers = {**_headers(example.slug), "Prefer": f"code={example.status}, example={example.name}"}
    with MockServer(p.document) as server:
        answer = httpx.request(call.method.upper(), _url(server, call), headers=headers)
        assert not server.violations
    assert answer.status_code == example.status
    assert answer.headers["content-type"] == example.media_type
    assert (answer.json() if example.is_json else answer.text) == example.body
    canned = Canned(answer.status_code, example.media_type, answer.content)
    assert SpecMock(p.document).check_response(call.method, call.path, canned) == []


@pytest.mark.parametrize(("slug", "call"), _operations())
def test_the_mock_answers_every_documented_status_as_asked(slug: str, call: OperationCall) -> None:
    p = provider(slug)
    mock = SpecMock(p.document)
    with MockServer(p.document) as server:
        for status in p.operation(call.operation_id).node["responses"]:
            for extra in ("", ", dynamic=true"):
                headers = {**_headers(slug), "Prefer": f"code={status}{extra}"}
                answer = (
                    httpx.get(_url(server, call), headers=headers)
                    if call.method == "get"
                    else (httpx.request(call.method.upper(), _url(server, call), headers=headers))
                )
                assert answer.status_code == int(status)
                canned = Canned(
                    answer.status_code, answer.headers.get("content-type"), answer.content
                )
                assert mock.check_response(call.method, call.path, canned) == []
        assert not server.violations


@pytest.mark.parametrize(("slug", "call"), _operations())
def test_a_request_without_the_credential_is_refused(slug: str, call: OperationCall) -> None:
    with MockServer(provider(slug).document) as server:
        answer = httpx.request(call.method.upper(), _url(server, call))
    assert answer.status_code == 401
    assert any("Security" in v for v in answer.json()["violations"])


def _bad_parameters() -> list[Any]:
    """Each path or query parameter given a value its schema refuses, where one exists."""
    params = []
    for slug in SLUGS:
        p = provider(slug)
        for call in p.calls:
            op = p.operation(call.operation_id)
            raw = [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]
            for param in (resolve(p.document, r) for r in raw):
                schema = resolve(p.document, param["schema"])
                bad = _violating_value(schema)
                if bad is not None and param["in"] in ("path", "query"):
                    ident = f"{slug}:{call.operation_id}:{param['name']}"
                    params.append(pytest.param(slug, call, param, bad, id=ident))
    assert params, "no parameter with a constraint to break"
    return params


def _violating_value(schema: dict[str, Any]) -> str | None:
    if schema.get("type") == "integer":
        return "not-a-number"
    if schema.get("format") == "uuid":
        return "not-a-uuid"
    if "pattern" in schema:
        return "NOT VALID!"
    return None


@pytest.mark.parametrize(("slug", "call", "param", "bad"), _bad_parameters())
def test_a_request_that_breaks_a_parameters_schema_is_refused_with_the_violation(
    slug: str, call: OperationCall, param: dict[str, Any], bad: str
) -> None:
    with MockServer(provider(slug).document) as server:
        if param["in"] == "path":
            path = call.path_template
            for argument in call.arguments:
                if argument.location == "path":
                    value = bad if argument.wire_name == param["name"] else str(argument.value)
                    path = path.replace("{" + argument.wire_name + "}", value.replace(" ", "%20"))
            url = server.base_url + path
        else:
            url = _url(server, call, **{param["name"]: bad})
        answer = httpx.request(call.method.upper(), url, headers=_headers(slug))
    assert answer.status_code == 400, answer.text
    violations = answer.json()["violations"]
    assert any(param["name"] in v for v in violations), json.dumps(violations)
