"""`nox -s bump -- SLUG ...`: set the version the changes since the last release call for
(config.yaml and a CHANGELOG.md entry), counted from the released version: a pending bump and
its entry are recomputed, never stacked. The entry lists the generated Python API that
changed as it is in generated/, so run `nox -s generate` before it and again after it."""

from __future__ import annotations

import sys

from scripts.codegen.providers import ConfigError, load_providers
from scripts.spec_diff.versions import apply_bump


def main(argv: list[str]) -> int:
    try:
        providers = load_providers(argv or None)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for provider in providers:
        before = provider.version
        state = apply_bump(provider.slug)
        released = state.released_version or "never"
        if state.current_version != before:
            print(
                f"{provider.slug}: {before} -> {state.current_version} "
                f"({state.bump} since {released}, the released version)"
            )
        else:
            print(f"{provider.slug}: {before}, as the {len(state.changes)} changes call for")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
