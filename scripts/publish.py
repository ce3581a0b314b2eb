"""`nox -s publish -- [--index-url URL] [SLUG ...]`: every package whose version the index
does not hold yet is built (scripts/distributions.py, metadata checked by twine) and
uploaded.

Without --index-url a local PyPI-compatible index (pypiserver) is started on 127.0.0.1 with
its data in a temporary folder, each package is published to it, then installed by name and
version from it (`jobclients-salad==X.Y.Z`, the package from that index alone, see
scripts/package_index.py) into a fresh venv and called: what a user of a real index does.
Credentials for a real index come from TWINE_USERNAME / TWINE_PASSWORD.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from scripts.codegen.providers import ConfigError, Provider, load_providers
from scripts.distributions import build, metadata_problems
from scripts.installed_calls import call_all
from scripts.isolated_env import fresh_env_from_index
from scripts.package_index import PackageIndexError, local_index, upload, versions_on


def publish(providers: list[Provider], index_url: str, username: str, password: str) -> int:
    """Upload the versions the index lacks; the number that failed."""
    failed = 0
    for provider in providers:
        if provider.version in versions_on(index_url, provider.distribution):
            print(f"{provider.distribution} {provider.version}: on the index already")
            continue
        wheel = build(provider)
        problems = metadata_problems(wheel.parent)
        if problems:
            print(f"{provider.distribution} {provider.version}: refused by twine check\n{problems}")
            failed += 1
            continue
        upload(index_url, sorted(wheel.parent.glob(f"*{provider.version}*")), username, password)
        print(f"{provider.distribution} {provider.version}: published to {index_url}")
    return failed


def install_and_call(providers: list[Provider], index_url: str) -> int:
    """Each package installed by name and version from the index into a fresh venv, then
    every operation called; the number of failures."""
    failed = 0
    for provider in providers:
        with tempfile.TemporaryDirectory(prefix=f"publish-{provider.slug}-") as tmp:
            python = fresh_env_from_index(
                Path(tmp), index_url, provider.distribution, provider.version
            )
            results = call_all(provider, python)
            bad = [r for r in results if r.returncode != 0]
            print(
                f"{provider.distribution}=={provider.version} from the index: "
                f"{len(results) - len(bad)} of {len(results)} operations answered"
            )
            for result in bad:
                print(f"  FAILED: {result.operation_id}\n{result.output}")
            failed += len(bad)
    return failed


def round_trip(providers: list[Provider]) -> int:
    """Publish to a local index on 127.0.0.1, then install from it and call: 0 when every
    package came through (raises PackageIndexError when the index does not)."""
    with local_index() as url:
        print(f"a local index on {url} (its data in a temporary folder)")
        failed = publish(providers, url, "local", "local")
        return 1 if failed or install_and_call(providers, url) else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s publish --", description=__doc__)
    parser.add_argument("slugs", nargs="*", help="providers to publish (default: all)")
    parser.add_argument("--index-url", help="a simple index to publish to (default: a local one)")
    args = parser.parse_args(argv)
    try:
        providers = load_providers(args.slugs or None)
        if args.index_url:
            username = os.environ.get("TWINE_USERNAME", "__token__")
            return 1 if publish(providers, args.index_url, username, _password()) else 0
        return round_trip(providers)
    except (ConfigError, PackageIndexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _password() -> str:
    password = os.environ.get("TWINE_PASSWORD", "")
    if not password:
        raise PackageIndexError("TWINE_PASSWORD is not set: publishing to a real index needs it")
    return password


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
