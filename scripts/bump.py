"""`nox -s bump -- SLUG ...`: set the version the changes since the last release call for
(config.yaml and a CHANGELOG.md entry), counted from the released version: a pending bump and
its entry are recomputed, never stacked, and lines written by hand in it stay.

The spec's changes are judged on packages today's pipeline builds from the released and the
current spec (scratch directories; generated/ is not read). Generated code the pipeline
changed since the release takes the pending fragments under scripts/changes/; without one,
bump says so and exits 1. Run `nox -s generate` after it (the package carries the entry).
"""

from __future__ import annotations

import sys

from scripts.codegen.providers import ConfigError, load_providers
from scripts.spec_diff.fragments import FragmentError
from scripts.spec_diff.versions import Pending, apply_bump

_SHOWN_FILES = 5


def main(argv: list[str]) -> int:
    try:
        providers = load_providers(argv or None)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    status = 0
    for provider in providers:
        before = provider.version
        try:
            state = apply_bump(provider.slug)
        except FragmentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        released = state.released_version or "never"
        if state.current_version != before:
            print(
                f"{provider.slug}: {before} -> {state.current_version} "
                f"({state.bump} since {released}, the released version)"
            )
        else:
            print(f"{provider.slug}: {before}, as the changes since {released} call for")
        for line in report(state):
            print(f"  {line}")
        if state.pipeline.fragment_missing:
            status = 1
    return status


def report(state: Pending) -> list[str]:
    """What bump wants its user to know beyond the version: the fallback, and the pipeline's
    changes with the fragments applied to them or the fragment they lack."""
    lines = []
    if state.fallback:
        lines.append(
            f"the spec's changes are judged on the committed packages (spec and pipeline "
            f"changes mixed), as before: {state.fallback}"
        )
    files = state.pipeline.files
    if not files:
        return lines
    shown = ", ".join(files[:_SHOWN_FILES]) + (" ..." if len(files) > _SHOWN_FILES else "")
    changed = f"the pipeline changed {len(files)} generated files since {state.released_version}"
    if state.pipeline.fragment_missing:
        lines.append(
            f"error: {changed} ({shown}) and no fragment under scripts/changes/ says what "
            "that means for users: write one (scripts/changes/README.md), then run bump again"
        )
    else:
        names = ", ".join(f.name for f in state.pipeline.fragments)
        lines.append(f"{changed}: fragments applied: {names}")
    lost = state.pipeline.surface.disappeared + state.pipeline.surface.changed
    said = any(f.kind == "breaking" for f in state.pipeline.fragments)
    if lost:
        shown_lost = ", ".join(lost[:_SHOWN_FILES]) + (" ..." if len(lost) > _SHOWN_FILES else "")
        advice = "" if said else ", and no breaking fragment says so: write one"
        lines.append(
            f"the pipeline removed or changed public names ({shown_lost}): a major bump{advice}"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
