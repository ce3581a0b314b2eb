"""What only GitHub runs, checked here: the workflows pass actionlint, name only nox sessions
that exist, and read only the fields the project's matrix code writes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nox
import pytest

from scripts.ci_matrix import Job
from scripts.paths import REPO_ROOT

WORKFLOWS = sorted((REPO_ROOT / ".github" / "workflows").glob("*.yml"))
_SESSION = re.compile(r"nox -s ((?:[a-z_]+ ?)+)")


def _actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if found is None:  # pinned in requirements/pipeline.in: its absence is a broken install
        pytest.fail("actionlint is not installed next to this Python (requirements/pipeline.txt)")
    return found


def test_there_are_workflows_to_check() -> None:
    assert {w.name for w in WORKFLOWS} >= {"ci.yml", "release.yml", "spec-diff.yml"}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_each_workflow_passes_actionlint(workflow: Path) -> None:
    result = subprocess.run(
        [_actionlint(), "-no-color", str(workflow)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _noxfile() -> dict[str, object]:
    """The noxfile's names, read afresh (its sessions register with nox as it runs)."""
    nox.registry._REGISTRY.clear()  # a fresh read of the noxfile
    namespace: dict[str, object] = {"__file__": str(REPO_ROOT / "noxfile.py")}
    source = (REPO_ROOT / "noxfile.py").read_text(encoding="utf-8")
    exec(compile(source, str(REPO_ROOT / "noxfile.py"), "exec"), namespace)
    return namespace


def _sessions() -> set[str]:
    """The sessions the noxfile defines, as nox itself registers them."""
    _noxfile()
    return set(nox.registry.get())


@pytest.mark.parametrize(
    "path",
    [*WORKFLOWS, REPO_ROOT / ".ci" / "run", REPO_ROOT / "README.md"],
    ids=lambda p: p.name,
)
def test_every_session_named_is_one_the_noxfile_defines(path: Path) -> None:
    named = {
        session
        for match in _SESSION.finditer(path.read_text(encoding="utf-8"))
        for session in match.group(1).split()
    }
    assert named, f"{path.name} names no nox session"
    assert named <= _sessions(), f"{path.name}: {sorted(named - _sessions())} are not sessions"


def test_the_ci_workflow_reads_only_what_the_matrix_code_writes() -> None:
    text = (REPO_ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    read = set(re.findall(r"\$\{\{[^}]*\bmatrix\.([a-z_]+)", text))
    assert read and read <= set(Job.__annotations__), sorted(read - set(Job.__annotations__))
    assert "nox -s affected" in text and "--matrix" in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["-n", "auto"]),
        (["tests/test_x.py", "-k", "salad"], ["-n", "auto", "tests/test_x.py", "-k", "salad"]),
        (["-n", "4"], ["-n", "4"]),
        (["-n0"], ["-n0"]),
        (["--numprocesses=2"], ["--numprocesses=2"]),
        (["-p", "no:xdist"], ["-p", "no:xdist"]),
        (["--pdb"], ["--pdb"]),
        (["--no-header"], ["-n", "auto", "--no-header"]),
    ],
)
def test_the_tests_session_uses_every_core_unless_told_otherwise(
    args: list[str], expected: list[str]
) -> None:
    parallel = _noxfile()["_parallel"]
    assert callable(parallel) and parallel(args) == expected
