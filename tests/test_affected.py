"""Which providers a change touches (`nox -s affected`), and the CI matrix made from them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.affected import affected, changed_paths
from scripts.ci_matrix import MAX_JOBS, matrix, supported_pythons
from scripts.paths import REPO_ROOT
from tests.spec_diff_support import commit_all, git

SLUGS = ["figur", "salad", "salad2", "sieve"]


@pytest.mark.parametrize(
    ("changed", "providers"),
    [
        (["specs/salad/openapi.yaml"], ["salad"]),
        (["generated/sieve/jobclients_sieve/client.py"], ["sieve"]),
        (["specs/salad/config.yaml", "generated/figur/README.md"], ["figur", "salad"]),
        (["specs/gone/openapi.yaml"], []),  # a provider removed: nothing left to test
        (["README.md", ".github/workflows/ci.yml", "scripts/bench/RESULTS.md"], []),
        (["scripts/changes/new-thing.fixed.md"], []),
    ],
    ids=["one-spec", "one-package", "two", "removed", "docs-and-workflows", "fragment"],
)
def test_a_change_touches_the_providers_whose_folders_it_changes(
    changed: list[str], providers: list[str]
) -> None:
    result = affected(changed, SLUGS)
    assert result.providers == providers and not result.everything


@pytest.mark.parametrize(
    "path",
    [
        "scripts/templates/runtime/retry.py",
        "scripts/templates/openapi-python-client/endpoint_module.py.jinja",
        "scripts/codegen/pipeline.py",
        "scripts/mock_server.py",
        "requirements/pipeline.txt",
        "noxfile.py",
        "tests/conftest.py",
        "tools/prism/package-lock.json",
    ],
)
def test_what_every_package_is_made_or_tested_with_touches_them_all(path: str) -> None:
    result = affected(["specs/salad/openapi.yaml", path], SLUGS)
    assert result.everything and result.providers == SLUGS and result.because == [path]


def test_salad_does_not_touch_salad2() -> None:
    assert affected(["specs/salad2/openapi.yaml"], SLUGS).providers == ["salad2"]


def test_the_changed_paths_include_commits_edits_and_new_files(tmp_path: Path) -> None:
    (tmp_path / "specs" / "a").mkdir(parents=True)
    (tmp_path / "specs" / "a" / "openapi.yaml").write_text("one\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("x\n", encoding="utf-8")
    commit_all(tmp_path, "base")
    base = git(tmp_path, "rev-parse", "HEAD").strip()
    (tmp_path / "README.md").write_text("y\n", encoding="utf-8")
    commit_all(tmp_path, "committed")
    (tmp_path / "specs" / "a" / "openapi.yaml").write_text("two\n", encoding="utf-8")
    (tmp_path / "specs" / "b").mkdir()
    (tmp_path / "specs" / "b" / "openapi.yaml").write_text("new\n", encoding="utf-8")
    assert changed_paths(base, tmp_path) == [
        "README.md",
        "specs/a/openapi.yaml",
        "specs/b/openapi.yaml",
    ]


def test_the_matrix_has_a_shared_job_and_groups_every_provider_once_per_python() -> None:
    providers = [f"p{i}" for i in range(11)]
    jobs = matrix(providers, 4, ["3.11", "3.13"])["include"]
    assert jobs[0] == {
        "name": "shared", "python": "3.11", "providers": "", "pytest": "--part shared"
    }  # fmt: skip
    for python in ("3.11", "3.13"):
        groups = [j["providers"].split() for j in jobs[1:] if j["python"] == python]
        assert [len(g) for g in groups] == [4, 4, 3]
        assert [slug for group in groups for slug in group] == providers
    assert jobs[1]["pytest"] == (
        "--provider p0 --provider p1 --provider p2 --provider p3 --part providers"
    )
    assert [j["name"] for j in jobs[-2:]] == ["p8 .. p10, Python 3.11", "p8 .. p10, Python 3.13"]


def test_by_default_every_supported_python_is_in_the_matrix() -> None:
    pythons = supported_pythons()
    assert pythons[0] == "3.11" and len(pythons) >= 2
    jobs = matrix(["a"], 5)["include"]
    assert [j["python"] for j in jobs[1:]] == pythons


def test_a_run_that_touches_no_provider_runs_the_shared_job_alone() -> None:
    assert [job["name"] for job in matrix([], 5)["include"]] == ["shared"]


def test_groups_widen_to_stay_within_githubs_job_limit() -> None:
    providers = [f"p{i}" for i in range(1000)]
    jobs = matrix(providers, 1, ["3.11", "3.12", "3.13"])["include"]
    assert len(jobs) <= MAX_JOBS
    for python in ("3.11", "3.12", "3.13"):
        listed = [s for j in jobs[1:] if j["python"] == python for s in j["providers"].split()]
        assert listed == providers


def test_the_command_prints_a_matrix_github_can_read() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.affected", "--all", "--matrix", "5"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    jobs = json.loads(result.stdout)["include"]
    assert jobs[0]["name"] == "shared" and len(jobs) >= 2
