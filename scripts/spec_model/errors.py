"""The one error a spec is refused with: the file, the place in it, and what to change."""

from __future__ import annotations

from pathlib import Path


class SpecError(Exception):
    """A spec that must not be generated from.

    `place` is a YAML path (`paths./jobs/{id}.get.operationId`), `line` the 1-based line
    where the parser saw it (None where it has none). str() is one line per refusal.
    """

    def __init__(self, path: Path, place: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {place}: {one_line(message)}")
        self.path = path
        self.place = place
        self.message = message
        self.line = line

    def with_more(self, more: list[SpecError]) -> SpecError:
        """This refusal followed by others of the same file, one line each."""
        if more:
            self.args = ("\n".join(str(e) for e in (self, *more)),)
        return self


def one_line(text: str, limit: int = 400) -> str:
    """Text from a spec or a tool, folded onto one line and cut to `limit` characters, so a
    refusal stays one readable line whatever the spec holds."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"
