"""Edits of a spec file made on purpose by a tool (the regeneration bench's one-sentence
change): the raw document is read and written here, in the spec model's package, like every
other reading of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

from scripts.spec_model.loading import load_spec_file


def reword_description(path: Path, reword: Callable[[str], str]) -> None:
    """Rewrite the spec file with `info.description` replaced by `reword(description)`."""
    document = load_spec_file(path).document
    info = document.setdefault("info", {})
    info["description"] = reword(str(info.get("description", "")))
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
