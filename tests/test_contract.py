"""Contract tests: each generated client against a mock made from its spec, over a real socket,
with payloads generated from the response schemas (hypothesis-jsonschema).

- every request a client sends, with generated values for its required and optional
  parameters, validates against the spec (and the mock refuses undeclared parameters);
- every documented response (its examples and EXAMPLES generated payloads where its schema
  is first answered, SHARED_EXAMPLES where another answer shares it) passes the mock's
  response validation, parses through the client and round-trips through `to_dict`; the
  pydantic models read it the same way, field by field and type by type, and neither
  reading keeps a field the spec declares among its unknown extras, at any depth;
- payloads where every enum holds a value the spec does not list still parse and round-trip
  (at the first answer of each schema that reaches an enum).
A failure prints the payload (or the arguments) and the seed (JOBCLIENTS_CONTRACT_SEED) that
reproduces it, whether an assertion failed or the client raised.
"""

from __future__ import annotations

import dataclasses
import json
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import HealthCheck, Phase, given, note, seed, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from scripts.mock_server import Canned, MockServer, required_headers
from scripts.payloads import enum_names, payload_strategy, unlisted_enum_names
from scripts.spec_model.operations import resolve
from tests.conftest import SLUGS
from tests.contract_readings import reading_problems
from tests.contract_support import (
    EXAMPLES,
    SEED,
    Parameter,
    Provider,
    assert_same_json,
    describe,
    json_responses,
    media_of,
    model_name,
    provider,
    response_schema,
    status_of,
)

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    print_blob=True,
    # No shrinking or explaining: each step is an HTTP round trip, and a large payload took
    # minutes to shrink. The failing payload is printed as generated, with the seed.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TOKEN = "contract-token"


def _responses() -> list[Any]:
    return [
        pytest.param(slug, op_id, status, id=f"{slug}:{op_id}:{status}")
        for slug in SLUGS
        for op_id, status, _ in json_responses(slug)
    ]


