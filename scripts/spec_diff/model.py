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

    def as_json(self) -> dict[str, Any]:
        return {k: str(v) for k, v in asdict(self).items()}


_ORDER = [Bump.NONE, Bump.PATCH, Bump.MINOR, Bump.MAJOR]


def bump_for(changes: list[Change], rules: dict[str, Rule]) -> Bump:
    """The largest bump any change calls for; none for no change."""
    return max((rules[c.rule].bump for c in changes), key=_ORDER.index, default=Bump.NONE)


def report_json(changes: list[Change], rules: dict[str, Rule]) -> dict[str, Any]:
    return {
        "changes": [c.as_json() for c in changes],
        "breaking": any(c.level is Level.BREAKING for c in changes),
        "bump": str(bump_for(changes, rules)),
    }
