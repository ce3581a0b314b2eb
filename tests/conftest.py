"""Shared fixtures. Every provider-facing test is parametrized over the folders of specs/."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.codegen.providers import provider_slugs
from scripts.paths import GENERATED_DIR, REPO_ROOT, SPECS_DIR

SLUGS = provider_slugs()
if not SLUGS:  # parametrizing over nothing would pass silently
    raise RuntimeError(f"no providers found under {SPECS_DIR}")

# Providers whose spec was written by hand against the provider's sources carry a fidelity
# table; the house rules of DESIGN.md ("How a spec is written") are checked on these. A
# provider dropped in from a published document has none, and only the generic tests apply.
CURATED_SLUGS = [slug for slug in SLUGS if (SPECS_DIR / slug / "fidelity.yaml").is_file()]

# The committed packages import in place, as the generated code of each provider.
for _slug in SLUGS:
    sys.path.insert(0, str(GENERATED_DIR / _slug))


@dataclass(frozen=True)
class RepoCopy:
    """specs/ and generated/ copied into a temporary directory, for runs that break things."""

    root: Path

    @property
    def specs(self) -> Path:
        return self.root / "specs"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    def generate(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [
            sys.executable,
            "-m",
            "scripts.generate",
            "--specs-dir",
            str(self.specs),
            "--generated-dir",
            str(self.generated),
            *args,
        ]
        return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)


@pytest.fixture
def repo_copy(tmp_path: Path) -> RepoCopy:
    shutil.copytree(SPECS_DIR, tmp_path / "specs")
    shutil.copytree(GENERATED_DIR, tmp_path / "generated")
    return RepoCopy(tmp_path)


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under root with its content hash and mtime: any write shows."""
    return {
        p.relative_to(root).as_posix(): f"{hashlib.sha256(p.read_bytes()).hexdigest()}"
        f":{p.stat().st_mtime_ns}"
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
