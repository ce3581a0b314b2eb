"""One regeneration: lint -> generate both outputs -> render -> format -> verify -> swap in.

Each provider is built in a scratch directory beside generated/ and moved into place only
when every step passed, so a failure leaves the committed package exactly as it was; the
move itself survives a kill at any instant (scripts/codegen/swap.py).
"""

from __future__ import annotations

import filecmp
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scripts.codegen import swap
from scripts.codegen.call_plan import operation_calls
from scripts.codegen.fingerprint import STAMP_FILE, TOOL_CACHES, is_up_to_date, stamp_text
from scripts.codegen.formatting import FormatError, format_tree
from scripts.codegen.generators import (
    GeneratorError,
    run_datamodel_codegen,
    run_openapi_python_client,
)
from scripts.codegen.postprocess import (
    PostprocessError,
    base_pydantic_models_on_spec_model,
    join_unexploded_query_arrays,
    open_pydantic_enums,
    require_the_pydantic_extra,
    restore_enum_values,
    restore_string_defaults,
)
from scripts.codegen.providers import ConfigError, Provider
from scripts.codegen.render import RenderError, render_package_files
from scripts.codegen.workspace import Workspace
from scripts.paths import TEMPLATES_DIR
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.errors import SpecError
from scripts.spec_model.normalise import write_generator_inputs
from scripts.spec_model.reading import read_spec
from scripts.verify import VerifyError, verify_package

__all__ = ["PIPELINE_ERRORS", "Workspace", "build_package", "differences", "regenerate"]

# What a run reports as a refusal of one provider (anything else is a bug and a traceback).
PIPELINE_ERRORS = (
    ConfigError,
    SpecError,
    GeneratorError,
    PostprocessError,
    RenderError,
    FormatError,
    VerifyError,
)

CUSTOM_TEMPLATES = TEMPLATES_DIR / "openapi-python-client"
PYDANTIC_MODULE = "pydantic_models"
# Providers are built in parallel threads, but one mypy runs at a time: they share a warm
# cache, and the other providers' generators keep the second core busy meanwhile.
_VERIFY_LOCK = threading.Lock()


def build_package(provider: Provider, spec: SpecDocument, staging: Path) -> Path:
    """Both generators, the package files and formatting, into staging/<slug>."""
    package_root = staging / provider.slug
    package_root.mkdir()
    templates = CUSTOM_TEMPLATES if any(CUSTOM_TEMPLATES.glob("*.jinja")) else None
    models = staging / f"{PYDANTIC_MODULE}.py"
    try:
        inputs = write_generator_inputs(spec, staging)
    except ValueError as exc:  # a rewrite the generators need cannot be made (named in it)
        raise SpecError(provider.spec_path, "components.schemas", str(exc)) from None
    # The two generators are independent processes: run them side by side.
    with ThreadPoolExecutor(max_workers=2) as pool:
        client = pool.submit(
            run_openapi_python_client, provider, inputs.spec, package_root, staging, templates
        )
        pydantic = pool.submit(
            run_datamodel_codegen, provider, inputs.pydantic_spec, models, staging, inputs.aliases
        )
        package_dir, _ = client.result(), pydantic.result()
    open_pydantic_enums(models)
    base_pydantic_models_on_spec_model(models)
    require_the_pydantic_extra(models)  # last: its check comes first in the module
    restore_enum_values(package_dir, spec)
    restore_string_defaults(package_dir, spec)
    join_unexploded_query_arrays(package_dir, spec)
    shutil.move(models, package_dir / models.name)
    render_package_files(provider, spec, package_root)
    format_tree(package_root)
    (package_root / STAMP_FILE).write_text(stamp_text(provider), encoding="utf-8")
    return package_root


def regenerate(provider: Provider, workspace: Workspace, *, force: bool, verify: bool) -> bool:
    """Rebuild one package unless it is up to date; True when it was rebuilt."""
    workspace.recover()
    target = workspace.package_root(provider)
    if not force and is_up_to_date(provider, target):
        return False
    spec = read_spec(provider.spec_path)
    with swap.build_dir(workspace.scratch_dir) as staging:
        built = build_package(provider, spec, staging)
        if verify:
            modules = [c.module for c in operation_calls(spec, provider.import_package)]
            modules.append(f"{provider.import_package}.{PYDANTIC_MODULE}")
            with _VERIFY_LOCK:
                verify_package(provider, built, modules, workspace.scratch_dir / "mypy-cache")
        swap.swap_in(built, target, staging)
    return True


def differences(provider: Provider, workspace: Workspace) -> list[str]:
    """Files under generated/<slug> that differ from a fresh build (relative paths)."""
    workspace.recover()
    spec = read_spec(provider.spec_path)
    with swap.build_dir(workspace.scratch_dir) as staging:
        built = build_package(provider, spec, staging)
        return _tree_diff(built, workspace.package_root(provider))


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and not TOOL_CACHES.intersection(p.relative_to(root).parts)
        }

    want, have = files(expected), files(actual)
    changed = {
        name
        for name in want & have
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    }
    return sorted(changed | (want ^ have))
