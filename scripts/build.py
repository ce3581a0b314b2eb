"""`nox -s build -- [SLUG ...]`: a wheel and an sdist per package in dist/, their metadata
checked (twine check --strict), published to a local package index on 127.0.0.1, and each
package installed from it by name and version, alone, into a fresh venv, imported, and every
operation called against a loopback server: the path a user's `pip install` takes."""

from __future__ import annotations

import argparse
import sys

from scripts.codegen.providers import ConfigError, load_providers
from scripts.package_index import PackageIndexError
from scripts.publish import round_trip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s build --", description=__doc__)
    parser.add_argument("slugs", nargs="*", help="providers to build (default: all)")
    args = parser.parse_args(argv)
    try:
        return round_trip(load_providers(args.slugs or None))
    except (ConfigError, PackageIndexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
