"""The mock itself is checked: the spec's own examples pass its request and response
validation, it answers what `Prefer` and `Accept` ask for (and says what exists when that is
not documented), it refuses requests that break the spec, it reports answers that break the
spec, and the example `nox -s mock` prints runs."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from scripts.codegen.call_plan import OperationCall, auth_of, client_auth
from scripts.mock import usage
from scripts.mock_server import Canned, MockServer, SpecMock, realistic, served_status
from scripts.paths import GENERATED_DIR
from scripts.request_bodies import PlannedBody, planned_body
from scripts.smoke_call import FILE_BYTES
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.operations import resolve
from scripts.spec_model.reading import spec_of
from tests.conftest import SLUGS
from tests.contract_support import DocumentedExample, documented_examples, provider


def _operations(*, secured: bool = False) -> list[Any]:
    """Every operation (`secured`: those a security scheme the client sends applies to)."""
    return [
        pytest.param(slug, call, id=f"{slug}:{call.operation_id}")
        for slug in SLUGS
        if not secured or auth_of(provider(slug).spec) is not None
        for call in provider(slug).calls
        if not secured or _requires_credential(provider(slug).spec, call.operation_id)
    ]


def _requires_credential(spec: SpecDocument, operation_id: str) -> bool:
    """The operation's own requirement, else the document's; `security: []` or an empty
    alternative (`- {}`) makes it callable without one."""
    op = spec.operation(operation_id)
    requirements = op.security if op.security is not None else spec.security
    return bool(requirements) and all(requirements)


def _headers(slug: str) -> dict[str, str]:
    """The credential as the generated client sends it (the spec's scheme, or its default)."""
    auth = client_auth(provider(slug).spec)
    return {auth.header: f"{auth.prefix} key".strip()}


def _url(server: MockServer, call: OperationCall, **query: str) -> str:
    """The call's URL on the mock, with its required query parameters and `query`."""
    required = {a.wire_name: a.value for a in call.arguments if a.location == "query"}
    params = httpx.QueryParams({**required, **query})
    return server.base_url + call.path + (f"?{params}" if params else "")


def _ask(server: MockServer, call: OperationCall, headers: dict[str, str]) -> httpx.Response:
    body = _body(planned_body(server.spec.operation(call.operation_id)))
    headers = {**body.pop("headers", {}), **headers}
    return httpx.request(call.method.upper(), _url(server, call), headers=headers, **body)


def _body(body: PlannedBody | None) -> dict[str, Any]:
    """httpx's arguments for the body the operation requires, in its media type."""
    if body is None:
        return {}
    if "json" in body.media_type:
        content = json.dumps(body.value).encode()
        return {"content": content, "headers": {"Content-Type": body.media_type}}
    if body.media_type == "application/x-www-form-urlencoded":
        return {"data": body.value}
    if body.media_type.startswith("multipart/"):
        files = {name: (name, FILE_BYTES) for name in body.binary_fields}
        fields = {k: v for k, v in body.value.items() if k not in files}
        return {"files": files, "data": fields}
    return {"content": FILE_BYTES, "headers": {"Content-Type": body.media_type}}


def _responses(slug: str, call: OperationCall) -> dict[str, dict[str, Any]]:
    """status -> the resolved response object, as the spec documents them."""
    p = provider(slug)
    raw = p.operation(call.operation_id).node["responses"]
    return {str(status): resolve(p.document, response) for status, response in raw.items()}


@pytest.mark.parametrize("example", documented_examples())
def test_the_mock_serves_each_example_by_name_and_it_passes_response_validation(
    example: DocumentedExample,
) -> None:
    p = provider(example.slug)
    call = p.call(example.operation_id)
    headers = {
        **_headers(example.slug),
        "Prefer": f"code={example.status}, example={example.name}",
        "Accept": example.media_type,
    }
    with MockServer(p.spec) as server:
        answer = _ask(server, call, headers)
        assert not server.violations, "\n".join(server.violations)
    assert answer.status_code == example.status, answer.text
    assert answer.headers["content-type"] == example.media_type
    assert (answer.json() if example.is_json else answer.text) == example.body
    canned = Canned(answer.status_code, example.media_type, answer.content)
    problems = SpecMock(p.spec).check_response(call.method, call.path, canned)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("slug", "call"), _operations())
def test_the_mock_answers_every_documented_status_and_media_type_as_asked(
    slug: str, call: OperationCall
) -> None:
    p = provider(slug)
    with MockServer(p.spec) as server:
        for status, response in _responses(slug, call).items():
            for media_type in response.get("content") or {"": None}:
                for extra in ("", ", dynamic=true"):
                    headers = {**_headers(slug), "Prefer": f"code={status}{extra}"}
                    if media_type:
                        headers["Accept"] = media_type
                    answer = _ask(server, call, headers)
                    assert answer.status_code == served_status(status.upper()), answer.text
                    assert answer.headers.get("content-type", "") == media_type, headers
        # The mock validated each answer it served: none may break the spec.
        assert not server.violations, "\n".join(server.violations)


