from .._runtime.open_enum import OpenStrEnum


class UserCategory(OpenStrEnum):
    """A value the spec does not list still parses: it keeps its raw string (is_known is False)."""

    FEMALE = "FEMALE"
    MALE = "MALE"
