"""Every provider's spec and generated package at a git ref, against the working tree."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.codegen.providers import load_provider, provider_slugs
from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import SurfaceChanges, package_at, surface_changes
from scripts.spec_diff.differ import diff_specs
from scripts.spec_diff.model import Bump, Change, Level, bump_for
from scripts.spec_diff.rules import RULES
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import load_spec, spec_of, spec_of_text

# Tried in turn when no ref is given: a CI checkout often has only the remote's branch.
DEFAULT_BRANCHES = ("main", "origin/main")


class BaseRefError(Exception):
    """The ref to compare against does not name a commit, or no default one exists."""


@dataclass(frozen=True)
class Base:
    label: str  # what the reader is told: the ref given, or "merge base with main"
    commit: str


@dataclass
class ProviderReport:
    slug: str
    changes: list[Change]  # the spec's, then what the Python API lost (python-api-*)
    surface: SurfaceChanges = field(default_factory=SurfaceChanges)

    @property
    def bump(self) -> Bump:
        return bump_for(self.changes, RULES)

    @property
    def breaking(self) -> bool:
        return any(c.level is Level.BREAKING for c in self.changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "changes": [c.as_json() for c in self.changes],
            "breaking": self.breaking,
            "bump": str(self.bump),
            "python_api": {
                "disappeared": self.surface.disappeared,
                "changed": self.surface.changed,
                "appeared": self.surface.appeared,
            },
        }


def resolve_base(ref: str | None, repo: Path = REPO_ROOT) -> Base:
    """The commit `ref` names, or the merge base of HEAD with main (else origin/main)."""
    if ref is not None:
        commit = _commit(ref, repo)
        if commit is None:
            raise BaseRefError(f"{ref!r} does not name a commit of this repository")
        return Base(ref, commit)
    for branch in DEFAULT_BRANCHES:
        if _commit(branch, repo) is None:
            continue
        merge_base = _run(repo, "merge-base", "HEAD", branch)
        if merge_base.returncode == 0:
            return Base(f"merge base with {branch}", merge_base.stdout.strip())
    tried = " nor ".join(DEFAULT_BRANCHES)
    raise BaseRefError(f"neither {tried} exists to take the merge base with: give BASE_REF")


def reports_against(base: Base, repo: Path = REPO_ROOT) -> list[ProviderReport]:
    """One report per provider whose spec or generated API differs from `base`."""
    then, now = _slugs_at(base.commit, repo), set(provider_slugs(repo / "specs"))
    reports = []
    for slug in sorted(then | now):
        if slug not in now:
            report = ProviderReport(slug, [_provider_change("provider-removed", slug)])
        elif slug not in then:
            surface = _surface(base.commit, slug, repo)
            report = ProviderReport(slug, [_provider_change("provider-added", slug)], surface)
        else:
            old = _spec_at(base.commit, slug, repo)
            changes = diff_specs(old, load_spec(repo / "specs" / slug / "openapi.yaml"))
            surface = _surface(base.commit, slug, repo)
            report = ProviderReport(slug, changes + surface.as_changes(), surface)
        if report.changes or report.surface:
            reports.append(report)
    return reports


def _provider_change(rule: str, slug: str) -> Change:
    where = f"specs/{slug}/openapi.yaml"
    message = "provider removed" if rule == "provider-removed" else "new provider"
    return Change(rule, RULES[rule].level, where, message)


def _surface(base: str, slug: str, repo: Path) -> SurfaceChanges:
    current = repo / "generated" / slug
    if not current.is_dir():
        return SurfaceChanges()
    package = load_provider(slug, repo / "specs").import_package
    with tempfile.TemporaryDirectory(prefix=f"spec-diff-{slug}-") as tmp:
        return surface_changes(package_at(base, slug, Path(tmp), repo), current, package)


def _slugs_at(commit: str, repo: Path) -> set[str]:
    listing = _run(repo, "ls-tree", "-r", "--name-only", commit, "--", "specs")
    paths = (Path(line) for line in listing.stdout.splitlines())
    return {p.parent.name for p in paths if p.name == "openapi.yaml" and len(p.parts) == 3}


def _spec_at(commit: str, slug: str, repo: Path) -> SpecDocument:
    """The spec as committed, refs checked (SpecError where its document is no OpenAPI 3.0
    or 3.1 document, or a ref leads nowhere)."""
    where = f"specs/{slug}/openapi.yaml"
    shown = _run(repo, "show", f"{commit}:{where}")
    name = Path(f"{commit[:12]}:{where}")
    return spec_of_text(shown.stdout, name) if shown.returncode == 0 else spec_of({}, name)


def _commit(ref: str, repo: Path) -> str | None:
    result = _run(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return result.stdout.strip() if result.returncode == 0 else None


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
