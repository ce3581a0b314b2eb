"""Contract tests: each generated client against a mock made from its spec, over a real socket,
with payloads generated from the response schemas (hypothesis-jsonschema).

- every request a client sends, with generated parameter values, validates against the spec;
- every documented response (its examples and EXAMPLES generated payloads) parses through the
  client and round-trips through `to_dict`; the pydantic models read it the same way;
- unlisted enum values in generated payloads still parse and round-trip.
A failure prints the payload and the seed (JOBCLIENTS_CONTRACT_SEED) that reproduces it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from scripts.mock_server import Canned, MockServer
from scripts.payloads import payload_strategy
from scripts.spec_lint import resolve
from tests.conftest import SLUGS
from tests.contract_support import (
    EXAMPLES,
    SEED,
    Provider,
    assert_same_json,
    declared_properties,
    describe,
    json_responses,
    media_of,
    provider,
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


def _operations() -> list[Any]:
    return [
        pytest.param(slug, call.operation_id, id=f"{slug}:{call.operation_id}")
        for slug in SLUGS
        for call in provider(slug).calls
    ]


@contextmanager
def _serving(p: Provider, answer: dict[str, Canned]) -> Iterator[tuple[MockServer, Any]]:
    """The mock, answering with answer["next"] when set, and a client pointed at it."""
    server = MockServer(p.document, respond=lambda _: answer.get("next"))
    with server:
        client = p.package.AuthenticatedClient(
            base_url=server.base_url, token=TOKEN, retry=p.package.RetryPolicy(max_retries=0)
        )
        with client:
            yield server, client


def _read(p: Provider, client: Any, operation_id: str, status: int) -> Any:
    """The typed reading of one answer: the result for a 2xx, the error's `parsed` otherwise."""
    call = p.call(operation_id)
    module = __import__(call.module, fromlist=["sync_detailed"])
    kwargs = {a.python_name: a.value for a in call.arguments}
    if 200 <= status < 300:
        return module.sync_detailed(client=client, **kwargs).parsed
    with pytest.raises(p.errors.status_error_class(status)) as raised:
        module.sync_detailed(client=client, **kwargs)
    return raised.value.parsed


def _check_agreement(p: Provider, media: dict[str, Any], parsed: Any, body: Any) -> None:
    """attrs and pydantic, two generators, must read the same payload the same way."""
    assert parsed is not None, f"the client did not parse a documented body; {describe(body)}"
    try:
        assert_same_json(parsed.to_dict(), body)
    except AssertionError as exc:
        raise AssertionError(f"attrs to_dict differs: {exc}; {describe(body)}") from None
    declared = declared_properties(p.document, media["schema"])
    stray = declared & set(getattr(parsed, "additional_properties", {}))
    assert not stray, f"spec fields {sorted(stray)} are unknown to the client; {describe(body)}"
    model = getattr(p.pydantic_models, media["schema"]["$ref"].rsplit("/", 1)[1])
    try:
        validated = model.model_validate_json(json.dumps(body))
    except ValueError as exc:
        raise AssertionError(f"pydantic refused what attrs read: {exc}; {describe(body)}") from None
    dumped = validated.model_dump(mode="json", by_alias=True, exclude_unset=True)
    try:
        assert_same_json(dumped, body)
    except AssertionError as exc:
        raise AssertionError(f"pydantic reads it differently: {exc}; {describe(body)}") from None


@pytest.mark.parametrize(("slug", "operation_id", "status"), _responses())
def test_documented_examples_parse_through_the_mock(
    slug: str, operation_id: str, status: str
) -> None:
    p = provider(slug)
    media = media_of(slug, operation_id, status)
    answer: dict[str, Canned] = {}
    with _serving(p, answer) as (server, client):
        for example in (media.get("examples") or {}).values():
            body = resolve(p.document, example)["value"]
            answer["next"] = Canned.json(int(status), body)
            _check_agreement(p, media, _read(p, client, operation_id, int(status)), body)
        assert not server.violations, server.violations


