from enum import StrEnum


class JobEventVisibility(StrEnum):
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
