"""Start and stop the loopback server processes the benchmarks call."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from scripts.bench.rate_window import LimitChange
from scripts.paths import REPO_ROOT

SERVER_SCRIPT = Path(__file__).with_name("loopback_server.py")
LIMITED_MODULE = "scripts.bench.rate_limited_server"


@contextmanager
def loopback_server(body: bytes) -> Iterator[str]:
    """A server on 127.0.0.1 answering every request with `body`; yields its base URL."""
    with _server([str(SERVER_SCRIPT)], body, []) as url:
        yield url


@contextmanager
def rate_limited_server(
    body: bytes, limit: int, window: float, changes: Sequence[LimitChange] = ()
) -> Iterator[str]:
    """A server on 127.0.0.1 answering `body` to at most `limit` requests in any `window`
    seconds and 429 to the rest (rate_limited_server.py); yields its base URL."""
    options = ["--limit", str(limit), "--window", repr(window)]
    for change in changes:
        options += ["--change", f"{change.at!r}:{change.limit}"]
    with _server(["-m", LIMITED_MODULE], body, options) as url:
        yield url


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