@pytest.mark.parametrize(("slug", "call"), _operations())
def test_an_undocumented_code_or_example_or_media_type_is_refused_with_what_exists(
    slug: str, call: OperationCall
) -> None:
    responses = _responses(slug, call)
    first = next(iter(responses))
    examples = sorted(
        {
            n
            for media in (responses[first].get("content") or {}).values()
            for n in media.get("examples") or {}
        }
    )
    covers_599 = {"DEFAULT", "5XX"} & {str(status).upper() for status in responses}
    asked = [
        *([] if covers_599 else [({"Prefer": "code=599"}, 404, list(responses))]),
        ({"Prefer": f"code={first}, example=nope"}, 404, examples),
        ({"Prefer": f"code={first}", "Accept": "application/x-nothing"}, 406, []),
    ]
    with MockServer(provider(slug).spec) as server:
        for extra, status, listed in asked:
            if status == 406 and not responses[first].get("content"):
                continue  # no body, nothing to negotiate
            answer = _ask(server, call, {**_headers(slug), **extra})
            assert answer.status_code == status, f"{extra}: {answer.status_code} {answer.text}"
            (problem,) = answer.json()["violations"]
            missing = [name for name in listed if name not in problem]
            assert not missing, f"{extra}: {problem!r} does not list {missing}"
        assert len(server.violations) == len(server.requests), "\n".join(server.violations)


@pytest.mark.parametrize(("slug", "call"), _operations(secured=True))
def test_a_request_without_the_credential_is_refused(slug: str, call: OperationCall) -> None:
    with MockServer(provider(slug).spec) as server:
        answer = httpx.request(call.method.upper(), _url(server, call))
    assert answer.status_code == 401, answer.text
    violations = answer.json()["violations"]
    assert any("Security" in v for v in violations), "\n".join(violations)


@pytest.mark.parametrize(("slug", "call"), _operations(secured=True))
def test_a_request_with_an_empty_credential_is_refused(slug: str, call: OperationCall) -> None:
    """`Salad-Api-Key:` with no value, `Authorization: Bearer ` with no token (sent with
    http.client: httpx refuses to send such headers at all)."""
    auth = auth_of(provider(slug).spec)
    assert auth is not None
    with MockServer(provider(slug).spec) as server:
        target = urlsplit(_url(server, call))
        connection = http.client.HTTPConnection(target.hostname or "", target.port)
        connection.request(
            call.method.upper(), target.path, headers={auth.header: f"{auth.prefix} ".lstrip()}
        )
        answer = connection.getresponse()
        body = answer.read().decode()
        connection.close()
    assert answer.status == 401, body
    assert "empty credential" in body, body


@pytest.mark.parametrize(("slug", "call"), _operations())
def test_a_query_parameter_the_operation_does_not_declare_is_refused(
    slug: str, call: OperationCall
) -> None:
    with MockServer(provider(slug).spec) as server:
        answer = httpx.request(
            call.method.upper(), _url(server, call, bogus="1"), headers=_headers(slug)
        )
    assert answer.status_code == 400, answer.text
    violations = answer.json()["violations"]
    assert any("'bogus'" in v for v in violations), "\n".join(violations)


def _bad_parameters() -> list[Any]:
    """Each path or query parameter given a value its schema refuses, where one exists."""
    params = []
    for slug in SLUGS:
        p = provider(slug)
        for call in p.calls:
            for param in p.parameters(call.operation_id):
                bad = _violating_value(param.schema)
                if bad is not None and param.location in ("path", "query"):
                    ident = f"{slug}:{call.operation_id}:{param.wire_name}"
                    params.append(pytest.param(slug, call, param.wire_name, bad, id=ident))
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


@pytest.mark.parametrize(("slug", "call", "name", "bad"), _bad_parameters())
def test_a_request_that_breaks_a_parameters_schema_is_refused_with_the_violation(
    slug: str, call: OperationCall, name: str, bad: str
) -> None:
    in_path = any(a.wire_name == name and a.location == "path" for a in call.arguments)
    with MockServer(provider(slug).spec) as server:
        if in_path:
            path = call.path_template
            for argument in call.arguments:
                if argument.location == "path":
                    value = bad if argument.wire_name == name else str(argument.value)
                    path = path.replace("{" + argument.wire_name + "}", value.replace(" ", "%20"))
            url = server.base_url + path
        else:
            url = _url(server, call, **{name: bad})
        answer = httpx.request(call.method.upper(), url, headers=_headers(slug))
    assert answer.status_code == 400, answer.text
    violations = answer.json()["violations"]
    assert any(name in v for v in violations), "\n".join(violations)


