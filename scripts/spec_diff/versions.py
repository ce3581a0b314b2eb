"""Package versions follow the changes since the last release: what bump the spec's changes
and the pipeline's call for, applying it (config.yaml and a CHANGELOG.md entry), and
checking it was applied.

Released means committed: a version is released by the commit that sets it in
specs/<slug>/config.yaml, and its package is generated/<slug> as first committed with that
version in its pyproject.toml. A version set only in the working tree is pending, not
released, so `bump` may recompute it. What the spec changed and what the pipeline changed
are told apart by building both specs with today's pipeline (attribution.py); a pipeline
change reaches the CHANGELOG through its fragment (fragments.py).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import SurfaceChanges
from scripts.spec_diff.attribution import attribute
from scripts.spec_diff.changelog import EntryInput, written_by_hand
from scripts.spec_diff.changelog import entry as changelog_entry
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.fragments import Fragment, pending_fragments
from scripts.spec_diff.model import Bump, Change, bump_for
from scripts.spec_diff.rules import RULES
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import load_spec, spec_of

_VERSION_LINE = re.compile(r"^version:\s*(\S+)\s*$", re.MULTILINE)
_IMPORT_LINE = re.compile(r"^import_package:\s*(\S+)\s*$", re.MULTILINE)
_ORDER = [Bump.NONE, Bump.PATCH, Bump.MINOR, Bump.MAJOR]


@dataclass(frozen=True)
class Release:
    version: str
    commit: str  # the commit that set the version in config.yaml


@dataclass(frozen=True)
class PipelineChange:
    """What today's pipeline changed in the released package's code, and the fragments
    (pending for this package) that say what it means for users."""

    files: list[str] = field(default_factory=list)
    surface: SurfaceChanges = field(default_factory=SurfaceChanges)
    fragments: list[Fragment] = field(default_factory=list)

    @property
    def bump(self) -> Bump:
        """At least a patch for changed code; what the fragments say; major where public
        names disappeared or changed."""
        if not self.files:
            return Bump.NONE
        bumps = [Bump.PATCH, *(f.bump for f in self.fragments)]
        if self.surface.disappeared or self.surface.changed:
            bumps.append(Bump.MAJOR)
        return max(bumps, key=_ORDER.index)

    @property
    def fragment_missing(self) -> bool:
        return bool(self.files) and not self.fragments


@dataclass(frozen=True)
class Pending:
    """The changes since the last release and what they call for."""

    slug: str
    release: Release | None
    current_version: str
    changes: list[Change]  # the spec's, the Python API it changed included
    surface: SurfaceChanges = field(default_factory=SurfaceChanges)
    pipeline: PipelineChange = field(default_factory=PipelineChange)
    fallback: str | None = None  # why the spec's changes were judged on committed packages
    specs: tuple[SpecDocument, SpecDocument] | None = None  # released and current
    import_package: str = ""

    @property
    def released_version(self) -> str | None:
        return self.release.version if self.release else None

    @property
    def release_commit(self) -> str | None:
        return self.release.commit if self.release else None

    @property
    def bump(self) -> Bump:
        """The largest of the spec's rules, the pipeline's change and, where both packages
        were built today, a minor one for public names the spec added that no rule names
        (a vendor extension giving a package a new function, say)."""
        bumps = [bump_for(self.changes, RULES), self.pipeline.bump]
        if self.surface.appeared and self.fallback is None:
            bumps.append(Bump.MINOR)
        return max(bumps, key=_ORDER.index)

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

    def entry_input(self) -> EntryInput:
        return EntryInput(
            self.changes,
            self.surface,
            self.pipeline.fragments,
            self.specs,
            self.import_package,
            built=self.fallback is None,
        )


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
    """The spec's changes since the last release (judged on today's pipeline), and the
    pipeline's with their pending fragments."""
    specs = repo / "specs" / slug
    config = (specs / "config.yaml").read_text(encoding="utf-8")
    current = _version_of(config)
    import_match = _IMPORT_LINE.search(config)
    import_package = import_match.group(1) if import_match else ""
    history = releases(slug, repo)
    if not history:
        return Pending(slug, None, current, [], import_package=import_package)
    release = history[0]
    old = spec_at(release.commit, slug, repo)
    new = load_spec(specs / "openapi.yaml")
    found = attribute(slug, release.commit, package_commit(slug, release.version, repo), repo)
    fragments = pending_fragments(slug, release.commit, repo) if found.pipeline_files else []
    return Pending(
        slug,
        release,
        current,
        diff_specs(old, new) + found.spec_surface.as_changes(),
        found.spec_surface,
        PipelineChange(found.pipeline_files, found.pipeline_surface, fragments),
        found.fallback,
        (old, new),
        import_package,
    )


def apply_bump(slug: str, repo: Path = REPO_ROOT) -> Pending:
    """Write the version the changes since the release call for into config.yaml, and their
    CHANGELOG.md entry. A pending (unreleased) version and its entry are recomputed from the
    released version and replaced, never stacked; what a person wrote in it stays."""
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
    kept: dict[str, list[str]] = {}
    if state.unreleased and entries and entries[0].startswith(f"## {state.current_version}\n"):
        kept = written_by_hand(entries[0])  # the stale entry goes, what a person wrote stays
        entries = entries[1:]
    if target != state.release.version:
        entries = [changelog_entry(target, state.entry_input(), kept), *entries]
    changelog.write_text("\n".join([head.rstrip() + "\n", *entries]), encoding="utf-8")
    return dataclasses.replace(state, current_version=target)


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
