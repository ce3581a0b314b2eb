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


_TABLE_HEAD = [
    "| section | subject | figure | baseline | ratio | target | verdict |",
    "|---|---|---|---|---:|---|---|",
]


def render_table(rows: list[Row]) -> str:
    return "\n".join(_TABLE_HEAD + [_line(row) for row in rows])


def _line(row: Row) -> str:
    ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
    return (
        f"| {row.section} | {row.subject} | {row.figure} | {row.baseline} | {ratio} "
        f"| {row.target} | {row.verdict} |"
    )


def render_block(
    rows: list[Row],
    *,
    date: str,
    machine: str,
    mode: str,
    only: tuple[str, ...] = (),
    providers: tuple[str, ...] = (),
    previous: str = "",
) -> str:
    """The marked block. A run of `only` some sections, or of some `providers`, keeps from
    the `previous` results file the rows of the others and the lines saying when they were
    measured (a new provider's bench run adds its rows and touches no other's)."""
    when = f"{date} on {machine} ({mode})."
    notes, lines = [f"Measured {when}"], [_line(row) for row in rows]
    if only or providers:
        label = f"{', '.join(only)}: measured" if only else "measured"
        if providers:
            label = f"{', '.join(providers)}: {label}"
        old_notes, old_lines = _block_contents(previous)
        notes = [n for n in old_notes if not n.startswith(label)] + [f"{label} {when}"]
        lines = _replaced(old_lines, lines, only, providers)
    return "\n".join([BEGIN, "", *notes, "", *_TABLE_HEAD, *lines, "", END])


def _block_contents(text: str) -> tuple[list[str], list[str]]:
    """The lines saying when, and the table rows, of the marked block in `text`."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0:
        return [], []
    lines = text[start + len(BEGIN) : end].splitlines()
    rows = [line for line in lines if line.startswith("| ") and line not in _TABLE_HEAD]
    notes = [line for line in lines if line and not line.startswith("|")]
    return notes, rows


def _replaced(
    old: list[str], new: list[str], sections: tuple[str, ...], providers: tuple[str, ...]
) -> list[str]:
    """`old` table rows with those of `sections` (every one when none is named) and of
    `providers` (every one when none is named) replaced by `new`, where the first was."""
    kept: list[str] = []
    for line in old:
        measured = (not sections or _section(line) in sections) and (
            not providers or _provider(line) in providers
        )
        if not measured:
            kept.append(line)
        elif new:
            kept += new
            new = []
    return kept + new


def _provider(line: str) -> str:
    """A table row's provider: its subject's first word (`figur get_job_detail, ...`)."""
    return line.split("|")[2].strip().split(" ")[0]


def _section(line: str) -> str:
    """A table row's benchmark section: `call (sync)` is a row of `call`."""
    return line.split("|")[1].strip().split(" ")[0]


def write_results(path: Path, block: str) -> None:
    """Replace the marked block in `path`, keeping the hand-written text around it."""
    text = (
        path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    )
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        raise ValueError(f"{path}: the markers {BEGIN!r} ... {END!r} are missing")
    path.write_text(pattern.sub(lambda _: block, text, count=1), encoding="utf-8")
