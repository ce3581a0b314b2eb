"""A package generated from a spec into a scratch directory, generated/ untouched.

The review report and the changelog judge what a spec change does to the code it generates,
so both sides are built by today's pipeline with one provider config: only the spec differs
(the committed package may lag its spec, and an old commit's package was made by an older
pipeline, whose own changes are not the spec's).
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from scripts.codegen.pipeline import PIPELINE_ERRORS, build_package
from scripts.codegen.providers import Provider, load_provider
from scripts.paths import REPO_ROOT
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import read_spec, spec_of_text

__all__ = ["BuildFailed", "build_from_spec", "provider_at", "spec_document_at", "spec_text_at"]


class BuildFailed(Exception):
    """The pipeline refused the spec (the message is its one-line refusal)."""


def build_from_spec(provider: Provider, spec: SpecDocument | Path, into: Path) -> Path:
    """Generate `spec` with `provider`'s config under `into` (an empty directory); the
    package root (holding the import package) is returned. A spec given as a path gets
    every check generation runs; BuildFailed carries a refusal in place of a traceback."""
    into.mkdir(parents=True, exist_ok=True)
    try:
        document = read_spec(spec) if isinstance(spec, Path) else spec
        return build_package(provider, document, into)
    except PIPELINE_ERRORS as exc:
        raise BuildFailed(str(exc)) from None


def spec_text_at(commit: str, slug: str, repo: Path = REPO_ROOT) -> str | None:
    """specs/<slug>/openapi.yaml as committed; None where the commit has none."""
    shown = subprocess.run(
        ["git", "show", f"{commit}:specs/{slug}/openapi.yaml"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    return shown.stdout if shown.returncode == 0 else None


def provider_at(commit: str, slug: str, into: Path, repo: Path = REPO_ROOT) -> Provider | None:
    """The provider as committed (spec, config, CHANGELOG), extracted under `into`; None
    where the commit has no such provider or its config is refused."""
    archived = subprocess.run(
        ["git", "archive", "--format=tar", commit, f"specs/{slug}"],
        cwd=repo,
        capture_output=True,
        check=False,
    )
    if archived.returncode != 0:
        return None
    with tarfile.open(fileobj=io.BytesIO(archived.stdout)) as archive:
        archive.extractall(into, filter="data")
    try:
        return load_provider(slug, into / "specs")
    except PIPELINE_ERRORS:
        return None


def spec_document_at(commit: str, slug: str, repo: Path = REPO_ROOT) -> SpecDocument | None:
    """The committed spec, refs checked (SpecError where it is no OpenAPI document)."""
    text = spec_text_at(commit, slug, repo)
    where = Path(f"{commit[:12]}:specs/{slug}/openapi.yaml")
    return None if text is None else spec_of_text(text, where)
