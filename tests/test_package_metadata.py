"""What PyPI and pip read of each package: the license and its files, classifiers for every
supported Python, absolute project URLs and links, `__version__`, and dependencies that are
exactly what the code imports, checked in the built wheel and by twine."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from uv import find_uv_bin

from scripts.codegen.dependencies import EXTRA_REQUIREMENTS, REQUIREMENTS
from scripts.codegen.providers import load_provider, load_providers
from scripts.distributions import metadata_problems
from scripts.paths import GENERATED_DIR, TEMPLATES_DIR
from tests.conftest import SLUGS

METADATA = tomllib.loads((TEMPLATES_DIR / "package" / "metadata.toml").read_text("utf-8"))
_RELATIVE_LINK = re.compile(r"\]\((?!https://|#)[^)]*\)")


@pytest.fixture(scope="module", params=SLUGS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's wheel and sdist, built as `nox -s build` builds them."""
    out = tmp_path_factory.mktemp(f"dist-{request.param}")
    subprocess.run(
        [find_uv_bin(), "build", "--quiet", "--sdist", "--wheel", "--out-dir", str(out),
         str(GENERATED_DIR / request.param)],
        check=True,
    )  # fmt: skip
    return out


def _metadata(out: Path) -> Message:
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(archive.read(name).decode("utf-8"))


def _imported(package_dir: Path) -> set[str]:
    """The third-party modules the package's code imports, read here independently."""
    names: set[str] = set()
    for module in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != package_dir.name}


def test_the_wheel_says_its_license_and_carries_both_notices(built: Path) -> None:
    metadata = _metadata(built)
    assert metadata["License-Expression"] == "Apache-2.0"
    assert sorted(metadata.get_all("License-File") or []) == [
        "LICENSE",
        "LICENSE-openapi-python-client",
    ]
    (wheel,) = built.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        licenses = [n for n in archive.namelist() if "/licenses/" in n]
        mit = next(n for n in licenses if n.endswith("LICENSE-openapi-python-client"))
        assert "Copyright (c) 2020 Triax Technologies" in archive.read(mit).decode()


def test_classifiers_name_every_supported_python_and_typing(built: Path) -> None:
    metadata = _metadata(built)
    classifiers = set(metadata.get_all("Classifier") or [])
    for version in METADATA["python_versions"]:
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert metadata["Requires-Python"] == f">={METADATA['python_versions'][0]}"


def test_project_urls_and_the_long_description_links_are_absolute(built: Path) -> None:
    metadata = _metadata(built)
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Changelog", "Issues"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values()), urls
    description = metadata.get_payload()
    assert isinstance(description, str) and description.strip()
    assert not _RELATIVE_LINK.findall(description), _RELATIVE_LINK.findall(description)
    assert metadata["Author"] or metadata["Author-email"] or metadata.get_all("Author")


def _requirements(texts: list[str]) -> set[tuple[str, str]]:
    """Requirements as (name, specifiers) pairs, whatever order the specifiers are written in."""
    parsed = [Requirement(text) for text in texts]
    return {(r.name, ",".join(sorted(str(s) for s in r.specifier))) for r in parsed}


def test_dependencies_are_exactly_what_the_code_imports(built: Path) -> None:
    metadata = _metadata(built)
    provider = next(p for p in load_providers(SLUGS) if p.distribution == metadata["Name"])
    imported = _imported(GENERATED_DIR / provider.slug / provider.import_package)
    assert imported <= set(REQUIREMENTS) | set(EXTRA_REQUIREMENTS), imported
    declared = [Requirement(r) for r in metadata.get_all("Requires-Dist") or []]
    plain = [str(r) for r in declared if r.marker is None]
    extra = [str(r).split(";")[0] for r in declared if r.marker is not None]
    assert _requirements(plain) == _requirements(
        [REQUIREMENTS[n] for n in imported if n in REQUIREMENTS]
    )
    assert _requirements(extra) == _requirements(list(EXTRA_REQUIREMENTS.values()))


def test_twine_finds_nothing_to_refuse(built: Path) -> None:
    assert metadata_problems(built) == ""


@pytest.mark.parametrize("slug", SLUGS)
def test_the_package_says_its_version(slug: str) -> None:
    provider = load_provider(slug)
    module = importlib.import_module(provider.import_package)
    assert module.__version__ == provider.version
    assert "__version__" in module.__all__


_WITHOUT_PYDANTIC = """
import sys
sys.modules["pydantic"] = None  # as if the extra were not installed
import {package}
try:
    import {package}.pydantic_models
except ImportError as exc:
    print(exc)
else:
    print("imported")
"""


@pytest.mark.parametrize("slug", SLUGS)
def test_the_models_without_the_extra_name_the_install_line(slug: str) -> None:
    """The attrs client imports without pydantic; the pydantic models say how to get it."""
    provider = load_provider(slug)
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_PYDANTIC.format(package=provider.import_package)],
        env={"PYTHONPATH": str(GENERATED_DIR / slug), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f'pip install "{provider.distribution}[pydantic]"' in done.stdout, done.stdout


_TYPED_RESULT = """
from {package}.types import Response


def the_body(response: Response[int]) -> int:
    return response.parsed  # a success's body as its operation types it, never Optional
"""


def test_a_responses_parsed_body_is_typed_as_the_success_body(tmp_path: Path) -> None:
    """`sync_detailed(...).parsed` is the documented success type, not `T | None`: a
    non-2xx answer raises, so code needs no None check (mypy --strict says so)."""
    provider = load_provider(SLUGS[0])
    program = tmp_path / "typed_result.py"
    program.write_text(_TYPED_RESULT.format(package=provider.import_package), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        env={"MYPYPATH": str(GENERATED_DIR / provider.slug), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
