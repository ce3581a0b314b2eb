"""Which changes of a package since its release the spec made, and which the pipeline made.

The committed package of a release was made by the pipeline of its day. So the spec's
changes are judged on two packages both built by today's pipeline with the current provider
config, from the released spec and from the current one; and what separates the released
package (as committed) from today's build of the released spec is the pipeline's, never
credited to the spec. The stamp file, the version string and CHANGELOG.md differ for
reasons of their own and are left out of that comparison.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from scripts.codegen.pipeline import PIPELINE_ERRORS
from scripts.codegen.providers import Provider, load_provider
from scripts.paths import REPO_ROOT
from scripts.spec_diff.api_surface import SurfaceChanges, package_at, surface_changes
from scripts.spec_diff.scratch import BuildFailed, build_from_spec, changed_code, spec_document_at


@dataclass(frozen=True)
class Attribution:
    """The Python API the spec changed, and the generated files the pipeline changed."""

    spec_surface: SurfaceChanges
    pipeline_files: list[str] = field(default_factory=list)  # relative to the package root
    pipeline_surface: SurfaceChanges = field(default_factory=SurfaceChanges)
    # Why the spec's changes were judged on the committed packages instead (None: they were
    # not); the pipeline's changes are then unknown.
    fallback: str | None = None


def attribute(
    slug: str, release_commit: str, package_commit: str | None, repo: Path = REPO_ROOT
) -> Attribution:
    """Build the released and the current spec with today's pipeline and compare."""
    try:
        provider = load_provider(slug, repo / "specs")
    except PIPELINE_ERRORS as exc:
        return _committed_packages(slug, package_commit, repo, f"its config is refused: {exc}")
    with tempfile.TemporaryDirectory(prefix=f"attribution-{slug}-") as tmp:
        scratch = Path(tmp)
        try:
            released_spec = spec_document_at(release_commit, slug, repo)
            if released_spec is None:
                raise BuildFailed("the release commit has no spec")
            from_released = build_from_spec(provider, released_spec, scratch / "released-spec")
            from_current = build_from_spec(provider, provider.spec_path, scratch / "current-spec")
        except (BuildFailed, *PIPELINE_ERRORS) as exc:
            reason = f"today's pipeline cannot build the released or current spec: {exc}"
            return _committed_packages(slug, package_commit, repo, reason)
        spec_surface = surface_changes(from_released, from_current, provider.import_package)
        released = package_at(package_commit, slug, scratch, repo) if package_commit else None
        if released is None:
            return Attribution(spec_surface)
        files = changed_code(released, from_released)
        pipeline_surface = (
            surface_changes(released, from_released, provider.import_package)
            if files
            else SurfaceChanges()
        )
        return Attribution(spec_surface, files, pipeline_surface)


def _committed_packages(
    slug: str, package_commit: str | None, repo: Path, reason: str
) -> Attribution:
    """What bump did before packages were built from specs: the committed package of the
    release against generated/<slug> in the working tree (spec and pipeline mixed)."""
    provider: Provider | None
    try:
        provider = load_provider(slug, repo / "specs")
    except PIPELINE_ERRORS:
        provider = None
    current = repo / "generated" / slug
    import_package = provider.import_package if provider else _import_package(repo, slug)
    if package_commit is None or import_package is None or not current.is_dir():
        return Attribution(SurfaceChanges(), fallback=reason)
    with tempfile.TemporaryDirectory(prefix=f"released-{slug}-") as tmp:
        old_root = package_at(package_commit, slug, Path(tmp), repo)
        if old_root is None:
            return Attribution(SurfaceChanges(), fallback=reason)
        return Attribution(surface_changes(old_root, current, import_package), fallback=reason)


def _import_package(repo: Path, slug: str) -> str | None:
    """The import package a config names, read without judging the rest of it."""
    config = repo / "specs" / slug / "config.yaml"
    text = config.read_text(encoding="utf-8") if config.is_file() else ""
    match = re.search(r"^import_package:\s*(\S+)\s*$", text, re.MULTILINE)
    return match.group(1) if match else None