def _wrong_typed_examples() -> list[Any]:
    """For each JSON response, its first example with one typed top-level field given a
    value of another type: what a typo in a spec's example looks like."""
    wrong_value = {"string": 12345, "integer": "35", "number": "35", "boolean": "yes"}
    params = []
    for slug in SLUGS:
        p = provider(slug)
        for call in p.calls:
            for status, response in _responses(slug, call).items():
                media = (response.get("content") or {}).get("application/json")
                examples = list(((media or {}).get("examples") or {}).values())
                if not media or not examples:
                    continue
                body = resolve(p.document, examples[0])["value"]
                properties = resolve(p.document, media["schema"]).get("properties") or {}
                for key, value in body.items() if isinstance(body, dict) else ():
                    kind = _single_type(resolve(p.document, properties.get(key, {})))
                    if kind in wrong_value and value is not None:
                        broken = {**body, key: wrong_value[kind]}
                        ident = f"{slug}:{call.operation_id}:{status}:{key}"
                        params.append(
                            pytest.param(
                                slug,
                                call,
                                served_status(str(status).upper()),
                                broken,
                                key,
                                id=ident,
                            )
                        )
                        break
    assert params, "no example with a typed field to break"
    return params


def _single_type(schema: dict[str, Any]) -> str | None:
    """The one JSON type a schema allows besides null, if it names one."""
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else [k for k in kinds or [] if k != "null"]
    return kinds[0] if len(kinds) == 1 else None


@pytest.mark.parametrize(("slug", "call", "status", "body", "field"), _wrong_typed_examples())
def test_an_answer_that_breaks_the_spec_is_recorded_with_the_violation(
    slug: str, call: OperationCall, status: int, body: dict[str, Any], field: str
) -> None:
    """Whatever the mock serves is validated, a test's own answer (`respond`) included."""
    spec = provider(slug).spec
    with MockServer(spec, respond=lambda _: Canned.json(status, body)) as server:
        answer = _ask(server, call, _headers(slug))
        (recorded,) = server.requests
    assert answer.status_code == status
    assert not recorded.violations, "\n".join(recorded.violations)
    problems = "\n".join(recorded.response_violations)
    assert f"at {field}:" in problems, problems or "no violation recorded"


@pytest.mark.parametrize("slug", SLUGS)
def test_the_python_example_nox_s_mock_prints_runs_against_the_mock(slug: str) -> None:
    """The snippet printed by `nox -s mock -- SLUG`, run as printed in a fresh interpreter
    that sees only the provider's package; the curl calls it prints answer as they say."""
    p = provider(slug)
    with MockServer(p.spec) as server:
        shown = usage(p.spec, p.package.__name__, server.base_url)
        env = {**os.environ, "PYTHONPATH": str(GENERATED_DIR / slug)}
        done = subprocess.run(
            [sys.executable, "-c", shown.python],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )
        assert done.returncode == 0, f"{shown.python}\n{done.stdout}{done.stderr}"
        assert "status_code=200" in done.stdout, done.stdout
        for request in shown.requests:
            answer = httpx.request(request.method, request.url, headers=request.headers)
            prefer = request.headers.get("Prefer", "")
            wanted = prefer.partition("code=")[2] if "code=" in prefer else "2"
            assert str(answer.status_code).startswith(wanted), f"{request.curl}: {answer.text}"
        assert not server.violations, "\n".join(server.violations)


def test_a_required_response_header_is_sent_and_validates() -> None:
    """A documented answer carries the headers its response requires (Location of a 201)."""
    created = {
        "description": "made",
        "headers": {
            "Location": {"required": True, "schema": {"type": "string", "minLength": 3}},
            "X-Optional": {"schema": {"type": "integer"}},
        },
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"post": {"responses": {"201": created}}}},
    }
    with MockServer(spec_of(document)) as server:
        answer = httpx.post(server.base_url + "/things")
        assert not server.violations, server.violations
    assert answer.status_code == 201
    assert len(answer.headers["Location"]) >= 3
    assert "X-Optional" not in answer.headers


def test_a_call_asking_for_no_example_gets_one_without_docs_placeholders() -> None:
    """A provider's docs may show `"id": "<string>"` (kept in the spec as its seed): the
    mock serves the first example with real values, unless one is asked for by name."""
    seed = {"id": "<string>", "items": [{"name": "<string>"}], "count": 1}
    real = {"id": "job-1", "items": [{"name": "a <b> c"}], "count": 1}
    assert realistic([seed, real]) == real
    assert realistic([seed]) == seed
    assert realistic([real, seed]) == real
