"""Names OpenAPI itself fixes, shared by every reader of a spec."""

from __future__ import annotations

from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# A place in a document: mapping keys and list indexes from the root.
Parts = tuple[str | int, ...]

SUPPORTED = ("3.0", "3.1")


def openapi_version(document: dict[str, Any]) -> str | None:
    """ "3.0" or "3.1" for a document this pipeline reads, else None."""
    version = document.get("openapi")
    if not isinstance(version, str):
        return None
    major_minor = ".".join(version.split(".")[:2])
    return major_minor if major_minor in SUPPORTED else None


# The vendor extensions a spec may add (README: "What a spec needs"); all are optional.
POLL_EXTENSION = "x-jobclients-poll"  # on the one operation wait_for_job polls
TERMINAL_EXTENSION = "x-jobclients-terminal"  # on the status enum: the terminal statuses
SUCCESS_EXTENSION = "x-jobclients-success"  # on the status enum: the successful ones
IDEMPOTENT_EXTENSION = "x-jobclients-idempotent"  # on an operation safe to retry
