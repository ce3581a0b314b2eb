"""A git textconv driver for specs: the YAML with keys sorted and comments dropped, so
`git diff` shows what changed in the document, not how it was laid out.

    git config diff.openapi-spec.textconv ".nox/spec_diff/bin/python scripts/spec_textconv.py"

(.gitattributes sends specs/*/openapi.yaml through it; any Python with PyYAML will do.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def normalized(text: str) -> str:
    return str(yaml.safe_dump(yaml.safe_load(text), sort_keys=True, allow_unicode=True, width=100))


def main(argv: list[str]) -> int:
    sys.stdout.write(normalized(Path(argv[1]).read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
