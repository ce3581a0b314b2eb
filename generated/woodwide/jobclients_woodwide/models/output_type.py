from .._runtime.open_enum import OpenStrEnum


class OutputType(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CSV = "csv"
    JSON = "json"
    PARQUET = "parquet"
