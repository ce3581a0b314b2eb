"""A job's statuses as the spec gives them, and the diagram drawn from them.

The spec says which statuses exist (the enum of the schema marked x-jobclients-terminal),
which end a job and which of those succeed; it says nothing of transitions. So the diagram
claims only that much: every status still in progress may end in any terminal one.
The SVG is written here rather than by a layout engine (Graphviz would be a system binary
and Mermaid a script fetched by the reader's browser): two columns need no layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from scripts.codegen.spec_facts import spec_facts
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.naming import class_name
from scripts.spec_model.openapi import TERMINAL_EXTENSION

_CHAR = 8.4  # px per character of 14 px monospace: box widths follow the longest label
_ROW = 44
_BOX = 30


@dataclass(frozen=True)
class StatusLifecycle:
    """The status enum's class and values, split as the spec marks them."""

    enum_class: str
    in_progress: tuple[str, ...]
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]  # terminal, not a success: failure, cancellation, rejection

    @property
    def values(self) -> tuple[str, ...]:
        return (*self.in_progress, *self.succeeded, *self.failed)


def status_lifecycle(spec: SpecDocument) -> StatusLifecycle | None:
    """The lifecycle of the spec's status schema, or None where no schema is marked."""
    marked = [name for name, schema in spec.schemas.items() if schema.has(TERMINAL_EXTENSION)]
    if not marked:
        return None
    facts = spec_facts(spec)  # checks the marks (one schema, success within terminal)
    values = [str(value) for value in spec.schemas[marked[0]].enum]
    terminal, success = set(facts.terminal), set(facts.success)
    return StatusLifecycle(
        enum_class=class_name(marked[0]),
        in_progress=tuple(v for v in values if v not in terminal),
        succeeded=tuple(v for v in values if v in success),
        failed=tuple(v for v in values if v in terminal and v not in success),
    )


def status_svg(lifecycle: StatusLifecycle, title: str) -> str:
    """An accessible SVG: in-progress statuses in a box on the left, an arrow from it to
    each terminal status on the right, successes and failures told apart by colour and by
    a mark, so the diagram reads without colour too."""
    ends = [(v, True) for v in lifecycle.succeeded] + [(v, False) for v in lifecycle.failed]
    left = max((len(v) for v in lifecycle.in_progress), default=8) * _CHAR + 32
    right = max((len(v) + 2 for v, _ in ends), default=8) * _CHAR + 32
    gap = 120
    rows = max(len(lifecycle.in_progress), len(ends), 1)
    height = rows * _ROW + 56
    width = 16 + left + gap + right + 16
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="job-statuses" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="monospace" font-size="14">',
        f"<title>{escape(title)}</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        'markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker>'
        "</defs>",
        '<text x="16" y="20" fill="#555">in progress</text>',
        f'<text x="{16 + left + gap:.0f}" y="20" fill="#555">terminal</text>',
    ]
    group_top, group_height = 32, max(len(lifecycle.in_progress), 1) * _ROW + 8
    parts.append(
        f'<rect x="16" y="{group_top}" width="{left:.0f}" height="{group_height}" rx="8" '
        'fill="#eef3fb" stroke="#6a8cc7"/>'
    )
    for row, value in enumerate(lifecycle.in_progress):
        y = group_top + 8 + row * _ROW
        parts.append(
            _box(24, y, left - 16, value, colours=("#ffffff", "#6a8cc7"), kind="status in-progress")
        )
    source_x, source_y = 16 + left, group_top + group_height / 2
    for row, (value, success) in enumerate(ends):
        x, y = 16 + left + gap, group_top + 8 + row * _ROW
        fill, stroke = ("#e3f4e6", "#2e7d32") if success else ("#fbe4e4", "#c62828")
        mark = "✓" if success else "✗"
        kind = "succeeded" if success else "failed"
        parts.append(
            f'<line x1="{source_x:.0f}" y1="{source_y:.0f}" x2="{x:.0f}" '
            f'y2="{y + _BOX / 2:.0f}" stroke="#555" marker-end="url(#arrow)"/>'
        )
        parts.append(
            _box(x, y, right, f"{mark} {value}", colours=(fill, stroke), kind=f"status {kind}")
        )
    parts.append("</svg>")
    return "".join(parts)


def _box(
    x: float, y: float, width: float, label: str, *, colours: tuple[str, str], kind: str
) -> str:
    fill, stroke = colours
    return (
        f'<g class="{kind}"><rect x="{x:.0f}" y="{y:.0f}" width="{width:.0f}" height="{_BOX}" '
        f'rx="6" fill="{fill}" stroke="{stroke}"/><text x="{x + 10:.0f}" y="{y + 20:.0f}" '
        f'fill="#111">{escape(label)}</text></g>'
    )
