"""Secrets, for every provider and operation: the key is in no repr, str, exception message,
chained exception or log line (DEBUG included, over a real socket), never on the request
event hooks and `response.request` see, and never sent to another host; every transport
httpx builds (proxies, mounts, the environment's proxies) sends it the same way."""

from __future__ import annotations

import logging
import pickle
import traceback
from typing import Any

import httpx
import pytest

from scripts.codegen.call_plan import OperationCall
from tests.body_mutations import mutations
from tests.conftest import SLUGS
from tests.sdk_support import (
    TOKEN,
    Answer,
    Loopback,
    Seen,
    all_calls,
    call_detailed,
    closed_port,
    documents_a_redirect,
    first_success_example,
    kwargs_of,
    pkg,
    success_answer,
    success_schema,
    success_status,
)

ALL_CALLS = all_calls()
CALLS_WITH_BODY = all_calls(with_body=True)
_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def _secret_free(*texts: str) -> None:
    for text in texts:
        assert TOKEN not in text, text


def _raised_text(error: BaseException) -> str:
    """Everything a traceback of `error` prints, chained exceptions included."""
    return "".join(traceback.format_exception(error))


def _success(slug: str, call: OperationCall) -> Answer:
    answer = success_answer(pkg(slug), call)
    return Answer(answer.status_code, answer.content, dict(answer.headers))


def _loopback_client(slug: str, server: Loopback, **options: Any) -> Any:
    p = pkg(slug)
    options.setdefault("retry", p.package.RetryPolicy(max_retries=0))
    return p.package.AuthenticatedClient(token=TOKEN, base_url=server.url(), **options)


def _credential(slug: str, seen: Seen) -> str | None:
    wanted = pkg(slug).facts.auth_header.lower()
    return next((v for k, v in seen.headers.items() if k.lower() == wanted), None)


# -- the token as given --------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    ["sk-secret\ntoken", "sk-secret\r\ntoken", "sk-secret\0token", "sk-sécret", "sk\ttoken", ""],
)
@pytest.mark.parametrize("slug", SLUGS)
def test_a_token_httpx_would_leak_or_choke_on_is_refused_without_showing_it(
    slug: str, bad: str
) -> None:
    p = pkg(slug)
    with pytest.raises(ValueError, match="token") as raised:
        p.package.AuthenticatedClient(token=bad)
    assert bad not in str(raised.value) or not bad
    with pytest.raises(ValueError, match=p.facts.auth_header) as raised:
        p.package.Client(headers={p.facts.auth_header: bad})
    assert bad not in str(raised.value) or not bad


@pytest.mark.parametrize("slug", SLUGS)
def test_no_repr_or_str_shows_the_token_or_a_header_value(slug: str) -> None:
    p = pkg(slug)
    proxy = f"http://user:{TOKEN}@proxy.example:3128"
    clients = [
        p.package.AuthenticatedClient(token=TOKEN),
        p.package.Client(headers={p.facts.auth_header: TOKEN}),
        p.package.AuthenticatedClient(token=TOKEN).with_headers({"X-API-Key": TOKEN}),
        p.package.Client().with_headers({p.facts.auth_header: TOKEN, "X-Trace": TOKEN}),
        p.package.Client().with_cookies({"session": TOKEN}),
        p.package.Client(httpx_args={"proxy": proxy}),
    ]
    for client in clients:
        _secret_free(repr(client), str(client))
    assert "X-Trace" in repr(clients[3]), "the header names are still shown"


# -- over a real socket ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_status_error_event_hooks_and_debug_logs_never_show_the_token(
    slug: str, call: OperationCall, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    p = pkg(slug)
    echo = Answer.json(401, {"detail": f"bad key {TOKEN}", "title": f"key {TOKEN}"})
    hooked: list[str] = []

    def on_request(request: httpx.Request) -> None:
        hooked.append(str(request.headers.raw))

    def on_response(response: httpx.Response) -> None:
        hooked.append(str(response.request.headers.raw))

    async def aon_request(request: httpx.Request) -> None:
        on_request(request)

    async def aon_response(response: httpx.Response) -> None:
        on_response(response)

    caplog.set_level(logging.DEBUG)
    with Loopback(lambda _: echo) as server:
        hooks = [on_request, on_response] if mode == "sync" else [aon_request, aon_response]
        event_hooks = {"request": [hooks[0]], "response": [hooks[1]]}
        client = _loopback_client(slug, server, httpx_args={"event_hooks": event_hooks})
        with pytest.raises(p.errors.AuthenticationError) as raised:
            call_detailed(p, call, client, mode)
    assert _credential(slug, server.seen[0]) is not None, "the credential was not sent"
    assert len(hooked) == 2
    assert "send_request_headers" in caplog.text, "httpcore's DEBUG lines were not captured"
    error = raised.value
    _secret_free(
        str(error), repr(error), error.text, error.url, _raised_text(error), caplog.text, *hooked
    )
    assert "[redacted]" in error.text


