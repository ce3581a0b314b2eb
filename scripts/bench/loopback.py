"""Start and stop the loopback server processes the benchmarks call."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.bench.job_fleet_server import FleetConfig, FleetStats
from scripts.bench.rate_window import LimitChange
from scripts.paths import REPO_ROOT

SERVER_SCRIPT = Path(__file__).with_name("loopback_server.py")
LIMITED_MODULE = "scripts.bench.rate_limited_server"
FLEET_MODULE = "scripts.bench.job_fleet_server"
# Loopback needs no proxy, whatever the environment names.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@contextmanager
def loopback_server(body: bytes) -> Iterator[str]:
    """A server on 127.0.0.1 answering every request with `body`; yields its base URL."""
    with _server([str(SERVER_SCRIPT)], body, []) as url:
        yield url


@contextmanager
def rate_limited_server(
    body: bytes,
    limit: int,
    window: float,
    changes: Sequence[LimitChange] = (),
    *,
    retry_after: bool = True,
) -> Iterator[str]:
    """A server on 127.0.0.1 answering `body` to at most `limit` requests in any `window`
    seconds and 429 (with a Retry-After unless told not to) to the rest
    (rate_limited_server.py); yields its base URL."""
    options = _limit_options(limit, window, changes, retry_after)
    with _server(["-m", LIMITED_MODULE], body, options) as url:
        yield url


@dataclass(frozen=True)
class FleetServer:
    base_url: str  # the generated clients' base_url: the spec's paths are served under it
    config: FleetConfig  # the jobs (job_ids, outcomes), the poll's other arguments (scope)

    def stats(self) -> FleetStats:
        return fleet_stats(self.base_url)


@contextmanager
def job_fleet_server(
    config: FleetConfig,
    limit: int,
    window: float,
    changes: Sequence[LimitChange] = (),
    *,
    retry_after: bool = True,
) -> Iterator[FleetServer]:
    """A server on 127.0.0.1 holding the jobs of `config` (job_fleet.fleet_config) behind a
    sliding window of `limit` requests per `window` seconds (job_fleet_server.py)."""
    options = _limit_options(limit, window, changes, retry_after)
    with _server(["-m", FLEET_MODULE], config.to_json().encode(), options) as url:
        yield FleetServer(url, config)


def server_stats(base_url: str) -> dict[str, Any]:
    """GET /__stats of a rate-limited or fleet server (never limited, never counted)."""
    with _DIRECT.open(f"{base_url}/__stats", timeout=10) as answer:
        stats: dict[str, Any] = json.load(answer)
    return stats


def fleet_stats(base_url: str) -> FleetStats:
    return FleetStats.from_json(server_stats(base_url))


def _limit_options(
    limit: int, window: float, changes: Sequence[LimitChange], retry_after: bool
) -> list[str]:
    options = ["--limit", str(limit), "--window", repr(window)]
    for change in changes:
        options += ["--change", f"{change.at!r}:{change.limit}"]
    return options if retry_after else [*options, "--no-retry-after"]


@contextmanager
def _server(program: list[str], body: bytes, options: list[str]) -> Iterator[str]:
    """Run `python PROGRAM BODY_FILE OPTIONS` until the block ends; yields the URL of the
    port it prints first."""
    with tempfile.TemporaryDirectory(prefix="jobclients-bench-") as scratch:
        body_file = Path(scratch) / "body.json"
        body_file.write_bytes(body)
        process = subprocess.Popen(
            [sys.executable, *program, str(body_file), *options],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
        )
        try:
            assert process.stdout is not None
            port = process.stdout.readline().strip()
            if not port.isdigit():
                raise RuntimeError(f"{' '.join(program)} did not start (printed {port!r})")
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)
