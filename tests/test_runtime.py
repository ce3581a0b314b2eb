"""The run-time every package copies (scripts/templates/runtime), tested once as itself.

The behaviour each package shows through its generated calls is tested over every provider
in test_sdk_*.py; what does not depend on a spec is tested here, on the one source.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pickle
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, ClassVar
from urllib.parse import quote

import httpx
import pytest
from attrs import define, field, fields
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scripts.templates.runtime.client import (
    DEFAULT_TIMEOUT,
    BaseClient,
    TokenAuth,
    check_prefix,
    check_token,
    server_variable,
    server_variables_first,
)
from scripts.templates.runtime.errors import (
    APIStatusError,
    JobFailedError,
    NotFoundError,
    WaitTimeoutError,
)
from scripts.templates.runtime.http import build_response
from scripts.templates.runtime.retry import RetryPolicy
from scripts.templates.runtime.types import Response
from scripts.templates.runtime.waiting import JobWait


def runtime(name: str) -> ModuleType:
    return importlib.import_module(f"scripts.templates.runtime.{name}")


def _answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={}, headers=headers)


def test_a_negative_retry_count_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        runtime("retry").RetryPolicy(max_retries=-1)


def test_retry_after_and_backoff_arithmetic() -> None:
    retry = runtime("retry")
    policy = retry.RetryPolicy(max_retries=3, initial_delay=0.0, max_retry_after=30.0)
    assert policy.delay_for(0, _answer(429, **{"Retry-After": "7"})) == 7.0
    assert policy.delay_for(0, _answer(503, **{"Retry-After": "31"})) is None  # over the cap
    date = "Wed, 21 Oct 2015 07:28:10 GMT"
    now = retry.datetime(2015, 10, 21, 7, 28, 0, tzinfo=retry.UTC)
    assert retry.retry_after_seconds(date, now=now) == 10.0
    assert retry.retry_after_seconds("garbage") is None
    assert policy.delay_for(3, _answer(429)) is None  # out of attempts
    backoff = retry.RetryPolicy(initial_delay=1.0, max_delay=4.0)
    assert all(0 <= backoff.backoff(n) <= min(4.0, 2.0**n) for n in range(8) for _ in range(20))


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (599, "InternalServerError"),
        (408, "APIStatusError"),
        (499, "APIStatusError"),
    ],
)
def test_each_status_has_its_error_class(status: int, name: str) -> None:
    errors = runtime("errors")
    assert errors.status_error_class(status).__name__ == name
    assert issubclass(errors.status_error_class(status), errors.JobClientError)


def test_unset_is_falsy_prints_as_unset_and_survives_a_pickle() -> None:
    types = runtime("types")
    assert not types.UNSET and repr(types.UNSET) == "UNSET"
    assert isinstance(pickle.loads(pickle.dumps(types.UNSET)), types.Unset)


def test_an_unexploded_array_is_one_comma_joined_value() -> None:
    query = runtime("query")
    assert query.comma_joined([1, 2, 3]) == "1,2,3"
    assert query.comma_joined([True, False]) == "true,false"
    assert query.comma_joined("as is") == "as is"


# Plain text (the speed path) as often as any text (the general one).
_PLAIN_TEXT = st.from_regex(r"[A-Za-z0-9_.~-]{1,8}", fullmatch=True)
_QUERY_NAMES = st.one_of(_PLAIN_TEXT, st.text(min_size=1, max_size=8))
_QUERY_VALUES = st.one_of(
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    _PLAIN_TEXT,
    st.text(max_size=12),
    st.lists(st.one_of(st.integers(), st.text(max_size=6)), max_size=3),
)


@given(st.dictionaries(_QUERY_NAMES, _QUERY_VALUES, max_size=4))
@example({"page": 2, "all": True, "none": False, "cursor": "abc-1.~_"})
@settings(max_examples=300, deadline=None)
def test_the_query_string_is_the_one_httpx_makes(params: dict[str, Any]) -> None:
    """with_query joins plain names and values itself (a speed path): the URL is the very
    one httpx builds from `params=`, for any names and values."""
    paths = runtime("paths")
    made = httpx.Request("GET", "https://jobs.test" + paths.with_query("/jobs", params))
    expected = httpx.Request("GET", "https://jobs.test/jobs", params=params)
    assert made.url == expected.url


@given(st.one_of(_PLAIN_TEXT, st.text(min_size=1, max_size=12), st.integers(), st.uuids()))
@settings(max_examples=300, deadline=None)
def test_a_path_segment_is_percent_encoded_as_quote_would(value: object) -> None:
    """path_segment returns plain text as it is (a speed path) and quotes anything else:
    either way what quote(text, safe="") makes, and CR, LF, NUL and dot segments refused."""
    paths = runtime("paths")
    text = str(value)
    if text in ("", ".", "..") or any(c in text for c in "\r\n\x00"):
        with pytest.raises(ValueError, match="job_id"):
            paths.path_segment("job_id", value)
    else:
        assert paths.path_segment("job_id", value) == quote(text, safe="")


# The client classes: a package's client.py, with made-up spec values.
@define(getstate_setstate=False, field_transformer=server_variables_first)
class DemoClient(BaseClient):
    _server_url: ClassVar[str] = "https://{region}.jobs.test/{version}"
    _auth_header: ClassVar[str] = "X-Demo-Key"
    _server_variable_enums: ClassVar[Mapping[str, frozenset[str]]] = {
        "version": frozenset({"v1", "v2"})
    }
    _server_variable_patterns: ClassVar[Mapping[str, str]] = {"region": "^[a-z]{2}$"}

    region: str = field(default="eu", kw_only=True, validator=server_variable)
    version: str = field(default="v1", kw_only=True, validator=server_variable)


@define(getstate_setstate=False, field_transformer=server_variables_first)
class DemoAuthenticatedClient(TokenAuth, DemoClient):
    token: str = field(kw_only=True, repr=False, validator=check_token)
    prefix: str = field(default="Token", kw_only=True, validator=check_prefix)
    auth_header_name: str = field(default="X-Demo-Key", kw_only=True)


def _recording(
    seen: list[httpx.Request], answer: Callable[[httpx.Request], httpx.Response] | None = None
) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request) if answer else httpx.Response(200, json={})

    return httpx.MockTransport(handle)


def test_the_base_url_is_the_specs_server_with_its_variables_checked() -> None:
    assert DemoClient().base_url == "https://eu.jobs.test/v1"
    assert DemoClient(region="us", version="v2").base_url == "https://us.jobs.test/v2"
    assert DemoClient("http://127.0.0.1:9/x", region="us").base_url == "http://127.0.0.1:9/x"
    with pytest.raises(ValueError, match=r"'region' must match"):
        DemoClient(region="evil.example/#")
    with pytest.raises(ValueError, match=r"'version' must be one of \['v1', 'v2'\]"):
        DemoAuthenticatedClient(token="t", version="v3")


@define(getstate_setstate=False)
class RelativeServerClient(BaseClient):
    """A spec whose server is relative (or absent, which OpenAPI reads as "/")."""

    _server_url: ClassVar[str] = "/api/v2"
    _auth_header: ClassVar[str] = "X-Demo-Key"
    _server_variable_enums: ClassVar[Mapping[str, frozenset[str]]] = {}
    _server_variable_patterns: ClassVar[Mapping[str, str]] = {}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_relative_server_needs_a_base_url_before_anything_is_sent(mode: str) -> None:
    seen: list[httpx.Request] = []
    get = "get_httpx_client" if mode == "sync" else "get_async_httpx_client"
    unset = RelativeServerClient(httpx_args={"transport": _recording(seen)})
    with pytest.raises(ValueError, match=r"base_url is required: .* '/api/v2', which names no"):
        getattr(unset, get)()
    with pytest.raises(ValueError, match=r"base_url must be an absolute http\(s\) URL, not 'x/y'"):
        getattr(RelativeServerClient("x/y"), get)()
    given = RelativeServerClient("https://jobs.test/api/v2")
    assert str(getattr(given, get)().base_url) == "https://jobs.test/api/v2/"
    assert not seen


def test_server_variables_stand_right_after_base_url_in_both_classes() -> None:
    for cls in (DemoClient, DemoAuthenticatedClient):
        names = [a.alias for a in fields(cls) if a.init]
        assert names[:3] == ["base_url", "region", "version"], cls
        assert list(inspect.signature(cls).parameters)[:3] == names[:3]
    assert [a.name for a in fields(DemoAuthenticatedClient)][-3:] == [
        "token",
        "prefix",
        "auth_header_name",
    ]
    shown = repr(DemoAuthenticatedClient(token="s3cret", headers={"X-Demo-Key": "k2"}))
    assert shown.startswith("DemoAuthenticatedClient(_base_url=None, region='eu', version='v1',")
    assert "s3cret" not in shown and "k2" not in shown
    assert shown.endswith("prefix='Token', auth_header_name='X-Demo-Key')")


def test_the_classes_keep_their_slots_and_the_authenticated_one_is_a_client() -> None:
    client = DemoAuthenticatedClient(token="t")
    assert isinstance(client, DemoClient)
    assert not hasattr(client, "__dict__") and not hasattr(DemoClient(), "__dict__")
    with pytest.raises(AttributeError):
        client.tokn = "typo"  # type: ignore[attr-defined]


def test_the_token_goes_in_the_specs_header_to_the_origin_only() -> None:
    seen: list[httpx.Request] = []
    client = DemoAuthenticatedClient(
        "https://api.jobs.test",
        token="s3cret",
        headers={"X-Trace": "1"},
        httpx_args={"transport": _recording(seen)},
    )
    with client:
        response = client.get_httpx_client().get("/jobs/1")
        client.get_httpx_client().get("https://elsewhere.test/")
    assert seen[0].headers["X-Demo-Key"] == "Token s3cret" and seen[0].headers["X-Trace"] == "1"
    assert "X-Demo-Key" not in response.request.headers, "only the wire copy holds it"
    assert "X-Demo-Key" not in seen[1].headers
    assert client.redact("Token s3cret or s3cret") == "[redacted] or [redacted]"
    bare = DemoAuthenticatedClient(token="s3cret", prefix="", auth_header_name="Authorization")
    assert bare._credential_headers() == {"Authorization": "s3cret"}
    assert {"authorization", "x-demo-key"} <= bare._secret_header_names()


def test_the_specs_credential_header_given_as_a_header_is_a_secret() -> None:
    client = DemoClient(headers={"x-demo-key": "k9k9", "Accept": "a"})
    assert client._credential_headers() == {"x-demo-key": "k9k9"}
    assert client._plain_headers() == {"Accept": "a", "Accept-Encoding": "gzip, deflate"}
    assert client.redact("key k9k9") == "key [redacted]"
    with pytest.raises(ValueError, match="header 'X-Demo-Key' must be printable") as raised:
        DemoClient(headers={"X-Demo-Key": "s3cret\nvalue"})
    assert "s3cret" not in str(raised.value)


@pytest.mark.parametrize(
    "options", [{"token": ""}, {"token": "a\nb"}, {"token": "t", "prefix": "é"}], ids=str
)
def test_a_token_or_prefix_httpx_could_not_send_is_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"token|prefix"):
        DemoAuthenticatedClient(**options)


def test_with_methods_copy_and_the_callers_dicts_stay_as_they_are() -> None:
    headers = {"A": "1"}
    client = DemoAuthenticatedClient(token="t", headers=headers, region="us")
    more = client.with_headers({"B": "2"}).with_timeout(3).with_cookies({"c": "3"})
    assert type(more) is DemoAuthenticatedClient and more.region == "us" and more.token == "t"
    assert more._headers == {"A": "1", "B": "2"} and more._timeout == httpx.Timeout(3)
    assert headers == {"A": "1"} and client._headers == {"A": "1"}
    assert client._timeout == DEFAULT_TIMEOUT


def test_a_client_pickles_without_its_live_httpx_clients() -> None:
    client = DemoAuthenticatedClient(token="t", region="us", headers={"A": "1"})
    assert pickle.loads(pickle.dumps(client)) == client
    client.get_httpx_client()
    copy = pickle.loads(pickle.dumps(client))
    assert repr(copy) == repr(client) and copy.token == "t"
    assert copy._client is None and client._client is not None
    assert copy.get_httpx_client().headers["A"] == "1"


# The wait loop: a made-up poll operation on a mock transport.
@dataclass
class DemoJob:
    status: str


def _parse_job(*, client: object, response: httpx.Response) -> DemoJob:
    return DemoJob(**response.json())


class DemoPoll:
    """What the loop uses of a generated operation module."""

    _IDEMPOTENT = True
    _OPERATION = "get_job"

    @staticmethod
    def _get_kwargs(job_id: str) -> dict[str, Any]:
        return {"method": "get", "url": f"/jobs/{job_id}"}

    @staticmethod
    def _build_response(*, client: DemoClient, response: httpx.Response) -> Response[DemoJob]:
        return build_response(client, response, _parse_job)


def _status(job: DemoJob) -> str:
    return job.status


JOBS = JobWait(DemoPoll(), _status, frozenset({"done", "failed"}), frozenset({"done"}))
Answer = httpx.Response | str  # a str is a job with that status


def _wait(mode: str, answers: list[Answer], **options: Any) -> tuple[DemoJob, list[str]]:
    """Wait on job 42 answered with `answers` in turn (the last one again and again);
    the job and the paths polled."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        given = answers[min(len(seen), len(answers)) - 1]
        return (
            given
            if isinstance(given, httpx.Response)
            else httpx.Response(200, json={"status": given})
        )

    client = DemoClient(
        "https://jobs.test",
        retry=RetryPolicy(max_retries=0),  # transient failures reach the loop
        httpx_args={"transport": _recording(seen, answer)},
    )
    settings: dict[str, Any] = {
        "timeout": 5.0,
        "poll_interval": 0.001,
        "max_poll_interval": 0.01,
        "on_progress": None,
        "raise_on_failure": True,
        **options,
    }
    if mode == "sync":
        job = JOBS.wait(client, {"job_id": "42"}, **settings)
    else:
        job = asyncio.run(JOBS.async_wait(client, {"job_id": "42"}, **settings))
    return job, [request.url.path for request in seen]


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_the_wait_polls_to_a_terminal_success_telling_on_progress(mode: str) -> None:
    progress: list[str] = []
    job, polled = _wait(
        mode, ["queued", "brand new", "done"], on_progress=lambda j: progress.append(j.status)
    )
    assert job == DemoJob("done")
    assert progress == ["queued", "brand new", "done"], "an unlisted status is not terminal"
    assert polled == ["/jobs/42"] * 3


