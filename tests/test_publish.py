"""A real package index in the loop: packages published to a local PyPI-compatible index
(pypiserver on 127.0.0.1), an older and a newer release side by side, pip choosing as users
expect, and a version the index lacks never taken from anywhere else."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from uv import find_uv_bin

from scripts.codegen.providers import load_provider
from scripts.isolated_env import InstallError, fresh_env_from_index
from scripts.package_index import local_index, upload, versions_on
from scripts.paths import GENERATED_DIR
from scripts.publish import publish
from tests.conftest import SLUGS

OLDER = "0.0.1"


@pytest.fixture(scope="module")
def index() -> Iterator[str]:
    with local_index() as url:
        yield url


def _built(package_root: Path, out: Path) -> list[Path]:
    subprocess.run(
        [find_uv_bin(), "build", "--quiet", "--sdist", "--wheel", "--out-dir", str(out),
         str(package_root)],
        check=True,
    )  # fmt: skip
    return sorted(p for p in out.iterdir() if p.name.endswith((".whl", ".tar.gz")))


def _older_copy(slug: str, into: Path) -> Path:
    """generated/<slug> as an older release would have been: the same code, version OLDER."""
    root = into / slug
    shutil.copytree(GENERATED_DIR / slug, root, ignore=shutil.ignore_patterns("__pycache__"))
    pyproject = root / "pyproject.toml"
    text = re.sub(r'^version = "[^"]+"$', f'version = "{OLDER}"', pyproject.read_text("utf-8"),
                  count=1, flags=re.MULTILINE)  # fmt: skip
    pyproject.write_text(text, encoding="utf-8")
    return root


def _downloaded(index: str, requirement: str, into: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary",
         ":all:", "--index-url", index, "--dest", str(into), requirement],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return sorted(p.name for p in into.glob("*.whl"))


def test_an_older_and_a_newer_release_side_by_side(index: str, tmp_path: Path) -> None:
    provider = load_provider(SLUGS[-1])
    assert publish([provider], index, "local", "local") == 0
    upload(index, _built(_older_copy(provider.slug, tmp_path), tmp_path / "old"), "x", "x")
    assert versions_on(index, provider.distribution) == {OLDER, provider.version}
    stem = provider.distribution.replace("-", "_")
    newest = _downloaded(index, provider.distribution, tmp_path / "any")
    assert newest == [f"{stem}-{provider.version}-py3-none-any.whl"]
    pinned = _downloaded(index, f"{provider.distribution}=={OLDER}", tmp_path / "pinned")
    assert pinned == [f"{stem}-{OLDER}-py3-none-any.whl"]
    below = _downloaded(index, f"{provider.distribution}<{provider.version}", tmp_path / "below")
    assert below == pinned


def test_publishing_again_uploads_nothing(index: str, capsys: pytest.CaptureFixture[str]) -> None:
    provider = load_provider(SLUGS[-1])
    assert publish([provider], index, "local", "local") == 0
    assert publish([provider], index, "local", "local") == 0
    assert "on the index already" in capsys.readouterr().out


def test_a_version_the_index_lacks_is_never_taken_from_another(index: str, tmp_path: Path) -> None:
    """The package's own name comes from the index given or not at all: no fallback to PyPI
    (where a look-alike could be), even for a version that exists nowhere."""
    provider = load_provider(SLUGS[-1])
    with pytest.raises(InstallError, match=re.escape(f"{provider.distribution}==9.9.9")):
        fresh_env_from_index(tmp_path, index, provider.distribution, "9.9.9")


def test_an_index_without_the_project_lists_no_version(index: str) -> None:
    assert versions_on(index, "jobclients-no-such-provider") == set()
