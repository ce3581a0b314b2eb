"""The error paths of the generated parsers' type checks and list items.

The parsers test exact types inline (`type(x) is not str`), which costs next to nothing on
a valid body; only a value that fails comes here, to get a message naming what was expected
and, inside an array, the index of the item (`events[2].time`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .errors import ResponseValidationError

_JSON_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


def wrong_type(value: object, expected: str) -> TypeError:
    """`expected a string or null, got an integer`: the value itself is not shown (it may
    be anything the server sent)."""
    got = _JSON_NAMES.get(type(value), type(value).__name__)
    return TypeError(f"expected {expected}, got {got}")


def item_error(exc: Exception, index: int) -> ResponseValidationError:
    """What failed in item `index` of an array, with the index in the field path."""
    return ResponseValidationError.from_exception(f"[{index}]", exc)


def index_of(items: Sequence[Any], item: object) -> int:
    """The position of `item` (by identity: an equal item elsewhere is another item)."""
    return next(index for index, candidate in enumerate(items) if candidate is item)


def located(
    items: Sequence[Any], parse: Callable[[Any], object], exc: ResponseValidationError
) -> ResponseValidationError:
    """`exc`, raised while parsing `items` all at once, with the index of the first item
    that fails on its own. Parsing is pure, so the same item fails again; only the error
    path pays for the second pass."""
    for index, item in enumerate(items):
        try:
            parse(item)
        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as err:
            return item_error(err, index)
    return exc
