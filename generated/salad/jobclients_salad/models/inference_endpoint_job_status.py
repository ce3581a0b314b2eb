from .._runtime.open_enum import OpenStrEnum


class InferenceEndpointJobStatus(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CANCELLED = "cancelled"
    FAILED = "failed"
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
