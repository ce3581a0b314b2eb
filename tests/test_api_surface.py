"""The generated API surface counts a name where users import it from."""

from __future__ import annotations

from pathlib import Path

from scripts.spec_diff.api_surface import surface_changes


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


ERRORS = "class NotFoundError(Exception):\n    status_code: int = 404\n"


def _moved(root: Path, errors_module: str) -> Path:
    """ERRORS moved to a private module, `errors.py` then holding `errors_module`."""
    files = {"__init__.py": "", "_runtime/__init__.py": "", "_runtime/errors.py": ERRORS}
    return _package(root, {**files, "errors.py": errors_module})


def test_a_class_moved_to_a_private_module_and_re_exported_is_not_gone(tmp_path: Path) -> None:
    old = _package(tmp_path / "old", {"__init__.py": "", "errors.py": ERRORS})
    re_exported = (
        "from ._runtime.errors import NotFoundError as NotFoundError\n\n"
        '__all__ = ["NotFoundError"]\n'
    )
    new = _moved(tmp_path / "new", re_exported)
    changes = surface_changes(old, new, "pkg")
    assert not changes.disappeared, changes


def test_an_import_that_is_not_re_exported_is_not_api(tmp_path: Path) -> None:
    old = _package(tmp_path / "old", {"__init__.py": "", "errors.py": ERRORS})
    new = _moved(tmp_path / "new", "from ._runtime.errors import NotFoundError\n")
    changes = surface_changes(old, new, "pkg")
    assert "pkg.errors.NotFoundError" in changes.disappeared
