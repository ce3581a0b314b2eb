"""`nox -s spec_diff -- [BASE_REF]` or `nox -s spec_diff -- OLD.yaml NEW.yaml [--format json]`.

With a git ref (default: the merge base with main), every specs/<slug>/openapi.yaml is
compared with the working tree and a Markdown report is printed per changed provider.
With two files, they are compared; `--format json` prints exactly one JSON object.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from scripts.codegen.providers import load_provider, provider_slugs
from scripts.paths import GENERATED_DIR, REPO_ROOT, SPECS_DIR
from scripts.spec_diff.api_surface import SurfaceChanges, package_at, surface_changes
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import Change, Level, bump_for, report_json
from scripts.spec_diff.rules import RULES
from scripts.spec_lint import SpecError, load_spec


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s spec_diff --", description=__doc__)
    parser.add_argument("targets", nargs="*", help="[BASE_REF] or OLD.yaml NEW.yaml")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    try:
        if len(args.targets) == 2:
            old, new = (load_spec(Path(t)) for t in args.targets)
            changes = diff_specs(old, new)
            if args.format == "json":
                print(json.dumps(report_json(changes, RULES), indent=2))
            else:
                print(markdown(args.targets[1], changes))
            return 0
        if len(args.targets) > 2:
            parser.error("give a git ref, or two spec files")
        base = args.targets[0] if args.targets else _merge_base()
        reports = []
        for slug, changes in _against_ref(base):
            surface = _surface_against_ref(base, slug)
            if changes or surface:
                reports.append(markdown(f"{slug} (against {base})", changes, surface))
    except (SpecError, subprocess.CalledProcessError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n\n".join(reports) if reports else f"No spec changed since {base}.")
    return 0


def markdown(title: str, changes: list[Change], surface: SurfaceChanges | None = None) -> str:
    bump = bump_for(changes, RULES)
    breaking = sum(c.level is Level.BREAKING for c in changes)
    lines = [
        f"### {title}: {len(changes)} changes, {breaking} breaking, bump {bump}",
        "",
        "| level | rule | where | change |",
        "|---|---|---|---|",
    ]
    order = {Level.BREAKING: 0, Level.WARNING: 1, Level.INFO: 2}
    for change in sorted(changes, key=lambda c: (order[c.level], c.rule, c.location)):
        cells = (change.level, change.rule, change.location, change.message)
        lines.append("| " + " | ".join(_cell(str(c)) for c in cells) + " |")
    if surface:
        lines += ["", "Generated Python API (griffe):", ""]
        for label, items in (
            ("disappeared", surface.disappeared),
            ("changed", surface.changed),
            ("appeared", surface.appeared),
        ):
            lines += [f"- {label}: `{item}`" for item in items]
    return "\n".join(lines)


def _surface_against_ref(base: str, slug: str) -> SurfaceChanges:
    package = load_provider(slug).import_package
    with tempfile.TemporaryDirectory() as tmp:
        old_root = package_at(base, slug, Path(tmp))
        return surface_changes(old_root, GENERATED_DIR / slug, package)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _merge_base() -> str:
    for command in (["git", "merge-base", "HEAD", "main"], ["git", "rev-parse", "HEAD"]):
        result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.strip()
    raise subprocess.CalledProcessError(1, "git merge-base HEAD main")


def _against_ref(base: str) -> list[tuple[str, list[Change]]]:
    results = []
    for slug in provider_slugs(SPECS_DIR):
        old = _spec_at(base, slug) or {}
        new = load_spec(SPECS_DIR / slug / "openapi.yaml")
        results.append((slug, diff_specs(old, new)))
    return results


def _spec_at(ref: str, slug: str) -> dict[str, Any] | None:
    result = subprocess.run(
        ["git", "show", f"{ref}:specs/{slug}/openapi.yaml"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return None  # the provider is new since `ref`
    document = yaml.safe_load(result.stdout)
    return document if isinstance(document, dict) else None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
