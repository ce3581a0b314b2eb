"""`python -m scripts.release_tags BEFORE [AFTER]`: the packages a push releases, one tag each.

A package is released by the commit that sets a new version in specs/<slug>/config.yaml
(scripts/spec_diff/versions.py); a push releases every package whose version differs
between BEFORE and AFTER (default HEAD), a new provider included, a removed one not. Each
gets the tag `<distribution>-v<version>` (`jobclients-salad-v0.3.0`). Prints the GitHub
Actions matrix `{"include": [{"slug", "distribution", "version", "tag"}, ...]}`; the release
workflow (.github/workflows/release.yml) publishes exactly these.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TypedDict

from scripts.paths import REPO_ROOT

_LINE = re.compile(r"^(distribution|version):\s*(\S+)\s*$", re.MULTILINE)
# A commit GitHub reports as the "before" of a new branch's first push: nothing before it.
NO_COMMIT = "0" * 40


class Release(TypedDict):
    slug: str
    distribution: str
    version: str
    tag: str


def releases(before: str, after: str = "HEAD", repo: Path = REPO_ROOT) -> list[Release]:
    """The packages whose config.yaml version differs between the two commits, by slug."""
    old = {} if before == NO_COMMIT else _configs(before, repo)
    found: list[Release] = []
    for slug, (distribution, version) in sorted(_configs(after, repo).items()):
        if old.get(slug, (None, None))[1] != version:
            tag = f"{distribution}-v{version}"
            found.append(
                {"slug": slug, "distribution": distribution, "version": version, "tag": tag}
            )
    return found


def _configs(commit: str, repo: Path) -> dict[str, tuple[str, str]]:
    """Each provider's distribution and version at `commit`."""
    listing = _git(repo, "ls-tree", "-r", "--name-only", commit, "--", "specs")
    configs = {}
    for line in listing.splitlines():
        path = Path(line)
        if path.name != "config.yaml" or len(path.parts) != 3:
            continue
        values = dict(_LINE.findall(_git(repo, "show", f"{commit}:{line}")))
        if "distribution" in values and "version" in values:
            configs[path.parent.name] = (values["distribution"], values["version"])
    return configs


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print("usage: python -m scripts.release_tags BEFORE [AFTER]", file=sys.stderr)
        return 2
    try:
        found = releases(argv[0], argv[1] if len(argv) > 1 else "HEAD")
    except subprocess.CalledProcessError as exc:
        print(f"error: git {' '.join(exc.cmd[1:3])}: {exc.stderr.strip()}", file=sys.stderr)
        return 2
    print(json.dumps({"include": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
