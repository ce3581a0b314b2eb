from .._runtime.open_enum import OpenStrEnum


class RenderResolution(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    VALUE_0 = "0.5K"
    VALUE_1 = "1K"
    VALUE_2 = "2K"
    VALUE_3 = "4K"
