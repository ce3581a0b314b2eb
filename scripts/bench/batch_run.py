"""One measured run of the batch section, in a process of its own so that its peak memory is
its own: `python -m scripts.bench.batch_run RUN_FILE` reads a BatchRun as JSON, follows its
jobs on the fleet server it names, and prints a RunResult as JSON.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import resource
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from scripts.paths import GENERATED_DIR

BENCH_TOKEN = "bench-key-not-secret"
# How the jobs are followed: one async_wait_for_job each, with no budget (as the issue
# measured) or with the client's budget; or one async_wait_for_jobs, polling or listing.
MODES = ("per-job, no budget", "per-job, budget", "batch, polling", "batch, listing")


@dataclass(frozen=True)
class BatchRun:
    slug: str
    import_package: str
    base_url: str
    job_ids: list[str]
    scope: dict[str, str]
    mode: str
    limit: int  # the budget's requests per `window`, when the mode has one
    window: float
    poll_interval: float
    max_poll_interval: float
    timeout: float


@dataclass(frozen=True)
class RunResult:
    wall: float  # seconds from the first request to the last job handed back
    finished: int  # jobs that reached a terminal status
    errors: int  # jobs that did not (the deadline, ...)
    peak_rss_kb: int


def _package(run: BatchRun) -> ModuleType:
    sys.path.insert(0, str(GENERATED_DIR / run.slug))
    return importlib.import_module(run.import_package)


async def _per_job(package: ModuleType, client: Any, run: BatchRun) -> tuple[int, int]:
    surface = package.Jobs(client, **run.scope)

    async def one(job_id: str) -> bool:
        try:
            await package.async_wait_for_job(
                **surface._arguments(job_id),
                client=client,
                timeout=run.timeout,
                poll_interval=run.poll_interval,
                max_poll_interval=run.max_poll_interval,
                raise_on_failure=False,
            )
        except package.errors.JobClientError:
            return False
        return True

    ended = await asyncio.gather(*(one(job_id) for job_id in run.job_ids))
    return sum(ended), len(ended) - sum(ended)


async def _batch(package: ModuleType, client: Any, run: BatchRun) -> tuple[int, int]:
    finished = errors = 0
    async with package.async_wait_for_jobs(
        run.job_ids,
        client=client,
        **run.scope,
        timeout=run.timeout,
        poll_interval=run.poll_interval,
        max_poll_interval=run.max_poll_interval,
        use_listing=run.mode == "batch, listing",
    ) as batch:
        async for outcome in batch:
            if outcome.error is None:
                finished += 1
            else:
                errors += 1
    return finished, errors


def follow(run: BatchRun) -> RunResult:
    package = _package(run)
    budget = None
    if run.mode != "per-job, no budget":
        budget = package.RequestBudget(package.RateLimit(run.limit, run.window))
    client = package.AuthenticatedClient(token=BENCH_TOKEN, base_url=run.base_url, budget=budget)
    wait = _per_job if run.mode.startswith("per-job") else _batch
    started = time.perf_counter()
    finished, errors = asyncio.run(wait(package, client, run))
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return RunResult(wall, finished, errors, peak)


def main() -> None:
    run = BatchRun(**json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    print(json.dumps(asdict(follow(run))))


if __name__ == "__main__":
    main()
