"""`pytest --provider SLUG`: a run of one provider collects that provider's tests and the
shared ones, and never imports another provider's package (the cost of a run stays flat as
providers are added)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.paths import REPO_ROOT
from tests.conftest import ALL_SLUGS, SLUGS

# Written next to the run: at its end, the generated packages the run imported.
_PROBE = """
import json, os, sys

def pytest_sessionfinish(session, exitstatus):
    names = {name.split(".")[0] for name in sys.modules}
    imported = sorted(name for name in names if name.startswith("jobclients_"))
    with open(os.environ["PROBE_OUT"], "w") as out:
        json.dump(imported, out)
"""


def _pytest(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], str]:
    (tmp_path / "selection_probe.py").write_text(_PROBE, encoding="utf-8")
    out = tmp_path / "imported.json"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "selection_probe", "-p", "no:cacheprovider", *args],
        cwd=REPO_ROOT,
        env={
            "PYTHONPATH": f"{REPO_ROOT}:{tmp_path}",
            "PROBE_OUT": str(out),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    return result, out.read_text(encoding="utf-8") if out.exists() else ""


def _package(slug: str) -> str:
    return f"jobclients_{slug}"


@pytest.mark.parametrize("slug", sorted({SLUGS[0], SLUGS[-1]}))
def test_collecting_one_provider_imports_no_other_package(slug: str, tmp_path: Path) -> None:
    result, imported = _pytest(tmp_path, "--collect-only", "-q", "--provider", slug, "tests")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    others = [s for s in ALL_SLUGS if s != slug]
    for other in others:
        assert f"[{other}" not in result.stdout and f"-{other}]" not in result.stdout, other
        assert f'"{_package(other)}"' not in imported, f"{_package(other)} was imported"
    assert f"[{slug}" in result.stdout or f"-{slug}]" in result.stdout


def test_running_one_provider_imports_no_other_package(tmp_path: Path) -> None:
    slug = SLUGS[-1]
    files = ["tests/test_job_surface.py", "tests/test_sdk_wait.py"]
    result, imported = _pytest(tmp_path, "-q", "--provider", slug, *files)
    assert result.returncode in (0, 5), result.stdout[-3000:] + result.stderr[-3000:]
    assert [f'"{_package(s)}"' in imported for s in ALL_SLUGS if s != slug] == [False] * (
        len(ALL_SLUGS) - 1
    ), imported


def test_an_unknown_provider_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    result, _ = _pytest(tmp_path, "--collect-only", "-q", "--provider", "nope", "tests")
    assert result.returncode == 4
    assert "--provider nope: no such provider" in result.stderr
