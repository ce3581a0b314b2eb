from .._runtime.open_enum import OpenStrEnum


class JobStatus(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CANCELED = "canceled"
    CANCELING = "canceling"
    CANCELLED = "cancelled"
    CANCELLING = "cancelling"
    FAILED = "failed"
    IN_PROGRESS = "in progress"
    REQUESTED = "requested"
    SUCCEEDED = "succeeded"
