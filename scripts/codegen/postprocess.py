"""Edits to generator output that no generator option offers."""

from __future__ import annotations

import re
from pathlib import Path

_STR_ENUM_CLASS = re.compile(r"^class (\w+)\(StrEnum\):", re.MULTILINE)
_FUTURE_IMPORT = "from __future__ import annotations\n"


def open_pydantic_enums(module: Path) -> None:
    """Make the pydantic models' enums open, like the attrs client's: an unlisted value
    parses and keeps its raw string (pydantic calls the enum's `_missing_`). The unused
    StrEnum import is dropped by the formatter's F401 fix."""
    text = module.read_text(encoding="utf-8")
    text, count = _STR_ENUM_CLASS.subn(r"class \1(OpenStrEnum):", text)
    if count:
        if _FUTURE_IMPORT not in text:
            raise ValueError(f"{module}: expected {_FUTURE_IMPORT.strip()!r} to anchor the import")
        text = text.replace(
            _FUTURE_IMPORT, _FUTURE_IMPORT + "\nfrom ._runtime.open_enum import OpenStrEnum\n", 1
        )
    module.write_text(text, encoding="utf-8")
