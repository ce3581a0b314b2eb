"""Every generated client against its own spec: requests go where the spec says, with the
credential in the header the spec names, and every documented example parses through the
attrs client, round-trips through `to_dict`, and is accepted by the pydantic models."""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from scripts.codegen.call_plan import OperationCall, client_auth, default_base_url, operation_calls
from scripts.codegen.providers import Provider, load_provider
from scripts.mock_server import MockServer
from scripts.paths import GENERATED_DIR
from scripts.request_bodies import planned_body
from scripts.smoke_call import typed_body
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.naming import class_name
from scripts.spec_model.operations import unescape
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS
from tests.contract_support import DocumentedExample, assert_same_json, documented_examples

TOKEN = "sk-test-token"


@cache
def _provider(slug: str) -> tuple[Provider, SpecDocument]:
    provider = load_provider(slug)
    return provider, read_spec(provider.spec_path)


def _calls() -> list[Any]:
    params = []
    for slug in SLUGS:
        provider, document = _provider(slug)
        for call in operation_calls(document, provider.import_package):
            params.append(pytest.param(slug, call, id=f"{slug}:{call.operation_id}"))
    return params


def _base_url(spec: SpecDocument) -> str:
    """The spec's server; a relative one (a spec without servers) on a made-up host."""
    base = default_base_url(spec)
    return base if httpx.URL(base).is_absolute_url else "https://api.example.test" + base


def _client(slug: str, handler: Any) -> Any:
    provider, document = _provider(slug)
    package = importlib.import_module(provider.import_package)
    # No header name or prefix given: the client's own defaults must be the spec's scheme.
    return package.AuthenticatedClient(
        base_url=_base_url(document),
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def _kwargs(call: OperationCall, document: SpecDocument | None = None) -> dict[str, Any]:
    """The call's example arguments, and (given the document) the request body the
    operation requires, typed as the generated function takes it."""
    kwargs: dict[str, Any] = {a.python_name: a.value for a in call.arguments}
    body = planned_body(document.operation(call.operation_id)) if document else None
    if body is not None:
        module = importlib.import_module(call.module)
        kwargs["body"] = typed_body(
            module.sync_detailed, body.media_type, body.value, list(body.binary_fields)
        )
    return kwargs


@pytest.mark.parametrize(("slug", "call"), _calls())
def test_request_goes_to_the_documented_path_with_the_documented_auth_header(
    slug: str, call: OperationCall
) -> None:
    _, document = _provider(slug)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(418)  # undocumented: only the request matters here

    module = importlib.import_module(call.module)
    errors = importlib.import_module(f"{_provider(slug)[0].import_package}.errors")
    kwargs = _kwargs(call, document)
    with _client(slug, handler) as client, pytest.raises(errors.APIStatusError):
        module.sync_detailed(client=client, **kwargs)

    (request,) = seen
    auth = client_auth(document)
    base = httpx.URL(_base_url(document))
    expected_path = base.raw_path.decode().rstrip("/") + quote(call.path, safe="/")
    assert request.method == call.method.upper()
    assert request.url.host == base.host
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    expected = f"{auth.prefix} {TOKEN}" if auth.prefix else TOKEN
    assert request.headers[auth.header] == expected
    if auth.header.lower() != "authorization":
        assert "authorization" not in request.headers, "the key went out in a second header"


@pytest.mark.parametrize("example", documented_examples())
def test_every_documented_example_parses_and_round_trips(example: DocumentedExample) -> None:
    provider, document = _provider(example.slug)
    call = next(
        c
        for c in operation_calls(document, provider.import_package)
        if c.operation_id == example.operation_id
    )
    module = importlib.import_module(call.module)
    status, body = example.status, example.body

    def handler(request: httpx.Request) -> httpx.Response:
        if example.is_json:
            return httpx.Response(status, json=body)
        return httpx.Response(status, text=body, headers={"Content-Type": example.media_type})

    errors = importlib.import_module(f"{provider.import_package}.errors")
    if not example.is_json:  # an error page in another format: raised, typed, its text kept
        assert not 200 <= status < 300, f"{example.media_type} success bodies are not supported"
        with (
            _client(example.slug, handler) as client,
            pytest.raises(errors.status_error_class(status)) as raised,
        ):
            module.sync_detailed(client=client, **_kwargs(call, document))
        assert (raised.value.status_code, raised.value.text) == (status, body)
        assert raised.value.parsed is None and raised.value.body is None
        return
    with _client(example.slug, handler) as client:
        if 200 <= status < 300:
            response = module.sync_detailed(client=client, **_kwargs(call, document))
            assert response.status_code == status
            parsed = response.parsed
        else:  # the package's convention: a documented error status raises, typed
            with pytest.raises(errors.status_error_class(status)) as raised:
                module.sync_detailed(client=client, **_kwargs(call, document))
            assert raised.value.status_code == status
            assert raised.value.body == body
            parsed = raised.value.parsed
    assert parsed is not None, "a documented response must parse"
    assert_same_json(parsed.to_dict(), body)


@pytest.mark.parametrize("example", [e for e in documented_examples() if e.values[0].schema_ref])
def test_the_pydantic_models_accept_every_documented_example(example: DocumentedExample) -> None:
    """Of every example whose schema is a component: an inline schema's pydantic model has
    no name in common with its attrs one (the curated specs' house rules forbid them)."""
    provider, _ = _provider(example.slug)
    models = importlib.import_module(f"{provider.import_package}.pydantic_models")
    model = getattr(models, class_name(unescape(example.schema_ref.rsplit("/", 1)[1])))
    parsed = model.model_validate(example.body)
    dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert_same_json(dumped, example.body)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_package_readme_example_runs(slug: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The usage example a user copies from generated/<slug>/README.md, run against a loopback
    server standing in for the provider (only the base URL is swapped)."""
    provider, document = _provider(slug)
    readme = (GENERATED_DIR / slug / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Use\n\n```python\n(.*?)```", readme, re.DOTALL)
    assert code, "the README has no usage example"
    with MockServer(document) as server:
        source = code.group(1).replace(
            'AuthenticatedClient(token="YOUR_API_KEY"',
            f'AuthenticatedClient(base_url="{server.base_url}", token="YOUR_API_KEY"',
        )
        assert server.base_url in source, "the README example does not make a client"
        exec(compile(source, f"{slug}/README.md", "exec"), {})
        assert server.requests, "the example made no request"
        assert not server.violations, server.violations
    printed = capsys.readouterr().out
    first = operation_calls(document, provider.import_package)[0]
    assert printed.strip() and printed.strip() != "None", f"{first.operation_id} printed nothing"
