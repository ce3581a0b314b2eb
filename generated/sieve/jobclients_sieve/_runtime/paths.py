"""Path parameters made safe to put into a URL."""

from __future__ import annotations

from urllib.parse import quote

# Dot segments are collapsed by URL normalization, so "../x" in any layer would reach
# another resource with the caller's credentials; an empty one changes the route.
_REFUSED = frozenset({"", ".", ".."})


def path_segment(name: str, value: object) -> str:
    """Percent-encode one path parameter (`/` included); refuse "", "." and ".."."""
    text = str(value)
    if text in _REFUSED:
        raise ValueError(f"path parameter {name!r} may not be {text!r}")
    return quote(text, safe="")
