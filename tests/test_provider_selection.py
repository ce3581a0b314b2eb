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

def pytest_collection_finish(session):
    from tests.conftest import ALL_SLUGS, names_a_provider
    unnamed = []
    for item in session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        slugs = [v for v in params.values() if isinstance(v, str) and v in ALL_SLUGS]
        if slugs and not names_a_provider(item.nodeid, slugs):
            unnamed.append(item.nodeid)
    with open(os.environ["PROBE_OUT"] + ".unnamed", "w") as out:
        json.dump(unnamed, out)

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


def _count(result: subprocess.CompletedProcess[str]) -> int:
    last = result.stdout.strip().splitlines()[-1]  # "12/34 tests collected (22 deselected)"
    return int(last.split("/")[0].split()[0])


def test_the_provider_part_and_the_shared_part_split_the_run(tmp_path: Path) -> None:
    """A CI job per provider runs `--part providers`, one job `--part shared`: together they
    run each test of that provider once, and a test given a slug names it in its id."""
    slug = SLUGS[-1]
    runs = {
        part: _pytest(tmp_path, "--collect-only", "-q", "--provider", slug, "--part", part)
        for part in ("all", "providers", "shared")
    }
    for part, (result, _) in runs.items():
        assert result.returncode == 0, part + result.stdout[-2000:] + result.stderr[-2000:]
    counts = {part: _count(result) for part, (result, _) in runs.items()}
    assert counts["providers"] + counts["shared"] == counts["all"] > counts["providers"] > 0
    shared = runs["shared"][0].stdout
    assert f"[{slug}" not in shared and f"-{slug}]" not in shared
    unnamed = (tmp_path / "imported.json.unnamed").read_text(encoding="utf-8")
    assert unnamed == "[]", unnamed
