"""`nox -s affected -- [BASE_REF] [--json | --matrix N]`: the providers a change touches.

A provider is touched by a change to its own folders (specs/<slug>/, generated/<slug>/);
every provider is, by a change to what all of them are made or tested with (the pipeline,
its templates and run-time under scripts/, the pinned requirements, the noxfile, the tests,
the tools). Anything else (documentation, workflows) touches none: the shared tests cover it.
The change is the working tree (commits, edits and new files) against BASE_REF, by default
the merge base with main (else origin/main), as `nox -s spec_diff` takes it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scripts.ci_matrix import matrix
from scripts.codegen.providers import provider_slugs
from scripts.paths import REPO_ROOT
from scripts.spec_diff.against_ref import BaseRefError, resolve_base

# What every provider is made or tested with: a change here tests them all.
SHARED_INPUTS = ("scripts/", "requirements/", "tests/", "tools/", "noxfile.py", "pyproject.toml")
# Under those, what changes no package and no test's outcome.
NOT_INPUTS = ("scripts/bench/RESULTS.md", "scripts/changes/")
_PROVIDER_FOLDERS = ("specs", "generated")
_LISTED_CAUSES = 5  # paths named as why everything is tested; the rest are counted


@dataclass(frozen=True)
class Affected:
    providers: list[str]
    everything: bool = False
    because: list[str] = field(default_factory=list)  # the shared inputs that changed

    def as_json(self) -> dict[str, object]:
        return {
            "providers": self.providers,
            "everything": self.everything,
            "because": self.because[:_LISTED_CAUSES],
            "because_more": max(0, len(self.because) - _LISTED_CAUSES),
        }


def affected(changed: Iterable[str], slugs: list[str]) -> Affected:
    """The providers among `slugs` that the changed paths (repository-relative) touch."""
    touched: set[str] = set()
    shared: list[str] = []
    for path in sorted(set(changed)):
        parts = path.split("/")
        if parts[0] in _PROVIDER_FOLDERS and len(parts) > 2:
            if parts[1] in slugs:  # a provider removed has nothing left to test
                touched.add(parts[1])
        elif path.startswith(SHARED_INPUTS) and not path.startswith(NOT_INPUTS):
            shared.append(path)
    if shared:
        return Affected(list(slugs), everything=True, because=shared)
    return Affected([slug for slug in slugs if slug in touched])


def changed_paths(base_commit: str, repo: Path = REPO_ROOT) -> list[str]:
    """Paths that differ between the commit and the working tree, untracked files included."""
    diffed = _git(repo, "diff", "--name-only", "--no-renames", base_commit)
    untracked = _git(repo, "ls-files", "--others", "--exclude-standard")
    return sorted(set(diffed.splitlines()) | set(untracked.splitlines()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s affected --", description=__doc__)
    parser.add_argument("base", nargs="?", help="git ref (default: the merge base with main)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object, and why")
    output.add_argument(
        "--matrix", type=int, metavar="N", help="a GitHub Actions matrix, N providers a job"
    )
    parser.add_argument("--all", action="store_true", help="every provider, whatever changed")
    args = parser.parse_args(argv)
    if args.matrix is not None and args.matrix < 1:
        parser.error("--matrix N: N must be 1 or more")
    slugs = provider_slugs(REPO_ROOT / "specs")
    if args.all:
        result = Affected(slugs, everything=True, because=["--all"])
    else:
        try:
            base = resolve_base(args.base)
        except BaseRefError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"affected: comparing with {base.label} ({base.commit[:12]})", file=sys.stderr)
        result = affected(changed_paths(base.commit), slugs)
    if args.matrix is not None:
        print(json.dumps(matrix(result.providers, args.matrix)))
    elif args.json:
        print(json.dumps(result.as_json(), indent=2))
    else:
        print("\n".join(result.providers))
    return 0


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
