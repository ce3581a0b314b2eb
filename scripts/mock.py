"""`nox -s mock -- SLUG [--port N]`: run a provider's spec-driven mock until Ctrl-C, to try a
client without an API key. It prints the base URL and an example call."""

from __future__ import annotations

import argparse
import sys
import time

from scripts.codegen.call_plan import auth_of, operation_calls
from scripts.codegen.providers import ConfigError, load_provider
from scripts.mock_server import MockServer
from scripts.spec_lint import load_spec


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
    document = load_spec(provider.spec_path)
    server = MockServer(document)
    server.start(args.port)
    call = operation_calls(document, provider.import_package)[0]
    auth = auth_of(document)
    if auth is None:
        header = "X-Nothing: needed"
    else:
        header = f"{auth.header}: {auth.prefix + ' ' if auth.prefix else ''}any-key"
    arguments = "".join(f"    {a.python_name}={a.python_literal},\n" for a in call.arguments)
    print(
        f"Mock of specs/{provider.slug}/openapi.yaml at {server.base_url} (Ctrl-C stops it)\n\n"
        f"  curl -H '{header}' {server.base_url}{call.path}\n"
        f"  curl -H '{header}' -H 'Prefer: code=404' {server.base_url}{call.path}\n"
        f"  curl -H '{header}' -H 'Prefer: dynamic=true' {server.base_url}{call.path}\n\n"
        f"from {provider.import_package} import AuthenticatedClient\n"
        f"from {call.module.rsplit('.', 1)[0]} import {call.operation_id}\n\n"
        f'client = AuthenticatedClient(base_url="{server.base_url}", token="any-key")\n'
        f"print({call.operation_id}.sync_detailed(\n{arguments}    client=client,\n))\n",
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
