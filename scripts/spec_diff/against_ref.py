"""Every provider's spec and generated package at a git ref, against the working tree."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.codegen.providers import load_provider, provider_slugs
from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import SurfaceChanges, package_at, surface_changes
from scripts.spec_diff.model import Change
from scripts.spec_diff.review import Review, review_specs
from scripts.spec_diff.rules import RULES
from scripts.spec_diff.scratch import spec_text_at
from scripts.spec_model.reading import load_spec, spec_of_text

_UNCHANGED = "no spec change: the committed package changed with the pipeline"
_GONE = "the rules: a provider's spec is gone, and its package with it"
_NEW = "the rules: a new provider, a new package"
# Tried in turn when no ref is given: a CI checkout often has only the remote's branch.
DEFAULT_BRANCHES = ("main", "origin/main")


class BaseRefError(Exception):
    """The ref to compare against does not name a commit, or no default one exists."""


@dataclass(frozen=True)
class Base:
    label: str  # what the reader is told: the ref given, or "merge base with main"
    commit: str


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


def reports_against(base: Base, repo: Path = REPO_ROOT, *, evidence: bool = True) -> list[Review]:
    """One review per provider whose spec or generated API differs from `base`; a changed
    spec is judged by generating both versions unless `evidence` is False."""
    then, now = _slugs_at(base.commit, repo), set(provider_slugs(repo / "specs"))
    reviews = []
    for slug in sorted(then | now):
        if slug not in now:
            review = Review(slug, [_provider_change("provider-removed", slug)], decided_by=_GONE)
        elif slug not in then:
            surface = _surface(base.commit, slug, repo)
            review = Review(
                slug, [_provider_change("provider-added", slug)], surface, decided_by=_NEW
            )
        else:
            review = _changed(base, slug, repo, evidence)
        if review:
            reviews.append(review)
    return reviews


def _changed(base: Base, slug: str, repo: Path, evidence: bool) -> Review:
    """The spec at `base` against the working tree's; the API is the committed packages'
    (what users get, the pipeline's changes included)."""
    api = _surface(base.commit, slug, repo)
    new_path = repo / "specs" / slug / "openapi.yaml"
    old_text = spec_text_at(base.commit, slug, repo) or ""
    if old_text == new_path.read_text(encoding="utf-8"):
        return Review(slug, [], api, decided_by=_UNCHANGED)
    old = spec_of_text(old_text, Path(f"{base.commit[:12]}:specs/{slug}/openapi.yaml"))
    new = load_spec(new_path)
    provider = load_provider(slug, repo / "specs") if evidence else None
    with tempfile.TemporaryDirectory(prefix=f"spec-diff-{slug}-") as tmp:
        old_path = Path(tmp) / "openapi.yaml"
        old_path.write_text(old_text, encoding="utf-8")
        return review_specs(slug, provider, (old, old_path), (new, new_path), api)


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


def _commit(ref: str, repo: Path) -> str | None:
    result = _run(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return result.stdout.strip() if result.returncode == 0 else None


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
