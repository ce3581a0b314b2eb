"""The README's table of providers is made from specs/: checked by `nox -s check`, refreshed
by `nox -s generate` when a provider comes or goes, and safe from what a spec's title holds."""

from __future__ import annotations

import shutil

from scripts.codegen.providers import load_provider
from scripts.paths import REPO_ROOT, SPECS_DIR
from scripts.provider_table import BEGIN, END, render, stale_table
from tests.conftest import RepoCopy


def test_the_committed_readme_shows_the_table_specs_make() -> None:
    assert not stale_table(SPECS_DIR), "run `nox -s generate` to refresh README.md's table"


def _rows(text: str) -> list[str]:
    table = text[text.index(BEGIN) : text.index(END)]
    return [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_check_reports_a_stale_table_and_generate_refreshes_it(repo_copy: RepoCopy) -> None:
    readme = repo_copy.root / "README.md"
    shutil.copyfile(REPO_ROOT / "README.md", readme)  # it lists every provider; the copy has two
    result = repo_copy.generate("--check", repo_copy.slugs[0])
    assert result.returncode == 1
    assert "README.md: the table of providers is not what specs/ makes" in result.stdout
    result = repo_copy.generate()  # nothing to regenerate, but a provider came or went
    assert result.returncode == 0, result.stderr
    assert "README.md: the table of providers refreshed" in result.stdout
    rows = _rows(readme.read_text(encoding="utf-8"))
    assert len(rows) == len(repo_copy.slugs)
    assert all(f"`specs/{slug}/`" in row for slug, row in zip(repo_copy.slugs, rows, strict=True))
    assert repo_copy.generate("--check", repo_copy.slugs[0]).returncode == 0
    again = repo_copy.generate()
    assert "README.md" not in again.stdout, "a second run has nothing to refresh"


def test_a_title_cannot_break_the_table(repo_copy: RepoCopy) -> None:
    slug = repo_copy.slugs[0]
    spec = repo_copy.specs / slug / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    start = text.index("  title: ")
    end = text.index("\n", start)
    hostile = '  title: "A | B\\n## heading <script>alert(1)</script> `x`"'
    spec.write_text(text[:start] + hostile + text[end:], encoding="utf-8")
    (row,) = _rows(render([load_provider(slug, repo_copy.specs)]))
    assert row.count(" | ") == 4 and "\\|" in row and "<script>" not in row
