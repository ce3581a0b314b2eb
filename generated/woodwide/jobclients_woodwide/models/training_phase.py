from .._runtime.open_enum import OpenStrEnum


class TrainingPhase(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    FINETUNE = "finetune"
    SSL = "ssl"
