"""One formatter for both generators' output: the pinned ruff, with the pipeline's config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.paths import TEMPLATES_DIR

RUFF_CONFIG = TEMPLATES_DIR / "ruff-generated.toml"


class FormatError(Exception):
    """ruff could not fix or format generated code (usually a syntax error in it)."""


def format_tree(root: Path) -> None:
    ruff = str(Path(sys.executable).parent / "ruff")
    for command in (
        [ruff, "check", "--fix-only", "--quiet", "--no-cache", "--config", str(RUFF_CONFIG), "."],
        [ruff, "format", "--quiet", "--no-cache", "--config", str(RUFF_CONFIG), "."],
    ):
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise FormatError(f"{' '.join(command[1:3])} failed in {root}:\n{result.stderr}")
