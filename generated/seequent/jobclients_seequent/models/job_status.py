from enum import StrEnum


class JobStatus(StrEnum):
    CANCELED = "canceled"
    CANCELING = "canceling"
    CANCELLED = "cancelled"
    CANCELLING = "cancelling"
    FAILED = "failed"
    IN_PROGRESS = "in progress"
    REQUESTED = "requested"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
