"""The Markdown a reviewer reads: a table of the spec changes, the bump, the Python API."""

from __future__ import annotations

from scripts.spec_diff.api_surface import SurfaceChanges
from scripts.spec_diff.model import Change, Level, bump_for
from scripts.spec_diff.rules import RULES

_ORDER = {Level.BREAKING: 0, Level.WARNING: 1, Level.INFO: 2}
_TRUNCATED = (
    "\n\n**Report truncated at {limit:,} characters**: run `nox -s spec_diff` for all of it."
)


def markdown(title: str, changes: list[Change], surface: SurfaceChanges | None = None) -> str:
    """One provider: a heading with the verdict, the spec changes, then the generated API
    (griffe) folded in <details>, since a new operation alone adds dozens of names."""
    bump = bump_for(changes, RULES)
    breaking = sum(c.level is Level.BREAKING for c in changes)
    lines = [f"### {title}: {len(changes)} changes, {breaking} breaking, bump {bump}", ""]
    spec_changes = [c for c in changes if not c.rule.startswith("python-api-")]
    if spec_changes:
        lines += ["| level | rule | where | change |", "|---|---|---|---|"]
    for change in sorted(spec_changes, key=lambda c: (_ORDER[c.level], c.rule, c.location)):
        cells = (change.level, change.rule, change.location, change.message)
        lines.append("| " + " | ".join(_cell(str(c)) for c in cells) + " |")
    if surface:
        counts = (
            f"{len(surface.disappeared)} disappeared, {len(surface.changed)} changed, "
            f"{len(surface.appeared)} appeared"
        )
        lines += ["", f"<details><summary>Generated Python API (griffe): {counts}</summary>", ""]
        for label, items in (
            ("disappeared", surface.disappeared),
            ("changed", surface.changed),
            ("appeared", surface.appeared),
        ):
            lines += [f"- {label}: `{item}`" for item in items]
        lines += ["", "</details>"]
    return "\n".join(lines)


def fit(text: str, limit: int) -> str:
    """`text` cut at a line so that it stays within `limit` characters, saying so."""
    if len(text) <= limit:
        return text
    note = _TRUNCATED.format(limit=limit)
    room = limit - len(note) - len("\n\n</details>")
    cut = text[: max(room, 0)].rsplit("\n", 1)[0]
    if cut.count("<details>") > cut.count("</details>"):
        cut += "\n\n</details>"  # keep the page's layout: close the fold that was cut open
    return cut + note


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
