from enum import StrEnum


class JobStatus(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    INITIALIZING = "initializing"
    PENDING = "pending"
    QUEUED = "queued"
    REJECTED = "rejected"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    WAITING_FOR_UPLOAD = "waiting_for_upload"

    def __str__(self) -> str:
        return str(self.value)
