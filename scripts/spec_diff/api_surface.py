"""The generated Python API that appeared, changed or disappeared between two package trees.

griffe reads both trees statically; its breaking-change finder covers removals, moved and
re-kinded parameters and the like. It does not compare annotations: the spec rules do that.
Private names (any part starting with `_`, dunders included) are not part of the API.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import griffe

from scripts.paths import REPO_ROOT
from scripts.spec_diff.model import Change
from scripts.spec_diff.rules import RULES

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class SurfaceChanges:
    appeared: list[str] = field(default_factory=list)
    disappeared: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.appeared or self.disappeared or self.changed)

    def as_changes(self) -> list[Change]:
        """What disappeared or changed, as breaking changes; what appeared calls for no bump
        here (the spec rules already count an added operation or field)."""
        rules = [("python-api-removed", p, "gone") for p in self.disappeared]
        rules += [("python-api-changed", *_split(line)) for line in self.changed]
        return [Change(rule, RULES[rule].level, where, what) for rule, where, what in rules]


def surface_changes(old_root: Path | None, new_root: Path, package: str) -> SurfaceChanges:
    """Compare `package` found under old_root (None: it did not exist) and under new_root."""
    new = griffe.load(
        package, search_paths=[new_root], resolve_aliases=True, resolve_external=False
    )
    new_paths = set(_public(new))
    if old_root is None:
        return SurfaceChanges(appeared=sorted(new_paths))
    old = griffe.load(
        package, search_paths=[old_root], resolve_aliases=True, resolve_external=False
    )
    old_paths = set(_public(old))
    removed = old_paths - new_paths
    changed = sorted(
        {
            _explain(b)
            for b in griffe.find_breaking_changes(old, new)
            if b.obj.path not in removed and _is_public(b.obj.path)
        }
    )
    return SurfaceChanges(sorted(new_paths - old_paths), sorted(removed), changed)


def _split(line: str) -> tuple[str, str]:
    where, _, what = line.partition(": ")
    return where, what or "changed"


def package_at(ref: str, slug: str, into: Path, repo: Path = REPO_ROOT) -> Path | None:
    """generated/<slug> as it was at `ref`, extracted under `into`; None if it did not exist."""
    result = subprocess.run(
        ["git", "archive", "--format=tar", ref, f"generated/{slug}"],
        cwd=repo,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        return None
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(into, filter="data")
    return into / "generated" / slug


def _explain(breakage: griffe.Breakage) -> str:
    """`package.module.function(param): what happened`, without griffe's file:line prefix."""
    text = _ANSI.sub("", breakage.explain(style=griffe.ExplanationStyle.ONE_LINE))
    text = text.split(": ", 1)[-1]  # griffe names the object relative to its module
    relative = re.split(r"[(:]", text, maxsplit=1)[0]
    path = breakage.obj.path
    return path + text[len(relative) :] if path.endswith(relative) else f"{path}: {text}"


def _is_public(path: str) -> bool:
    return not any(part.startswith("_") for part in path.split("."))


def _public(obj: griffe.Object | griffe.Alias) -> Iterator[str]:
    """Public objects of the package, under the paths users import them by: an import (an
    alias) is counted where it is defined, unless the module re-exports it in `__all__`
    (`errors.NotFoundError`, defined once in the private `_runtime.errors`)."""
    if obj.is_class:  # inherited members are aliases, but they are the class's API too
        yield from (f"{obj.path}.{n}" for n in obj.all_members if not n.startswith("_"))
        return
    exported = set(obj.exports or ()) if obj.is_module else set()
    for name, member in obj.members.items():
        if name.startswith("_") or (member.is_alias and name not in exported):
            continue
        yield f"{obj.path}.{name}"
        if member.is_module or member.is_class:
            yield from _public(member)
