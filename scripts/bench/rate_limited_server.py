"""A loopback HTTP/1.1 server that enforces a rate limit, for measuring how clients keep to one.

`python -m scripts.bench.rate_limited_server BODY_FILE --limit N --window SECONDS
[--change AT:LIMIT ...]` prints its port, then answers every request with BODY_FILE as
JSON while the sliding window (rate_window.py) admits it, and with a 429 problem body
(and a Retry-After in whole seconds, rounded up) when it does not. `GET /__stats` answers
the counts served and refused (in all and per kind of request) and the times of the served
requests, and is itself never limited or counted. Same design as loopback_server.py
(stdlib asyncio, its own process) so that the server's cost stays out of the clients'
figures.

The limiting, the refusals and the counting are shared with servers that answer more than
one body (job_fleet_server.py): such a server is a `Site` that routes a request to its
kind and its answer, run by `serve`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from scripts.bench.loopback_server import HEAD_END, content_length, response_bytes
from scripts.bench.rate_window import LimitChange, SlidingWindow

STATS_PATH = b"/__stats"
MAX_HEAD = 64 * 1024  # a request head longer than this closes the connection

Answer = Callable[[float], bytes]  # the response bytes, given the time of the request


class Site(Protocol):
    def route(self, method: bytes, target: bytes) -> tuple[str, Answer]:
        """The kind of the request (counted apart in the stats) and how to answer it."""
        ...

    def stats(self, started: float) -> dict[str, Any]:
        """What the site adds to /__stats (times as seconds since `started`)."""
        ...


@dataclass
class Tally:
    served: int = 0
    refused: int = 0
    started: float = field(default_factory=time.monotonic)
    served_at: list[float] = field(default_factory=list)  # seconds since `started`
    # Per kind of request: [served, refused].
    kinds: dict[str, list[int]] = field(default_factory=dict)

    def count(self, kind: str, now: float, *, served: bool) -> None:
        counts = self.kinds.get(kind)
        if counts is None:
            counts = self.kinds[kind] = [0, 0]
        if served:
            self.served += 1
            self.served_at.append(now - self.started)
            counts[0] += 1
        else:
            self.refused += 1
            counts[1] += 1

    def as_json(self, site: Site) -> bytes:
        kinds = {k: {"served": s, "refused": r} for k, (s, r) in sorted(self.kinds.items())}
        own = {"served": self.served, "refused": self.refused, "served_at": self.served_at}
        return json.dumps({**own, "kinds": kinds, **site.stats(self.started)}).encode("ascii")


def problem_bytes(status: int, title: str, headers: str = "") -> bytes:
    """A problem JSON answer (RFC 9457's members, `about:blank` type); `headers` are extra
    header lines, each ending in CRLF."""
    body = json.dumps({"type": "about:blank", "title": title, "status": status}).encode()
    head = (
        f"HTTP/1.1 {status} {title}\r\nContent-Type: application/json\r\n{headers}"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def refusal_bytes(retry_after: float | None) -> bytes:
    """A 429, with a Retry-After in whole seconds (rounded up) unless `retry_after` is None
    (as SaladCloud documents none)."""
    if retry_after is None:
        return problem_bytes(429, "Too Many Requests", "")
    return problem_bytes(
        429, "Too Many Requests", f"Retry-After: {max(1, math.ceil(retry_after))}\r\n"
    )


class StaticSite:
    """Every request is of one kind and gets one body."""

    def __init__(self, body: bytes) -> None:
        answer = response_bytes(body)
        self._route: tuple[str, Answer] = ("body", lambda _: answer)

    def route(self, method: bytes, target: bytes) -> tuple[str, Answer]:
        return self._route

    def stats(self, started: float) -> dict[str, Any]:
        return {}


class _Limited(asyncio.Protocol):
    def __init__(self, site: Site, limiter: SlidingWindow, tally: Tally, retry_after: bool) -> None:
        self._site = site
        self._retry_after = retry_after
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
        method, _, rest = head.partition(b"\r\n")[0].partition(b" ")
        target = rest.partition(b" ")[0]
        if target == STATS_PATH:
            return response_bytes(self._tally.as_json(self._site))
        kind, answer = self._site.route(method, target)
        now = time.monotonic()
        if not self._limiter.admit(now):
            self._tally.count(kind, now, served=False)
            wait = self._limiter.retry_after(now) if self._retry_after else None
            return refusal_bytes(wait)
        self._tally.count(kind, now, served=True)
        return answer(now)


def _change(text: str) -> LimitChange:
    """AT:LIMIT, e.g. 5:120 (from 5 s after the first request, 120 per window)."""
    at, _, limit = text.partition(":")
    try:
        return LimitChange(float(at), int(limit))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--change wants AT:LIMIT, not {text!r}") from None


def limit_arguments(parser: argparse.ArgumentParser) -> None:
    """--limit, --window and --change, which `limiter_of` reads."""
    parser.add_argument("--limit", type=int, required=True, help="requests per window")
    parser.add_argument("--window", type=float, required=True, help="the window, in seconds")
    parser.add_argument("--change", type=_change, action="append", default=[])
    parser.add_argument("--no-retry-after", action="store_true", help="429s without Retry-After")


def limiter_of(parser: argparse.ArgumentParser, args: argparse.Namespace) -> SlidingWindow:
    try:
        return SlidingWindow(args.limit, args.window, args.change)
    except ValueError as error:
        parser.error(str(error))


def serve(site: Site, limiter: SlidingWindow, args: argparse.Namespace) -> None:
    """Serve `site` on 127.0.0.1 behind `limiter` until terminated; prints the port first.
    `args`: the options of limit_arguments."""
    asyncio.run(_serve(site, limiter, not args.no_retry_after))


async def _serve(site: Site, limiter: SlidingWindow, retry_after: bool) -> None:
    loop = asyncio.get_running_loop()
    tally = Tally()
    server = await loop.create_server(
        lambda: _Limited(site, limiter, tally, retry_after), "127.0.0.1", 0, backlog=1024
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.rate_limited_server")
    parser.add_argument("body", type=Path, help="the JSON body of every served answer")
    limit_arguments(parser)
    args = parser.parse_args(argv)
    limiter = limiter_of(parser, args)
    serve(StaticSite(args.body.read_bytes()), limiter, args)


if __name__ == "__main__":
    main()
