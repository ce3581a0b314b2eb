"""The README's table of providers, made from specs/ so that adding a provider needs no hand
edit: `nox -s generate` refreshes it after a regeneration, `nox -s check` reports it stale.

Each row: the spec's title, its folder, the install line, the import package and the Python
names of its operations (the first few, then how many more). Everything a spec supplies goes
through the Markdown escaping of scripts/codegen/escaping.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from scripts.codegen.providers import Provider, load_providers

BEGIN = "<!-- providers:begin (made by `nox -s generate` from specs/; edit outside) -->"
END = "<!-- providers:end -->"
LISTED_OPERATIONS = 8  # per row; a long API is counted, not listed
_HEAD = ["| provider | spec | install | import | operations |", "|---|---|---|---|---|"]


class TableError(Exception):
    """The README has no markers to write the table between."""


def render(providers: list[Provider]) -> str:
    """The table, one row per provider in slug order, between its markers."""
    rows = [_row(provider) for provider in sorted(providers, key=lambda p: p.slug)]
    return "\n".join([BEGIN, *_HEAD, *rows, END])


def _row(provider: Provider) -> str:
    # Imported when a row is made: a no-op `generate` only reads the README's rows, and the
    # spec reader brings the generators' own modules with it.
    from scripts.codegen.escaping import markdown, markdown_code  # noqa: PLC0415
    from scripts.spec_model.reading import load_spec  # noqa: PLC0415

    spec = load_spec(provider.spec_path)
    names = [op.python_name for op in spec.operations]
    listed = ", ".join(markdown_code(name, cell=True) for name in names[:LISTED_OPERATIONS])
    if len(names) > LISTED_OPERATIONS:
        listed += f" and {len(names) - LISTED_OPERATIONS} more"
    cells = [
        markdown(spec.title or provider.slug),
        markdown_code(f"specs/{provider.slug}/", cell=True),
        markdown_code(f"pip install {provider.distribution}", cell=True),
        markdown_code(provider.import_package, cell=True),
        listed,
    ]
    return "| " + " | ".join(cells) + " |"


def refreshed(readme_text: str, table: str) -> str:
    """The README with the text between the markers replaced by `table`."""
    start, end = readme_text.find(BEGIN), readme_text.find(END)
    if start < 0 or end < start:
        raise TableError(f"the README lacks the markers {BEGIN!r} ... {END!r}")
    return readme_text[:start] + table + readme_text[end + len(END) :]


def readme_of(specs_dir: Path) -> Path:
    """The README beside specs/ (a scratch copy of specs/ has none: nothing to refresh)."""
    return specs_dir.parent / "README.md"


def stale_table(specs_dir: Path) -> bool:
    """Whether the README beside `specs_dir` shows another table than specs/ makes."""
    readme = readme_of(specs_dir)
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    return refreshed(text, render(load_providers(None, specs_dir))) != text


def lists_other_providers(specs_dir: Path, slugs: list[str]) -> bool:
    """Whether the table's rows are for other providers than `slugs` (one added or removed
    without a regeneration of it); read from the README alone, without a spec."""
    readme = readme_of(specs_dir)
    if not readme.is_file():
        return False
    return sorted(_rows_by_slug(readme.read_text(encoding="utf-8"))) != sorted(slugs)


def refresh_table(specs_dir: Path, changed: list[str]) -> bool:
    """Write the table into the README beside `specs_dir`, reading the specs of the `changed`
    providers and of those the table lacks (the other rows are kept: a one-spec edit reads
    one spec, however many providers there are); True when the README changed."""
    readme = readme_of(specs_dir)
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    kept = _rows_by_slug(text)
    providers = load_providers(None, specs_dir)
    rows = [
        kept[p.slug] if p.slug in kept and p.slug not in changed else _row(p)
        for p in sorted(providers, key=lambda p: p.slug)
    ]
    new = refreshed(text, "\n".join([BEGIN, *_HEAD, *rows, END]))
    if new == text:
        return False
    readme.write_text(new, encoding="utf-8")
    return True


def _rows_by_slug(text: str) -> dict[str, str]:
    """The table's rows in `text`, keyed by the provider folder each names."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise TableError(f"the README lacks the markers {BEGIN!r} ... {END!r}")
    rows = {}
    for line in text[start:end].splitlines():
        found = _ROW_SLUG.match(line)
        if found:
            rows[found.group(1)] = line
    return rows


_ROW_SLUG = re.compile(r"^\| .* \| `specs/([^/`]+)/` \| ")
