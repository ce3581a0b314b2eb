"""The GitHub Actions matrix of a CI run: one job per group of providers, one for the shared
tests. The workflow only reads this (.github/workflows/ci.yml); what it contains is decided
here, where it is tested.

Each entry carries what its job passes on: `providers` as a space-separated list for the
sessions that take slugs (`check`, `lint`, `build`, `demo`), `pytest` as the arguments that
select its part of the tests.
"""

from __future__ import annotations

from typing import TypedDict

# GitHub refuses a matrix of more than 256 jobs; a group is widened to stay under it.
MAX_JOBS = 256


class Job(TypedDict):
    name: str
    providers: str
    pytest: str


def matrix(providers: list[str], group_size: int) -> dict[str, list[Job]]:
    """`{"include": [...]}`: the shared job first, then the providers in groups of
    `group_size` (fewer jobs where that would pass GitHub's limit), in the given order."""
    if group_size < 1:
        raise ValueError(f"group_size must be 1 or more, not {group_size}")
    groups = max(1, -(-len(providers) // group_size))
    if groups > MAX_JOBS - 1:
        group_size = -(-len(providers) // (MAX_JOBS - 1))
    jobs: list[Job] = [{"name": "shared", "providers": "", "pytest": "--part shared"}]
    for start in range(0, len(providers), group_size):
        group = providers[start : start + group_size]
        selected = " ".join(f"--provider {slug}" for slug in group)
        name = group[0] if len(group) == 1 else f"{group[0]} .. {group[-1]}"
        jobs.append(
            {"name": name, "providers": " ".join(group), "pytest": f"{selected} --part providers"}
        )
    return {"include": jobs}
