"""Package versions follow the spec changes: what bump a change calls for since the last
release, applying it (config.yaml and CHANGELOG.md), and checking it was applied.

A package's releases are the commits that changed the `version:` line of its config.yaml.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import REPO_ROOT
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import Bump, Change, Level, bump_for
from scripts.spec_diff.rules import RULES

_VERSION_LINE = re.compile(r"^version:\s*(\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Pending:
    """The spec changes since the last release and what they call for."""

    slug: str
    release_commit: str | None
    released_version: str | None
    current_version: str
    changes: list[Change]

    @property
    def bump(self) -> Bump:
        return bump_for(self.changes, RULES)

    @property
    def required_version(self) -> str | None:
        if self.released_version is None or self.bump is Bump.NONE:
            return None
        return bumped(self.released_version, self.bump)

    @property
    def satisfied(self) -> bool:
        required = self.required_version
        return required is None or _key(self.current_version) >= _key(required)


def bumped(version: str, bump: Bump) -> str:
    """The next version; while 0.x a breaking change moves the minor number, as semver allows."""
    major, minor, patch = (int(p) for p in version.split("."))
    if bump is Bump.MAJOR and major == 0:
        bump = Bump.MINOR
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    if bump is Bump.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def pending(slug: str, repo: Path = REPO_ROOT) -> Pending:
    config = repo / "specs" / slug / "config.yaml"
    current = _version_of(config.read_text(encoding="utf-8"))
    commits = _git(repo, "log", "--format=%H", "-G", "^version:", "--", f"specs/{slug}/config.yaml")
    release = commits.split()[0] if commits.strip() else None
    if release is None:
        return Pending(slug, None, None, current, [])
    released = _version_of(_git(repo, "show", f"{release}:specs/{slug}/config.yaml"))
    old = _yaml(_git(repo, "show", f"{release}:specs/{slug}/openapi.yaml"))
    new = _yaml((repo / "specs" / slug / "openapi.yaml").read_text(encoding="utf-8"))
    return Pending(slug, release, released, current, diff_specs(old, new))


def apply_bump(slug: str, repo: Path = REPO_ROOT) -> Pending:
    """Write the version the changes call for into config.yaml and an entry into CHANGELOG.md."""
    state = pending(slug, repo)
    target = state.required_version
    if target is None or state.satisfied:
        return state
    config = repo / "specs" / slug / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(_VERSION_LINE.sub(f"version: {target}", text, count=1), encoding="utf-8")
    changelog = repo / "specs" / slug / "CHANGELOG.md"
    old_log = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    head, _, rest = old_log.partition("\n## ")
    entry = _entry(target, state)
    changelog.write_text(
        f"{head.rstrip()}\n\n{entry}\n" + (f"## {rest}" if rest else ""), encoding="utf-8"
    )
    return pending(slug, repo)


def _entry(version: str, state: Pending) -> str:
    lines = [f"## {version}", ""]
    titles = {Level.BREAKING: "Breaking", Level.WARNING: "Check", Level.INFO: "Changed"}
    for level in (Level.BREAKING, Level.WARNING, Level.INFO):
        for change in (c for c in state.changes if c.level is level):
            lines.append(
                f"- {titles[level]}: {change.rule} at `{change.location}`: {change.message}"
            )
    return "\n".join(lines) + "\n"


def _version_of(config_text: str) -> str:
    match = _VERSION_LINE.search(config_text)
    if match is None:
        raise ValueError("config.yaml has no `version:` line")
    return match.group(1)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def _yaml(text: str) -> dict[str, Any]:
    document = yaml.safe_load(text)
    return document if isinstance(document, dict) else {}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout
