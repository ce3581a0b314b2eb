"""The reference site (`nox -s docs`): pages made from each package, the status diagram drawn
from its spec, the strict build, and the checks that read the site as a browser does."""

from __future__ import annotations

import importlib
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.codegen.providers import load_provider
from scripts.docs.__main__ import main as docs_main
from scripts.docs.browser_check import BrowserMissingError, check_pages, chromium_path
from scripts.docs.links import check_links
from scripts.docs.site_source import provider_pages
from scripts.docs.statuses import StatusLifecycle, status_lifecycle, status_svg
from scripts.paths import GENERATED_DIR
from scripts.spec_model.reading import load_spec
from tests.conftest import SLUGS

SVG = "{http://www.w3.org/2000/svg}"


def _labels(svg: str, kind: str) -> list[str]:
    """The status labels of the boxes of one kind, read back from the SVG as XML."""
    root = ET.fromstring(svg)
    groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == f"status {kind}"]
    return [str(g.find(f"{SVG}text").text).lstrip("✓✗ ") for g in groups]  # type: ignore[union-attr]


@pytest.mark.parametrize("slug", SLUGS)
def test_status_diagram_is_the_packages_statuses(slug: str) -> None:
    """The diagram shows every value of the spec's status enum once, in the column and
    colour the package itself acts on (its TERMINAL_STATUSES and SUCCESS_STATUSES)."""
    provider = load_provider(slug)
    lifecycle = status_lifecycle(load_spec(provider.spec_path))
    assert lifecycle is not None, f"specs/{slug}: no status schema marked"
    facts = importlib.import_module(f"{provider.import_package}._spec")
    enum = getattr(
        importlib.import_module(f"{provider.import_package}.models"), lifecycle.enum_class
    )
    assert sorted(lifecycle.values) == sorted(member.value for member in enum)
    svg = status_svg(lifecycle, f"{slug} statuses")
    assert set(_labels(svg, "succeeded")) == set(facts.SUCCESS_STATUSES)
    assert set(_labels(svg, "failed")) == set(facts.TERMINAL_STATUSES - facts.SUCCESS_STATUSES)
    assert set(_labels(svg, "in-progress")) == {v.value for v in enum} - facts.TERMINAL_STATUSES


def test_status_diagram_keeps_spec_text_as_text() -> None:
    """A status or title holding markup stays text: the SVG parses, with no element of its own."""
    lifecycle = StatusLifecycle(
        enum_class="Status",
        in_progress=("<script>alert(1)</script>",),
        succeeded=("done & dusted",),
        failed=('"></text><text>',),
    )
    svg = status_svg(lifecycle, "</title><script>x</script>")
    root = ET.fromstring(svg)
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    assert _labels(svg, "in-progress") == ["<script>alert(1)</script>"]
    assert _labels(svg, "succeeded") == ["done & dusted"]
    assert _labels(svg, "failed") == ['"></text><text>']


@pytest.mark.parametrize("slug", SLUGS)
def test_pages_cover_every_operation_and_model(slug: str) -> None:
    """Every operation module and every model module of the package gets its mkdocstrings
    block; the provider's home page is the package's README."""
    provider = load_provider(slug)
    pages = {page.path: page.text for page in provider_pages(provider)}
    package = GENERATED_DIR / slug / provider.import_package
    operations = pages[f"{slug}/operations.md"]
    for module in (package / "api").glob("*/*.py"):
        if module.stem != "__init__":
            dotted = f"{provider.import_package}.api.{module.parent.name}.{module.stem}"
            assert f"::: {dotted}\n" in operations
    models = pages[f"{slug}/models.md"]
    for module in (package / "models").glob("*.py"):
        if module.stem != "__init__":
            assert f"::: {provider.import_package}.models.{module.stem}\n" in models
    assert pages[f"{slug}/index.md"] == (GENERATED_DIR / slug / "README.md").read_text("utf-8")
    assert f"::: {provider.import_package}.errors\n" in pages[f"{slug}/errors.md"]
    assert f'pip install "{provider.distribution}[pydantic]"' in pages[f"{slug}/pydantic.md"]


def test_strict_build_fails_on_a_docstring_warning(tmp_path: Path) -> None:
    """A docstring griffe cannot read (arguments the signature lacks) fails the build, and
    the same package without it builds."""
    slug = SLUGS[0]
    provider = load_provider(slug)
    generated = tmp_path / "generated"
    shutil.copytree(GENERATED_DIR / slug, generated / slug)
    args = [slug, "--no-browser", "--generated", str(generated), "--out", str(tmp_path / "out")]
    assert docs_main(args) == 0
    assert (tmp_path / "out" / "source" / "site" / slug / "statuses.html").is_file()
    client = generated / slug / provider.import_package / "client.py"
    text = client.read_text("utf-8")
    assert "    Attributes:\n" in text
    # The Client's fields documented as arguments: attrs makes __init__ at run time, so griffe
    # sees no such parameters (what the templates wrote before the site existed).
    client.write_text(text.replace("    Attributes:\n", "    Args:\n", 1), "utf-8")
    assert docs_main(args) == 1


def _site(root: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        (root / name).write_text(f"<!doctype html><html><body>{body}</body></html>", "utf-8")
    return root


def test_link_checker_finds_a_missing_page(tmp_path: Path) -> None:
    index = '<h1>x</h1><a href="here.html">a</a> <a href="gone.html">b</a>'
    site = _site(tmp_path, {"index.html": index, "here.html": "<h1>here</h1>"})
    result = check_links(site)
    assert not result.ok
    assert "gone.html" in result.output
    (tmp_path / "gone.html").write_text("<h1>back</h1>", "utf-8")
    assert check_links(site).ok


@pytest.fixture
def chromium() -> Path:
    try:
        return chromium_path()
    except BrowserMissingError as error:
        if os.environ.get("CI"):
            pytest.fail(f"{error} (`nox -s tests` installs it as root)")
        pytest.skip(str(error))


@pytest.mark.usefixtures("chromium")
def test_browser_check_reports_what_a_reader_would_see(tmp_path: Path) -> None:
    """Each kind of broken page is reported on the page it concerns; a sound page is not."""
    site = _site(
        tmp_path,
        {
            "index.html": '<h1 id="top">Home</h1><a href="ok.html#part">fine</a>'
            '<a href="ok.html#nowhere">broken fragment</a><a href="#top">self</a>',
            "ok.html": '<h1>Fine</h1><h2 id="part">Part</h2>',
            "script.html": "<h1>Script</h1><script>undefinedFunction()</script>",
            "console.html": '<h1>Console</h1><script>console.error("boom")</script>',
            "image.html": '<h1>Image</h1><img src="missing.png">',
            "bare.html": "<p>no heading</p>",
        },
    )
    shots = tmp_path / "shots"
    reports = {r.path: r.problems for r in check_pages(site, shots, ["ok.html"])}
    assert reports["ok.html"] == []
    assert [p for p in reports["index.html"] if "#nowhere" in p] and len(reports["index.html"]) == 1
    assert any("undefinedFunction" in p for p in reports["script.html"])
    assert any("boom" in p for p in reports["console.html"])
    assert any("missing.png" in p for p in reports["image.html"])
    assert any("no heading" in p for p in reports["bare.html"])
    assert (shots / "ok.png").stat().st_size > 1000
