"""Package versions follow the spec changes: what bump the changes since the last release
call for, applying it (config.yaml and CHANGELOG.md), and checking it was applied.

Released means committed: a version is released by the commit that sets it in
specs/<slug>/config.yaml, and its package is generated/<slug> as first committed with that
version in its pyproject.toml. A version set only in the working tree is pending, not
released, so `bump` may recompute it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import SurfaceChanges, package_at, surface_changes
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import Bump, Change, Level, bump_for
from scripts.spec_diff.rules import RULES
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import load_spec, spec_of

_VERSION_LINE = re.compile(r"^version:\s*(\S+)\s*$", re.MULTILINE)
_IMPORT_LINE = re.compile(r"^import_package:\s*(\S+)\s*$", re.MULTILINE)
_GENERATED_LINE = re.compile(r"^- ((Breaking|Check|Changed): [a-z0-9-]+ at `|Python API added: )")
_LISTED_API = 30  # names of added Python API listed in a CHANGELOG entry; more are counted


@dataclass(frozen=True)
class Release:
    version: str
    commit: str  # the commit that set the version in config.yaml


@dataclass(frozen=True)
class Pending:
    """The changes since the last release and what they call for."""

    slug: str
    release: Release | None
    current_version: str
    changes: list[Change]
    surface: SurfaceChanges = field(default_factory=SurfaceChanges)

    @property
    def released_version(self) -> str | None:
        return self.release.version if self.release else None

    @property
    def release_commit(self) -> str | None:
        return self.release.commit if self.release else None

    @property
    def bump(self) -> Bump:
        return bump_for(self.changes, RULES)

    @property
    def required_version(self) -> str | None:
        """The released version bumped as the changes call for (None before any release)."""
        if self.release is None:
            return None
        return bumped(self.release.version, self.bump)

    @property
    def satisfied(self) -> bool:
        required = self.required_version
        return required is None or version_key(self.current_version) >= version_key(required)

    @property
    def unreleased(self) -> bool:
        """The working tree carries a version no commit has set yet."""
        return self.release is not None and self.current_version != self.release.version


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


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def releases(slug: str, repo: Path = REPO_ROOT) -> list[Release]:
    """Every released version of the package, newest first."""
    config = f"specs/{slug}/config.yaml"
    found: list[Release] = []
    if not _has_commits(repo):
        return found
    for commit in _git(repo, "log", "--format=%H", "-G", "^version:", "--", config).split():
        version = _version_of(_git(repo, "show", f"{commit}:{config}"))
        if found and found[-1].version == version:
            found[-1] = Release(version, commit)  # an older commit set the same version first
        else:
            found.append(Release(version, commit))
    return found


def package_commit(slug: str, version: str, repo: Path = REPO_ROOT) -> str | None:
    """The first commit whose generated/<slug>/pyproject.toml carries `version`."""
    log = _git(
        repo,
        "log",
        "--reverse",
        "--format=%H",
        "-S",
        f'version = "{version}"',
        "--",
        f"generated/{slug}/pyproject.toml",
    ).split()
    return log[0] if log else None


def spec_at(commit: str, slug: str, repo: Path = REPO_ROOT) -> SpecDocument:
    """The spec as committed, refs checked (SpecError otherwise)."""
    where = f"specs/{slug}/openapi.yaml"
    return spec_of(_yaml(_git(repo, "show", f"{commit}:{where}")), Path(f"{commit[:12]}:{where}"))


def pending(slug: str, repo: Path = REPO_ROOT) -> Pending:
    """The spec changes since the last release, and what the generated Python API lost."""
    specs = repo / "specs" / slug
    current = _version_of((specs / "config.yaml").read_text(encoding="utf-8"))
    history = releases(slug, repo)
    if not history:
        return Pending(slug, None, current, [])
    release = history[0]
    old = spec_at(release.commit, slug, repo)
    new = load_spec(specs / "openapi.yaml")
    surface = released_surface(slug, release.version, repo)
    return Pending(slug, release, current, diff_specs(old, new) + surface.as_changes(), surface)


def released_surface(slug: str, version: str, repo: Path = REPO_ROOT) -> SurfaceChanges:
    """generated/<slug> as released with `version` against the working tree's (when both exist)."""
    commit = package_commit(slug, version, repo)
    config = (repo / "specs" / slug / "config.yaml").read_text(encoding="utf-8")
    import_match = _IMPORT_LINE.search(config)
    current = repo / "generated" / slug
    if commit is None or import_match is None or not current.is_dir():
        return SurfaceChanges()
    with tempfile.TemporaryDirectory(prefix=f"released-{slug}-") as tmp:
        old_root = package_at(commit, slug, Path(tmp), repo)
        if old_root is None:
            return SurfaceChanges()
        return surface_changes(old_root, current, import_match.group(1))


