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


def fresh_env_from_index(directory: Path, index_url: str, distribution: str, version: str) -> Path:
    """A venv holding `distribution==version` from `index_url` alone: its wheel downloaded
    from that index with no other index and no dependencies, then installed with its
    dependencies from the default index (a look-alike upload elsewhere is never a candidate
    for the package's own name)."""
    downloads = directory / "downloads"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
         "--index-url", index_url, "--dest", str(downloads), f"{distribution}=={version}"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    wheels = sorted(downloads.glob("*.whl")) if done.returncode == 0 else []
    if len(wheels) != 1:
        raise InstallError(f"{distribution}=={version} from {index_url}:\n{done.stderr}")
    return fresh_env(directory / "venv", str(wheels[0]))
