"""The swap into generated/<slug> survives a kill at every step; dead runs' scratch goes.

Each kill is a child Python process that swaps two small fake trees and SIGKILLs itself
right after its Nth filesystem call (counted by wrappers it installs on itself); N runs up
from 0 until a child finishes, so no step is left out when the swap changes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.codegen import swap
from scripts.paths import REPO_ROOT
from tests.conftest import SLUGS, RepoCopy, tree_digest

# argv: scratch, the new tree to copy in, target, mode (exchange | journal), kill after N.
CHILD = """
import ctypes, errno, os, shutil, signal, sys
from pathlib import Path
from scripts.codegen import swap

scratch, new, target, mode = sys.argv[1:5]
kill_after, steps = int(sys.argv[5]), 0

def counted(function):
    def step(*args, **kwargs):
        global steps
        result = function(*args, **kwargs)
        steps += 1
        if steps == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return step

def unsupported(*_):
    ctypes.set_errno(errno.EINVAL)
    return -1

renameat2 = swap._renameat2() if mode == "exchange" else unsupported
swap._renameat2 = lambda: counted(renameat2)
with swap.build_dir(Path(scratch)) as staging:
    shutil.copytree(new, staging / "pkg")
    for name in ("replace", "rename", "write", "fsync", "unlink", "rmdir", "mkdir"):
        setattr(os, name, counted(getattr(os, name)))
    if kill_after == 0:
        os.kill(os.getpid(), signal.SIGKILL)
    swap.swap_in(staging / "pkg", Path(target), staging)
