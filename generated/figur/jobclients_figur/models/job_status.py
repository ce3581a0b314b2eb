from .._runtime.open_enum import OpenStrEnum


class JobStatus(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    FAILURE = "FAILURE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_STARTED = "NOT_STARTED"
    SUCCESS = "SUCCESS"
