"""A package index: what is on one (PEP 503's simple pages), uploading to it (twine), and a
local PyPI-compatible one (pypiserver) on 127.0.0.1 with its data in a temporary folder.

Installing a jobclients package from an index never falls back to another for that name:
the package's own distribution is downloaded from the index given, with `--no-deps`, and
only then installed with its dependencies from the default index (pip cannot be told
"this name from that index only", so a look-alike upload elsewhere is never considered).
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STARTUP_SECONDS = 30.0  # for pypiserver to answer its first request
_FILE_LINK = re.compile(r'<a [^>]*href="[^"]*?/([^/"#]+)(?:#[^"]*)?"', re.IGNORECASE)


class PackageIndexError(Exception):
    """The index did not answer, or refused an upload (the message says which and why)."""


def normalized(distribution: str) -> str:
    """PEP 503's name of a project on the simple index."""
    return re.sub(r"[-_.]+", "-", distribution).lower()


def versions_on(index_url: str, distribution: str, timeout: float = 10.0) -> set[str]:
    """The versions of `distribution` the index holds (none when it has no such project)."""
    page = f"{index_url.rstrip('/')}/{normalized(distribution)}/"
    try:
        with urllib.request.urlopen(page, timeout=timeout) as answer:
            html = answer.read(4_000_000).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return set()
        raise PackageIndexError(f"{page}: HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise PackageIndexError(f"{page}: {exc}") from None
    stem = re.escape(distribution.replace("-", "_"))
    file_version = re.compile(rf"^{stem}-([^-]+?)(?:-|\.tar\.gz$)", re.IGNORECASE)
    found = (file_version.match(name) for name in _FILE_LINK.findall(html))
    return {match.group(1) for match in found if match}


def upload(index_url: str, files: list[Path], username: str, password: str) -> None:
    """twine upload to the index's upload URL (pypiserver: the index's root)."""
    done = subprocess.run(
        [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar",
         "--repository-url", upload_url(index_url), "-u", username, "-p", password,
         *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    if done.returncode != 0:
        said = (done.stdout + done.stderr).strip()
        raise PackageIndexError(f"twine upload to {upload_url(index_url)} refused: {said}")


def upload_url(index_url: str) -> str:
    """Where to upload: a `.../simple/` index's root (pypiserver, devpi), else as given."""
    return re.sub(r"/simple/?$", "/", index_url)


@contextmanager
def local_index() -> Iterator[str]:
    """A pypiserver on 127.0.0.1 serving a fresh temporary folder: yields its simple index
    URL; anyone may upload to it (it is bound to loopback and lives as long as the block)."""
    with tempfile.TemporaryDirectory(prefix="jobclients-index-") as packages:
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port",
             str(port), "-a", ".", "-P", ".", "--disable-fallback", packages],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}/simple/"
        try:
            _wait_until_up(url, server)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise PackageIndexError(f"pypiserver exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1.0):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise PackageIndexError(f"pypiserver did not answer {url} within {STARTUP_SECONDS:.0f} s")
