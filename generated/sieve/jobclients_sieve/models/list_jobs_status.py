from .._runtime.open_enum import OpenStrEnum


class ListJobsStatus(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CANCELLED = "cancelled"
    ERROR = "error"
    FINISHED = "finished"
    PROCESSING = "processing"
    QUEUED = "queued"
