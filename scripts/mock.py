"""`nox -s mock -- SLUG [--port N]`: run a provider's spec-driven mock until Ctrl-C, to try a
client without an API key. It prints the base URL, curl calls and a Python example that runs
as printed (tests/test_mock_server.py runs it)."""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from dataclasses import dataclass

from scripts.codegen.call_plan import OperationCall, auth_of, operation_calls
from scripts.codegen.providers import ConfigError, load_provider
from scripts.mock_jobs import load_scenario
from scripts.mock_server import MockServer
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import load_spec

EXAMPLE_KEY = "any-key"  # the mock checks that a credential is there, not what it is


@dataclass(frozen=True)
class ExampleRequest:
    """One call a person can make to the mock with curl."""

    method: str
    url: str
    headers: dict[str, str]

    @property
    def curl(self) -> str:
        verb = [] if self.method == "GET" else ["-X", self.method]
        flags = [f"-H {shlex.quote(f'{k}: {v}')}" for k, v in self.headers.items()]
        return " ".join(["curl", *verb, *flags, shlex.quote(self.url)])


@dataclass(frozen=True)
class Usage:
    requests: tuple[ExampleRequest, ...]
    python: str  # a complete program: its imports, a client, one call


def usage(spec: SpecDocument, import_package: str, base_url: str) -> Usage:
    """How to call the first operation of the mock at `base_url`, from a shell and Python."""
    call = operation_calls(spec, import_package)[0]
    auth = auth_of(spec)
    credential = {auth.header: f"{auth.prefix} {EXAMPLE_KEY}".strip()} if auth else {}
    method, url = call.method.upper(), base_url + call.path
    error_code = _first_error_code(spec, call)
    requests = [ExampleRequest(method, url, credential)]
    if error_code:
        prefer_error = {**credential, "Prefer": f"code={error_code}"}
        requests.append(ExampleRequest(method, url, prefer_error))
    requests.append(ExampleRequest(method, url, {**credential, "Prefer": "dynamic=true"}))
    return Usage(tuple(requests), _python(call, import_package, base_url))


def _python(call: OperationCall, import_package: str, base_url: str) -> str:
    arguments = "".join(f"    {a.python_name}={a.python_literal},\n" for a in call.arguments)
    imports = "from uuid import UUID\n\n" if call.needs_uuid_import else ""
    return (
        f"{imports}"
        f"from {import_package} import AuthenticatedClient\n"
        f"from {call.module.rsplit('.', 1)[0]} import {call.operation_id}\n\n"
        f'client = AuthenticatedClient(base_url="{base_url}", token="{EXAMPLE_KEY}")\n'
        f"print({call.operation_id}.sync_detailed(\n{arguments}    client=client,\n))\n"
    )


def _first_error_code(spec: SpecDocument, call: OperationCall) -> str | None:
    codes = [response.status for response in spec.operation(call.operation_id).responses]
    if "404" in codes:  # the error a person most often wants to see handled
        return "404"
    return next((code for code in codes if code[0] in "45"), None)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s mock --", description=__doc__)
    parser.add_argument("slug", help="the provider, a folder under specs/")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    args = parser.parse_args(argv)
    try:
        provider = load_provider(args.slug)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    spec = load_spec(provider.spec_path)
    try:
        scenario = load_scenario(provider.directory, spec)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    server = MockServer(spec, scenario=scenario)
    server.start(args.port)
    shown = usage(spec, provider.import_package, server.base_url)
    curls = "".join(f"  {request.curl}\n" for request in shown.requests)
    life = (
        f"A job created with {scenario.submit} moves through {', '.join(scenario.statuses)} "
        f"over as many polls (specs/{provider.slug}/scenario.yaml).\n\n"
        if scenario
        else ""
    )
    print(
        f"Mock of specs/{provider.slug}/openapi.yaml at {server.base_url} (Ctrl-C stops it)\n\n"
        f"{life}{curls}\n{shown.python}",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
