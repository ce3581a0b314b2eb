"""The Markdown a reviewer reads: the verdict and what decided it, the spec changes, the
generated Python API, and how the old client fared against the new spec.

Every count in a heading or summary counts the rows or items shown under it.
"""

from __future__ import annotations

import re

from scripts.codegen.escaping import markdown as escaped_text
from scripts.codegen.escaping import markdown_code
from scripts.spec_diff.evidence import Evidence
from scripts.spec_diff.model import Change, Level
from scripts.spec_diff.review import Review

_ORDER = {Level.BREAKING: 0, Level.WARNING: 1, Level.INFO: 2}
_TRUNCATED = (
    "\n\n**Report truncated at {limit:,} characters**: run `nox -s spec_diff` for all of it."
)
_OUTPUT_LINES = 20  # of the old client's run, in the report; the rest is one `nox -s` away


def markdown(review: Review) -> str:
    """One provider: a heading with the verdict, what decided it, the spec changes, then the
    generated API (griffe) folded in <details>, since a new operation alone adds dozens of
    names, then the old client's run."""
    verdict = "breaking" if review.breaking else "not breaking"
    lines = [f"### {_cell(review.title)}: {verdict}, bump {review.bump}", ""]
    lines += [f"Decided by {_cell(review.decided_by)}.", ""]
    lines += _spec_table(review.changes)
    lines += _api_fold(review)
    if review.evidence is not None:
        lines += _evidence_lines(review.evidence)
    return "\n".join(lines).rstrip() + "\n"


def _spec_table(changes: list[Change]) -> list[str]:
    if not changes:
        return ["No spec change."]
    breaking = sum(c.level is Level.BREAKING for c in changes)
    overruled = sum(bool(c.overruled) for c in changes)
    count = f"{_plural(len(changes), 'spec change')}, {breaking} breaking"
    if overruled:
        count += f", {overruled} overruled by the generated code"
    lines = [f"{count}:", "", "| level | rule | where | change |", "|---|---|---|---|"]
    for change in sorted(changes, key=lambda c: (_ORDER[c.level], c.rule, c.location)):
        level = (
            f"{change.level} (overruled: {change.overruled})" if change.overruled else change.level
        )
        cells = (level, change.rule, change.location, change.message)
        lines.append("| " + " | ".join(_cell(str(c)) for c in cells) + " |")
    return lines


def _api_fold(review: Review) -> list[str]:
    api = review.api
    if not api:
        return []
    counts = (
        f"{len(api.disappeared)} disappeared, {len(api.changed)} changed, "
        f"{len(api.appeared)} appeared"
    )
    lines = ["", f"<details><summary>Generated Python API (griffe): {counts}</summary>", ""]
    for label, items in (
        ("disappeared", api.disappeared),
        ("changed", api.changed),
        ("appeared", api.appeared),
    ):
        lines += [f"- {label}: {_code(item)}" for item in items]
    return [*lines, "", "</details>"]


def _evidence_lines(evidence: Evidence) -> list[str]:
    if not evidence.built:
        return ["", f"Generated-code evidence: none ({_cell(evidence.unavailable)})."]
    if evidence.identical:
        return ["", "Both versions generated: the packages are byte-for-byte identical."]
    run = evidence.old_client
    if run is None:
        return []
    outcome = "passed" if run.passed else "FAILED"
    lines = ["", f"The old client against a mock of the new spec: {outcome}."]
    output = run.output.splitlines()[:_OUTPUT_LINES]
    if not run.passed and output:
        fence = _fence("\n".join(output))
        lines += ["", f"{fence}text", *output, fence]
    return lines


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


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _cell(text: str) -> str:
    """Text from a spec on one line, shown as written (escaping.markdown: `|`, HTML and the
    marks Markdown reads are escaped, so a description cannot close the report's fold)."""
    return str(escaped_text(text))


def _code(text: str) -> str:
    return str(markdown_code(text, cell=True))


def _fence(text: str) -> str:
    """A code fence longer than any backtick run in the text it encloses."""
    return "`" * max(3, max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
