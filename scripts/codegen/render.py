"""The package files around the generated code: pyproject.toml, README.md, CHANGELOG.md."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import jinja2

from scripts.codegen.call_plan import auth_of, default_base_url, operation_calls
from scripts.codegen.escaping import package_environment
from scripts.codegen.providers import Provider
from scripts.codegen.spec_facts import poll_plan, spec_facts
from scripts.paths import TEMPLATES_DIR
from scripts.spec_lint import iter_operations
from scripts.spec_model.errors import one_line


class RenderError(Exception):
    """A package file could not be written from the spec's data (named in the message)."""


PACKAGE_TEMPLATES = TEMPLATES_DIR / "package"
RUNTIME_DIR = TEMPLATES_DIR / "runtime"
# Rendered into the import package, next to (or over) what openapi-python-client wrote.
PACKAGE_MODULES = ("client.py", "_spec.py", "wait.py")


def render_package_files(provider: Provider, document: dict[str, Any], package_root: Path) -> None:
    """Write the files that make `package_root` an installable, documented project."""
    environment = package_environment(PACKAGE_TEMPLATES)
    calls = operation_calls(document, provider.import_package)
    poll = poll_plan(document)
    context = {
        "provider": provider,
        "title": document["info"]["title"],
        "api_version": document["info"]["version"],
        "base_url": default_base_url(document),
        "auth": auth_of(document),
        "calls": calls,
        "call": calls[0],
        "first_model": first_response_model(document),
        "spec": spec_facts(document),
        "poll": poll,
        "poll_call": next(c for c in calls if c.operation_id == poll.operation_id),
    }
    package_dir = package_root / provider.import_package
    for name in ("pyproject.toml", "README.md"):
        _render(environment, provider, name, context, package_root / name)
    for name in PACKAGE_MODULES:
        _render(environment, provider, name, context, package_dir / name)
    shutil.copytree(
        RUNTIME_DIR, package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copyfile(provider.changelog_path, package_root / "CHANGELOG.md")
    (package_dir / "py.typed").write_text("", encoding="utf-8")


def _render(
    environment: jinja2.Environment,
    provider: Provider,
    name: str,
    context: dict[str, Any],
    target: Path,
) -> None:
    """One template; a value it cannot write safely is a RenderError naming both."""
    try:
        text = environment.get_template(f"{name}.jinja").render(context)
    except (jinja2.TemplateError, ValueError, TypeError) as exc:
        message = f"{provider.spec_path}: cannot write {name}: {one_line(str(exc))}"
        raise RenderError(message) from None
    target.write_text(text, encoding="utf-8")


def first_response_model(document: dict[str, Any]) -> str:
    """The component schema name of the first operation's first success response."""
    for op in iter_operations(document):
        for status, response in sorted((op.node.get("responses") or {}).items()):
            if not str(status).startswith("2"):
                continue
            for media in (response.get("content") or {}).values():
                ref = (media.get("schema") or {}).get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    return str(ref.rsplit("/", 1)[1])
    raise ValueError("no operation answers a success response with a component schema")
