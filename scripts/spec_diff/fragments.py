"""Changelog fragments: what a change of the generation pipeline means for users of every
package it reaches, written once under scripts/changes/ instead of in each CHANGELOG.md.

`scripts/changes/<short-name>.<kind>.md`, kind one of breaking, added, changed, fixed (as
towncrier names them). A fragment is pending for a package while the commit that brought it
is no ancestor of the package's release commit: a release applies it, nobody deletes it. A
fragment written after its change was committed names that change on its first line,
`<!-- pipeline commit: <sha> -->`, so packages released after the change do not take it; a
change that shows only in some packages names them, `<!-- packages: woodwide, sieve -->`.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scripts.paths import REPO_ROOT
from scripts.spec_diff.model import Bump

FRAGMENTS_DIR = Path("scripts") / "changes"
KINDS = ("breaking", "added", "changed", "fixed")
KIND_BUMPS = {
    "breaking": Bump.MAJOR,
    "added": Bump.MINOR,
    "changed": Bump.PATCH,
    "fixed": Bump.PATCH,
}
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.(breaking|added|changed|fixed)\.md$")
_HEADER = re.compile(r"^<!--\s*(pipeline commit|packages):\s*(.*?)\s*-->\s*$")
_COMMIT = re.compile(r"^[0-9a-fA-F]{7,40}$")
_NOT_FRAGMENTS = {"README.md"}


class FragmentError(Exception):
    """A file under scripts/changes/ that is no fragment (its name or its text)."""


@dataclass(frozen=True)
class Fragment:
    name: str  # the file name, e.g. json-any-answer.fixed.md
    kind: str
    text: str  # Markdown, the header comments left out
    origin: str | None  # the commit of the pipeline change it describes, when written later
    packages: frozenset[str] | None = None  # the slugs it is for (None: every package)

    @property
    def path(self) -> str:
        return (FRAGMENTS_DIR / self.name).as_posix()

    @property
    def bump(self) -> Bump:
        return KIND_BUMPS[self.kind]


def read_fragments(repo: Path = REPO_ROOT) -> list[Fragment]:
    """Every fragment in the working tree, by name; FragmentError for a misnamed file."""
    folder = repo / FRAGMENTS_DIR
    found = []
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.name in _NOT_FRAGMENTS or not path.is_file():
            continue
        match = _NAME.match(path.name)
        if match is None:
            raise FragmentError(
                f"{FRAGMENTS_DIR / path.name}: a fragment is named <short-name>.<kind>.md, "
                f"kind one of {', '.join(KINDS)}"
            )
        found.append(_parse(path.name, match.group(1), path.read_text(encoding="utf-8")))
    return found


def pending_fragments(slug: str, release_commit: str, repo: Path = REPO_ROOT) -> list[Fragment]:
    """The fragments for package `slug` that its release at `release_commit` did not include."""
    return [
        f
        for f in read_fragments(repo)
        if (f.packages is None or slug in f.packages) and not _included(f, release_commit, repo)
    ]


def _parse(name: str, kind: str, text: str) -> Fragment:
    lines = text.strip().splitlines()
    header: dict[str, str] = {}
    while lines and (match := _HEADER.match(lines[0])):
        header[match.group(1)] = match.group(2)
        lines = lines[1:]
    where = FRAGMENTS_DIR / name
    body = "\n".join(lines).strip()
    if not body:
        raise FragmentError(f"{where}: says nothing")
    origin = header.get("pipeline commit")
    if origin is not None and not _COMMIT.match(origin):
        raise FragmentError(f"{where}: `pipeline commit` is no commit id: {origin!r}")
    packages = header.get("packages")
    slugs = frozenset(p.strip() for p in packages.split(",") if p.strip()) if packages else None
    return Fragment(name, kind, body, origin, slugs)


def _included(fragment: Fragment, release_commit: str, repo: Path) -> bool:
    """The fragment's change is in the release: its origin (else the commit that added the
    file) is an ancestor of the release commit. A fragment not committed yet is pending."""
    origin = fragment.origin or _adding_commit(fragment.path, repo)
    if origin is None:
        return False
    ancestor = ["git", "merge-base", "--is-ancestor", origin, release_commit]
    return subprocess.run(ancestor, cwd=repo, capture_output=True, check=False).returncode == 0


def _adding_commit(path: str, repo: Path) -> str | None:
    """The first commit that added `path` (None: not committed)."""
    log = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", path],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    commits = log.stdout.split() if log.returncode == 0 else []
    return commits[-1] if commits else None