# A schema answered by many operations and statuses (an error envelope, the job) is
# explored with EXAMPLES payloads where it is first answered; each further answer of it
# takes SHARED_EXAMPLES, enough to exercise that operation's own parsing code. The run then
# grows with the distinct schemas a provider has, not with its operations times statuses.
SHARED_EXAMPLES = max(5, EXAMPLES // 10)


def _first_answers() -> set[tuple[str, str, str]]:
    """(slug, operationId, status) of the first answer of each distinct response schema."""
    seen: set[tuple[str, str]] = set()
    first: set[tuple[str, str, str]] = set()
    for slug in SLUGS:
        for op_id, status, media in json_responses(slug):
            key = (slug, str(media["schema"]["$ref"]))
            if key not in seen:
                seen.add(key)
                first.add((slug, op_id, status))
    return first


_FIRST = _first_answers()


def _examples(slug: str, operation_id: str, status: str) -> int:
    return EXAMPLES if (slug, operation_id, status) in _FIRST else SHARED_EXAMPLES


def _enum_responses() -> list[Any]:
    """The first answer of each response schema that reaches a string enum (at any depth):
    the unlisted values are read by the model's own code, the same for every answer."""
    params = [
        pytest.param(slug, op_id, status, id=f"{slug}:{op_id}:{status}")
        for slug in SLUGS
        for op_id, status, _ in json_responses(slug)
        if (slug, op_id, status) in _FIRST
        and enum_names(response_schema(provider(slug).spec, op_id, status))
    ]
    assert params, "no response schema reaches an enum"
    return params


def _operations() -> list[Any]:
    return [
        pytest.param(slug, call.operation_id, id=f"{slug}:{call.operation_id}")
        for slug in SLUGS
        for call in provider(slug).calls
    ]


@contextmanager
def _serving(
    p: Provider, answer: dict[str, Canned], check_responses: bool = True
) -> Iterator[tuple[MockServer, Any]]:
    """The mock, answering with answer["next"] when set, and a client pointed at it."""
    server = MockServer(
        p.spec, respond=lambda _: answer.get("next"), check_responses=check_responses
    )
    with server:
        # strict: an answer the spec allows must parse without a single tolerated field.
        client = p.package.AuthenticatedClient(
            base_url=server.base_url,
            token=TOKEN,
            retry=p.package.RetryPolicy(max_retries=0),
            strict=True,
            # Every documented answer in turn, 429s with a Retry-After too: the contract
            # is under test, not the pace (a budget would hold the next calls).
            budget=None,
        )
        with client:
            yield server, client


def _canned(p: Provider, operation_id: str, status: str) -> Callable[[Any], Canned]:
    """A payload as the response documents it: in its JSON media type (a merge-patch+json
    answer is not application/json), with the headers it requires (a create's Location)."""
    response = p.spec.operation(operation_id).response(status)
    assert response is not None, f"{operation_id} documents no {status}"
    media_type = next(m.name for m in response.content if "json" in m.name)
    code, headers = status_of(p.slug, operation_id, status), required_headers(response)
    return lambda body: dataclasses.replace(Canned.json(code, body, media_type), headers=headers)


def _read(p: Provider, client: Any, operation_id: str, status: int) -> Any:
    """The typed reading of one answer: the result for a 2xx, the error's `parsed` otherwise."""
    call = p.call(operation_id)
    module = __import__(call.module, fromlist=["sync_detailed"])
    kwargs = {a.python_name: a.value for a in call.arguments} | p.body(operation_id)
    if 200 <= status < 300:
        return module.sync_detailed(client=client, **kwargs).parsed
    with pytest.raises(p.errors.status_error_class(status)) as raised:
        module.sync_detailed(client=client, **kwargs)
    return raised.value.parsed


def _served(p: Provider, server: MockServer, client: Any, op_id: str, status: int) -> Any:
    """The client's reading of the answer the mock serves; the mock must find nothing wrong
    with the request nor with the answer (a payload the spec refuses is reported here)."""
    before = server.request_count
    try:
        return _read(p, client, op_id, status)
    finally:
        recorded = server.requests_since(before)
        problems = [
            *(v for r in recorded for v in r.violations),
            *(f"response: {v}" for r in recorded for v in r.response_violations),
        ]
        if currently_in_test_context():  # under @given: shown with the failing payload
            note("the mock found: " + ("\n".join(problems) or "nothing wrong"))
        assert not problems, "\n".join(problems)


def _check_agreement(p: Provider, media: dict[str, Any], parsed: Any, body: Any) -> None:
    """attrs and pydantic, two generators, must read the same payload the same way, and keep
    none of the fields the spec declares among their unknown extras."""
    assert parsed is not None, "the client did not parse a documented body"
    problems = []
    try:
        assert_same_json(parsed.to_dict(), body)
    except AssertionError as exc:
        problems.append(f"attrs to_dict differs: {exc}")
    model = getattr(p.pydantic_models, model_name(media["schema"]["$ref"]))
    try:
        validated = model.model_validate_json(json.dumps(body))
    except ValueError as exc:
        raise AssertionError(f"pydantic refused what attrs read: {exc}") from None
    dumped = validated.model_dump(mode="json", by_alias=True, exclude_unset=True)
    try:
        assert_same_json(dumped, body)
    except AssertionError as exc:
        problems.append(f"pydantic reads it differently: {exc}")
    problems += reading_problems(p.document, media["schema"], body, parsed, validated)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("slug", "operation_id", "status"), _responses())
def test_documented_examples_parse_through_the_mock(
    slug: str, operation_id: str, status: str
) -> None:
    p = provider(slug)
    media = media_of(slug, operation_id, status)
    code = status_of(slug, operation_id, status)
    canned = _canned(p, operation_id, status)
    answer: dict[str, Canned] = {}
    with _serving(p, answer) as (server, client):
        for name, example in (media.get("examples") or {}).items():
            body = resolve(p.document, example)["value"]
            answer["next"] = canned(body)
            try:
                parsed = _served(p, server, client, operation_id, code)
                _check_agreement(p, media, parsed, body)
            except BaseException as exc:
                exc.add_note(f"example {name!r}: {describe(body)}")
                raise


@pytest.mark.parametrize(("slug", "operation_id", "status"), _responses())
def test_generated_payloads_parse_round_trip_and_agree(
    slug: str, operation_id: str, status: str
) -> None:
    p = provider(slug)
    p.body(operation_id)  # planned here, outside @given
    media = media_of(slug, operation_id, status)
    code = status_of(slug, operation_id, status)
    canned = _canned(p, operation_id, status)
    answer: dict[str, Canned] = {}
    with _serving(p, answer) as (server, client):

        @seed(SEED)
        @settings(SETTINGS, max_examples=_examples(slug, operation_id, status))
        @given(payload_strategy(response_schema(p.spec, operation_id, status)))
        def check(body: Any) -> None:
            note(describe(body))
            answer["next"] = canned(body)
            parsed = _served(p, server, client, operation_id, code)
            _check_agreement(p, media, parsed, body)

        check()


