"""Enums that accept values the spec does not list yet.

A provider adding a status must not break every client in the field: an unknown value
becomes a pseudo-member that keeps its raw string, compares equal to it and serializes
back unchanged. Known values are still the named members.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=Enum)


class OpenStrEnum(StrEnum):
    """A StrEnum whose lookup of an unlisted string returns a pseudo-member instead of failing."""

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return None  # not a string at all: Enum raises ValueError, naming the value
        # Not cached in the enum's value map: a misbehaving server must not grow it forever.
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this package was generated."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


def members_by_value(enum: type[E]) -> Mapping[Any, E]:
    """The enum's own map of each listed value to its member, for the generated parsers: a
    lookup there is what the enum's constructor does first; a value that misses it (unlisted,
    not a string, unhashable) still goes through the constructor. Pseudo-members are never
    added to it (see `_missing_`)."""
    return enum._value2member_map_  # type: ignore[return-value]
