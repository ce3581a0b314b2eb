"""What every generated client does beyond the generator's defaults (DESIGN.md), tested for
every provider and operation: open enums, safe paths, defaults from the spec, typed errors,
retries, secrets and waiting for a job."""

from __future__ import annotations

import asyncio
import copy
import importlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import httpx
import pytest

from scripts.codegen.call_plan import OperationCall, operation_calls
from scripts.codegen.providers import load_provider
from scripts.codegen.spec_facts import PollPlan, SpecFacts, poll_plan, spec_facts
from scripts.spec_lint import iter_operations, load_spec, resolve
from tests.conftest import SLUGS

TOKEN = "sk-secret-token-123456"
Handler = Callable[[httpx.Request], httpx.Response]


@dataclass(frozen=True)
class Pkg:
    slug: str
    document: dict[str, Any]
    package: ModuleType
    errors: ModuleType
    facts: SpecFacts
    poll: PollPlan
    calls: tuple[OperationCall, ...]

    def module(self, call: OperationCall) -> ModuleType:
        return importlib.import_module(call.module)

    def client(self, handler: Handler, **options: Any) -> Any:
        retry = importlib.import_module(f"{self.package.__name__}._runtime.retry")
        options.setdefault("retry", retry.RetryPolicy(initial_delay=0.0))  # no real sleeping
        return self.package.AuthenticatedClient(
            token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}, **options
        )

    def job_body(self, status: str) -> dict[str, Any]:
        """The poll operation's seed example with another status."""
        body = copy.deepcopy(_first_success_example(self.document, self.poll.operation_id))
        body[self.poll.status_property] = status
        return body

    @property
    def poll_call(self) -> OperationCall:
        return next(c for c in self.calls if c.operation_id == self.poll.operation_id)

    @property
    def running_status(self) -> str:
        schema = next(
            s
            for s in self.document["components"]["schemas"].values()
            if "x-jobclients-terminal" in s
        )
        return next(v for v in schema["enum"] if v not in schema["x-jobclients-terminal"])


@cache
def pkg(slug: str) -> Pkg:
    provider = load_provider(slug)
    document = load_spec(provider.spec_path)
    return Pkg(
        slug=slug,
        document=document,
        package=importlib.import_module(provider.import_package),
        errors=importlib.import_module(f"{provider.import_package}.errors"),
        facts=spec_facts(document),
        poll=poll_plan(document),
        calls=tuple(operation_calls(document, provider.import_package)),
    )


