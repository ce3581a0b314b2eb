from .._runtime.open_enum import OpenStrEnum


class ModelType(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    ANOMALY = "anomaly"
    CLUSTERING = "clustering"
    EMBEDDING = "embedding"
    FACTORS = "factors"
    PREDICTION = "prediction"
    SEARCH = "search"
