"""A package's distributions: a wheel and an sdist in dist/<slug>/, and their metadata
checked as PyPI will read it (twine check --strict)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from uv import find_uv_bin

from scripts.codegen.providers import Provider
from scripts.paths import DIST_DIR, GENERATED_DIR


def build(provider: Provider) -> Path:
    """Build both distributions; return the wheel."""
    out = DIST_DIR / provider.slug
    subprocess.run(
        [
            find_uv_bin(),
            "build",
            "--quiet",
            "--sdist",
            "--wheel",
            "--out-dir",
            str(out),
            str(GENERATED_DIR / provider.slug),
        ],
        check=True,
    )
    wheels = sorted(out.glob(f"{provider.import_package}-{provider.version}-*.whl"))
    if not wheels:
        raise FileNotFoundError(f"no wheel for {provider.distribution} in {out}")
    return wheels[-1]


def metadata_problems(out: Path) -> str:
    """What `twine check --strict` finds in the distributions under `out` (the metadata and
    the long description as PyPI renders them); empty when they pass."""
    dists = sorted(str(p) for p in out.iterdir() if p.suffix in {".whl", ".gz"})
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *dists],
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if checked.returncode == 0 else (checked.stdout + checked.stderr).strip()
