from .._runtime.open_enum import OpenStrEnum


class FilterOperator(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    NE = "ne"
