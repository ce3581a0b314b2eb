"""Names OpenAPI itself fixes, shared by every reader of a spec."""

from __future__ import annotations

from email.message import Message
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
# On an operation the server holds open (a long poll): its time limit in seconds.
TIMEOUT_EXTENSION = "x-jobclients-timeout"
MAX_TIMEOUT = 3600  # seconds: the most x-jobclients-timeout may ask
# On the one operation that cancels a job (its path parameters are the poll operation's).
CANCEL_EXTENSION = "x-jobclients-cancel"
# On a listing operation: how it pages (style, parameter, items, next, end, ...).
PAGINATION_EXTENSION = "x-jobclients-pagination"
# On an operation that reads a job's events after a cursor: cursor, items, seq, kind, final.
EVENTS_EXTENSION = "x-jobclients-events"
# At the document's root (per key) or on an operation (that operation's own): the
# provider's documented rate limit, {requests: <int>, per: <seconds>}.
RATE_LIMIT_EXTENSION = "x-jobclients-rate-limit"
MAX_RATE_REQUESTS = 1_000_000  # the most requests a limit may allow per window
MAX_RATE_WINDOW = 86_400  # seconds: the longest window (a day)

# The request body media types the generated client prefers, in order, when a body offers
# several (it sends one: spec_model.normalise keeps it); "+json" stands for any +json type.
BODY_MEDIA_PREFERENCE = (
    "application/json",
    "+json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/octet-stream",
)


def sent_media_type(written: list[str]) -> str:
    """Of a body's media types (as written, at least one), the one the client sends: the
    first kind in BODY_MEDIA_PREFERENCE, else the first written."""

    def rank(media: str) -> tuple[int, int]:
        bare = media.split(";", 1)[0].strip().lower()
        for place, preferred in enumerate(BODY_MEDIA_PREFERENCE):
            if bare == preferred or (preferred.startswith("+") and bare.endswith(preferred)):
                return place, written.index(media)
        return len(BODY_MEDIA_PREFERENCE), written.index(media)

    return min(written, key=rank)


def parsed_media_type(written: list[str]) -> str | None:
    """Of a response's media types (as written, in order), the one the generated client
    parses its body as: the first openapi-python-client reads (its parser/responses.py
    `_source_by_content_type`): text/*, application/json, any +json, or
    application/octet-stream; None when it reads none. Its test of a media type is kept
    as it is: a type written in another case than its parsed form is not read."""
    for media in written:
        message = Message()
        message.add_header("Content-Type", media)
        # Lower case, parameters dropped; text/plain for what does not parse.
        bare = message.get_content_type()
        if not media.startswith(bare):
            continue
        if bare.startswith("text/") or bare.endswith("+json"):
            return media
        if bare in ("application/json", "application/octet-stream"):
            return media
    return None
