"""Batch: following thousands of jobs inside a provider's documented rate limit.

For each provider whose spec documents a limit (x-jobclients-rate-limit) and gives a job
surface, a fleet of jobs on the job fleet server (job_fleet_server.py), behind a sliding
window of that limit with time scaled by TIME_SCALE (SaladCloud's 240 a minute becomes 240
a second; a job ends DONE_AFTER scaled seconds after its first read). The jobs are followed
one async_wait_for_job each (without a budget, as the issue measured, and with one) and
by one async_wait_for_jobs, polling each job or reading the listing. Each run is its own
process (batch_run.py). Figures: the share of requests answered 429 (target: under 1%),
the wall time against the ideal the limit allows (every job read once, then once more
after it ended: R requests a round at the limit's rate, R/rate + max(DONE_AFTER, R/rate)),
requests per finished job, and peak memory.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from scripts.bench.batch_run import BatchRun, RunResult
from scripts.bench.job_fleet import fleet_config
from scripts.bench.loopback import job_fleet_server
from scripts.bench.regeneration import BenchError
from scripts.bench.report import Row
from scripts.codegen.providers import Provider
from scripts.codegen.spec_facts import jobs_plan, paging_plans, poll_plan, spec_facts
from scripts.paths import REPO_ROOT
from scripts.spec_model.reading import read_spec

TIME_SCALE = 1 / 60  # a minute of the provider's window is a second here
DONE_AFTER = 2.0  # scaled seconds from a job's first read to its end (two minutes real)
SHARE_TARGET = 0.01  # the most requests answered 429
# The package's defaults (2 s growing to 30 s), scaled like the window.
POLL_INTERVAL, MAX_POLL_INTERVAL = 2.0 * TIME_SCALE, 30.0 * TIME_SCALE
RUN_LIMIT = 900.0  # seconds: a run still going past this is a failed benchmark


@dataclass(frozen=True)
class Fleet:
    """A provider the section measures: its documented limit, scaled, and its listing."""

    provider: Provider
    limit: int
    window: float  # scaled seconds
    page_size: int | None  # the listing's, None without a listing

    @property
    def rate(self) -> float:
        return self.limit / self.window


def fleet_of(provider: Provider) -> Fleet | None:
    """The provider's fleet; None without a documented limit or a job surface."""
    spec = read_spec(provider.spec_path)
    limit, poll = spec_facts(spec).rate_limit, poll_plan(spec)
    plan = jobs_plan(spec, poll, paging_plans(spec))
    if limit is None or plan is None:
        return None
    listing = plan.listing
    page = (listing.page_size or 1) if listing is not None else None
    return Fleet(provider, int(limit[0]), float(limit[1]) * TIME_SCALE, page)


def batch_rows(fleet: Fleet, sizes: tuple[int, ...], *, per_job_size: int) -> list[Row]:
    """Each size followed as a batch, polling and (with a listing) listing; the first size
    also one waiter per job, without and with a budget."""
    rows: list[Row] = []
    for size in sizes:
        modes = ["batch, polling"] + (["batch, listing"] if fleet.page_size else [])
        if size == per_job_size:
            modes = ["per-job, no budget", "per-job, budget", *modes]
        rows += [_row(fleet, size, mode) for mode in modes]
    return rows


def _row(fleet: Fleet, size: int, mode: str) -> Row:
    config = fleet_config(fleet.provider.slug, size, DONE_AFTER)
    with job_fleet_server(config, fleet.limit, fleet.window) as server:
        run = BatchRun(
            slug=fleet.provider.slug,
            import_package=fleet.provider.import_package,
            base_url=server.base_url,
            job_ids=list(config.job_ids),
            scope=dict(config.scope),
            mode=mode,
            limit=fleet.limit,
            window=fleet.window,
            poll_interval=POLL_INTERVAL,
            max_poll_interval=MAX_POLL_INTERVAL,
            timeout=RUN_LIMIT,
        )
        result = _in_own_process(run)
        stats = server.stats()
    requests = stats.served + stats.refused
    share = stats.refused / requests if requests else 0.0
    page = fleet.page_size if mode == "batch, listing" else None
    per_round = math.ceil(size / page) if page else size
    ideal = per_round / fleet.rate + max(DONE_AFTER, per_round / fleet.rate)
    figure = (
        f"{share:.2%} of {requests:,} answered 429; {result.wall:.1f} s; "
        f"{requests / max(result.finished, 1):.2f} requests/job; "
        f"{result.peak_rss_kb / 1024:.0f} MB peak"
        + (f"; {result.errors} not finished" if result.errors else "")
    )
    measured = mode != "per-job, no budget"  # the issue's own way: the figure to beat
    return Row(
        "batch",
        f"{fleet.provider.slug} {size:,} jobs, {mode}",
        figure,
        f"ideal {ideal:.1f} s at {fleet.limit}/{fleet.window:g} s",
        result.wall / ideal,
        f"429s < {SHARE_TARGET:.0%}, all finished" if measured else "",
        (share < SHARE_TARGET and result.finished == size) if measured else None,
    )


def _in_own_process(run: BatchRun) -> RunResult:
    with tempfile.TemporaryDirectory(prefix="jobclients-batch-") as scratch:
        run_file = Path(scratch) / "run.json"
        run_file.write_text(json.dumps(asdict(run)), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "scripts.bench.batch_run", str(run_file)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=RUN_LIMIT + 60,
            check=False,
        )
    if done.returncode != 0:
        raise BenchError(f"batch run {run.mode!r} of {run.slug} failed:\n{done.stderr[-2000:]}")
    return RunResult(**json.loads(done.stdout.strip().splitlines()[-1]))
