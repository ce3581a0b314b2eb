"""Start and stop the loopback server process for one benchmark."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_SCRIPT = Path(__file__).with_name("loopback_server.py")


@contextmanager
def loopback_server(body: bytes) -> Iterator[str]:
    """A server on 127.0.0.1 answering every request with `body`; yields its base URL."""
    with tempfile.TemporaryDirectory(prefix="jobclients-bench-") as scratch:
        body_file = Path(scratch) / "body.json"
        body_file.write_bytes(body)
        process = subprocess.Popen(
            [sys.executable, str(SERVER_SCRIPT), str(body_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            port = process.stdout.readline().strip()
            if not port.isdigit():
                raise RuntimeError(f"{SERVER_SCRIPT} did not start (printed {port!r})")
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)
