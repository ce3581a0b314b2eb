"""The move of a built package into generated/<slug>, safe against a kill at any instant.

Why an exchange first: on Linux renameat2(RENAME_EXCHANGE) swaps the two trees in one
syscall, so a killed run leaves the old or the new package and nothing to repair. Where the
OS or filesystem cannot (ENOSYS, EINVAL), two renames run behind a journal written and
fsynced first; `recover` puts the old tree back before anything reads generated/.

Why flock for ownership: every run holds an flock on its build-*/.owner.lock, which the
kernel drops however the process dies, so a lock that can be taken marks a dead run (pids
can be reused and differ across pid namespaces). flock, not lockf: its locks belong to one
open file, so the threads of one process keep each other out too. A sweep holds the scratch
dir's lock exclusively and a creation holds it shared: no sweep sees a build dir unlocked.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import cast

BUILD_PREFIX = "build-"
OWNER_LOCK = ".owner.lock"
SWEEP_LOCK = ".sweep.lock"
JOURNAL = "swap.json"
RETIRED = "retired"

AT_FDCWD = -100
RENAME_EXCHANGE = 2
# What renameat2 answers when the kernel or the filesystem cannot exchange.
_UNSUPPORTED = frozenset({errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP})

Renameat2 = Callable[[int, bytes, int, bytes, int], int]


@contextmanager
def build_dir(scratch: Path) -> Iterator[Path]:
    """A fresh scratch/build-XXXX owned by this run; settled and removed when the block ends."""
    scratch.mkdir(parents=True, exist_ok=True)
    with _flocked(scratch / SWEEP_LOCK, fcntl.LOCK_SH):
        staging = Path(tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=scratch))
        owner = os.open(staging / OWNER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(owner, fcntl.LOCK_EX)
    try:
        yield staging
    finally:
        try:
            _finish(staging)
        finally:
            os.close(owner)


def swap_in(built: Path, target: Path, staging: Path) -> None:
    """Put built at target; the tree it replaces is left in staging, to go with it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        os.replace(built, target)  # a first generation: one rename
        return
    if _exchange(built, target):
        return
    _write_journal(staging, {"target": target, "retired": staging / RETIRED})
    os.replace(target, staging / RETIRED)
    os.replace(built, target)
    os.unlink(staging / JOURNAL)


def recover(scratch: Path) -> None:
    """Settle the swaps of dead runs and remove their build dirs; live runs' are kept."""
    if not scratch.is_dir():
        return
    with _flocked(scratch / SWEEP_LOCK, fcntl.LOCK_EX):
        for staging in sorted(scratch.glob(f"{BUILD_PREFIX}*")):
            if staging.is_dir() and not _owned(staging):
                _finish(staging)


def _owned(staging: Path) -> bool:
    """True while a live run holds the build dir's lock (a dir without one is dead)."""
    try:
        fd = os.open(staging / OWNER_LOCK, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _finish(staging: Path) -> None:
    """Roll back a half-done swap, then remove the dir (kept if the roll back fails)."""
    _settle(staging)
    shutil.rmtree(staging, ignore_errors=True)


def _settle(staging: Path) -> None:
    """A journal with its target missing: the kill fell between the renames, put old back."""
    try:
        record = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    target, retired = staging / record["target"], staging / record["retired"]
    # Only the run whose first rename took the package away holds it: a journal without a
    # retired tree never renamed anything, even if another run's kill left target missing.
    if retired.exists() and not target.exists():
        os.replace(retired, target)
    os.unlink(staging / JOURNAL)


def _write_journal(staging: Path, paths: dict[str, Path]) -> None:
    """The renames about to run, paths relative to staging; durable before any of them."""
    record = {name: os.path.relpath(path, staging) for name, path in paths.items()}
    partial = staging / f"{JOURNAL}.partial"
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, json.dumps(record).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, staging / JOURNAL)  # a journal is whole or absent
    _fsync_dir(staging)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _flocked(path: Path, operation: int) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, operation)
        yield
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one syscall; False where the OS or the filesystem cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


@cache
def _renameat2() -> Renameat2 | None:
    """libc's renameat2 (glibc 2.28+, musl 1.2.5+) on Linux, else None."""
    if sys.platform != "linux":
        return None
    function = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if function is None:
        return None
    int_, path = ctypes.c_int, ctypes.c_char_p
    function.argtypes = (int_, path, int_, path, ctypes.c_uint)
    function.restype = ctypes.c_int
    return cast(Renameat2, function)
