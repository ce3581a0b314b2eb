"""The packages a push releases and their tags (scripts/release_tags.py): what the release
workflow publishes, computed here where it is tested."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from scripts.paths import REPO_ROOT
from scripts.release_tags import NO_COMMIT, releases
from tests.spec_diff_support import commit_all, git

_CONFIG = (
    "distribution: jobclients-{0}\nimport_package: jobclients_{0}\nversion: {1}\ndescription: x\n"
)


def _config(repo: Path, slug: str, version: str) -> None:
    folder = repo / "specs" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text(_CONFIG.format(slug, version), encoding="utf-8")


def _head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def test_only_the_packages_whose_version_changed_are_released(tmp_path: Path) -> None:
    _config(tmp_path, "salad", "0.2.0")
    _config(tmp_path, "sieve", "0.1.0")
    _config(tmp_path, "gone", "1.0.0")
    commit_all(tmp_path, "first")
    first = _head(tmp_path)
    _config(tmp_path, "salad", "0.3.0")
    _config(tmp_path, "fresh", "0.1.0")
    shutil.rmtree(tmp_path / "specs" / "gone")
    (tmp_path / "specs" / "sieve" / "openapi.yaml").write_text("edited: true\n")  # no bump
    commit_all(tmp_path, "second")
    found = releases(first, "HEAD", tmp_path)
    assert [r["tag"] for r in found] == ["jobclients-fresh-v0.1.0", "jobclients-salad-v0.3.0"]
    assert found[1] == {
        "slug": "salad",
        "distribution": "jobclients-salad",
        "version": "0.3.0",
        "tag": "jobclients-salad-v0.3.0",
    }
    assert releases(_head(tmp_path), "HEAD", tmp_path) == []


def test_a_first_push_releases_every_package(tmp_path: Path) -> None:
    _config(tmp_path, "salad", "0.2.0")
    commit_all(tmp_path, "first")
    assert [r["tag"] for r in releases(NO_COMMIT, "HEAD", tmp_path)] == ["jobclients-salad-v0.2.0"]


def test_the_command_prints_a_matrix_and_refuses_an_unknown_commit() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "scripts.release_tags", *args]
        return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)

    done = run("HEAD", "HEAD")
    assert done.returncode == 0 and json.loads(done.stdout) == {"include": []}
    bad = run("no-such-commit")
    assert bad.returncode == 2 and bad.stderr.startswith("error: git")
