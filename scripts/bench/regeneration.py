"""Regeneration: the whole pipeline against the bare generator command lines it wraps.

Runs in a scratch copy of specs/ and generated/, so the committed packages are never
touched. Every figure is the wall time of the command a maintainer types (interpreter
start included), the median of interleaved runs.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.bench.report import Row
from scripts.bench.timing import interleaved_medians
from scripts.codegen.generators import datamodel_codegen_command, openapi_python_client_command
from scripts.codegen.pipeline import CUSTOM_TEMPLATES
from scripts.codegen.providers import Provider, load_providers
from scripts.paths import GENERATED_DIR, REPO_ROOT, SPECS_DIR
from scripts.spec_model.editing import reword_description

NOOP_TARGET = 0.3  # seconds for a run in which nothing changed
_REGENERATED = re.compile(r"^(\S+): regenerated in", re.MULTILINE)


class BenchError(Exception):
    """A benchmarked command failed: its figure would mean nothing."""


@dataclass(frozen=True)
class Scratch:
    """A copy of specs/ and generated/ (limited to some providers) to regenerate into."""

    root: Path
    slugs: tuple[str, ...]

    def pipeline(self, *args: str) -> list[str]:
        """Run `python -m scripts.generate` on the copy; the providers it regenerated."""
        command = [
            sys.executable, "-m", "scripts.generate",
            "--specs-dir", str(self.root / "specs"),
            "--generated-dir", str(self.root / "generated"),
            *args,
        ]  # fmt: skip
        done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
        return _REGENERATED.findall(done.stdout)

    def bare_generators(self) -> None:
        """Both generators on every provider, as plain commands: what the pipeline wraps."""
        with tempfile.TemporaryDirectory(dir=self.root) as out:
            for provider in self.providers():
                work = Path(out) / provider.slug
                work.mkdir()
                for command in (
                    openapi_python_client_command(
                        provider,
                        provider.spec_path,
                        work / provider.import_package,
                        work,
                        CUSTOM_TEMPLATES,
                    ),
                    datamodel_codegen_command(provider.spec_path, work / "pydantic_models.py"),
                ):
                    done = subprocess.run(command, cwd=work, capture_output=True, check=False)
                    if done.returncode != 0:
                        raise BenchError(f"{' '.join(command)} failed:\n{done.stderr.decode()}")

    def providers(self) -> list[Provider]:
        return load_providers(list(self.slugs), self.root / "specs")

    def edit_spec(self, slug: str, mark: int) -> None:
        """A one-sentence change to the spec's description: every output file may change."""
        reword_description(
            self.root / "specs" / slug / "openapi.yaml",
            lambda description: f"{description.split(' Bench edit ', 1)[0]} Bench edit {mark}.",
        )


@contextmanager
def scratch_copy(slugs: tuple[str, ...]) -> Iterator[Scratch]:
    with tempfile.TemporaryDirectory(prefix="jobclients-bench-") as root:
        for slug in slugs:
            shutil.copytree(SPECS_DIR / slug, Path(root) / "specs" / slug)
            if (GENERATED_DIR / slug).is_dir():
                shutil.copytree(GENERATED_DIR / slug, Path(root) / "generated" / slug)
        yield Scratch(Path(root), slugs)


def regeneration_rows(slugs: tuple[str, ...], *, repeat: int) -> list[Row]:
    with scratch_copy(slugs) as scratch:
        scratch.pipeline("--force")  # warm-up: the mypy cache and the OS file cache
        full = interleaved_medians(
            {
                "pipeline": lambda: expect_regenerated(scratch.pipeline("--force"), set(slugs)),
                "bare": scratch.bare_generators,
            },
            repeat=repeat,
        )
        noop = _median_wall(lambda: expect_regenerated(scratch.pipeline(), set()), repeat)
        edited = slugs[0]
        edits = iter(range(1, repeat + 1))

        def edit_and_regenerate() -> None:
            scratch.edit_spec(edited, next(edits))
            expect_regenerated(scratch.pipeline(), {edited})

        one_edit = _median_wall(edit_and_regenerate, repeat)
    return _rows(slugs, full, noop, one_edit, edited)


def expect_regenerated(regenerated: list[str], wanted: set[str]) -> None:
    if set(regenerated) != wanted or len(regenerated) != len(wanted):
        raise BenchError(f"expected {sorted(wanted) or 'nothing'} regenerated, got {regenerated}")


def _median_wall(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _rows(
    slugs: tuple[str, ...], full: dict[str, float], noop: float, one_edit: float, edited: str
) -> list[Row]:
    bare = f"bare generators {full['bare']:.1f} s"
    count = f"{len(slugs)} provider{'s' if len(slugs) > 1 else ''}"
    full_ratio = full["pipeline"] / full["bare"]
    return [
        Row(
            section="regenerate",
            subject=f"full, {count} (lint, both generators, format, mypy --strict)",
            figure=f"{full['pipeline']:.1f} s",
            baseline=bare,
            ratio=full_ratio,
            target="<= 1.0x",
            holds=full_ratio <= 1.0,
        ),
        Row(
            section="regenerate",
            subject="no-op (nothing changed)",
            figure=f"{noop:.2f} s",
            baseline=bare,
            ratio=noop / full["bare"],
            target=f"<= {NOOP_TARGET} s",
            holds=noop <= NOOP_TARGET,
        ),
        Row(
            section="regenerate",
            subject=f"one spec edited ({edited}): exactly 1 of {len(slugs)} regenerated",
            figure=f"{one_edit:.1f} s",
            baseline=bare,
            ratio=one_edit / full["bare"],
            target="exactly 1 package",
            holds=True,  # expect_regenerated raised otherwise
        ),
    ]


def all_slugs() -> tuple[str, ...]:
    return tuple(p.slug for p in load_providers(None, SPECS_DIR))
