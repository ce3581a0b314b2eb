"""Prove a freshly built package works before it replaces the committed one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scripts.codegen.providers import Provider


class VerifyError(Exception):
    """The generated package does not import or does not type-check."""


def verify_package(provider: Provider, package_root: Path, modules: list[str], cache: Path) -> None:
    """Import every operation module and the pydantic models, then mypy --strict it all."""
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    imports = "; ".join(f"import {m}" for m in [provider.import_package, *modules])
    _run([sys.executable, "-c", imports], package_root, env, f"{provider.slug}: import failed")
    _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(cache),
            provider.import_package,
        ],
        package_root,
        env,
        f"{provider.slug}: mypy --strict failed on the generated package",
    )


def _run(command: list[str], cwd: Path, env: dict[str, str], what: str) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise VerifyError(f"{what}:\n{(result.stdout + result.stderr).strip()}")
