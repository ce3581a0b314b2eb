"""Scale: how the fixed costs grow from today's providers to a hundred.

A scratch copy of the repository gets synthetic providers made on the fly: each a copy of a
real provider's spec under a new slug and package name (`synth007`, `jobclients_synth007`).
A synthetic package holds only its stamp, which is all a no-op run reads; the one that is
edited is generated for real. Measured per size:
- a no-op `generate` (target: under 1 s at a hundred providers);
- one edited spec: exactly that package regenerated, and its wall time;
- the affected list of that one-spec change (scripts/affected.py): exactly that provider;
- `pytest --collect-only --provider <one real provider>`: its wall time and test count,
  which stay flat as providers are added (other providers are not collected or imported).
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.affected import affected
from scripts.bench.regeneration import BenchError, expect_regenerated
from scripts.bench.report import Row
from scripts.codegen.fingerprint import STAMP_FILE, stamp_text
from scripts.codegen.providers import load_provider, provider_slugs
from scripts.paths import GENERATED_DIR, REPO_ROOT, SPECS_DIR
from scripts.spec_model.editing import reword_description

NOOP_TARGET = 1.0  # seconds, at the largest size
COLLECTION_GROWTH_TARGET = 1.5  # one provider's collection at the largest size / the smallest
# What a scratch repository needs besides specs/ and generated/ to run the pipeline and pytest.
_REPO_PARTS = ("scripts", "tests", "pyproject.toml", "noxfile.py", "README.md", "LICENSE")
_REGENERATED = re.compile(r"^(\S+): regenerated in", re.MULTILINE)
_COLLECTED = re.compile(r"(\d+)(?:/\d+)? tests? collected")


@contextmanager
def scratch_repository(size: int) -> Iterator[Path]:
    """A repository of `size` providers: the real ones, then synthetic copies of them."""
    real = provider_slugs(SPECS_DIR)
    if size < len(real):
        raise BenchError(f"a scale of {size} is fewer than the {len(real)} real providers")
    with tempfile.TemporaryDirectory(prefix="jobclients-scale-") as tmp:
        root = Path(tmp)
        for part in _REPO_PARTS:
            source = REPO_ROOT / part
            if source.is_dir():
                shutil.copytree(source, root / part, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copyfile(source, root / part)
        for slug in real:
            shutil.copytree(SPECS_DIR / slug, root / "specs" / slug)
            shutil.copytree(GENERATED_DIR / slug, root / "generated" / slug)
        for number in range(size - len(real)):
            _synthetic(root, f"synth{number:03d}", real[number % len(real)])
        yield root


def _synthetic(root: Path, slug: str, model: str) -> None:
    """specs/<slug> copied from the model provider's under new names, and a stamp saying
    its package is up to date."""
    folder = root / "specs" / slug
    shutil.copytree(SPECS_DIR / model, folder)
    config = (folder / "config.yaml").read_text(encoding="utf-8")
    config = config.replace(f"jobclients-{model}", f"jobclients-{slug}")
    config = config.replace(f"jobclients_{model}", f"jobclients_{slug}")
    (folder / "config.yaml").write_text(config, encoding="utf-8")
    package = root / "generated" / slug
    package.mkdir(parents=True)
    (package / STAMP_FILE).write_text(stamp_text(load_provider(slug, root / "specs")), "utf-8")


def _generate(root: Path) -> tuple[float, list[str]]:
    """`python -m scripts.generate` inside the scratch repository: wall time, regenerated."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--no-verify"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise BenchError(f"generate in {root} failed:\n{done.stdout}{done.stderr}")
    return elapsed, _REGENERATED.findall(done.stdout)


def _collect(root: Path, provider: str) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "--provider", provider, "tests"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    found = _COLLECTED.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise BenchError(f"pytest --collect-only in {root} failed:\n{done.stdout[-3000:]}")
    return elapsed, int(found.group(1))


def scale_rows(sizes: tuple[int, ...], *, repeat: int) -> list[Row]:
    rows: list[Row] = []
    collections: dict[int, float] = {}
    for size in sizes:
        with scratch_repository(size) as root:
            slugs = provider_slugs(root / "specs")
            _generate(root)  # warm-up: the OS file cache
            noop = statistics.median(_noop(root) for _ in range(repeat))
            edited = slugs[-1]
            reword_description(root / "specs" / edited / "openapi.yaml", lambda d: d + " Edited.")
            one_edit, regenerated = _generate(root)
            expect_regenerated(regenerated, {edited})
            touched = affected([f"specs/{edited}/openapi.yaml"], slugs)
            if touched.providers != [edited] or touched.everything:
                raise BenchError(f"a one-spec change touched {touched.providers}, not {edited}")
            collect, tests = min((_collect(root, slugs[0]) for _ in range(repeat)), key=_first)
            collections[size] = collect
        at_top = size == max(sizes)
        rows += [
            Row("scale", f"{size} providers: no-op generate", f"{noop:.2f} s", "", None,
                f"< {NOOP_TARGET:.0f} s at {max(sizes)}" if at_top else "",
                noop < NOOP_TARGET if at_top else None),
            Row("scale", f"{size} providers: one spec edited, exactly 1 regenerated",
                f"{one_edit:.1f} s", "", None),
            Row("scale", f"{size} providers: affected by that one-spec change",
                "1 provider", "", None, "exactly 1", True),
            Row("scale", f"{size} providers: pytest --collect-only --provider {slugs[0]}",
                f"{collect:.1f} s, {tests:,} tests", "", None),
        ]  # fmt: skip
    smallest, largest = min(sizes), max(sizes)
    growth = collections[largest] / collections[smallest]
    rows.append(
        Row(
            "scale",
            f"one provider's collection, {largest} providers against {smallest}",
            f"{collections[largest]:.1f} s",
            f"{smallest} providers {collections[smallest]:.1f} s",
            growth,
            f"<= {COLLECTION_GROWTH_TARGET}x",
            growth <= COLLECTION_GROWTH_TARGET,
        )
    )
    return rows


def _noop(root: Path) -> float:
    elapsed, regenerated = _generate(root)
    expect_regenerated(regenerated, set())
    return elapsed


def _first(pair: tuple[float, int]) -> float:
    return pair[0]
