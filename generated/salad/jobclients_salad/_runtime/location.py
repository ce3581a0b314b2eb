"""Reading the Location header of a success (a 201 or 202 that names the new job, a 303
that points at its status) without following it.

The URL is resolved against the request's; where its path matches one of the spec's GET
paths (JOB_PATHS in the package's _spec.py), that path's parameters are read out of it,
percent-decoded, and the last of them is the job's id: the value to pass to the operation
that reads the job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import unquote

import httpx

from .types import Location

_PARAMETER = re.compile(r"\{([^{}]+)\}")
# A Location longer than this is not a job's URL; it is kept but not matched.
MAX_LOCATION = 8192


@lru_cache(maxsize=256)
def _pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """`/jobs/{job_id}/status` as a regex that matches the end of a path (the server's base
    path may come before it), each parameter one segment."""
    names: list[str] = []
    parts: list[str] = []
    last = 0
    for match in _PARAMETER.finditer(template):
        parts.append(re.escape(template[last : match.start()]))
        parts.append(f"(?P<p{len(names)}>[^/]+)")
        names.append(match.group(1))
        last = match.end()
    parts.append(re.escape(template[last:]))
    return re.compile("(?:^|/)" + "".join(parts).lstrip("/") + "/?$"), tuple(names)


def location_of(response: httpx.Response, paths: Sequence[str]) -> Location | None:
    """The answer's Location, resolved and matched against `paths`; None without one (or
    with one that is not a URL)."""
    raw = response.headers.get("location")
    if raw is None:
        return None
    try:
        url = response.request.url.join(raw) if len(raw) <= MAX_LOCATION else httpx.URL(raw)
    except (httpx.InvalidURL, ValueError):
        return Location(url=raw)
    path = url.raw_path.decode("ascii").split("?", 1)[0]  # still percent-encoded
    if len(raw) <= MAX_LOCATION:
        # The most specific template first: the longest, with the fewest parameters.
        for template in sorted(paths, key=lambda t: (-len(t), t.count("{"))):
            pattern, names = _pattern(template)
            found = pattern.search(path)
            if found and names:
                values = {name: unquote(found.group(f"p{i}")) for i, name in enumerate(names)}
                return Location(url=str(url), job_id=values[names[-1]], parameters=values)
    return Location(url=str(url))
