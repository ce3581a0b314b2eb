from enum import StrEnum


class RestartType(StrEnum):
    ERROR = "error"
    OOM = "OOM"
    PREEMPTION = "preemption"

    def __str__(self) -> str:
        return str(self.value)
