"""What every generated client does beyond the generator's defaults (DESIGN.md), tested for
every provider and operation: open enums, safe paths, defaults from the spec, typed errors
and retries. Secrets are in test_sdk_secrets.py, waiting for a job in test_sdk_wait.py."""

from __future__ import annotations

import asyncio
import email.utils
import gc
import gzip
import importlib
import time
import warnings
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import httpx
import pytest

from scripts.codegen.call_plan import OperationCall
from scripts.spec_model.field_names import model_field_names
from scripts.spec_model.operations import resolve
from tests.body_mutations import mutations
from tests.conftest import SLUGS
from tests.sdk_support import (
    TOKEN,
    call_detailed,
    documents_a_redirect,
    first_success_example,
    json_answer,
    kwargs_of,
    pkg,
    poll_slugs,
    sequence,
    status_calls,
    success_answer,
    success_example_where,
    success_model_name,
    success_responses,
    success_schema,
    success_status,
)
from tests.sdk_support import all_calls as _all_calls

ALL_CALLS = _all_calls()
CALLS_WITH_BODY = _all_calls(with_body=True)
# Operations the spec marks x-jobclients-idempotent: the ones the client retries.
IDEMPOTENT_CALLS = [
    param
    for param in ALL_CALLS
    if param.values[1].operation_id in pkg(param.values[0]).facts.idempotent
]


def _no_retry(slug: str) -> Any:
    return pkg(slug).package.RetryPolicy(max_retries=0)


# -- 1. open enums ---------------------------------------------------------------------


