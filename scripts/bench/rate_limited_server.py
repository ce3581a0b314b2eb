"""A loopback HTTP/1.1 server that enforces a rate limit, for measuring how clients keep to one.

`python -m scripts.bench.rate_limited_server BODY_FILE --limit N --window SECONDS
[--change AT:LIMIT ...]` prints its port, then answers every request with BODY_FILE as
JSON while the sliding window (rate_window.py) admits it, and with a 429 problem body
(and a Retry-After in whole seconds, rounded up) when it does not. `GET /__stats` answers
the counts served and refused and the times of the served requests, and is itself never
limited or counted. Same design as loopback_server.py (stdlib asyncio, its own process) so
that the server's cost stays out of the clients' figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path

from scripts.bench.loopback_server import HEAD_END, content_length, response_bytes
from scripts.bench.rate_window import LimitChange, SlidingWindow

STATS_PATH = b"/__stats"
MAX_HEAD = 64 * 1024  # a request head longer than this closes the connection


@dataclass
class Tally:
    served: int = 0
    refused: int = 0
    started: float = field(default_factory=time.monotonic)
    served_at: list[float] = field(default_factory=list)  # seconds since `started`

    def as_json(self) -> bytes:
        return json.dumps(
            {"served": self.served, "refused": self.refused, "served_at": self.served_at}
        ).encode("ascii")


def refusal_bytes(retry_after: float) -> bytes:
    body = b'{"type":"about:blank","title":"Too Many Requests","status":429}'
    head = (
        "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
        f"Retry-After: {max(1, math.ceil(retry_after))}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class _Limited(asyncio.Protocol):
    def __init__(self, answer: bytes, limiter: SlidingWindow, tally: Tally) -> None:
        self._answer = answer
        self._limiter = limiter
        self._tally = tally
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        assert self._transport is not None
        self._buffer += data
        while (end := self._buffer.find(HEAD_END)) >= 0:
            head = self._buffer[:end]
            request_end = end + len(HEAD_END) + content_length(head)
            if len(self._buffer) < request_end:
                return  # the request body has not all arrived yet
            self._buffer = self._buffer[request_end:]
            self._transport.write(self._respond(head))
        if len(self._buffer) > MAX_HEAD:
            self._transport.close()

    def _respond(self, head: bytes) -> bytes:
        target = head.split(b"\r\n", 1)[0].split(b" ")[1:2]
        if target == [STATS_PATH]:
            return response_bytes(self._tally.as_json())
        now = time.monotonic()
        if not self._limiter.admit(now):
            self._tally.refused += 1
            return refusal_bytes(self._limiter.retry_after(now))
        self._tally.served += 1
        self._tally.served_at.append(now - self._tally.started)
        return self._answer


def _change(text: str) -> LimitChange:
    """AT:LIMIT, e.g. 5:120 (from 5 s after the first request, 120 per window)."""
    at, _, limit = text.partition(":")
    try:
        return LimitChange(float(at), int(limit))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--change wants AT:LIMIT, not {text!r}") from None


async def _serve(body: bytes, limiter: SlidingWindow) -> None:
    loop = asyncio.get_running_loop()
    answer, tally = response_bytes(body), Tally()
    server = await loop.create_server(
        lambda: _Limited(answer, limiter, tally), "127.0.0.1", 0, backlog=1024
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.rate_limited_server")
    parser.add_argument("body", type=Path, help="the JSON body of every served answer")
    parser.add_argument("--limit", type=int, required=True, help="requests per window")
    parser.add_argument("--window", type=float, required=True, help="the window, in seconds")
    parser.add_argument("--change", type=_change, action="append", default=[])
    args = parser.parse_args(argv)
    try:
        limiter = SlidingWindow(args.limit, args.window, args.change)
    except ValueError as error:
        parser.error(str(error))
    asyncio.run(_serve(args.body.read_bytes(), limiter))


if __name__ == "__main__":
    main()
