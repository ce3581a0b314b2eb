"""A package generated from a spec into a scratch directory, generated/ untouched.

The review report and the changelog judge what a spec change does to the code it generates,
so both sides are built by today's pipeline with one provider config: only the spec differs
(the committed package may lag its spec, and an old commit's package was made by an older
pipeline, whose own changes are not the spec's).
"""

from __future__ import annotations

import filecmp
import re
import subprocess
from pathlib import Path

from scripts.codegen.fingerprint import STAMP_FILE, TOOL_CACHES
from scripts.codegen.pipeline import PIPELINE_ERRORS, build_package
from scripts.codegen.providers import Provider
from scripts.paths import REPO_ROOT
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import read_spec, spec_of_text

__all__ = ["BuildFailed", "build_from_spec", "changed_code", "spec_document_at", "spec_text_at"]

# Files that differ between two builds for reasons other than code: the stamp, CHANGELOG.md.
_NOT_CODE = {STAMP_FILE, "CHANGELOG.md"}
_VERSION_LINE = re.compile(rb'^version = "[^"]*"$', re.MULTILINE)


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


def spec_document_at(commit: str, slug: str, repo: Path = REPO_ROOT) -> SpecDocument | None:
    """The committed spec, refs checked (SpecError where it is no OpenAPI document)."""
    text = spec_text_at(commit, slug, repo)
    where = Path(f"{commit[:12]}:specs/{slug}/openapi.yaml")
    return None if text is None else spec_of_text(text, where)


def changed_code(old_root: Path, new_root: Path) -> list[str]:
    """Files of two package trees that differ, the stamp, CHANGELOG.md, tool caches and
    pyproject.toml's version line left out."""
    old, new = _files(old_root), _files(new_root)
    differing = {
        name
        for name in old & new
        if not filecmp.cmp(old_root / name, new_root / name, shallow=False)
        and _without_version(old_root / name) != _without_version(new_root / name)
    }
    return sorted(differing | (old ^ new))


def _files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file()
        and p.name not in _NOT_CODE
        and not TOOL_CACHES.intersection(p.relative_to(root).parts)
    }


def _without_version(path: Path) -> bytes:
    data = path.read_bytes()
    return _VERSION_LINE.sub(b"", data) if path.name == "pyproject.toml" else data
