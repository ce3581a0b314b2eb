from .._runtime.open_enum import OpenStrEnum


class JobArtifactRole(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    FINAL = "final"
    INTERMEDIATE = "intermediate"
