"""Every client against a second mock that no one here wrote: Stoplight Prism, from npm.

Our own mock shares its reading of OpenAPI with our specs and payloads; Prism reads the spec
on its own: it validates our requests (a violation comes back in its `sl-violations`
header), answers with the spec's examples, or with values it generates from the schemas
(`Prefer: dynamic=true`), or with any documented status (`Prefer: code=404`). Each answer
must parse in the client: a success as the typed model, an error as its documented model.

Prism is pinned in tools/prism (package.json and package-lock.json); `nox -s tests` installs
it with npm. Without npm these tests skip, except in CI, where they fail.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from scripts.codegen.call_plan import OperationCall
from scripts.codegen.providers import load_provider
from scripts.paths import REPO_ROOT
from tests.sdk_support import (
    TOKEN,
    all_calls,
    closed_port,
    kwargs_of,
    pkg,
    success_responses,
    success_schema,
)

PRISM = REPO_ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0  # seconds for Prism to listen (it reads and dereferences the spec first)
DYNAMIC_ANSWERS = 3  # generated answers read per operation


@dataclass
class Prism:
    process: subprocess.Popen[bytes]
    url: str
    log: Path


_RUNNING: dict[str, Prism] = {}


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Prism]]:
    if not PRISM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"Prism is not installed at {PRISM}: `nox -s tests` runs npm ci for it")
        pytest.skip("Prism is not installed (it needs npm; `nox -s tests` installs it)")
    logs = tmp_path_factory.mktemp("prism")
    yield _RUNNING
    for running in _RUNNING.values():
        running.process.terminate()
        running.process.wait(timeout=10)
    _RUNNING.clear()
    del logs


def _started(slug: str, logs: Path) -> Prism:
    spec = load_provider(slug).spec_path
    port = closed_port()
    log = logs / f"{slug}.log"
    out: IO[bytes] = log.open("wb")
    command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)]
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return Prism(process, f"http://127.0.0.1:{port}", log)
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"Prism did not start for {slug}:\n{log.read_text()[-3000:]}")


def _server(slug: str, running: dict[str, Prism], tmp_path_factory: Any) -> Prism:
    if slug not in running:
        running[slug] = _started(slug, tmp_path_factory.mktemp(f"prism-{slug}"))
    return running[slug]


def _client(slug: str, server: Prism, prefer: str | None) -> Any:
    p = pkg(slug)
    headers = {"Prefer": prefer} if prefer else {}
    return p.package.AuthenticatedClient(  # strict: Prism's answers must parse as they are
        base_url=server.url,
        token=TOKEN,
        headers=headers,
        retry=p.package.RetryPolicy(0),
        strict=True,
    )


PRISM_ERRORS = "https://stoplight.io/prism/errors#"  # the type of Prism's own failures


def _call(slug: str, call: OperationCall, client: Any, server: Prism) -> Any:
    """The call's detailed answer; a test skips, naming it, when Prism itself failed: it
    answers 500 with a problem of its own type (its faker crashing on a schema), or it
    gives no answer at all (its faker looping on one: that Prism is stopped, and the next
    test starts another)."""
    errors = pkg(slug).errors
    try:
        with client:
            return pkg(slug).module(call).sync_detailed(client=client, **kwargs_of(call))
    except errors.ResponseTooLargeError as exc:  # (before its base, APIConnectionError)
        pytest.skip(f"Prism made an answer over the client's max_response_bytes: {exc}")
    except errors.APIConnectionError as exc:
        if server.process.poll() is None and not isinstance(exc, errors.APITimeoutError):
            raise  # Prism is up and answered nothing: the client's failure, not Prism's
        _stop(slug, server)
        pytest.skip(f"Prism itself failed: no answer ({type(exc).__name__}); restarted")
    except errors.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        if str(body.get("type", "")).startswith(PRISM_ERRORS) and exc.status_code == 500:
            pytest.skip(f"Prism itself failed: {str(body.get('title', ''))[:200]}")
        raise


def _stop(slug: str, server: Prism) -> None:
    server.process.kill()
    server.process.wait(timeout=10)
    _RUNNING.pop(slug, None)


def _violations(server: Prism) -> str:
    return server.log.read_text(errors="replace")[-2000:]


@pytest.mark.parametrize(("slug", "call"), all_calls())
def test_every_operation_reads_the_second_mocks_example_answer(
    slug: str, call: OperationCall, prism: dict[str, Prism], tmp_path_factory: Any
) -> None:
    server = _server(slug, prism, tmp_path_factory)
    response = _call(slug, call, _client(slug, server, None), server)
    document = pkg(slug).document
    assert response.status_code in success_responses(document, call.operation_id)
    if success_schema(document, call.operation_id):  # (`{}`, any value, may be null)
        assert response.parsed is not None
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    composed = not _documents_an_example(slug, call, response.status_code)
    unexplained = [v for v in violations if not (composed and _in_the_answer(v))]
    assert not unexplained, unexplained


def _documents_an_example(slug: str, call: OperationCall, status: int) -> bool:
    """Whether the spec gives an example of this answer, which Prism then serves as it is.
    Without one Prism composes the answer from the schema, and its made-up values (a plain
    "string") may break a pattern or a format the client does not check (as in SaladCloud's
    published document): Prism's answer then flags itself, which says nothing of the client
    or of the spec's examples."""
    for response in pkg(slug).spec.operation(call.operation_id).responses:
        if response.status == str(status):
            return any(media.examples for media in response.content)
    return False


def _in_the_answer(violation: dict[str, Any]) -> bool:
    """A violation in the answer's body (not one of the client's request)."""
    return [str(part) for part in violation.get("location", [])][:2] == ["response", "body"]


@pytest.mark.parametrize(("slug", "call"), all_calls(with_body=True))
def test_every_operation_reads_answers_the_second_mock_generates(
    slug: str, call: OperationCall, prism: dict[str, Prism], tmp_path_factory: Any
) -> None:
    server = _server(slug, prism, tmp_path_factory)
    for _ in range(DYNAMIC_ANSWERS):
        response = _call(slug, call, _client(slug, server, "dynamic=true"), server)
        assert 200 <= response.status_code < 300, _violations(server)
        if success_schema(pkg(slug).document, call.operation_id):  # (`{}` may be null)
            assert response.parsed is not None


def _documented_errors() -> list[Any]:
    params = []
    for param in all_calls():
        slug, call = param.values
        op = pkg(slug).spec.operation(call.operation_id)
        for response in op.responses:
            # (an error answer with an example and no schema has no model to be read as)
            typed = any(media.schema is not None for media in response.content)
            if response.status[0] in "45" and response.status.isdigit() and typed:
                params.append(pytest.param(slug, call, int(response.status),
                                           id=f"{param.id}:{response.status}"))  # fmt: skip
    return params


@pytest.mark.parametrize(("slug", "call", "status"), _documented_errors())
def test_every_documented_error_answer_is_read_as_its_model(
    slug: str, call: OperationCall, status: int, prism: dict[str, Prism], tmp_path_factory: Any
) -> None:
    p = pkg(slug)
    server = _server(slug, prism, tmp_path_factory)
    with pytest.raises(p.errors.APIStatusError) as raised:
        _call(slug, call, _client(slug, server, f"code={status}"), server)
    assert raised.value.status_code == status
    assert raised.value.parsed is not None, f"{status} body not read: {raised.value.text[:300]}"
