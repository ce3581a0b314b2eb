"""The GitHub Actions matrix of a CI run: one job per group of providers and supported
Python, one for the shared tests. The workflow only reads this (.github/workflows/ci.yml);
what it contains is decided here, where it is tested.

Each entry carries what its job passes on: `python` (the version to set up), `providers` as
a space-separated list for the sessions that take slugs (`check`, `lint`, `build`, `demo`),
`pytest` as the arguments that select its part of the tests. The packages' tests run on every
Python the packages support (templates/package/metadata.toml); the shared tests, which test
the pipeline, on the oldest.
"""

from __future__ import annotations

import tomllib
from typing import TypedDict

from scripts.paths import TEMPLATES_DIR

# GitHub refuses a matrix of more than 256 jobs; a group is widened to stay under it.
MAX_JOBS = 256


class Job(TypedDict):
    name: str
    python: str
    providers: str
    pytest: str


def supported_pythons() -> list[str]:
    """The Python versions every package supports, oldest first."""
    with (TEMPLATES_DIR / "package" / "metadata.toml").open("rb") as file:
        versions = tomllib.load(file)["python_versions"]
    return [str(v) for v in versions]


def matrix(
    providers: list[str], group_size: int, pythons: list[str] | None = None
) -> dict[str, list[Job]]:
    """`{"include": [...]}`: the shared job first, then the providers in groups of
    `group_size`, each group once per Python (groups widen where the jobs would pass
    GitHub's limit), in the given order."""
    if group_size < 1:
        raise ValueError(f"group_size must be 1 or more, not {group_size}")
    pythons = pythons or supported_pythons()
    room = (MAX_JOBS - 1) // len(pythons)  # jobs per Python, the shared one aside
    if -(-len(providers) // group_size) > room:
        group_size = -(-len(providers) // room)
    jobs: list[Job] = [
        {"name": "shared", "python": pythons[0], "providers": "", "pytest": "--part shared"}
    ]
    for start in range(0, len(providers), group_size):
        group = providers[start : start + group_size]
        selected = " ".join(f"--provider {slug}" for slug in group)
        name = group[0] if len(group) == 1 else f"{group[0]} .. {group[-1]}"
        for python in pythons:
            jobs.append(
                {
                    "name": f"{name}, Python {python}",
                    "python": python,
                    "providers": " ".join(group),
                    "pytest": f"{selected} --part providers",
                }
            )
    return {"include": jobs}
