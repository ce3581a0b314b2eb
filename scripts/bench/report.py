"""The one table `nox -s bench` prints, and the committed results file it refreshes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

BEGIN = "<!-- bench:begin (written by `nox -s bench`; edit outside these markers) -->"
END = "<!-- bench:end -->"


@dataclass(frozen=True)
class Row:
    """One measurement: the subject's figure, its baseline's, their ratio and the target."""

    section: str
    subject: str
    figure: str  # the subject's own figure, with its unit
    baseline: str  # what the ratio divides by, with its figure
    ratio: float | None  # subject / baseline in the section's sense; None when not a ratio
    target: str = ""
    holds: bool | None = None  # None when the row has no target

    @property
    def verdict(self) -> str:
        return {True: "holds", False: "MISSED", None: ""}[self.holds]


def render_table(rows: list[Row]) -> str:
    lines = [
        "| section | subject | figure | baseline | ratio | target | verdict |",
        "|---|---|---|---|---:|---|---|",
    ]
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            f"| {row.section} | {row.subject} | {row.figure} | {row.baseline} | {ratio} "
            f"| {row.target} | {row.verdict} |"
        )
    return "\n".join(lines)


def render_block(rows: list[Row], *, date: str, machine: str, mode: str) -> str:
    return "\n".join(
        [BEGIN, "", f"Measured {date} on {machine} ({mode}).", "", render_table(rows), "", END]
    )


def write_results(path: Path, block: str) -> None:
    """Replace the marked block in `path`, keeping the hand-written text around it."""
    text = (
        path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    )
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        raise ValueError(f"{path}: the markers {BEGIN!r} ... {END!r} are missing")
    path.write_text(pattern.sub(lambda _: block, text, count=1), encoding="utf-8")
