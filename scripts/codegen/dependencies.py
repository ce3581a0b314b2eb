"""A package's dependencies, read from the code it holds: a distribution is required when a
module imports it, and only then (python-dateutil, say, only where a model parses dates).

pydantic is the `pydantic` extra's (the models and their base import it); every other
third-party import must be one this table knows, or the build is refused naming the module
and the import.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

# An importable name -> the requirement that provides it, with the versions the generated
# code and the run-time are tested against.
REQUIREMENTS: dict[str, str] = {
    "attrs": "attrs>=23.1.0",
    "httpx": "httpx>=0.27.0,<0.29.0",
    "httpcore": "httpcore>=1.0.5,<2",  # its NetworkBackend holds the call deadline
    "dateutil": "python-dateutil>=2.8.2",
}
# Imported only by the pydantic models and their base (the `pydantic` extra), wherever.
EXTRA_REQUIREMENTS: dict[str, str] = {"pydantic": "pydantic>=2.7,<3"}


class DependencyError(Exception):
    """Generated code imports a third-party module no requirement provides."""


def requirements(package_dir: Path) -> tuple[list[str], list[str]]:
    """The requirements of the modules under `package_dir`, and those of its extra."""
    needed, extra = set(), set()
    for module in sorted(package_dir.rglob("*.py")):
        for name in _third_party(module, package_dir.name):
            if name in EXTRA_REQUIREMENTS:
                extra.add(EXTRA_REQUIREMENTS[name])
            elif name in REQUIREMENTS:
                needed.add(REQUIREMENTS[name])
            else:
                where = module.relative_to(package_dir.parent).as_posix()
                raise DependencyError(f"{where} imports {name!r}, which no requirement provides")
    return sorted(needed), sorted(extra)


def _third_party(module: Path, own_package: str) -> set[str]:
    """Top-level names of the absolute imports in `module` that are neither the standard
    library nor the package itself (`from __future__` included among the former)."""
    tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != own_package}
