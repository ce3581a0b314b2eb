"""Links of the built site: LinkChecker for every page and file a link names, the browser
pass (browser_check) for the fragments, since LinkChecker's anchor plugin fetches a page
once per fragment (11 minutes for this site instead of 16 s)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from scripts.docs.serving import served

LINKCHECKER_TIMEOUT = 600  # seconds for the whole site; it takes about 20 s


@dataclass(frozen=True)
class LinkResult:
    ok: bool
    output: str


def check_links(site: Path) -> LinkResult:
    """LinkChecker over the site served on loopback, from index.html, internal URLs only."""
    script = Path(sys.executable).with_name("linkchecker")
    with served(site) as base:
        done = subprocess.run(
            [str(script), "--no-status", "--threads", "4", base + "index.html"],
            capture_output=True,
            text=True,
            timeout=LINKCHECKER_TIMEOUT,
            check=False,
        )
    return LinkResult(done.returncode == 0, done.stdout + done.stderr)


def missing_fragments(
    base: str, links: dict[str, list[str]], ids: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """(page, problem) for each link (per page, absolute URL) into the site whose #fragment
    names no element of its target page; `ids` holds each page's element ids, the pages
    named by their paths under `base`."""
    problems: list[tuple[str, str]] = []
    for page, hrefs in sorted(links.items()):
        for href in hrefs:
            url, fragment = urldefrag(href)
            if not fragment or not url.startswith(base):
                continue
            target = urlsplit(url).path.removeprefix(urlsplit(base).path) or "index.html"
            if target in ids and fragment not in ids[target]:
                problems.append((page, f"link {href} names no element #{fragment} of {target}"))
    return problems
