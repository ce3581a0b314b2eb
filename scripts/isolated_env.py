"""Fresh virtual environments holding one package, as a user who pip-installs it has."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from uv import find_uv_bin


class InstallError(Exception):
    """A package would not install into a fresh environment."""


def fresh_env(directory: Path, requirement: str) -> Path:
    """Create a venv in `directory`, install `requirement` (a path or wheel); return its python."""
    uv = find_uv_bin()
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(directory)], check=True)
    python = directory / "bin" / "python"
    result = subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), requirement],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise InstallError(f"installing {requirement} failed:\n{result.stderr}")
    return python