@pytest.mark.parametrize(("slug", "call"), status_calls())
def test_an_unlisted_status_parses_keeps_its_value_and_round_trips(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    body = first_success_example(p.spec, call.operation_id)
    body[p.poll.status_property] = "brand_new_status"
    code = success_status(p, call)
    with p.client(lambda _: json_answer(code, body)) as client:
        job = p.module(call).sync(client=client, **kwargs_of(call))
    status = getattr(job, p.poll.status_attribute)
    assert status == "brand_new_status"
    assert status.value == "brand_new_status" and not status.is_known
    assert job.to_dict()[p.poll.status_property] == "brand_new_status"


@pytest.mark.parametrize(("slug", "call"), status_calls())
def test_known_statuses_stay_named_members(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    for value in p.poll.status_values:
        body = first_success_example(p.spec, call.operation_id)
        body[p.poll.status_property] = value
        with p.client(lambda _, b=body: json_answer(success_status(p, call), b)) as client:
            job = p.module(call).sync(client=client, **kwargs_of(call))
        status = getattr(job, p.poll.status_attribute)
        assert status.is_known and type(status)(value) is status


@pytest.mark.parametrize(("slug", "call"), status_calls())
def test_the_pydantic_models_read_an_unlisted_status_the_same_way(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    models = importlib.import_module(f"{p.package.__name__}.pydantic_models")
    model = getattr(models, success_model_name(p.document, call.operation_id))
    body = first_success_example(p.spec, call.operation_id)
    body[p.poll.status_property] = "brand_new_status"
    parsed = model.model_validate(body)
    status = getattr(parsed, p.poll.status_property)
    assert status == "brand_new_status" and not status.is_known
    dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped[p.poll.status_property] == "brand_new_status"


# -- 2. safe paths ---------------------------------------------------------------------


def _iter_path_params() -> Iterator[Any]:
    for slug in SLUGS:
        for call in pkg(slug).calls:
            for argument in call.arguments:
                if argument.location == "path":
                    for bad in ("", ".", ".."):
                        ident = f"{slug}:{call.operation_id}:{argument.python_name}={bad!r}"
                        yield pytest.param(slug, call, argument.python_name, bad, id=ident)


@pytest.mark.parametrize(("slug", "call", "name", "bad"), list(_iter_path_params()))
def test_dot_segments_and_empty_path_parameters_are_refused_before_sending(
    slug: str, call: OperationCall, name: str, bad: str
) -> None:
    p = pkg(slug)
    sent: list[httpx.Request] = []
    with (
        p.client(lambda r: sent.append(r) or success_answer(p, call)) as client,
        pytest.raises(ValueError, match=f"'{name}'"),
    ):
        p.module(call).sync_detailed(client=client, **kwargs_of(call, **{name: bad}))
    assert not sent


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_path_parameters_are_percent_encoded_with_the_slash(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    paths = [a.python_name for a in call.arguments if a.location == "path"]
    sent: list[httpx.Request] = []
    with p.client(lambda r: sent.append(r) or success_answer(p, call)) as client:
        overrides = {name: "a/b?c#d" for name in paths}
        p.module(call).sync_detailed(client=client, **kwargs_of(call, **overrides))
    raw = sent[0].url.raw_path.decode()
    assert raw.count("a%2Fb%3Fc%23d") == len(paths)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_query_string_is_the_one_httpx_would_build_from_params(slug: str) -> None:
    with_query = pkg(slug).runtime("paths").with_query
    params = {"n": 0, "flag": True, "off": False, "many": ["a b", "c&d"], "text": "é/?#"}
    expected = httpx.Request("GET", "http://h/x", params=params).url.raw_path.decode()
    assert with_query("/x", params) == expected
    assert with_query("/x", {}) == "/x"


# -- 3. defaults from the spec ---------------------------------------------------------


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_the_default_client_uses_the_specs_server_and_credential_header(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    sent: list[httpx.Request] = []
    with p.client(lambda r: sent.append(r) or success_answer(p, call)) as client:
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    (request,) = sent
    expected_base = p.default_base
    assert request.url.host == expected_base.host
    assert request.url.path.startswith(expected_base.path.rstrip("/"))
    prefix = f"{p.facts.auth_prefix} " if p.facts.auth_prefix else ""
    assert request.headers[p.facts.auth_header] == prefix + TOKEN


_VARIABLE_SLUGS = [s for s in SLUGS if pkg(s).facts.server_variables]


@pytest.mark.parametrize("slug", _VARIABLE_SLUGS)
def test_server_variables_are_constructor_arguments(slug: str) -> None:
    p = pkg(slug)
    variables = {name: f"custom{index}" for index, name in enumerate(p.facts.server_variables)}
    client = p.package.AuthenticatedClient(token=TOKEN, **variables)
    assert client.base_url == p.facts.server_url.format(**variables)


@pytest.mark.parametrize(
    "hostile",
    [
        "evil.example/#",
        "evil.example",
        "a@evil.example",
        "x/../y",
        "x?y",
        "x#y",
        "",
        "-",
        " x",
        "é",
    ],
)
@pytest.mark.parametrize("slug", _VARIABLE_SLUGS)
def test_a_hostile_server_variable_is_refused_naming_it(slug: str, hostile: str) -> None:
    p = pkg(slug)
    for name in p.facts.server_variables:
        with pytest.raises(ValueError, match=f"'{name}'"):
            p.package.AuthenticatedClient(token=TOKEN, **{name: hostile})
        with pytest.raises(ValueError, match=f"'{name}'"):
            p.package.Client(**{name: hostile})


@pytest.mark.parametrize("slug", SLUGS)
def test_connections_for_concurrent_calls_are_kept_open_unless_told_otherwise(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    made: list[Any] = []
    for transport in (httpx.HTTPTransport, httpx.AsyncHTTPTransport):
        original = transport.__init__

        def spy(self: Any, *, _original: Any = original, **kwargs: Any) -> None:
            made.append(kwargs["limits"])
            _original(self, **kwargs)

        monkeypatch.setattr(transport, "__init__", spy)
    client = p.package.AuthenticatedClient(
        token=TOKEN, **p.host_options(httpx_args={"trust_env": False})
    )
    client.get_httpx_client(), client.get_async_httpx_client()
    assert [(m.max_connections, m.max_keepalive_connections) for m in made] == [(1000, 100)] * 2
    made.clear()
    mine = httpx.Limits(max_connections=3)
    p.package.AuthenticatedClient(
        token=TOKEN, **p.host_options(httpx_args={"limits": mine, "trust_env": False})
    ).get_async_httpx_client()
    assert made == [mine]


@pytest.mark.parametrize("slug", SLUGS)
def test_the_default_timeout_is_finite_and_can_be_overridden(slug: str) -> None:
    p = pkg(slug)
    default = p.package.AuthenticatedClient(token=TOKEN, **p.host_options())
    timeout = default.get_httpx_client().timeout
    assert timeout.connect is not None and timeout.read is not None
    assert timeout.connect <= 30 and timeout.read <= 120
    custom = p.package.AuthenticatedClient(token=TOKEN, **p.host_options(timeout=2.5))
    timeout = custom.get_httpx_client().timeout
    assert timeout.read == 2.5 and timeout.connect == 2.5


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_with_timeout_makes_a_copy_whose_requests_use_the_new_timeout(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    sent: list[httpx.Request] = []
    original = p.client(lambda r: sent.append(r) or success_answer(p, call))
    copy = original.with_timeout(httpx.Timeout(3.0, connect=1.5))
    assert copy is not original and copy.token == original.token
    with copy:
        p.module(call).sync_detailed(client=copy, **kwargs_of(call))
    # Each phase is also cut to what is left of the call's own limit (3 s, its longest phase).
    phases = sent[0].extensions["timeout"]
    assert phases["connect"] == 1.5
    assert all(2.0 < phases[name] <= 3.0 for name in ("read", "write", "pool")), phases
    assert original.get_httpx_client().timeout.read == 60.0


# -- 4. errors by kind -----------------------------------------------------------------

# The convention, written out (not read back from the package): a mapping that collapsed to
# APIStatusError would fail here.
EXPECTED_ERROR = {
    102: "APIStatusError",
    304: "APIStatusError",
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    408: "APIStatusError",
    409: "ConflictError",
    418: "APIStatusError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    499: "APIStatusError",
    500: "InternalServerError",
    502: "InternalServerError",
    503: "InternalServerError",
    504: "InternalServerError",
    520: "InternalServerError",
    522: "InternalServerError",
    599: "InternalServerError",
}


@pytest.mark.parametrize("status", sorted(EXPECTED_ERROR))
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_an_error_status_raises_its_typed_error_with_the_raw_text(
    slug: str, call: OperationCall, status: int
) -> None:
    p = pkg(slug)
    page = "<html><body><h1>Bad Gateway</h1></body></html>"
    answer = httpx.Response(status, text=page, headers={"Content-Type": "text/html"})
    client = p.client(lambda _: answer, retry=_no_retry(slug))
    with client, pytest.raises(p.errors.APIStatusError) as raised:
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    error = raised.value
    assert type(error).__name__ == EXPECTED_ERROR[status]
    assert type(error) is p.errors.status_error_class(status)
    assert isinstance(error, p.errors.JobClientError)
    assert error.status_code == status and error.text == page
    assert error.parsed is None and error.body is None
    assert error.method == call.method.upper() and "://" in error.url
    assert str(status) in str(error)


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_json_error_body_is_kept_as_json(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    body = {"detail": "no such job", "extra": [1, 2]}
    with (
        p.client(lambda _: json_answer(404, body)) as client,
        pytest.raises(p.errors.NotFoundError) as raised,
    ):
        _plain_form(p, call)(client=client, **kwargs_of(call))
    assert raised.value.body == body and raised.value.status_code == 404


def _plain_form(p: Any, call: OperationCall) -> Any:
    """`sync`, or `sync_detailed` where the generator made no `sync` (no success body it
    parses: none, or a schema that allows any JSON value)."""
    module = p.module(call)
    return getattr(module, "sync", module.sync_detailed)


def _undocumented_2xx(slug: str, call: OperationCall) -> list[int]:
    documented = success_responses(pkg(slug).document, call.operation_id)
    return [s for s in (200, 201, 202, 203, 204, 206, 299) if s not in documented]


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_an_undocumented_2xx_raises_unexpected_status_never_returns_none(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    body = {"accepted": True}
    for status in _undocumented_2xx(slug, call):
        for form in sorted({"sync_detailed", _plain_form(p, call).__name__}):
            client = p.client(lambda _, s=status: json_answer(s, body))
            with client, pytest.raises(p.errors.UnexpectedStatus) as raised:
                getattr(p.module(call), form)(client=client, **kwargs_of(call))
            error = raised.value
            assert isinstance(error, p.errors.APIStatusError)
            assert error.status_code == status and error.body == body
            assert error.text == '{"accepted":true}' and error.method == call.method.upper()
            assert TOKEN not in error.url and str(status) in str(error)


@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_a_body_off_the_spec_raises_response_validation_error_naming_the_field(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    schema = success_schema(p.document, call.operation_id)
    assert schema is not None
    scalars = ("for string", "for integer", "for number", "for boolean")

    def breaks_a_scalar(body: Any) -> bool:
        return any(c.what.endswith(scalars) for c in mutations(p.document, schema, body))

    example = success_example_where(p.spec, call.operation_id, breaks_a_scalar)
    assert example is not None, "no scalar field was exercised"
    cases = list(mutations(p.document, schema, example))
    wrong: list[str] = []
    code = success_status(p, call)
    for case in cases:
        with p.client(lambda _, b=case.body: json_answer(code, b), strict=True) as client:
            try:
                p.module(call).sync(client=client, **kwargs_of(call))
            except p.errors.ResponseValidationError as exc:
                if exc.field != case.field or exc.status_code != code or case.field not in str(exc):
                    wrong.append(f"{case}: named {exc.field!r} ({exc})")
            else:
                wrong.append(f"{case}: parsed")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_list_items_are_named_with_their_index(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    schema = success_schema(p.document, call.operation_id)
    assert schema is not None

    def indexed_cases(body: Any) -> list[Any]:
        return [c for c in mutations(p.document, schema, body) if "[" in c.field]

    example = success_example_where(p.spec, call.operation_id, lambda b: bool(indexed_cases(b)))
    if example is None:
        pytest.skip("no example or generated body holds an array of values to break")
    indexed = indexed_cases(example)
    code = success_status(p, call)
    for case in indexed:
        with (
            p.client(lambda _, b=case.body: json_answer(code, b), strict=True) as client,
            pytest.raises(p.errors.ResponseValidationError) as raised,
        ):
            p.module(call).sync(client=client, **kwargs_of(call))
        assert raised.value.field == case.field, case


def _relied_on(p: Any, call: OperationCall, field: str) -> bool:
    """Whether `field` (a path in the success body) starts at a field the package relies on
    (the job's status and id): those raise even when the client is not strict."""
    model = success_model_name(p.document, call.operation_id)
    top = field.split(".", 1)[0].split("[", 1)[0]
    return [model, top] in p.facts.relied


def _inside(path: str, field: str) -> bool:
    return field == path or field.startswith((path + ".", path + "["))


@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_by_default_a_field_off_the_spec_keeps_its_raw_value_and_is_recorded(
    slug: str, call: OperationCall
) -> None:
    """Every off-spec body the strict client refuses: the default client returns the typed
    result with one problem naming the field (or the value around it that was kept raw),
    warns once per path, and refuses only where the job's status or id is off the spec."""
    p = pkg(slug)
    tolerance = importlib.import_module(f"{p.package.__name__}._runtime.tolerance")
    schema = success_schema(p.document, call.operation_id)
    assert schema is not None
    example = first_success_example(p.spec, call.operation_id)
    code = success_status(p, call)
    wrong: list[str] = []
    tolerated = 0
    for case in mutations(p.document, schema, example):
        tolerance._reported.clear()
        with (
            p.client(lambda _, b=case.body: json_answer(code, b)) as client,
            warnings.catch_warnings(record=True) as warned,
        ):
            warnings.simplefilter("always")
            try:
                response = p.module(call).sync_detailed(client=client, **kwargs_of(call))
            except p.errors.ResponseValidationError as exc:
                if not _relied_on(p, call, case.field) or exc.field != case.field:
                    wrong.append(f"{case}: raised at {exc.field!r}")
                continue
        if _relied_on(p, call, case.field):
            wrong.append(f"{case}: a field the package relies on was tolerated")
            continue
        tolerated += 1
        problems = response.problems
        if len(problems) != 1 or not _inside(problems[0].path, case.field):
            wrong.append(f"{case}: recorded {[str(problem) for problem in problems]}")
            continue
        if p.package.problems_of(response.parsed) != problems:
            wrong.append(f"{case}: problems_of(result) differs from Response.problems")
        messages = [str(w.message) for w in warned if w.category is tolerance.OffSpecWarning]
        if len(messages) != 1 or problems[0].path not in messages[0]:
            wrong.append(f"{case}: warned {messages}")
    assert not wrong, "\n".join(wrong)
    assert tolerated, "no mutation was tolerated: nothing was tested"


@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_a_tolerated_field_holds_the_raw_json_value(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    schema = success_schema(p.document, call.operation_id)
    assert schema is not None
    example = first_success_example(p.spec, call.operation_id)
    code = success_status(p, call)
    for case in mutations(p.document, schema, example):
        if "." in case.field or "[" in case.field or _relied_on(p, call, case.field):
            continue  # a top-level field, read by its attribute below
        if case.what == "required member missing":
            continue  # kept as UNSET: test_..._keeps_its_raw_value_and_is_recorded covers it
        with (
            p.client(lambda _, b=case.body: json_answer(code, b)) as client,
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("ignore")
            result = p.module(call).sync(client=client, **kwargs_of(call))
        (problem,) = p.package.problems_of(result)
        attribute = model_field_names(p.document, resolve(p.document, schema))[case.field]
        assert getattr(result, attribute) == case.body[case.field] == problem.value, case
        return
    pytest.skip("no top-level field that is not relied on could be broken")


@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_a_second_read_of_the_same_problem_warns_no_more(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    tolerance = importlib.import_module(f"{p.package.__name__}._runtime.tolerance")
    schema = success_schema(p.document, call.operation_id)
    assert schema is not None
    example = first_success_example(p.spec, call.operation_id)
    case = next(
        (c for c in mutations(p.document, schema, example) if not _relied_on(p, call, c.field)),
        None,
    )
    if case is None:
        pytest.skip("every field that can be broken is relied on")
    tolerance._reported.clear()
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        for _ in range(3):
            with p.client(lambda _, b=case.body: json_answer(success_status(p, call), b)) as c:
                response = p.module(call).sync_detailed(client=c, **kwargs_of(call))
            assert len(response.problems) == 1  # recorded every time, warned once
    assert sum(w.category is tolerance.OffSpecWarning for w in warned) == 1


@pytest.mark.parametrize(
    "content",
    [
        {"text": "<html>maintenance</html>"},
        {"json": ["not", "an", "object"]},
        {"json": "a string"},
        {"json": None},
        {"content": b""},
    ],
    ids=["html", "array", "string", "null", "empty"],
)
@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_a_body_that_is_not_the_documented_object_raises_response_validation_error(
    slug: str, call: OperationCall, content: dict[str, Any]
) -> None:
    p = pkg(slug)
    code = success_status(p, call)
    answer = httpx.Response(code, **content)
    with (
        p.client(lambda _: answer) as client,
        pytest.raises(p.errors.ResponseValidationError) as raised,
    ):
        p.module(call).sync(client=client, **kwargs_of(call))
    assert raised.value.field == "(body)" and raised.value.status_code == code
    assert raised.value.text == answer.text
    assert isinstance(raised.value, p.errors.JobClientError)


@pytest.mark.parametrize("slug", poll_slugs())
def test_a_printed_model_shows_absent_fields_as_unset(slug: str) -> None:
    p = pkg(slug)
    models = importlib.import_module(f"{p.package.__name__}.models")
    model = getattr(models, p.poll.job_types[0])
    job = model.from_dict({p.poll.status_property: p.running_status, **_required_only(p)})
    assert "=UNSET" in repr(job) and " object at 0x" not in repr(job)


def _required_only(p: Any) -> dict[str, Any]:
    body = p.job_body(p.running_status)
    schema = success_schema(p.document, p.poll_call.operation_id) or {}
    return {key: body[key] for key in schema.get("required", []) if key in body}


@pytest.mark.parametrize("slug", poll_slugs())
def test_from_dict_reads_any_mapping_and_refuses_what_is_not_one(slug: str) -> None:
    p = pkg(slug)
    models = importlib.import_module(f"{p.package.__name__}.models")
    model = getattr(models, p.poll.job_types[0])
    body = p.job_body(p.running_status)
    from_mapping = model.from_dict(MappingProxyType(body))
    assert from_mapping.to_dict() == model.from_dict(body).to_dict()
    for not_a_mapping in (None, [body], "text", 3):
        with pytest.raises(p.errors.ResponseValidationError, match="expected an object"):
            model.from_dict(not_a_mapping)


@pytest.mark.parametrize("collector_was_on", [True, False])
@pytest.mark.parametrize("slug", poll_slugs())
def test_the_collector_is_paused_only_while_a_large_body_is_parsed(
    slug: str, collector_was_on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    call, module = p.poll_call, p.module(p.poll_call)
    large = p.runtime("gc_pause").LARGE_BODY
    parse, seen = module._parse_response, []

    def spying_parse(**kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return parse(**kwargs)

    monkeypatch.setattr(module, "_parse_response", spying_parse)
    small = p.job_body(p.running_status)
    padded = {**small, "padding": "x" * large}  # an unknown member: kept, and makes it large
    (gc.enable if collector_was_on else gc.disable)()
    try:
        for body in (small, padded):
            handler, _ = sequence(json_answer(200, body))
            with p.client(handler) as client:
                job = module.sync(client=client, **kwargs_of(call))
            assert gc.isenabled() is collector_was_on, "the collector's state was not restored"
        assert job["padding"] == padded["padding"]
    finally:
        gc.enable()
    assert seen == [collector_was_on, False], "paused for the large body only"


def _failure(kind: str) -> Any:
    if kind == "connect":
        return httpx.ConnectError("refused")
    if kind == "timeout":
        return httpx.ReadTimeout("slow")
    return httpx.RemoteProtocolError("garbled")


_FAILURES = [
    ("connect", "APIConnectionError"),
    ("timeout", "APITimeoutError"),
    ("protocol", "APIConnectionError"),
]


@pytest.mark.parametrize(("failure", "kind"), _FAILURES)
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_transport_failures_are_wrapped(
    slug: str, call: OperationCall, failure: str, kind: str
) -> None:
    p = pkg(slug)
    cause = _failure(failure)

    def fail(_: httpx.Request) -> httpx.Response:
        raise cause

    with p.client(fail) as client, pytest.raises(p.errors.APIConnectionError) as raised:
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    assert type(raised.value).__name__ == kind
    assert raised.value.__cause__ is cause and raised.value.retryable


@pytest.mark.parametrize(("failure", "kind"), _FAILURES)
@pytest.mark.parametrize(("slug", "call"), IDEMPOTENT_CALLS)
def test_async_transport_failures_are_wrapped_after_their_retries(
    slug: str, call: OperationCall, failure: str, kind: str
) -> None:
    p = pkg(slug)
    handler, seen = sequence(_failure(failure))

    async def run() -> None:
        async with p.client(handler) as client:
            await p.module(call).asyncio_detailed(client=client, **kwargs_of(call))

    with pytest.raises(p.errors.APIConnectionError) as raised:
        asyncio.run(run())
    assert type(raised.value).__name__ == kind
    assert len(seen) == 3  # retried twice: every operation here is idempotent


def _redirect_loop(request: httpx.Request) -> httpx.Response:
    return httpx.Response(302, headers={"Location": str(request.url)})


def _bad_gzip(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"not gzip at all", headers={"Content-Encoding": "gzip"})


@pytest.mark.parametrize(
    ("handler", "follow"), [(_redirect_loop, True), (_bad_gzip, False)], ids=["redirects", "gzip"]
)
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_redirect_loops_and_undecodable_bodies_are_wrapped_not_retried(
    slug: str, call: OperationCall, handler: Any, follow: bool
) -> None:
    if follow and documents_a_redirect(pkg(slug), call):
        pytest.skip("a documented 3xx is the result, never followed (tests/test_location.py)")
    p = pkg(slug)
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer: httpx.Response = handler(request)
        return answer

    with (
        p.client(record, follow_redirects=follow) as client,
        pytest.raises(p.errors.APIConnectionError) as raised,
    ):
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    assert not raised.value.retryable
    assert isinstance(raised.value.__cause__, httpx.TooManyRedirects | httpx.DecodingError)
    assert len(seen) == (21 if follow else 1)  # httpx's 20 redirects, then no retry


def test_a_good_gzip_body_still_parses() -> None:
    p = pkg(SLUGS[0])
    call = p.any_call
    body = success_answer(p, call).content
    answer = httpx.Response(200, content=gzip.compress(body), headers={"Content-Encoding": "gzip"})
    with p.client(lambda _: answer) as client:
        assert p.module(call).sync(client=client, **kwargs_of(call)) is not None


# -- 5. retries ------------------------------------------------------------------------


@pytest.mark.parametrize("retryable", [408, 429, 502, 503, 504, "connect", "timeout"])
@pytest.mark.parametrize(("slug", "call"), IDEMPOTENT_CALLS)
def test_idempotent_operations_are_retried_then_succeed(
    slug: str, call: OperationCall, retryable: int | str
) -> None:
    p = pkg(slug)
    assert call.operation_id in p.facts.idempotent
    failure = _failure(retryable) if isinstance(retryable, str) else json_answer(retryable, {})
    handler, seen = sequence(failure, failure, success_answer(p, call))
    with p.client(handler) as client:
        response = p.module(call).sync_detailed(client=client, **kwargs_of(call))
    assert 200 <= response.status_code < 300 and len(seen) == 3


@pytest.mark.parametrize(("slug", "call"), IDEMPOTENT_CALLS)
def test_retries_stop_at_the_limit_and_zero_turns_them_off(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    for max_retries, calls in ((0, 1), (1, 2), (2, 3), (4, 5)):
        handler, seen = sequence(json_answer(503, {}))
        policy = p.package.RetryPolicy(max_retries=max_retries, initial_delay=0.0)
        with p.client(handler, retry=policy) as client, pytest.raises(p.errors.InternalServerError):
            p.module(call).sync_detailed(client=client, **kwargs_of(call))
        assert len(seen) == calls


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 500, 501, 505, 599])
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_status_that_is_not_transient_is_not_retried(
    slug: str, call: OperationCall, status: int
) -> None:
    p = pkg(slug)
    handler, seen = sequence(json_answer(status, {}))
    with p.client(handler) as client, pytest.raises(p.errors.APIStatusError):
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    assert len(seen) == 1


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_an_operation_not_marked_idempotent_is_never_retried(
    slug: str, call: OperationCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    module = p.module(call)
    monkeypatch.setattr(module, "_IDEMPOTENT", False)
    for failure in (json_answer(503, {}), json_answer(429, {}), httpx.ConnectError("reset")):
        handler, seen = sequence(failure, success_answer(p, call))
        with p.client(handler) as client, pytest.raises(p.errors.JobClientError):
            module.sync_detailed(client=client, **kwargs_of(call))
        assert len(seen) == 1


def _first_per_provider(params: list[Any]) -> list[Any]:
    """One operation per provider: for the cases that sleep for real."""
    firsts: dict[str, Any] = {}
    for param in params:
        firsts.setdefault(param.values[0], param)
    return list(firsts.values())


def _retry_after(form: str) -> str:
    if form == "seconds":
        return "1"
    return email.utils.formatdate(time.time() + 2, usegmt=True)  # 1 to 2 s from now


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("form", ["seconds", "date"])
@pytest.mark.parametrize(("slug", "call"), _first_per_provider(IDEMPOTENT_CALLS))
def test_retry_after_is_slept_for_end_to_end(
    slug: str, call: OperationCall, form: str, mode: str
) -> None:
    p = pkg(slug)
    throttled = json_answer(429, {}, **{"Retry-After": _retry_after(form)})
    handler, seen = sequence(throttled, success_answer(p, call))
    client = p.client(handler, retry=p.package.RetryPolicy(initial_delay=0.0))
    started = time.monotonic()
    call_detailed(p, call, client, mode)
    elapsed = time.monotonic() - started
    assert len(seen) == 2
    assert 0.9 <= elapsed < 5.0, elapsed


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_retry_after_over_the_cap_raises_at_once(
    slug: str, call: OperationCall, mode: str
) -> None:
    p = pkg(slug)
    handler, seen = sequence(
        json_answer(429, {}, **{"Retry-After": "120"}), success_answer(p, call)
    )
    client = p.client(handler, retry=p.package.RetryPolicy(max_retry_after=60.0))
    started = time.monotonic()
    with pytest.raises(p.errors.RateLimitError) as raised:
        call_detailed(p, call, client, mode)
    assert time.monotonic() - started < 1.0 and len(seen) == 1
    assert raised.value.headers["Retry-After"] == "120"


@pytest.mark.parametrize(("slug", "call"), IDEMPOTENT_CALLS)
def test_the_async_forms_retry_and_send_the_credential(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    handler, seen = sequence(
        json_answer(503, {}), httpx.ConnectError("reset"), success_answer(p, call)
    )

    async def run() -> Any:
        async with p.client(handler) as client:
            return await p.module(call).asyncio_detailed(client=client, **kwargs_of(call))

    response = asyncio.run(run())
    assert 200 <= response.status_code < 300 and len(seen) == 3
    assert seen[2].headers[p.facts.auth_header].endswith(TOKEN)
