"""The mkdocs project of the reference site, written from the generated packages.

Per provider: the package's own README (install and usage), its statuses drawn from the
spec, and mkdocstrings pages for every operation module, the client and job helpers, both
model sets and the errors, each found by walking the package as it is on disk. Nothing is
committed: the project is written afresh into a build folder on every run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from scripts.codegen.escaping import markdown, markdown_code
from scripts.codegen.providers import Provider
from scripts.docs.statuses import status_lifecycle, status_svg
from scripts.paths import GENERATED_DIR
from scripts.spec_model.reading import load_spec

SITE_NAME = "jobclients reference"
# The package's public modules besides api/ and models/, in reading order.
SURFACE_MODULES = ("client", "jobs", "wait", "paging", "types")


@dataclass(frozen=True)
class Page:
    """One Markdown page of the site: its path under docs/ and its nav title."""

    path: str
    title: str
    text: str


def provider_pages(provider: Provider, generated: Path = GENERATED_DIR) -> list[Page]:
    """Every page of one provider's section, in nav order."""
    package = generated / provider.slug / provider.import_package
    if not package.is_dir():
        raise FileNotFoundError(f"{package}: not generated; run `nox -s generate` first")
    slug, name = provider.slug, provider.import_package
    readme = (generated / provider.slug / "README.md").read_text(encoding="utf-8")
    return [
        Page(f"{slug}/index.md", "Install and use", readme),
        Page(f"{slug}/statuses.md", "Job statuses", _statuses_page(provider)),
        Page(f"{slug}/operations.md", "Operations", _operations_page(package, name)),
        Page(f"{slug}/client.md", "Client and jobs", _client_page(package, name)),
        Page(f"{slug}/models.md", "Models (attrs)", _models_page(package, name)),
        Page(f"{slug}/pydantic.md", "Models (pydantic)", _pydantic_page(provider)),
        Page(f"{slug}/errors.md", "Errors", _errors_page(name)),
    ]


