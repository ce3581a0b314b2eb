from .._runtime.open_enum import OpenStrEnum


class InferenceEndpointJobEventAction(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    CANCELLED = "cancelled"
    CREATED = "created"
    FAILED = "failed"
    STARTED = "started"
    SUCCEEDED = "succeeded"
