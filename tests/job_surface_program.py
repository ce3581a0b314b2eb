"""A short program written against the job surface alone (JobSurface, CancellingJobs,
ListingJobs): it follows a job of any provider the same way. tests/test_job_surface.py runs
it against every provider's mock and type-checks it with mypy --strict."""

from __future__ import annotations

from itertools import islice
from typing import Any

from jobclients_seequent import CancellingJobs, JobState, JobSurface, ListingJobs


def follow(jobs: JobSurface[Any], job_id: str) -> list[str]:
    """Read the job, wait for it with a live progress line, and cancel or list where the
    provider can: the lines a user would see."""
    lines: list[str] = []

    def progress(view: JobState[Any]) -> None:
        lines.append(f"  ... {view.status}")

    now = jobs.get(job_id)
    lines.append(f"job {now.id}: {now.status} (terminal: {now.is_terminal})")
    final = jobs.wait(job_id, timeout=10.0, poll_interval=0.01, on_progress=progress)
    outcome = "succeeded" if final.is_success else "did not succeed"
    lines.append(f"job {final.id}: {final.status}, {outcome}")
    if isinstance(jobs, CancellingJobs):
        jobs.cancel(job_id)
        lines.append(f"job {job_id}: cancel sent")
    if isinstance(jobs, ListingJobs):
        # The first job only: a mock answers every page alike, and a client that reads one
        # page twice stops (PagingError), as it should with a server that does not move on.
        listed = [view.id for view in islice(jobs.iterate(), 1)]
        lines.append(f"listed: {listed}")
    return lines
