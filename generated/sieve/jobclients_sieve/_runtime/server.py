"""Server variables (such as a per-customer host name) checked before they go into the URL."""

from __future__ import annotations

import re
from collections.abc import Collection


def check_server_variable(
    name: str, value: object, allowed: Collection[str] | None, pattern: str | None
) -> None:
    """Refuse a value outside the spec's enum, or not matching the pattern for its place in
    the URL: `evil.example/#` as a host label would send the request, and the credential,
    to evil.example."""
    if not isinstance(value, str):
        raise TypeError(f"server variable {name!r} must be a str, not {type(value).__name__}")
    if allowed is not None:
        if value not in allowed:
            raise ValueError(f"server variable {name!r} must be one of {sorted(allowed)}, not {value!r}")
    elif pattern is not None and not re.fullmatch(pattern, value):
        raise ValueError(f"server variable {name!r} must match {pattern}, not {value!r}")