"""

OLD = {"__init__.py": "old = 1\n", "api/calls.py": "def call(): ...\n", "api/only_old.py": ""}
NEW = {"__init__.py": "new = 2\n", "api/calls.py": "def call(x): ...\n", "models.py": "M = 1\n"}


def _child(*args: object) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", CHILD, *map(str, args)]
    return subprocess.Popen(command, cwd=REPO_ROOT)


def _write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def _builds(scratch: Path) -> list[str]:
    return sorted(p.name for p in scratch.glob("build-*"))


@pytest.mark.parametrize("first_time", [False, True], ids=["replace", "first-time"])
@pytest.mark.parametrize("mode", ["exchange", "journal"])
def test_a_kill_at_any_step_leaves_the_old_or_the_new_tree(
    tmp_path: Path, mode: str, first_time: bool
) -> None:
    old, new = _write_tree(tmp_path / "old", OLD), _write_tree(tmp_path / "new", NEW)
    scratch, target = tmp_path / ".jobclients-tmp", tmp_path / "generated" / "pkg"
    (scratch / "mypy-cache").mkdir(parents=True)
    seen: list[str] = []
    for kill_after in range(100):
        shutil.rmtree(target, ignore_errors=True)
        if not first_time:
            shutil.copytree(old, target)
        run = _child(scratch, new, target, mode, kill_after)
        if run.wait() == 0:
            break
        assert run.returncode == -signal.SIGKILL
        seen.append("missing" if not target.exists() else "present")
        swap.recover(scratch)
        allowed = [tree_digest(new)] + ([] if first_time else [tree_digest(old)])
        assert target.exists() or first_time, f"no package after a kill at step {kill_after}"
        if target.exists():
            assert tree_digest(target) in allowed, f"a mixed tree after step {kill_after}"
        assert _builds(scratch) == [], "a dead run's build dir was left"
        assert (scratch / "mypy-cache").is_dir()
    else:
        pytest.fail("the swap never finished")
    assert tree_digest(target) == tree_digest(new)
    assert len(seen) >= 4, seen  # the child really was killed along the way
    if mode == "journal" and not first_time:
        assert "missing" in seen, "no kill fell between the two renames: recovery went untested"
    elif mode == "exchange":
        assert "missing" not in seen or first_time, "the exchange left the target missing"


def test_a_swap_that_fails_between_the_renames_puts_the_old_tree_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _write_tree(tmp_path / "generated" / "pkg", OLD)
    before = tree_digest(target)
    monkeypatch.setattr(swap, "_exchange", lambda *_: False)
    real_replace = os.replace

    def fail_into_target(src: Path, dst: Path) -> None:
        if Path(dst) == target:  # the second rename: the old tree is out already
            assert not target.exists()
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_into_target)
    with pytest.raises(OSError, match="disk full"), swap.build_dir(tmp_path / "s") as staging:
        swap.swap_in(_write_tree(staging / "pkg", NEW), target, staging)
    assert tree_digest(target) == before
    assert _builds(tmp_path / "s") == []


def test_recovery_takes_the_old_tree_only_from_the_run_that_moved_it(tmp_path: Path) -> None:
    """Dead runs killed before their first rename hold the new tree, not the old one."""
    scratch, target = tmp_path / ".jobclients-tmp", tmp_path / "generated" / "pkg"
    shutil.copytree(_write_tree(tmp_path / "old", OLD), target)
    _kill_between_the_renames(scratch, _write_tree(tmp_path / "new", NEW), target)
    [holder] = [p for p in scratch.glob("build-*") if (p / swap.RETIRED).exists()]
    holder.rename(scratch / "build-~")  # settled last, after the runs killed earlier
    assert len(_builds(scratch)) > 2
    swap.recover(scratch)
    assert tree_digest(target) == tree_digest(tmp_path / "old")
    assert _builds(scratch) == []


def test_only_build_dirs_of_dead_runs_are_removed(tmp_path: Path) -> None:
    scratch = tmp_path / ".jobclients-tmp"
    (scratch / "build-from-before-locks").mkdir(parents=True)  # left by an older pipeline
    (scratch / "mypy-cache").mkdir()
    killed = _child(scratch, _write_tree(tmp_path / "new", NEW), tmp_path / "t", "exchange", 1)
    assert killed.wait() == -signal.SIGKILL
    [dead] = set(_builds(scratch)) - {"build-from-before-locks"}
    # A live run in another process: it waits inside its build dir until stdin closes.
    script = "import sys; from pathlib import Path; from scripts.codegen import swap\n"
    script += "with swap.build_dir(Path(sys.argv[1])) as d: print(d.name, flush=True); input()"
    command = [sys.executable, "-c", script, str(scratch)]
    live = subprocess.Popen(
        command, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert live.stdout is not None and live.stdin is not None
    theirs = live.stdout.readline().strip()
    try:
        with swap.build_dir(scratch) as mine:  # a live run of this process, as a thread's
            swap.recover(scratch)
            assert _builds(scratch) == sorted([mine.name, theirs])
            assert dead not in _builds(scratch)
            assert (scratch / "mypy-cache").is_dir()
    finally:
        live.stdin.close()
        live.wait()
    assert _builds(scratch) == []


def test_a_run_after_a_kill_between_the_renames_finds_generated_whole(
    repo_copy: RepoCopy,
) -> None:
    """End to end on a repo copy: `--check` (and a normal run) recover before they read."""
    slug = SLUGS[0]
    target = repo_copy.generated / slug
    before = tree_digest(repo_copy.generated)
    new = repo_copy.root / "new"
    shutil.copytree(target, new)
    (new / "README.md").write_text("a new build")
    scratch = repo_copy.root / ".jobclients-tmp"
    _kill_between_the_renames(scratch, new, target)
    result = repo_copy.generate("--check", slug)
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree_digest(repo_copy.generated) == before
    assert _builds(scratch) == []
    _kill_between_the_renames(scratch, new, target)
    result = repo_copy.generate(slug)
    assert result.returncode == 0, result.stderr
    assert f"{slug}: up to date, skipped" in result.stdout
    assert tree_digest(repo_copy.generated) == before
    assert _builds(scratch) == []


def _kill_between_the_renames(scratch: Path, new: Path, target: Path) -> None:
    """Kill a journalled swap at later and later steps until the target is gone."""
    for kill_after in range(1, 20):
        assert _child(scratch, new, target, "journal", kill_after).wait() == -signal.SIGKILL
        if not target.exists():
            return
    pytest.fail("no step left the target missing")
