"""Regenerate the client packages: `python -m scripts.generate [SLUG ...] [--check]`.

Without slugs every provider under specs/ is done. `--check` builds in scratch space,
touches nothing, and exits 1 naming every file of generated/ that differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scripts.codegen.formatting import FormatError
from scripts.codegen.generators import GeneratorError
from scripts.codegen.pipeline import Workspace, differences, regenerate
from scripts.codegen.providers import ConfigError, Provider, load_providers, provider_slugs
from scripts.paths import GENERATED_DIR, SPECS_DIR
from scripts.spec_lint import SpecError
from scripts.verify import VerifyError

PIPELINE_ERRORS = (ConfigError, SpecError, GeneratorError, FormatError, VerifyError)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    workspace = Workspace(generated_dir=args.generated_dir)
    try:
        providers = load_providers(args.slugs or None, args.specs_dir)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        return _check(providers, workspace, args.specs_dir)
    failed = 0
    for provider in providers:
        started = time.perf_counter()
        try:
            rebuilt = regenerate(provider, workspace, force=args.force, verify=not args.no_verify)
        except PIPELINE_ERRORS as exc:
            failed += 1
            print(f"error: {exc}", file=sys.stderr)
            print(f"  generated/{provider.slug} was left as it was.", file=sys.stderr)
            continue
        took = time.perf_counter() - started
        state = f"regenerated in {took:.1f}s" if rebuilt else "up to date, skipped"
        print(f"{provider.slug}: {state}")
    return 1 if failed else 0


def _check(providers: list[Provider], workspace: Workspace, specs_dir: Path) -> int:
    stale = 0
    for provider in providers:
        try:
            changed = differences(provider, workspace)
        except PIPELINE_ERRORS as exc:
            print(f"error: {exc}", file=sys.stderr)
            stale += 1
            continue
        if changed:
            stale += 1
            print(f"generated/{provider.slug} differs from what specs/{provider.slug} makes:")
            for name in changed:
                print(f"  generated/{provider.slug}/{name}")
        else:
            print(f"generated/{provider.slug}: up to date")
    known = set(provider_slugs(specs_dir))
    if workspace.generated_dir.is_dir():
        for orphan in sorted(p.name for p in workspace.generated_dir.iterdir() if p.is_dir()):
            if orphan not in known:
                stale += 1
                print(f"generated/{orphan} has no specs/{orphan}/openapi.yaml: remove it")
    if stale:
        print("Run `nox -s generate` and commit the result.", file=sys.stderr)
    return 1 if stale else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nox -s generate --", description=__doc__)
    parser.add_argument("slugs", nargs="*", help="providers to do (default: all under specs/)")
    parser.add_argument("--check", action="store_true", help="exit 1 if generated/ is stale")
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    parser.add_argument("--no-verify", action="store_true", help="skip the import and mypy step")
    parser.add_argument("--specs-dir", type=Path, default=SPECS_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--generated-dir", type=Path, default=GENERATED_DIR, help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