def _first_success_example(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    op = next(o for o in iter_operations(document) if o.operation_id == operation_id)
    for code in sorted(op.node["responses"]):
        if str(code).startswith("2"):
            media = next(iter(resolve(document, op.node["responses"][code])["content"].values()))
            value: dict[str, Any] = resolve(document, next(iter(media["examples"].values())))[
                "value"
            ]
            return value
    raise AssertionError(operation_id)


def _all_calls() -> list[Any]:
    return [
        pytest.param(slug, call, id=f"{slug}:{call.operation_id}")
        for slug in SLUGS
        for call in pkg(slug).calls
    ]


def _kwargs(call: OperationCall, **override: Any) -> dict[str, Any]:
    return {**{a.python_name: a.value for a in call.arguments}, **override}


def _json(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def _success_answer(p: Pkg, call: OperationCall) -> httpx.Response:
    op = next(o for o in iter_operations(p.document) if o.operation_id == call.operation_id)
    code = min(c for c in op.node["responses"] if str(c).startswith("2"))
    content = resolve(p.document, op.node["responses"][code]).get("content")
    if not content:
        return httpx.Response(int(code))
    return _json(int(code), _first_success_example(p.document, call.operation_id))


# -- 1. open enums ---------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_an_unlisted_status_parses_keeps_its_value_and_round_trips(slug: str) -> None:
    p = pkg(slug)
    body = p.job_body("brand_new_status")
    module = p.module(p.poll_call)
    with p.client(lambda _: _json(200, body)) as client:
        job = module.sync(client=client, **_kwargs(p.poll_call))
    status = getattr(job, p.poll.status_attribute)
    assert status == "brand_new_status"
    assert status.value == "brand_new_status" and not status.is_known
    assert job.to_dict()[p.poll.status_property] == "brand_new_status"


@pytest.mark.parametrize("slug", SLUGS)
def test_known_statuses_stay_named_members(slug: str) -> None:
    p = pkg(slug)
    for value in p.facts.terminal:
        with p.client(lambda _, v=value: _json(200, p.job_body(v))) as client:
            job = p.module(p.poll_call).sync(client=client, **_kwargs(p.poll_call))
        status = getattr(job, p.poll.status_attribute)
        assert status.is_known and type(status)(value) is status


@pytest.mark.parametrize("slug", SLUGS)
def test_the_pydantic_models_read_an_unlisted_status_the_same_way(slug: str) -> None:
    p = pkg(slug)
    models = importlib.import_module(f"{p.package.__name__}.pydantic_models")
    model = getattr(models, p.poll.job_types[0])
    parsed = model.model_validate(p.job_body("brand_new_status"))
    status = getattr(parsed, p.poll.status_property)
    assert status == "brand_new_status" and not status.is_known
    dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped[p.poll.status_property] == "brand_new_status"


# -- 2. safe paths ---------------------------------------------------------------------


def _path_params() -> list[Any]:
    return list(_iter_path_params())


def _iter_path_params() -> Iterator[Any]:
    for slug in SLUGS:
        for call in pkg(slug).calls:
            for argument in call.arguments:
                if argument.location == "path":
                    for bad in ("", ".", ".."):
                        ident = f"{slug}:{call.operation_id}:{argument.python_name}={bad!r}"
                        yield pytest.param(slug, call, argument.python_name, bad, id=ident)


@pytest.mark.parametrize(("slug", "call", "name", "bad"), _path_params())
def test_dot_segments_and_empty_path_parameters_are_refused_before_sending(
    slug: str, call: OperationCall, name: str, bad: str
) -> None:
    p = pkg(slug)
    sent: list[httpx.Request] = []
    with (
        p.client(lambda r: sent.append(r) or _success_answer(p, call)) as client,
        pytest.raises(ValueError, match=f"'{name}'"),
    ):
        p.module(call).sync_detailed(client=client, **_kwargs(call, **{name: bad}))
    assert not sent


@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_path_parameters_are_percent_encoded_with_the_slash(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    paths = [a.python_name for a in call.arguments if a.location == "path"]
    sent: list[httpx.Request] = []
    with p.client(lambda r: sent.append(r) or _success_answer(p, call)) as client:
        overrides = {name: "a/b?c#d" for name in paths}
        p.module(call).sync_detailed(client=client, **_kwargs(call, **overrides))
    raw = sent[0].url.raw_path.decode()
    assert raw.count("a%2Fb%3Fc%23d") == len(paths)


# -- 3. defaults from the spec ---------------------------------------------------------


@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_the_default_client_uses_the_specs_server_and_credential_header(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    sent: list[httpx.Request] = []
    with p.client(lambda r: sent.append(r) or _success_answer(p, call)) as client:
        p.module(call).sync_detailed(client=client, **_kwargs(call))
    (request,) = sent
    expected_base = httpx.URL(p.facts.server_url.format(**p.facts.server_variables))
    assert request.url.host == expected_base.host
    assert request.url.path.startswith(expected_base.path.rstrip("/"))
    prefix = f"{p.facts.auth_prefix} " if p.facts.auth_prefix else ""
    assert request.headers[p.facts.auth_header] == prefix + TOKEN


@pytest.mark.parametrize("slug", [s for s in SLUGS if pkg(s).facts.server_variables])
def test_server_variables_are_constructor_arguments(slug: str) -> None:
    p = pkg(slug)
    variables = {name: f"custom{index}" for index, name in enumerate(p.facts.server_variables)}
    client = p.package.AuthenticatedClient(token=TOKEN, **variables)
    assert client.base_url == p.facts.server_url.format(**variables)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_default_timeout_is_finite_and_can_be_overridden(slug: str) -> None:
    p = pkg(slug)
    default = p.package.AuthenticatedClient(token=TOKEN).get_httpx_client().timeout
    assert default.connect is not None and default.read is not None
    assert default.connect <= 30 and default.read <= 120
    custom = p.package.AuthenticatedClient(token=TOKEN, timeout=2.5).get_httpx_client().timeout
    assert custom.read == 2.5 and custom.connect == 2.5


# -- 4. errors by kind -----------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [102, 304, 400, 401, 403, 404, 409, 418, 422, 429, 499, 500, 520, 522, 599]
)
@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_an_html_error_page_raises_a_typed_error_with_the_raw_text(
    slug: str, call: OperationCall, status: int
) -> None:
    p = pkg(slug)
    page = "<html><body><h1>Bad Gateway</h1></body></html>"
    answer = httpx.Response(status, text=page, headers={"Content-Type": "text/html"})
    client = p.client(lambda _: answer, retry=p.package.RetryPolicy(max_retries=0))
    with client, pytest.raises(p.errors.status_error_class(status)) as raised:
        p.module(call).sync_detailed(client=client, **_kwargs(call))
    error = raised.value
    assert isinstance(error, p.errors.JobClientError)
    assert error.status_code == status and error.text == page
    assert error.parsed is None and error.body is None
    assert str(status) in str(error)


@pytest.mark.parametrize("slug", SLUGS)
def test_a_malformed_success_body_names_the_field(slug: str) -> None:
    p = pkg(slug)
    call, module = p.poll_call, p.module(p.poll_call)
    missing = p.job_body(p.running_status)
    del missing[p.poll.status_property]
    wrong_type = p.job_body(p.running_status)
    wrong_type[p.poll.status_property] = ["not", "a", "string"]
    cases = [(missing, p.poll.status_property), (wrong_type, p.poll.status_property)]
    for body, field in cases:
        with (
            p.client(lambda _, b=body: _json(200, b)) as client,
            pytest.raises(p.errors.ResponseValidationError) as raised,
        ):
            module.sync(client=client, **_kwargs(call))
        assert raised.value.field == field and raised.value.status_code == 200
        assert field in str(raised.value)
    not_json = httpx.Response(200, text="<html>maintenance</html>")
    with (
        p.client(lambda _: not_json) as client,
        pytest.raises(p.errors.ResponseValidationError) as raised,
    ):
        module.sync(client=client, **_kwargs(call))
    assert raised.value.field == "(body)" and "maintenance" in raised.value.text


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (httpx.ConnectError("refused"), "APIConnectionError"),
        (httpx.ReadTimeout("slow"), "APITimeoutError"),
    ],
)
@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_transport_failures_are_wrapped(
    slug: str, call: OperationCall, failure: Exception, kind: str
) -> None:
    p = pkg(slug)

    def fail(_: httpx.Request) -> httpx.Response:
        raise failure

    with p.client(fail) as client, pytest.raises(getattr(p.errors, kind)) as raised:
        p.module(call).sync_detailed(client=client, **_kwargs(call))
    assert isinstance(raised.value, p.errors.JobClientError)
    assert raised.value.__cause__ is failure


# -- 5. retries ------------------------------------------------------------------------


def _sequence(*answers: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers[min(len(seen), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


@pytest.mark.parametrize("retryable", [408, 429, 502, 503, 504, "connect"])
@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_idempotent_operations_are_retried_then_succeed(
    slug: str, call: OperationCall, retryable: int | str
) -> None:
    p = pkg(slug)
    assert call.operation_id in p.facts.idempotent
    failure = httpx.ConnectError("reset") if retryable == "connect" else _json(int(retryable), {})
    handler, seen = _sequence(failure, failure, _success_answer(p, call))
    with p.client(handler) as client:
        response = p.module(call).sync_detailed(client=client, **_kwargs(call))
    assert 200 <= response.status_code < 300 and len(seen) == 3


@pytest.mark.parametrize("slug", SLUGS)
def test_retries_stop_at_the_limit_and_zero_turns_them_off(slug: str) -> None:
    p = pkg(slug)
    call = p.poll_call
    for max_retries, calls in ((0, 1), (1, 2), (2, 3)):
        handler, seen = _sequence(_json(503, {}))
        policy = p.package.RetryPolicy(max_retries=max_retries, initial_delay=0.0)
        with p.client(handler, retry=policy) as client, pytest.raises(p.errors.InternalServerError):
            p.module(call).sync(client=client, **_kwargs(call))
        assert len(seen) == calls


@pytest.mark.parametrize("slug", SLUGS)
def test_a_status_that_is_not_transient_is_not_retried(slug: str) -> None:
    p = pkg(slug)
    for status in (400, 401, 404, 500):
        handler, seen = _sequence(_json(status, {}))
        with p.client(handler) as client, pytest.raises(p.errors.APIStatusError):
            p.module(p.poll_call).sync(client=client, **_kwargs(p.poll_call))
        assert len(seen) == 1


@pytest.mark.parametrize("slug", SLUGS)
def test_an_operation_not_marked_idempotent_is_never_retried(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    module = p.module(p.poll_call)
    monkeypatch.setattr(module, "_IDEMPOTENT", False)
    for failure in (_json(503, {}), httpx.ConnectError("reset")):
        handler, seen = _sequence(failure, _success_answer(p, p.poll_call))
        with p.client(handler) as client, pytest.raises(p.errors.JobClientError):
            module.sync(client=client, **_kwargs(p.poll_call))
        assert len(seen) == 1


@pytest.mark.parametrize("slug", SLUGS)
def test_retry_after_is_honoured_within_its_cap(slug: str) -> None:
    retry = importlib.import_module(f"{pkg(slug).package.__name__}._runtime.retry")
    policy = retry.RetryPolicy(max_retries=3, initial_delay=0.0, max_retry_after=30.0)
    assert policy.delay_for(0, _json(429, {}, **{"Retry-After": "7"})) == 7.0
    assert policy.delay_for(0, _json(503, {}, **{"Retry-After": "31"})) is None  # over the cap
    date = "Wed, 21 Oct 2015 07:28:10 GMT"
    now = retry.datetime(2015, 10, 21, 7, 28, 0, tzinfo=retry.UTC)
    assert retry.retry_after_seconds(date, now=now) == 10.0
    assert retry.retry_after_seconds("garbage") is None
    assert policy.delay_for(3, _json(429, {})) is None  # out of attempts
    backoff = retry.RetryPolicy(initial_delay=1.0, max_delay=4.0)
    assert all(0 <= backoff.backoff(n) <= min(4.0, 2.0**n) for n in range(8) for _ in range(20))


# -- 6. secrets ------------------------------------------------------------------------


@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_the_token_is_in_no_repr_error_or_log_line(
    slug: str, call: OperationCall, caplog: pytest.LogCaptureFixture
) -> None:
    p = pkg(slug)
    echo = _json(401, {"detail": f"bad key {TOKEN}", "title": f"key {TOKEN}"})
    caller_headers = {"X-Trace": "1"}
    client = p.client(lambda _: echo, headers=caller_headers)
    caplog.set_level(logging.DEBUG)
    with client, pytest.raises(p.errors.AuthenticationError) as raised:
        p.module(call).sync_detailed(client=client, **_kwargs(call))
    assert caller_headers == {"X-Trace": "1"}, "the caller's dict was changed"
    for text in (repr(client), str(client), str(raised.value), raised.value.text, caplog.text):
        assert TOKEN not in text
    assert "[redacted]" in raised.value.text


@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_a_redirect_to_another_host_does_not_carry_the_credential(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.host == "elsewhere.example":
            return _success_answer(p, call)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/job"})

    with p.client(handler, follow_redirects=True) as client:
        p.module(call).sync_detailed(client=client, **_kwargs(call))
    first, second = sent
    assert p.facts.auth_header in first.headers
    assert p.facts.auth_header not in second.headers
    assert TOKEN not in str(second.headers)


# -- 7. waiting for a job --------------------------------------------------------------


def _jobs(p: Pkg, *statuses: str) -> tuple[Handler, list[httpx.Request]]:
    return _sequence(*(_json(200, p.job_body(s)) for s in statuses))


@pytest.mark.parametrize("slug", SLUGS)
def test_wait_for_job_polls_through_unknown_statuses_to_success(slug: str) -> None:
    p = pkg(slug)
    handler, seen = _jobs(p, p.running_status, "brand_new_status", p.facts.success[0])
    progress: list[str] = []
    with p.client(handler) as client:
        job = p.package.wait_for_job(
            client=client,
            poll_interval=0.001,
            on_progress=lambda j: progress.append(str(getattr(j, p.poll.status_attribute))),
            **_kwargs(p.poll_call),
        )
    assert str(getattr(job, p.poll.status_attribute)) == p.facts.success[0]
    assert progress == [p.running_status, "brand_new_status", p.facts.success[0]]
    assert len(seen) == 3


@pytest.mark.parametrize("slug", SLUGS)
def test_wait_for_job_ends_at_its_deadline_with_the_last_job(slug: str) -> None:
    p = pkg(slug)
    handler, seen = _jobs(p, "brand_new_status")
    with p.client(handler) as client, pytest.raises(p.errors.WaitTimeoutError) as raised:
        p.package.wait_for_job(
            client=client, timeout=0.05, poll_interval=0.005, **_kwargs(p.poll_call)
        )
    assert str(getattr(raised.value.last_job, p.poll.status_attribute)) == "brand_new_status"
    assert len(seen) >= 2


@pytest.mark.parametrize("slug", SLUGS)
def test_wait_for_job_raises_on_a_failed_terminal_status_unless_told_not_to(slug: str) -> None:
    p = pkg(slug)
    failures = [s for s in p.facts.terminal if s not in p.facts.success]
    assert failures, "a provider without a failure status?"
    handler, _ = _jobs(p, failures[0])
    with p.client(handler) as client:
        with pytest.raises(p.errors.JobFailedError) as raised:
            p.package.wait_for_job(client=client, **_kwargs(p.poll_call))
        assert str(getattr(raised.value.job, p.poll.status_attribute)) == failures[0]
        job = p.package.wait_for_job(client=client, raise_on_failure=False, **_kwargs(p.poll_call))
    assert str(getattr(job, p.poll.status_attribute)) == failures[0]


@pytest.mark.parametrize("slug", SLUGS)
def test_async_wait_for_job_behaves_the_same(slug: str) -> None:
    p = pkg(slug)
    handler, seen = _jobs(p, p.running_status, p.facts.success[0])

    async def run() -> Any:
        async with p.client(handler) as client:
            return await p.package.async_wait_for_job(
                client=client, poll_interval=0.001, **_kwargs(p.poll_call)
            )

    job = asyncio.run(run())
    assert str(getattr(job, p.poll.status_attribute)) == p.facts.success[0]
    assert len(seen) == 2


@pytest.mark.parametrize(("slug", "call"), _all_calls())
def test_the_async_forms_share_the_same_behaviour(slug: str, call: OperationCall) -> None:
    p = pkg(slug)
    handler, seen = _sequence(_json(503, {}), _success_answer(p, call))

    async def run() -> Any:
        async with p.client(handler) as client:
            return await p.module(call).asyncio_detailed(client=client, **_kwargs(call))

    response = asyncio.run(run())
    assert 200 <= response.status_code < 300 and len(seen) == 2
    assert seen[1].headers[p.facts.auth_header].endswith(TOKEN)
