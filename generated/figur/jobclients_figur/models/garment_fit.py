from .._runtime.open_enum import OpenStrEnum


class GarmentFit(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    LOOSE = "loose"
    REGULAR = "regular"
    SLIM = "slim"
