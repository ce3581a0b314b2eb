"""What a package was made from, so an unchanged provider can be skipped.

The fingerprint covers the provider's source files, the pipeline code that shapes output
(scripts/codegen, scripts/templates, the spec reader) and the versions of the tools that write code.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.metadata import version
from pathlib import Path

from scripts.codegen.providers import Provider
from scripts.paths import CODEGEN_DIR, LICENSE_FILE, REPO_ROOT, SPEC_MODEL_DIR, TEMPLATES_DIR

STAMP_FILE = ".generated-from.json"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


@cache  # asked once per provider; a run does not change its installed tools
def tool_versions() -> dict[str, str]:
    return {tool: version(tool) for tool in TOOLS}


def pipeline_files() -> list[Path]:
    """Everything that shapes output: the spec model too (how a spec is read is output)."""
    files = [
        *CODEGEN_DIR.rglob("*.py"),
        *TEMPLATES_DIR.rglob("*"),
        *SPEC_MODEL_DIR.rglob("*.py"),
        LICENSE_FILE,  # copied into every package
    ]
    # Tool caches a local run leaves (never committed) must not change the stamp.
    return sorted(p for p in files if p.is_file() and not TOOL_CACHES.intersection(p.parts))


def stamp_for(provider: Provider) -> dict[str, object]:
    """The record written beside a package: deterministic, no timestamps, no absolute paths."""
    return {
        "provider": provider.slug,
        "sources": {f"specs/{provider.slug}/{p.name}": _sha256(p) for p in provider.source_files},
        "pipeline": _pipeline_digest(),
        "tools": tool_versions(),
    }


def stamp_text(provider: Provider) -> str:
    return json.dumps(stamp_for(provider), indent=2, sort_keys=True) + "\n"


def is_up_to_date(provider: Provider, package_root: Path) -> bool:
    stamp = package_root / STAMP_FILE
    try:
        return stamp.read_text(encoding="utf-8") == stamp_text(provider)
    except FileNotFoundError:
        return False


@cache  # the same for every provider of a run: read the pipeline's files once
def _pipeline_digest() -> str:
    return _digest(pipeline_files())


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.resolve().relative_to(REPO_ROOT).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