@pytest.mark.parametrize(("slug", "operation_id", "status"), _enum_responses())
def test_unlisted_enum_values_in_generated_payloads_still_parse(
    slug: str, operation_id: str, status: str
) -> None:
    """Every enum the response reaches (statuses, event types, roles...) holds a value the
    spec does not list, in every payload: the client must parse and round-trip it."""
    p = provider(slug)
    media = media_of(slug, operation_id, status)
    code = status_of(slug, operation_id, status)
    schema = response_schema(p.spec, operation_id, status)
    p.body(operation_id)  # planned here, outside @given
    canned = _canned(p, operation_id, status)
    carried: set[str] = set()
    answer: dict[str, Canned] = {}
    # These payloads break the spec on purpose: the mock validates the requests only.
    with _serving(p, answer, check_responses=False) as (server, client):

        @seed(SEED)
        @SETTINGS
        @given(payload_strategy(schema, unlisted_enums=True))
        def check(body: Any) -> None:
            note(describe(body))
            carried.update(unlisted_enum_names(body))
            answer["next"] = canned(body)
            parsed = _served(p, server, client, operation_id, code)
            _check_agreement(p, media, parsed, body)

        check()
    never = enum_names(schema) - carried
    assert not never, f"no payload gave these enums an unlisted value: {sorted(never)}"


# What no path segment may hold, even encoded: the client refuses it (_runtime/paths.py).
_REFUSED = re.compile("[\r\n\x00]")
# What an HTTP field value can carry (RFC 9110, 5.5): visible ASCII, inner spaces.
_HEADER_VALUE = "^[!-~]([ -~]*[!-~])?$"


def _argument(param: Parameter) -> st.SearchStrategy[Any]:
    """Values for one parameter, as the client's signature types them (UUID for a uuid)."""
    schema = param.model
    assert schema is not None, f"{param.wire_name} has no schema"
    header_string = param.location == "header" and schema.json.get("type") == "string"
    if header_string and "pattern" not in schema.json:
        schema = dataclasses.replace(schema, json={**schema.json, "pattern": _HEADER_VALUE})
    values = payload_strategy(schema)
    if param.schema.get("format") == "uuid":
        return values.map(uuid.UUID)
    if param.location == "path":  # the client refuses these before sending, by design
        return values.filter(
            lambda v: str(v) not in ("", ".", "..") and not _REFUSED.search(str(v))
        )
    if param.location == "query" and not param.allow_empty:
        # An enum may list "" where the parameter may not be empty: the spec allows neither.
        values = values.filter(lambda v: v != "")
    if param.required:  # None leaves it out (a query string has no null): never required
        return values.filter(lambda v: v is not None)
    return values


@pytest.mark.parametrize(("slug", "operation_id"), _operations())
def test_every_request_a_client_sends_validates_against_the_spec(
    slug: str, operation_id: str
) -> None:
    """Required and optional parameters with values generated from their schemas; the mock
    validates the request the client really sent (encoding, parameters and their names,
    credential header), and every declared query parameter is sent at least once."""
    p = provider(slug)
    call = p.call(operation_id)
    module = __import__(call.module, fromlist=["sync_detailed"])
    parameters = p.parameters(operation_id)
    values = st.fixed_dictionaries(
        {a.python_name: _argument(a) for a in parameters if a.required},
        optional={a.python_name: _argument(a) for a in parameters if not a.required},
    )
    sent: set[str] = set()
    body = p.body(operation_id)
    with _serving(p, {}) as (server, client):

        @seed(SEED)
        @settings(SETTINGS, max_examples=max(10, EXAMPLES // 4))
        @given(values)
        def check(kwargs: dict[str, Any]) -> None:
            note(f"arguments={kwargs!r} (JOBCLIENTS_CONTRACT_SEED={SEED})")
            before = server.request_count
            module.sync_detailed(client=client, **kwargs, **body)
            (request,) = server.requests_since(before)
            note(f"sent: {request.method} {request.path}")
            assert not request.violations, "\n".join(request.violations)
            query = urlsplit(request.path).query
            sent.update(name for name, _ in parse_qsl(query, keep_blank_values=True))

        check()
    query_names = {a.wire_name for a in parameters if a.location == "query"}
    assert query_names <= sent, f"query parameters never sent: {sorted(query_names - sent)}"
