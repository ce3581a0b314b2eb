"""`nox -s spec_diff -- [BASE_REF]` or `nox -s spec_diff -- OLD.yaml NEW.yaml [--format json]`.

With a git ref (default: the merge base with main, else origin/main), every
specs/<slug>/openapi.yaml and generated/<slug> is compared with the working tree and a
Markdown report is printed per changed provider (`--format json`: one object keyed by slug).
With two files, they are compared; `--format json` prints exactly one JSON object.
Exit status 2 means the comparison could not be made (the message says why).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from scripts.codegen.providers import ConfigError
from scripts.spec_diff.against_ref import BaseRefError, reports_against, resolve_base
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import report_json
from scripts.spec_diff.report import fit, markdown
from scripts.spec_diff.rules import RULES
from scripts.spec_model.errors import SpecError
from scripts.spec_model.reading import load_spec


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s spec_diff --", description=__doc__)
    parser.add_argument("targets", nargs="*", help="[BASE_REF] or OLD.yaml NEW.yaml")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--max-chars", type=int, help="cut the Markdown to this size (a PR comment's limit)"
    )
    args = parser.parse_args(argv)
    if len(args.targets) > 2:
        parser.error("give a git ref, or two spec files")
    if len(args.targets) == 1 and _looks_like_a_file(args.targets[0]):
        parser.error(f"{args.targets[0]} is a file: give OLD.yaml NEW.yaml, or a git ref")
    try:
        if len(args.targets) == 2:
            text = _compare_files(Path(args.targets[0]), Path(args.targets[1]), args.format)
        else:
            text = _compare_with_ref(args.targets[0] if args.targets else None, args.format)
    except (BaseRefError, SpecError, ConfigError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(fit(text, args.max_chars) if args.max_chars and args.format == "markdown" else text)
    return 0


def _compare_files(old_path: Path, new_path: Path, output: str) -> str:
    changes = diff_specs(load_spec(old_path), load_spec(new_path))
    if output == "json":
        return json.dumps(report_json(changes, RULES), indent=2)
    return markdown(str(new_path), changes)


def _compare_with_ref(ref: str | None, output: str) -> str:
    base = resolve_base(ref)
    print(f"spec_diff: comparing with {base.label} ({base.commit[:12]})", file=sys.stderr)
    reports = reports_against(base)
    if output == "json":
        return json.dumps({r.slug: r.as_json() for r in reports}, indent=2)
    header = f"Spec changes against {base.label} (`{base.commit[:12]}`)."
    if not reports:
        return f"No spec or generated API changed since {base.label} (`{base.commit[:12]}`)."
    return "\n\n".join([header, *(markdown(r.slug, r.changes, r.surface) for r in reports)])


def _looks_like_a_file(target: str) -> bool:
    """A lone spec file is a mistake (two are needed), not a git ref to resolve."""
    return Path(target).is_file() or target.endswith((".yaml", ".yml", ".json"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
