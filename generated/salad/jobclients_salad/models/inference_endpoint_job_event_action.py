from enum import StrEnum


class InferenceEndpointJobEventAction(StrEnum):
    CANCELLED = "cancelled"
    CREATED = "created"
    FAILED = "failed"
    STARTED = "started"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
