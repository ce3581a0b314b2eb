"""TEMPORARY: the old raw-dict entry points, while readers move to scripts.spec_model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.spec_model.checks import check_all
from scripts.spec_model.errors import SpecError
from scripts.spec_model.loading import load_spec_file
from scripts.spec_model.openapi import HTTP_METHODS
from scripts.spec_model.operations import Operation, declared_parameters, iter_operations, resolve

__all__ = [
    "HTTP_METHODS",
    "Operation",
    "SpecError",
    "declared_parameters",
    "iter_operations",
    "lint_spec",
    "load_spec",
    "resolve",
]


def load_spec(path: Path) -> dict[str, Any]:
    return load_spec_file(path).document


def lint_spec(path: Path) -> dict[str, Any]:
    loaded = load_spec_file(path)
    check_all(loaded)
    return loaded.document
