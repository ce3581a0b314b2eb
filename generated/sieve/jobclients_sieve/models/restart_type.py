from .._runtime.open_enum import OpenStrEnum


class RestartType(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    ERROR = "error"
    OOM = "OOM"
    PREEMPTION = "preemption"