@pytest.mark.parametrize(("slug", "call"), CALLS_WITH_BODY)
def test_a_response_validation_error_never_shows_the_token(
    slug: str, call: OperationCall, caplog: pytest.LogCaptureFixture
) -> None:
    p = pkg(slug)
    schema = success_schema(p.document, call.operation_id)
    assert schema is not None
    example = first_success_example(p.spec, call.operation_id)
    bodies: list[bytes] = [f"<html>upstream said {TOKEN}</html>".encode()]
    for case in mutations(p.document, schema, example):
        if case.what.startswith("malformed"):  # a date or uuid field echoing the token
            broken = Answer.json(200, case.body).body.replace(b"not-a-date", TOKEN.encode())
            bodies.append(broken.replace(b"not-a-uuid", TOKEN.encode()))
    caplog.set_level(logging.DEBUG)
    code = success_status(p, call)
    for body in bodies:
        with Loopback(
            lambda _, b=body: Answer(code, b, {"Content-Type": "application/json"})
        ) as server:
            client = _loopback_client(slug, server, strict=True)
            with client, pytest.raises(p.errors.ResponseValidationError) as raised:
                p.module(call).sync(client=client, **kwargs_of(call))
        error = raised.value
        assert TOKEN.encode() in error.content, "the raw bytes are the server's, untouched"
        _secret_free(
            str(error), repr(error), error.text, error.reason, _raised_text(error), caplog.text
        )


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_connection_error_never_shows_the_token(
    slug: str, call: OperationCall, mode: str
) -> None:
    p = pkg(slug)
    client = p.package.AuthenticatedClient(
        token=TOKEN,
        base_url=f"http://127.0.0.1:{closed_port()}",
        retry=p.package.RetryPolicy(max_retries=0),
    )
    with pytest.raises(p.errors.APIConnectionError) as raised:
        call_detailed(p, call, client, mode)
    error = raised.value
    assert isinstance(error.__cause__, httpx.ConnectError), "a safe cause is kept"
    request = error.__cause__.request
    assert p.facts.auth_header not in request.headers, "the exception's request holds no key"
    _secret_free(str(error), _raised_text(error), str(request.headers.raw))


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_an_httpx_exception_showing_the_token_is_redacted_and_not_chained(
    slug: str, call: OperationCall
) -> None:
    p = pkg(slug)

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {request.headers.raw!r}")

    with p.client(fail) as client, pytest.raises(p.errors.APIConnectionError) as raised:
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    error = raised.value
    assert error.__cause__ is None and error.__context__ is None
    assert "[redacted]" in str(error)
    _secret_free(str(error), _raised_text(error))


# -- credentials given as headers, and redirects ------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_redirect_to_another_host_goes_without_the_credential(
    slug: str, call: OperationCall, mode: str
) -> None:
    """127.0.0.1 and localhost are two hosts on the same loopback server."""
    if documents_a_redirect(pkg(slug), call):
        pytest.skip("a documented 3xx is the result, never followed (tests/test_location.py)")
    p = pkg(slug)
    success = _success(slug, call)

    def respond(seen: Seen) -> Answer:
        host = seen.headers.get("Host", "")
        if seen.target.startswith("/same"):  # a same-origin hop first: it keeps the key
            return Answer(
                302, headers={"Location": f"http://localhost:{host.rsplit(':', 1)[1]}/other"}
            )
        if host.startswith("127.0.0.1"):
            return Answer(302, headers={"Location": "/same"})
        return success

    with Loopback(respond) as server:
        client = _loopback_client(slug, server, follow_redirects=True)
        response = call_detailed(p, call, client, mode)
    first, same, other = server.seen
    assert _credential(slug, first) is not None and _credential(slug, same) is not None
    assert other.headers["Host"].startswith("localhost")
    assert _credential(slug, other) is None
    _secret_free(str(other.headers))
    assert 200 <= response.status_code < 300


