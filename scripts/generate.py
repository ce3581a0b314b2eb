"""Regenerate the client packages: `python -m scripts.generate [SLUG ...] [--check]`.

Without slugs every provider under specs/ is done. `--check` builds in scratch space,
touches nothing, and exits 1 naming every file of generated/ that differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from scripts.codegen.fingerprint import is_up_to_date
from scripts.codegen.providers import ConfigError, Provider, load_providers, provider_slugs
from scripts.codegen.workspace import Workspace
from scripts.paths import GENERATED_DIR, SPECS_DIR


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    workspace = Workspace(generated_dir=args.generated_dir)
    workspace.recover()  # a killed run's half-done swap is undone before generated/ is read
    try:
        providers = load_providers(args.slugs or None, args.specs_dir)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        return _check(providers, workspace, args.specs_dir)
    stale = []
    for provider in providers:
        if args.force or not is_up_to_date(provider, workspace.package_root(provider)):
            stale.append(provider)
        else:
            print(f"{provider.slug}: up to date, skipped")
    status = _regenerate_all(stale, workspace, verify=not args.no_verify) if stale else 0
    changed = [provider.slug for provider in stale]
    return max(status, _provider_table(args.specs_dir, check=False, changed=changed))


def _provider_table(specs_dir: Path, *, check: bool, changed: list[str] | None = None) -> int:
    """The README's table of providers: reported when stale (`check`), else refreshed for
    the `changed` providers or when it lists other providers than specs/ has; 1 on a
    failure."""
    # Imported here: a no-op run reads the README's rows only, never a spec.
    from scripts import provider_table as table  # noqa: PLC0415
    from scripts.spec_model.errors import SpecError  # noqa: PLC0415

    try:
        if check:
            if not table.stale_table(specs_dir):
                return 0
            print("README.md: the table of providers is not what specs/ makes")
            return 1
        due = changed or table.lists_other_providers(specs_dir, provider_slugs(specs_dir))
        if due and table.refresh_table(specs_dir, changed or []):
            print("README.md: the table of providers refreshed")
    except (table.TableError, SpecError, ConfigError) as exc:
        print(f"error: README.md: {exc}", file=sys.stderr)
        return 1
    return 0


def _regenerate_all(stale: list[Provider], workspace: Workspace, *, verify: bool) -> int:
    """Rebuild the stale providers side by side, one thread each up to the core count.

    The pipeline is imported only here: the generators and validators it pulls in cost
    most of a second, which a no-op run must not pay.
    """
    from scripts.codegen.pipeline import PIPELINE_ERRORS, regenerate  # noqa: PLC0415

    def one(provider: Provider) -> str:
        started = time.perf_counter()
        regenerate(provider, workspace, force=True, verify=verify)
        return f"{provider.slug}: regenerated in {time.perf_counter() - started:.1f}s"

    failed = 0
    workers = min(len(stale), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(one, provider): provider for provider in stale}
        for future in as_completed(futures):
            provider = futures[future]
            try:
                print(future.result(), flush=True)
            except PIPELINE_ERRORS as exc:
                failed += 1
                print(f"error: {exc}", file=sys.stderr)
                print(f"  generated/{provider.slug} was left as it was.", file=sys.stderr)
    return 1 if failed else 0


def _check(providers: list[Provider], workspace: Workspace, specs_dir: Path) -> int:
    from scripts.codegen.pipeline import PIPELINE_ERRORS, differences  # noqa: PLC0415

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
    stale += _provider_table(specs_dir, check=True)
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
