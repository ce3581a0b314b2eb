from enum import StrEnum


class JobArtifactRole(StrEnum):
    FINAL = "final"
    INTERMEDIATE = "intermediate"

    def __str__(self) -> str:
        return str(self.value)
