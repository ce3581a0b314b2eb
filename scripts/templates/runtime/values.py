"""Request values checked before anything is sent, with errors that name the parameter.

A header value httpx or h11 cannot send would otherwise fail deep inside the call: a bare
UnicodeEncodeError for non-ASCII, or a LocalProtocolError for a line break, which is a
transport error and so was retried as if the network had failed. An enum query parameter
given as a plain string failed with an AttributeError (`.value`) however right the string.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

# What h11 sends as a header value: visible ASCII, with spaces and tabs only inside.
HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\x20\x21-\x7e\t]*[\x21-\x7e])?)?")


def header_value(name: str, value: object) -> str:
    """`value` as a header parameter `name` sends it, or ValueError naming `name` (the value
    itself is not shown: it may be a secret)."""
    text = value if isinstance(value, str) else str(value)
    if not HEADER_VALUE.fullmatch(text):
        raise ValueError(
            f"header parameter {name!r} cannot be sent: a header value is printable ASCII "
            "(no line breaks, NUL, other control or non-ASCII characters) without leading "
            "or trailing whitespace"
        )
    return text


def check_header(name: str, value: object) -> None:
    """The same rule for a client's own `headers=`."""
    if not isinstance(value, str):
        raise TypeError(f"header {name!r} must be a str, not {type(value).__name__}")
    if not HEADER_VALUE.fullmatch(value):
        raise ValueError(
            f"header {name!r} cannot be sent: a header value is printable ASCII (no line "
            "breaks, NUL, other control or non-ASCII characters) without leading or "
            "trailing whitespace (the value is not shown)"
        )


def enum_query_value(name: str, enum: type[Enum], value: object) -> Any:
    """What enum query parameter `name` sends for `value`: a member of `enum` (an unlisted
    value made with the enum's own constructor too, a deliberate choice) or one of the values
    the enum lists, as a plain str or int. Anything else is a ValueError naming `name` and
    the listed values, raised before anything is sent (a typo is not sent as a filter)."""
    if isinstance(value, enum):
        return value.value
    member = None
    if not isinstance(value, bool):  # True is 1 to a dict: never an IntEnum's member
        try:
            member = enum._value2member_map_.get(value)
        except TypeError:  # unhashable: no member has it
            member = None
    if member is None:
        listed = ", ".join(repr(m.value) for m in enum)
        raise ValueError(
            f"query parameter {name!r} takes a {enum.__name__} or one of its values "
            f"({listed}), not {value!r:.80}"
        )
    return member.value
