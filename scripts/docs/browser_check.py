"""Every page of the built site loaded in headless Chromium, as a reader would see it.

A page fails when the browser reports a script error, a console error, a request that
failed or was answered 400 or more (a page must not need the internet), or when it shows
no heading. Debian's Chromium (/usr/bin/chromium) is driven by Playwright: Playwright's
own browser download cannot run here, and the system browser is the one the issue names.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scripts.docs.links import missing_fragments
from scripts.docs.serving import served

CHROMIUM_ENV = "JOBCLIENTS_CHROMIUM"  # another browser binary, for a machine without Debian's
# Without the background-networking flags Chromium keeps dialling Google's hosts, which a
# closed network refuses, many at a time.
CHROMIUM_FLAGS = (
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PAGE_TIMEOUT_MS = 30_000


class BrowserMissingError(RuntimeError):
    """No Chromium to drive."""


@dataclass
class PageReport:
    path: str
    problems: list[str] = field(default_factory=list)


def chromium_path() -> Path:
    """The Chromium binary: $JOBCLIENTS_CHROMIUM, else chromium on PATH."""
    named = os.environ.get(CHROMIUM_ENV) or shutil.which("chromium")
    if not named or not Path(named).is_file():
        raise BrowserMissingError(
            "no Chromium: install Debian's package (`apt-get install chromium`) or set "
            f"{CHROMIUM_ENV} to a Chromium binary"
        )
    return Path(named)


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to it, sorted."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def check_pages(
    site: Path, screenshots: Path | None = None, shots: Iterable[str] = ()
) -> list[PageReport]:
    """Load each page of `site`; screenshot the pages named in `shots` into `screenshots`.
    Returns one report per page (empty problems: the page is fine)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only this check needs it)

    wanted = set(shots)
    reports: list[PageReport] = []
    links: dict[str, list[str]] = {}
    ids: dict[str, set[str]] = {}
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path()), args=list(CHROMIUM_FLAGS)
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            current: list[PageReport] = []
            page.on("pageerror", lambda error: current[-1].problems.append(f"script: {error}"))
            page.on(
                "console",
                lambda message: (
                    current[-1].problems.append(f"console: {message.text}")
                    if message.type == "error"
                    else None
                ),
            )
            page.on(
                "requestfailed",
                lambda request: current[-1].problems.append(
                    f"request failed: {request.url} ({request.failure})"
                ),
            )
            page.on(
                "response",
                lambda response: (
                    current[-1].problems.append(f"HTTP {response.status}: {response.url}")
                    if response.status >= 400
                    else None
                ),
            )
            for path in site_pages(site):
                report = PageReport(path)
                current.append(report)
                reports.append(report)
                page.goto(base + path, wait_until="load", timeout=PAGE_TIMEOUT_MS)
                page.wait_for_load_state("networkidle", timeout=PAGE_TIMEOUT_MS)
                if page.locator("h1").count() == 0:
                    report.problems.append("no heading: the page shows no h1")
                links[path] = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
                ids[path] = set(
                    page.eval_on_selector_all(
                        "[id], a[name]", "els => els.map(e => e.id || e.name)"
                    )
                )
                if screenshots is not None and path in wanted:
                    target = screenshots / (path.replace("/", "__").removesuffix(".html") + ".png")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(target))
            by_path = {report.path: report for report in reports}
            for path, problem in missing_fragments(base, links, ids):
                by_path[path].problems.append(problem)
        finally:
            browser.close()
    return reports