@pytest.mark.parametrize(("slug", "operation_id", "status"), _responses())
def test_generated_payloads_parse_round_trip_and_agree(
    slug: str, operation_id: str, status: str
) -> None:
    p = provider(slug)
    media = media_of(slug, operation_id, status)
    answer: dict[str, Canned] = {}
    with _serving(p, answer) as (server, client):

        @seed(SEED)
        @SETTINGS
        @given(payload_strategy(p.document, media["schema"]))
        def check(body: Any) -> None:
            answer["next"] = Canned.json(int(status), body)
            _check_agreement(p, media, _read(p, client, operation_id, int(status)), body)

        check()
        assert not server.violations, server.violations


def _status_responses() -> list[Any]:
    """The 2xx responses whose schema has the job status as a top-level property."""
    params = []
    for slug in SLUGS:
        p = provider(slug)
        schemas = p.document["components"]["schemas"]
        status_ref = next(
            f"#/components/schemas/{n}" for n, s in schemas.items() if "x-jobclients-terminal" in s
        )
        for op_id, status, media in json_responses(slug):
            props = resolve(p.document, media["schema"]).get("properties") or {}
            for name, prop in props.items():
                if status.startswith("2") and prop.get("$ref") == status_ref:
                    params.append(
                        pytest.param(slug, op_id, status, name, id=f"{slug}:{op_id}:{status}")
                    )
    return params


@pytest.mark.parametrize(("slug", "operation_id", "status", "field"), _status_responses())
def test_unlisted_enum_values_in_generated_payloads_still_parse(
    slug: str, operation_id: str, status: str, field: str
) -> None:
    p = provider(slug)
    media = media_of(slug, operation_id, status)
    schemas = p.document["components"]["schemas"]
    known = next(set(s["enum"]) for s in schemas.values() if "x-jobclients-terminal" in s)
    unknown = st.text(min_size=1, max_size=20).filter(lambda v: v not in known)
    bodies = st.tuples(payload_strategy(p.document, media["schema"]), unknown).map(
        lambda pair: {**pair[0], field: pair[1]}
    )
    answer: dict[str, Canned] = {}
    with _serving(p, answer) as (_, client):

        @seed(SEED)
        @SETTINGS
        @given(bodies)
        def check(body: dict[str, Any]) -> None:
            answer["next"] = Canned.json(int(status), body)
            parsed = _read(p, client, operation_id, int(status))
            value = next(v for k, v in parsed.to_dict().items() if k == field)
            assert value == body[field], describe(body)
            _check_agreement(p, media, parsed, body)

        check()


@pytest.mark.parametrize(("slug", "operation_id"), _operations())
def test_every_request_a_client_sends_validates_against_the_spec(
    slug: str, operation_id: str
) -> None:
    """Path and query values generated from the parameters' schemas; the mock validates the
    request the client really sent (encoding, required parameters, credential header)."""
    p = provider(slug)
    call = p.call(operation_id)
    module = __import__(call.module, fromlist=["sync_detailed"])
    op = p.operation(operation_id)
    parameters = [
        resolve(p.document, raw)
        for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]
    ]
    by_name = {
        a.python_name: payload_strategy(p.document, _param_schema(p, a.wire_name, parameters))
        for a in call.arguments
    }
    values = st.fixed_dictionaries(by_name).filter(
        lambda kw: all(str(v) not in ("", ".", "..") for v in kw.values())
    )
    with _serving(p, {}) as (server, client):

        @seed(SEED)
        @settings(SETTINGS, max_examples=max(10, EXAMPLES // 4))
        @given(values)
        def check(kwargs: dict[str, Any]) -> None:
            before = len(server.requests)
            module.sync_detailed(client=client, **kwargs)
            (request,) = server.requests[before:]
            assert not request.violations, (
                f"{request.method} {request.path}: {request.violations}; "
                f"arguments={kwargs!r} (JOBCLIENTS_CONTRACT_SEED={SEED})"
            )

        check()


def _param_schema(p: Provider, name: str, parameters: list[dict[str, Any]]) -> dict[str, Any]:
    param = next(x for x in parameters if x["name"] == name)
    return dict(param["schema"])
