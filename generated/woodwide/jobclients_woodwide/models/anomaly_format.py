from .._runtime.open_enum import OpenStrEnum


class AnomalyFormat(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    IDS_ONLY = "ids_only"
    PER_ROW = "per_row"