def _statuses_page(provider: Provider) -> str:
    spec = load_spec(provider.spec_path)
    title = f"{spec.title or provider.slug}: job statuses"
    lines = [f"# {markdown(title)}", ""]
    lifecycle = status_lifecycle(spec)
    if lifecycle is None:
        lines.append("The spec marks no status schema (`x-jobclients-terminal`): no lifecycle.")
        return "\n".join(lines) + "\n"
    enum = f"{provider.import_package}.models.{lifecycle.enum_class}"
    lines += [
        f"The status of a job is [`{lifecycle.enum_class}`][{enum}]. The spec lists "
        f"{len(lifecycle.values)} values and marks which end a job (terminal) and which of "
        "those succeed; `wait_for_job` returns at a terminal status and raises for one that "
        "does not succeed. The spec does not list transitions, so the diagram shows only "
        "that any status in progress may end in any terminal one.",
        "",
        f'<div class="job-statuses" markdown="0">{status_svg(lifecycle, title)}</div>',
        "",
        "| status | terminal | succeeds |",
        "|---|---|---|",
    ]
    for value in lifecycle.values:
        terminal = value not in lifecycle.in_progress
        succeeds = value in lifecycle.succeeded
        cells = [markdown_code(value, cell=True), _yes(terminal), _yes(succeeds)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _operations_page(package: Path, name: str) -> str:
    lines = [
        "# Operations",
        "",
        "Each operation is a module with four functions: `sync` and `asyncio` return the "
        "parsed success body, `sync_detailed` and `asyncio_detailed` a `Response` with the "
        "status code, headers and raw body too.",
        "",
    ]
    for tag in _modules(package / "api", packages=True):
        for module in _modules(package / "api" / tag):
            lines += [
                f"::: {name}.api.{tag}.{module}",
                "    options:",
                "      heading_level: 2",
                "",
            ]
    return "\n".join(lines)


def _client_page(package: Path, name: str) -> str:
    lines = ["# Client and jobs", ""]
    for module in SURFACE_MODULES:
        if (package / f"{module}.py").is_file():
            lines += [f"::: {name}.{module}", "    options:", "      heading_level: 2", ""]
    return "\n".join(lines)


def _models_page(package: Path, name: str) -> str:
    lines = ["# Models (attrs)", "", f"The classes of `{name}.models`, one per schema.", ""]
    for module in _modules(package / "models"):
        lines += [f"::: {name}.models.{module}", "    options:", "      heading_level: 2", ""]
    return "\n".join(lines)


def _pydantic_page(provider: Provider) -> str:
    install = markdown_code(f'pip install "{provider.distribution}[pydantic]"')
    return "\n".join(
        [
            "# Models (pydantic)",
            "",
            f"The same schemas as pydantic v2 models: {install}.",
            "",
            f"::: {provider.import_package}.pydantic_models",
            "    options:",
            "      heading_level: 2",
            "",
        ]
    )


def _errors_page(name: str) -> str:
    return "\n".join(
        [
            "# Errors",
            "",
            "Every error the package raises derives from `JobClientError`; catch by kind.",
            "",
            f"::: {name}.errors",
            "    options:",
            "      heading_level: 2",
            "      show_if_no_docstring: true",
            "",
        ]
    )


def _modules(folder: Path, packages: bool = False) -> list[str]:
    """The public modules (or sub-packages) in `folder`, sorted."""
    if packages:
        found = [p.name for p in folder.iterdir() if (p / "__init__.py").is_file()]
    else:
        found = [p.stem for p in folder.glob("*.py") if p.stem != "__init__"]
    return sorted(name for name in found if not name.startswith("_"))


def home_page(providers: list[Provider]) -> Page:
    lines = [
        f"# {SITE_NAME}",
        "",
        "Typed Python clients for asynchronous job APIs, one package per provider, generated "
        "from the OpenAPI specs of the jobclients repository.",
        "",
        "| provider | install | reference |",
        "|---|---|---|",
    ]
    for provider in providers:
        cells = [
            markdown(provider.description),
            markdown_code(f"pip install {provider.distribution}", cell=True),
            f"[{provider.slug}]({provider.slug}/index.md)",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return Page("index.md", "Home", "\n".join(lines) + "\n")


def mkdocs_config(providers: list[Provider], pages: dict[str, list[Page]], generated: Path) -> str:
    """mkdocs.yml, as JSON (a YAML subset): strict link validation, no fonts or scripts
    from the internet, mkdocstrings reading each package from generated/ without
    installing it."""
    nav: list[object] = [{"Home": "index.md"}]
    for provider in providers:
        section = [{page.title: page.path} for page in pages[provider.slug]]
        nav.append({provider.distribution: section})
    config = {
        "site_name": SITE_NAME,
        "docs_dir": "docs",
        "site_dir": "site",  # beside docs/, in the build folder
        "use_directory_urls": False,  # pages open from disk too, each as its own .html file
        "strict": True,
        "validation": {
            "omitted_files": "warn",
            "absolute_links": "warn",
            "unrecognized_links": "warn",
            "anchors": "warn",
        },
        "theme": {"name": "material", "font": False, "features": ["navigation.sections"]},
        "markdown_extensions": ["tables", "md_in_html", "toc", "admonition"],
        "plugins": [
            "search",
            "autorefs",
            {
                "mkdocstrings": {
                    "default_handler": "python",
                    "handlers": {
                        "python": {
                            "paths": [str(generated / p.slug) for p in providers],
                            "options": {
                                "docstring_style": "google",
                                "show_source": False,
                                "show_root_heading": True,
                                "show_root_full_path": True,
                                "members_order": "source",
                                "show_signature_annotations": True,
                                "separate_signature": True,
                                "show_symbol_type_heading": True,
                                "filters": ["!^_"],
                            },
                        }
                    },
                }
            },
        ],
        "nav": nav,
    }
    return json.dumps(config, indent=2)


def write_site_source(
    providers: list[Provider], out: Path, generated: Path = GENERATED_DIR
) -> Path:
    """Write mkdocs.yml and docs/ into `out` (emptied first); returns mkdocs.yml's path."""
    pages = {p.slug: provider_pages(p, generated) for p in providers}
    docs = out / "docs"
    for page in [home_page(providers), *(page for group in pages.values() for page in group)]:
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text, encoding="utf-8")
    config = out / "mkdocs.yml"
    config.write_text(mkdocs_config(providers, pages, generated), encoding="utf-8")
    return config
