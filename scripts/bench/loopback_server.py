"""A minimal HTTP/1.1 keep-alive server that answers every request with one JSON body.

`python scripts/bench/loopback_server.py BODY_FILE` prints its port, then serves on
127.0.0.1 until it is terminated. Hand-written (stdlib asyncio, no dependency) because the
per-call benchmark must time the clients, not the server: http.server spends a thread and
more CPU per request than the clients being measured, and the spec-driven mock validates
every request. It runs in its own process so that it does not share the clients' GIL.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

HEAD_END = b"\r\n\r\n"


class _Answer(asyncio.Protocol):
    def __init__(self, response: bytes) -> None:
        self._response = response
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(HEAD_END)) >= 0:
            head = self._buffer[:end]
            body_length = content_length(head)
            request_end = end + len(HEAD_END) + body_length
            if len(self._buffer) < request_end:
                return  # the request body has not all arrived yet
            self._buffer = self._buffer[request_end:]
            assert self._transport is not None
            self._transport.write(self._response)


def content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def response_bytes(body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


async def _serve(body: bytes) -> None:
    loop = asyncio.get_running_loop()
    response = response_bytes(body)
    server = await loop.create_server(lambda: _Answer(response), "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_serve(Path(sys.argv[1]).read_bytes()))
