"""Query values openapi-python-client does not serialise as the spec asks."""

from __future__ import annotations


def comma_joined(values: object) -> object:
    """An array query parameter with `explode: false`: `ids=1,2,3`, not `ids=1&ids=2&ids=3`
    (the generator sends every array exploded). Anything but a list is left as it is."""
    if not isinstance(values, list):
        return values
    return ",".join(_text(value) for value in values)


def _text(value: object) -> str:
    if isinstance(value, bool):  # JSON's spelling, as every other query value
        return "true" if value else "false"
    return str(value)