@pytest.mark.parametrize("mode", MODES)
def test_a_terminal_failure_raises_unless_told_not_to(mode: str) -> None:
    with pytest.raises(JobFailedError, match="'failed'") as raised:
        _wait(mode, ["queued", "failed"])
    assert raised.value.job == DemoJob("failed")
    assert _wait(mode, ["failed"], raise_on_failure=False)[0] == DemoJob("failed")


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_raises_with_the_last_job_seen(mode: str) -> None:
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError, match="last status 'queued'") as raised:
        _wait(mode, ["queued"], timeout=0.05)
    assert time.monotonic() - started < 1.0
    assert raised.value.last_job == DemoJob("queued")


@pytest.mark.parametrize("mode", MODES)
def test_a_transient_failure_is_polled_through(mode: str) -> None:
    job, polled = _wait(mode, [httpx.Response(503), "done"])
    assert job == DemoJob("done") and len(polled) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_past_the_deadline_ends_the_wait_at_once(mode: str) -> None:
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError, match="no job read") as raised:
        _wait(mode, [httpx.Response(503, headers={"Retry-After": "60"})], timeout=5.0)
    assert time.monotonic() - started < 1.0
    assert raised.value.last_job is None
    assert isinstance(raised.value.__cause__, APIStatusError)
    assert raised.value.__cause__.status_code == 503


@pytest.mark.parametrize("mode", MODES)
def test_another_error_is_raised_at_once(mode: str) -> None:
    with pytest.raises(NotFoundError):
        _wait(mode, [httpx.Response(404)])


@pytest.mark.parametrize("mode", MODES)
def test_settings_that_would_never_end_are_refused(mode: str) -> None:
    with pytest.raises(ValueError, match="poll_interval"):
        _wait(mode, ["done"], poll_interval=0)