@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_credential_given_as_a_header_is_sent_to_the_origin_only_and_redacted(
    slug: str, call: OperationCall
) -> None:
    if documents_a_redirect(pkg(slug), call):
        pytest.skip("a documented 3xx is the result, never followed (tests/test_location.py)")
    p = pkg(slug)
    header = p.facts.auth_header

    def respond(seen: Seen) -> Answer:
        if seen.headers.get("Host", "").startswith("127.0.0.1"):
            port = seen.headers["Host"].rsplit(":", 1)[1]
            return Answer(302, headers={"Location": f"http://localhost:{port}/other"})
        return Answer.json(500, {"detail": f"key {TOKEN}"})

    with Loopback(respond) as server:
        plain = p.package.Client(
            base_url=server.url(), follow_redirects=True, retry=p.package.RetryPolicy(max_retries=0)
        )
        for client in (
            plain.with_headers({header: TOKEN}),
            p.package.Client(
                base_url=server.url(),
                headers={header: TOKEN},
                follow_redirects=True,
                retry=p.package.RetryPolicy(max_retries=0),
            ),
        ):
            server.seen.clear()
            with client, pytest.raises(p.errors.InternalServerError) as raised:
                p.module(call).sync_detailed(client=client, **kwargs_of(call))
            first, other = server.seen
            assert _credential(slug, first) == TOKEN
            assert _credential(slug, other) is None
            _secret_free(repr(client), str(raised.value), raised.value.text)


# -- transports httpx builds -----------------------------------------------------------------


def _proxied(slug: str, call: OperationCall) -> Loopback:
    """A loopback server acting as an HTTP proxy for http://api.jobclients.invalid."""
    return Loopback(lambda _: _success(slug, call))


_TARGET = "http://api.jobclients.invalid"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("slug", "call"), ALL_CALLS)
def test_a_proxy_in_httpx_args_is_used_and_carries_the_credential(
    slug: str, call: OperationCall, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with _proxied(slug, call) as proxy:
        client = p.package.AuthenticatedClient(
            token=TOKEN, base_url=_TARGET, httpx_args={"proxy": proxy.url()}
        )
        call_detailed(p, call, client, mode)
    (seen,) = proxy.seen
    assert seen.target.startswith(_TARGET + "/"), "the request did not go through the proxy"
    assert (_credential(slug, seen) or "").endswith(TOKEN)


@pytest.mark.parametrize("slug", SLUGS)
def test_proxies_from_the_environment_are_used_and_carry_the_credential(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    call = p.any_call
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with _proxied(slug, call) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url())
        with p.package.AuthenticatedClient(token=TOKEN, base_url=_TARGET) as client:
            p.module(call).sync_detailed(client=client, **kwargs_of(call))
    (seen,) = proxy.seen
    assert seen.target.startswith(_TARGET + "/")
    assert (_credential(slug, seen) or "").endswith(TOKEN)


@pytest.mark.parametrize("slug", SLUGS)
def test_mounts_carry_the_credential_and_httpx_settings_reach_the_transport(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pkg(slug)
    call = p.any_call
    mounted: list[httpx.Request] = []
    mount = httpx.MockTransport(lambda r: mounted.append(r) or success_answer(p, call))
    with p.package.AuthenticatedClient(
        token=TOKEN, base_url=_TARGET, httpx_args={"mounts": {"http://": mount}}
    ) as client:
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
    assert mounted[0].headers[p.facts.auth_header].endswith(TOKEN)

    made: list[dict[str, Any]] = []
    original = httpx.HTTPTransport.__init__

    def spy(self: httpx.HTTPTransport, **kwargs: Any) -> None:
        made.append(kwargs)
        original(self, **kwargs)

    monkeypatch.setattr(httpx.HTTPTransport, "__init__", spy)
    limits = httpx.Limits(max_connections=3)
    p.package.AuthenticatedClient(
        token=TOKEN,
        base_url=_TARGET,  # a spec whose server names no host needs one
        verify_ssl=False,
        httpx_args={"limits": limits, "trust_env": False},
    ).get_httpx_client()
    (settings,) = made
    assert settings["verify"] is False and settings["limits"] is limits
    assert settings["trust_env"] is False


# -- pickling --------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_a_client_pickles_after_use_and_the_copy_works(slug: str) -> None:
    p = pkg(slug)
    call = p.any_call
    with Loopback(lambda _: _success(slug, call)) as server:
        client = _loopback_client(slug, server, headers={"X-Trace": "1"})
        p.module(call).sync_detailed(client=client, **kwargs_of(call))
        client.get_async_httpx_client()
        copy = pickle.loads(pickle.dumps(client))
        assert type(copy) is type(client) and copy.token == TOKEN
        assert copy.base_url == client.base_url and repr(copy) == repr(client)
        with copy:
            p.module(call).sync_detailed(client=copy, **kwargs_of(call))
        client.get_httpx_client().close()
    assert _credential(slug, server.seen[-1]) is not None
    assert server.seen[-1].headers["X-Trace"] == "1"
