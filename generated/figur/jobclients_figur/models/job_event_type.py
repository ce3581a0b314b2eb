from enum import StrEnum


class JobEventType(StrEnum):
    FAILED = "failed"
    QUEUED = "queued"
    STAGE = "stage"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
