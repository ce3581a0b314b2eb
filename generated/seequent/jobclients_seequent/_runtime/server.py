"""Server variables (such as a per-customer host name) checked before they go into the URL."""

from __future__ import annotations

import re
from collections.abc import Collection

import httpx


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


def absolute_base_url(url: str, given: bool) -> str:
    """`url` if it names a scheme and a host; else a ValueError saying to pass base_url. A
    spec may give a relative server (or none, which means "/"): the API's host is then
    the caller's to say."""
    parsed = httpx.URL(url)
    if parsed.scheme in ("http", "https") and parsed.host:
        return url
    if given:
        raise ValueError(f"base_url must be an absolute http(s) URL, not {url!r}")
    raise ValueError(
        f"base_url is required: this API's spec gives the server {url!r}, which names no host;"
        " pass base_url='https://<host>...' to the client"
    )
