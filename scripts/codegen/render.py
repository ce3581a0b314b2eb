"""The package files around the generated code: pyproject.toml, README.md, CHANGELOG.md and
the licenses."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

import jinja2

from scripts.codegen.call_plan import OperationCall, auth_of, default_base_url, operation_calls
from scripts.codegen.dependencies import DependencyError, requirements
from scripts.codegen.escaping import package_environment
from scripts.codegen.fingerprint import TOOL_CACHES
from scripts.codegen.providers import Provider
from scripts.codegen.spec_facts import (
    SpecFactError,
    events_plans,
    jobs_plan,
    paging_plans,
    poll_plan,
    spec_facts,
)
from scripts.paths import LICENSE_FILE, TEMPLATES_DIR
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.errors import SpecError, one_line
from scripts.spec_model.naming import class_name


class RenderError(Exception):
    """A package file could not be written from the spec's data (named in the message)."""


PACKAGE_TEMPLATES = TEMPLATES_DIR / "package"
RUNTIME_DIR = TEMPLATES_DIR / "runtime"
# Rendered into the import package, next to (or over) what openapi-python-client wrote.
PACKAGE_MODULES = ("__init__.py", "client.py", "_spec.py")
# Only where the spec marks an operation x-jobclients-poll.
WAIT_MODULE = "wait.py"
# Only where the spec marks an operation x-jobclients-pagination.
PAGING_MODULE = "paging.py"
# Only where the spec marks an operation x-jobclients-events.
EVENTS_MODULE = "events.py"
# Where there is a poll operation with arguments: the job surface.
JOBS_MODULE = "jobs.py"
METADATA_FILE = PACKAGE_TEMPLATES / "metadata.toml"
# Each package carries the repository's license, and the notice of the project its api/ and
# models/ code is made from (the templates derived from openapi-python-client's).
LICENSES = (
    (LICENSE_FILE, "LICENSE"),
    (
        TEMPLATES_DIR / "openapi-python-client" / "LICENSE-openapi-python-client",
        "LICENSE-openapi-python-client",
    ),
)


def render_package_files(provider: Provider, spec: SpecDocument, package_root: Path) -> None:
    """Write the files that make `package_root` an installable, documented project."""
    environment = package_environment(PACKAGE_TEMPLATES)
    calls = operation_calls(spec, provider.import_package)
    try:
        poll, facts, paging = poll_plan(spec), spec_facts(spec), paging_plans(spec)
        jobs, events = jobs_plan(spec, poll, paging), events_plans(spec)
    except SpecFactError as exc:
        raise SpecError(provider.spec_path, exc.place, exc.message) from None
    poll_call = next((c for c in calls if poll and c.operation_id == poll.operation_id), None)
    context = {
        "provider": provider,
        "title": spec.title,
        "api_version": spec.version,
        "base_url": default_base_url(spec),
        "auth": auth_of(spec),
        "calls": calls,
        "call": example_call(spec, calls),
        "first_model": first_response_model(spec),
        "spec": facts,
        "poll": poll,
        "poll_call": poll_call,
        "paging": paging,
        "jobs": jobs,
        "events": events,
    }
    package_dir = package_root / provider.import_package
    for name in (
        *PACKAGE_MODULES,
        *([WAIT_MODULE] if poll else []),
        *([PAGING_MODULE] if paging else []),
        *([JOBS_MODULE] if jobs else []),
        *([EVENTS_MODULE] if events else []),
    ):
        _render(environment, provider, name, context, package_dir / name)
    shutil.copytree(
        RUNTIME_DIR, package_dir / "_runtime", ignore=shutil.ignore_patterns(*TOOL_CACHES)
    )
    # Last: the dependencies are read from the code, now that all of it is written.
    try:
        context["dependencies"], context["extra_dependencies"] = requirements(package_dir)
    except DependencyError as exc:
        raise RenderError(f"{provider.spec_path}: {exc}") from None
    context["metadata"] = package_metadata()
    for name in ("pyproject.toml", "README.md"):
        _render(environment, provider, name, context, package_root / name)
    for source, name in LICENSES:
        shutil.copyfile(source, package_root / name)
    if provider.changelog_path.is_file():
        shutil.copyfile(provider.changelog_path, package_root / "CHANGELOG.md")
    else:  # a new provider: the first entry is its first version
        first = f"# Changelog\n\n## {provider.version}\n\n- First release.\n"
        (package_root / "CHANGELOG.md").write_text(first, encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")


def package_metadata() -> dict[str, Any]:
    """What every package says of where it comes from (templates/package/metadata.toml)."""
    with METADATA_FILE.open("rb") as file:
        return tomllib.load(file)


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


def example_call(spec: SpecDocument, calls: list[OperationCall]) -> OperationCall | None:
    """The call the README's examples make: the first GET without a request body, else
    the first operation; None for a spec without operations."""
    bodiless = {op.python_name for op in spec.operations if op.request_body is None}
    gets = [c for c in calls if c.method == "get" and c.operation_id in bodiless]
    return next(iter(gets or calls), None)


def first_response_model(spec: SpecDocument) -> str | None:
    """The class of the first operation's first success response with a component schema."""
    for op in spec.operations:
        for response in sorted(op.responses, key=lambda r: r.status):
            if not response.status.startswith("2"):
                continue
            for media in response.content:
                if media.schema is not None and media.schema.component is not None:
                    return class_name(media.schema.component)
    return None
