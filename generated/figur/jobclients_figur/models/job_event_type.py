from .._runtime.open_enum import OpenStrEnum


class JobEventType(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    FAILED = "failed"
    QUEUED = "queued"
    STAGE = "stage"
    SUCCEEDED = "succeeded"
