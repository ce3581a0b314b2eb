"""`python -m scripts.docs [SLUG ...]`: build the reference site strictly, then check it as a
reader sees it (every page in headless Chromium, every link). Exit 1 on any problem."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from scripts.codegen.providers import load_providers
from scripts.docs.browser_check import BrowserMissingError, check_pages
from scripts.docs.links import check_links
from scripts.docs.site_source import write_site_source
from scripts.paths import GENERATED_DIR, REPO_ROOT

DEFAULT_OUT = REPO_ROOT / "build" / "docs"
MKDOCS_TIMEOUT = 900  # seconds; five providers take about 10 s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.docs", description=__doc__)
    parser.add_argument("slugs", nargs="*", help="providers (default: every one in specs/)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="build folder")
    parser.add_argument(
        "--generated", type=Path, default=GENERATED_DIR, help="the packages (default generated/)"
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="build and check links only, no Chromium"
    )
    args = parser.parse_args(argv)
    providers = load_providers(args.slugs or None)
    if not providers:
        parser.error("no provider in specs/: nothing to document")
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    config = write_site_source(providers, out / "source", args.generated)
    site = out / "source" / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # the theme's notice is no warning of ours
    build = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(config),
    ]  # no --quiet: it hides the warnings --strict counts
    if subprocess.run(build, env=env, timeout=MKDOCS_TIMEOUT, check=False).returncode != 0:
        print("docs: mkdocs build --strict failed (above)", file=sys.stderr)
        return 1
    print(f"docs: built {len(list(site.rglob('*.html')))} pages into {site}")
    links = check_links(site)
    if not links.ok:
        print(links.output, file=sys.stderr)
        print("docs: broken links (above)", file=sys.stderr)
        return 1
    print("docs: every internal link resolves (LinkChecker)")
    if args.no_browser:
        return 0
    shots = ["index.html", *(f"{p.slug}/statuses.html" for p in providers)]
    shots.append(f"{providers[0].slug}/operations.html")
    try:
        reports = check_pages(site, out / "screenshots", shots)
    except BrowserMissingError as error:
        print(f"docs: {error}", file=sys.stderr)
        return 1
    failed = [report for report in reports if report.problems]
    for report in failed:
        for problem in report.problems:
            print(f"docs: {report.path}: {problem}", file=sys.stderr)
    if failed:
        return 1
    print(
        f"docs: {len(reports)} pages load in Chromium without errors; every #fragment "
        f"resolves; screenshots in {out / 'screenshots'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
