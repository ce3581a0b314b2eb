"""A git textconv driver for specs: the YAML with keys sorted and comments dropped, so
`git diff` shows what changed in the document, not how it was laid out.

    git config diff.openapi-spec.textconv "python3 scripts/spec_textconv.py"

(.gitattributes sends specs/*/openapi.yaml through it.) Any python3 will do: without PyYAML
it runs itself again with the interpreter of a nox session (they all have it), and without
one of those, or when the file is not valid YAML, it shows the file as written, so that a
broken spec never makes `git diff` fail.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

try:
    import yaml
except ImportError:  # the python3 git found has no PyYAML: see _with_pyyaml
    yaml = None  # type: ignore[assignment]

_NOX_DIR = Path(__file__).resolve().parent.parent / ".nox"
_RERUN = "JOBCLIENTS_TEXTCONV_RERUN"  # set when rerun, so that it happens at most once


def normalized(text: str) -> str:
    return str(yaml.safe_dump(yaml.safe_load(text), sort_keys=True, allow_unicode=True, width=100))


def main(argv: list[str]) -> int:
    path = Path(argv[1])
    text = path.read_text(encoding="utf-8", errors="replace")
    if yaml is None:
        _with_pyyaml(argv)  # returns only when no interpreter has it
        sys.stdout.write(text)
        return 0
    try:
        sys.stdout.write(normalized(text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f" (line {mark.line + 1})" if mark else ""
        print(f"spec_textconv: {path} is not valid YAML{place}: shown as written", file=sys.stderr)
        sys.stdout.write(text)
    return 0


def _with_pyyaml(argv: list[str]) -> None:
    """Replace this process by the same script under a nox session's interpreter."""
    if os.environ.get(_RERUN):
        return
    preferred = _NOX_DIR / "spec_diff" / "bin" / "python"
    for python in [preferred, *sorted(_NOX_DIR.glob("*/bin/python"))]:
        if python.is_file() and os.access(python, os.X_OK):
            os.execve(python, [str(python), *argv], {**os.environ, _RERUN: "1"})


if __name__ == "__main__":
    sys.exit(main(sys.argv))
