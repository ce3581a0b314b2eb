"""A change, its level, and the version bump a set of changes calls for."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Level(StrEnum):
    BREAKING = "breaking"  # existing client code stops working or changes meaning
    WARNING = "warning"  # may break some callers; a reviewer should look
    INFO = "info"  # compatible


class Bump(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"
    NONE = "none"


@dataclass(frozen=True)
class Rule:
    """One named kind of change. `bump` is what it alone calls for in semver terms."""

    name: str
    level: Level
    bump: Bump
    summary: str


@dataclass(frozen=True)
class Change:
    rule: str
    level: Level
    location: str
    message: str
    overruled: str = ""  # why generated-code evidence lowered a breaking rule (no bump then)

    def as_json(self) -> dict[str, Any]:
        return {k: str(v) for k, v in asdict(self).items() if k != "overruled" or v}


_ORDER = [Bump.NONE, Bump.PATCH, Bump.MINOR, Bump.MAJOR]


def bump_for(changes: list[Change], rules: dict[str, Rule]) -> Bump:
    """The largest bump any change calls for; none for no change, nor for one the generated
    code overruled (the package it makes is unchanged)."""
    bumps = (Bump.NONE if c.overruled else rules[c.rule].bump for c in changes)
    return max(bumps, key=_ORDER.index, default=Bump.NONE)
