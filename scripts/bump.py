"""`nox -s bump -- SLUG ...`: apply the version bump the spec changes since the last release
call for (config.yaml and a CHANGELOG.md entry); then run `nox -s generate`."""

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
        if state.current_version != before:
            print(f"{provider.slug}: {before} -> {state.current_version} ({state.bump})")
        else:
            print(f"{provider.slug}: {before}, nothing to bump ({len(state.changes)} changes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
