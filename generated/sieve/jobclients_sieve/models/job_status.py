from enum import StrEnum


class JobStatus(StrEnum):
    CANCELLED = "cancelled"
    ERROR = "error"
    FINISHED = "finished"
    PROCESSING = "processing"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
