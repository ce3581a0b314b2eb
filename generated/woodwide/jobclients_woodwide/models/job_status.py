from .._runtime.open_enum import OpenStrEnum


class JobStatus(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CANCELED = "canceled"
    FAILED = "failed"
    INITIALIZING = "initializing"
    PENDING = "pending"
    QUEUED = "queued"
    REJECTED = "rejected"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    WAITING_FOR_UPLOAD = "waiting_for_upload"
