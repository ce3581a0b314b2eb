"""The credential: checked once, sent to one origin only, and kept out of everything printed.

It is added to a copy of each request on its way to the wire (see transport.py), so the
request httpx hands to event hooks, exceptions and `response.request` never carries it,
and a redirect to another host goes without it (httpx itself strips only Authorization).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

from .values import HEADER_VALUE

REDACTED = "[redacted]"
# Headers treated as credentials wherever they come from (AuthenticatedClient's token, or
# `headers=` / `with_headers`), besides the header the spec's security scheme names.
ALWAYS_SECRET = frozenset({"authorization", "proxy-authorization"})


def check_secret(name: str, value: object) -> None:
    """Refuse a value that cannot be a header value as it stands: httpx would put it, whole,
    into an exception message (line breaks, NUL) or fail with a bare UnicodeEncodeError
    (non-ASCII). The message names the argument, never the value."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty or only whitespace")
    if not HEADER_VALUE.fullmatch(value) or "\t" in value:
        raise ValueError(
            f"{name} must be printable ASCII: no line breaks, NUL or other control "
            "characters, no non-ASCII characters, and no leading or trailing whitespace "
            "(the value is not shown)"
        )


def keys_only(value: Mapping[str, object]) -> str:
    """A repr of headers, cookies or httpx arguments that shows their names only."""
    return "{" + ", ".join(f"{key!r}: <hidden>" for key in value) + "}"


class Credential:
    """The secret headers of a client and the one origin (scheme, host, port) they go to."""

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        names: Iterable[str],
        secrets: Iterable[str] = (),
    ) -> None:
        origin = httpx.URL(base_url)
        self._origin = (origin.scheme, origin.host, origin.port)
        self._headers = dict(headers)
        self._names = frozenset(name.lower() for name in (*names, *headers))
        # The token on its own as well as whole header values ("Bearer <token>").
        values = {*secrets, *self._headers.values()}
        self._secrets = sorted((value for value in values if value), key=len, reverse=True)
        # Both as httpx.Headers keeps its items, (name, lower-case name, value) in bytes:
        # for_wire then edits a request's headers in one pass over that list.
        self._wire_items = httpx.Headers(self._headers)._list
        self._lower_names = frozenset(name.encode("ascii") for name in self._names)

    def redact(self, text: str) -> str:
        """`text` with every secret replaced by [redacted]."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def for_wire(self, request: httpx.Request) -> httpx.Request:
        """The request to send for this hop: a copy with the credential when it goes to the
        origin, a copy without any secret header when it goes elsewhere."""
        url = request.url
        to_origin = (url.scheme, url.host, url.port) == self._origin
        # httpx.Headers' own item list (httpx 0.27 and 0.28, the versions allowed), read and
        # built directly: copy() and update() normalise every header again, on every call.
        items = request.headers._list
        kept = [item for item in items if item[1] not in self._lower_names]
        if len(kept) == len(items) and not (to_origin and self._wire_items):
            return request
        headers = object.__new__(httpx.Headers)
        headers._list = kept + self._wire_items if to_origin else kept
        headers._encoding = request.headers._encoding
        # A shallow copy with headers of its own (the stream and extensions are shared, as
        # httpx.Request(..., stream=, extensions=) would share them): building a new Request
        # would parse the URL and prepare the headers again, for nothing.
        wire = object.__new__(httpx.Request)
        wire.__dict__.update(request.__dict__)
        wire.headers = headers
        return wire
