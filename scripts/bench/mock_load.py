"""The mock server under load: a burst of connections at once, each sending one GET.

The mock runs as `nox -s mock` runs it, in its own process (`python -m scripts.mock SLUG`),
so that the clients' event loop does not share its interpreter lock. The clients are raw
asyncio connections: cheap enough that the figure is the mock's, not theirs.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from scripts.bench.regeneration import BenchError
from scripts.bench.report import Row
from scripts.bench.subjects import PollSubject
from scripts.paths import REPO_ROOT

ANSWER_WITHIN = 10.0  # seconds from the burst's start
SHARE_TARGET = 0.99  # of the connections answered within ANSWER_WITHIN
WARMUP_REQUESTS = 10
_STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3})")
_BASE_URL = re.compile(r"at (http://127\.0\.0\.1:\d+)")


@dataclass(frozen=True)
class Burst:
    """What a burst of connections got: each one's status, None where no answer came in
    time; and the seconds from the burst's start to its last answer."""

    statuses: tuple[int | None, ...]
    seconds: float

    @property
    def answered(self) -> int:
        return sum(status is not None for status in self.statuses)

    @property
    def share(self) -> float:
        return self.answered / len(self.statuses)

    @property
    def per_second(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0


def burst(base_url: str, request: bytes, *, connections: int, within: float) -> Burst:
    """`connections` connections opened at once to `base_url`, each sending `request` and
    reading the answer to its end (the mock closes after one): statuses and time taken."""
    target = urlsplit(base_url)
    host, port = target.hostname or "127.0.0.1", target.port or 80
    return asyncio.run(_burst(host, port, request, connections, within))


async def _burst(host: str, port: int, request: bytes, connections: int, within: float) -> Burst:
    started = time.monotonic()
    deadline = asyncio.get_running_loop().time() + within
    done = await asyncio.gather(*(_one(host, port, request, deadline) for _ in range(connections)))
    last = max((finished for status, finished in done if status is not None), default=started)
    return Burst(tuple(status for status, _ in done), last - started)


async def _one(host: str, port: int, request: bytes, deadline: float) -> tuple[int | None, float]:
    """The answer's status and when it had all arrived; None if it did not by `deadline`."""
    try:
        async with asyncio.timeout_at(deadline):
            reader, writer = await asyncio.open_connection(host, port)
            try:
                writer.write(request)
                answer = await reader.read()  # to the end: the mock closes after answering
            finally:
                writer.close()
    except (TimeoutError, OSError):
        return None, 0.0
    status = _STATUS_LINE.match(answer)
    return (int(status.group(1)) if status else None), time.monotonic()


def get_request(subject: PollSubject, base_url: str) -> bytes:
    """The GET the generated client sends for the subject, as bytes on the wire."""
    headers = {"Host": urlsplit(base_url).netloc, **subject.auth_headers}
    lines = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return f"GET {subject.wire_target} HTTP/1.1\r\n{lines}\r\n".encode("ascii")


@contextmanager
def mock_process(slug: str) -> Iterator[str]:
    """`python -m scripts.mock SLUG` in its own process; yields the base URL it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scripts.mock", slug],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        found = _BASE_URL.search(first_line)
        if found is None:
            raise BenchError(f"`python -m scripts.mock {slug}` printed {first_line!r}")
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


def mock_rows(subject: PollSubject, *, connections: int) -> list[Row]:
    """The share of a burst of `connections` answered within ANSWER_WITHIN, and its pace."""
    slug, operation_id = subject.provider.slug, subject.call.operation_id
    with mock_process(slug) as base_url:
        request = get_request(subject, base_url)
        burst(base_url, request, connections=WARMUP_REQUESTS, within=ANSWER_WITHIN)
        measured = burst(base_url, request, connections=connections, within=ANSWER_WITHIN)
    refused = sorted({s for s in measured.statuses if s is not None and s != 200})
    if refused:
        raise BenchError(f"the mock of {slug} answered {refused} to the bench's {operation_id}")
    what = f"{slug} {operation_id}, {connections:,} connections at once, one GET each"
    return [
        Row(
            section="mock",
            subject=f"{what}: answered within {ANSWER_WITHIN:g} s",
            figure=f"{measured.share:.1%} ({measured.answered:,} of {connections:,})",
            baseline="",
            ratio=None,
            target=f">= {SHARE_TARGET:.0%}",
            holds=measured.share >= SHARE_TARGET,
        ),
        Row(
            section="mock",
            subject=f"{what}: answers per second",
            figure=f"{measured.per_second:,.0f} requests/s",
            baseline="",
            ratio=None,
        ),
    ]
