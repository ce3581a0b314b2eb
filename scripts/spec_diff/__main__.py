"""`nox -s spec_diff -- [BASE_REF]` or `nox -s spec_diff -- OLD.yaml NEW.yaml [--format json]`.

With a git ref (default: the merge base with main, else origin/main), every
specs/<slug>/openapi.yaml and generated/<slug> is compared with the working tree and a
Markdown report is printed per changed provider (`--format json`: one object keyed by slug).
With two files, they are compared; `--format json` prints exactly one JSON object.
Either way, both versions of a changed spec are generated into a scratch directory and the
generated code confirms or overrules the rules' verdict (`--rules-only` skips that). Only
the report goes to stdout; progress goes to stderr. Exit status 2 means the comparison could
not be made (the message says why).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from scripts.codegen.providers import ConfigError
from scripts.spec_diff.against_ref import BaseRefError, reports_against, resolve_base
from scripts.spec_diff.report import fit, markdown
from scripts.spec_diff.review import provider_for, review_specs
from scripts.spec_model.errors import SpecError
from scripts.spec_model.reading import load_spec


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s spec_diff --", description=__doc__)
    parser.add_argument("targets", nargs="*", help="[BASE_REF] or OLD.yaml NEW.yaml")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="judge by the rules alone, without generating both versions (seconds faster)",
    )
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
            old, new = Path(args.targets[0]), Path(args.targets[1])
            text = _compare_files(old, new, args.format, evidence=not args.rules_only)
        else:
            ref = args.targets[0] if args.targets else None
            text = _compare_with_ref(ref, args.format, evidence=not args.rules_only)
    except (BaseRefError, SpecError, ConfigError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(fit(text, args.max_chars) if args.max_chars and args.format == "markdown" else text)
    return 0


def _compare_files(old_path: Path, new_path: Path, output: str, *, evidence: bool) -> str:
    old, new = load_spec(old_path), load_spec(new_path)
    provider = provider_for(new_path) if evidence else None
    if provider is not None:
        _progress(f"generating both versions with the config of {provider.slug}")
    review = review_specs(str(new_path), provider, (old, old_path), (new, new_path))
    if output == "json":
        return json.dumps(review.as_json(), indent=2)
    return markdown(review)


def _compare_with_ref(ref: str | None, output: str, *, evidence: bool) -> str:
    base = resolve_base(ref)
    _progress(f"comparing with {base.label} ({base.commit[:12]})")
    reviews = reports_against(base, evidence=evidence)
    if output == "json":
        return json.dumps({r.title: r.as_json() for r in reviews}, indent=2)
    header = f"Spec changes against {base.label} (`{base.commit[:12]}`)."
    if not reviews:
        return f"No spec or generated API changed since {base.label} (`{base.commit[:12]}`)."
    return "\n\n".join([header, *(markdown(r) for r in reviews)])


def _progress(message: str) -> None:
    print(f"spec_diff: {message}", file=sys.stderr, flush=True)


def _looks_like_a_file(target: str) -> bool:
    """A lone spec file is a mistake (two are needed), not a git ref to resolve."""
    return Path(target).is_file() or target.endswith((".yaml", ".yml", ".json"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