def apply_bump(slug: str, repo: Path = REPO_ROOT) -> Pending:
    """Write the version the changes since the release call for into config.yaml, and their
    CHANGELOG.md entry. A pending (unreleased) version and its entry are recomputed from the
    released version and replaced, never stacked."""
    state = pending(slug, repo)
    if state.release is None or (state.satisfied and not state.unreleased):
        return state
    target = state.required_version or state.release.version
    config = repo / "specs" / slug / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(_VERSION_LINE.sub(f"version: {target}", text, count=1), encoding="utf-8")
    changelog = repo / "specs" / slug / "CHANGELOG.md"
    old_log = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    head, entries = _split_changelog(old_log)
    notes: list[str] = []
    if state.unreleased and entries and entries[0].startswith(f"## {state.current_version}\n"):
        notes = _written_by_hand(entries[0])  # the stale entry goes, what a person wrote stays
        entries = entries[1:]
    if target != state.release.version:
        entries = [entry(target, state, notes), *entries]
    changelog.write_text("\n".join([head.rstrip() + "\n", *entries]), encoding="utf-8")
    return pending(slug, repo)


def entry(version: str, state: Pending, notes: list[str] | None = None) -> str:
    """A CHANGELOG.md entry: notes written by hand, the changes by level, the API gained."""
    lines = [f"## {version}", "", *(notes or [])]
    titles = {Level.BREAKING: "Breaking", Level.WARNING: "Check", Level.INFO: "Changed"}
    for level in (Level.BREAKING, Level.WARNING, Level.INFO):
        for change in (c for c in state.changes if c.level is level):
            lines.append(
                f"- {titles[level]}: {change.rule} at `{change.location}`: {change.message}"
            )
    added = state.surface.appeared
    if added:
        listed = ", ".join(f"`{name}`" for name in added[:_LISTED_API])
        more = f" and {len(added) - _LISTED_API} more" if len(added) > _LISTED_API else ""
        lines.append(f"- Python API added: {listed}{more}")
    return "\n".join(lines) + "\n"


def _written_by_hand(stale_entry: str) -> list[str]:
    """The lines of an entry that `entry` did not write."""
    body = stale_entry.splitlines()[1:]
    return [line for line in body if line.strip() and not _GENERATED_LINE.match(line)]


def _split_changelog(text: str) -> tuple[str, list[str]]:
    """The text before the first `## ` heading, and each entry from its heading on."""
    parts = re.split(r"^(?=## )", text, flags=re.MULTILINE)
    head = parts[0] if not parts[0].startswith("## ") else ""
    entries = [p.rstrip("\n") + "\n" for p in parts if p.startswith("## ")]
    return head, entries


def _version_of(config_text: str) -> str:
    match = _VERSION_LINE.search(config_text)
    if match is None:
        raise ValueError("config.yaml has no `version:` line")
    return match.group(1)


def _yaml(text: str) -> dict[str, Any]:
    document = yaml.safe_load(text)
    return document if isinstance(document, dict) else {}


def _has_commits(repo: Path) -> bool:
    """False in a repository with no commit yet, where `git log` fails."""
    head = ["git", "rev-parse", "-q", "--verify", "HEAD"]
    return subprocess.run(head, cwd=repo, capture_output=True, check=False).returncode == 0


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout
