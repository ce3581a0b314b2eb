"""One get-job call over loopback: the generated client against raw httpx and official SDKs.

Raw httpx plus json.loads is the floor a client cannot beat: it sends the very request the
client sends (path and query string, the client's defaults included). The generated client
runs with everything on (retries, response validation, open enums, the credential transport).
A throughput ratio is the median over rounds of the baseline's seconds per call divided by the
subject's in the same round. Sync calls alternate call by call; async rounds alternate round
by round, raw httpx and the client sending through one connection pool (see _async_samples).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from typing import Any

import httpx

from scripts.bench.loopback import loopback_server
from scripts.bench.official_sdks import OfficialSdk
from scripts.bench.report import Row
from scripts.bench.subjects import PollSubject
from scripts.bench.timing import Samples, alternating_samples, interleaved_samples

CLIENT_TARGET = 0.9  # at least this share of raw httpx's throughput
RAW = "raw httpx + json.loads"
CLIENT = "generated client"
WARMUP_CALLS = 20
WARMUP_ROUNDS = 12


def call_rows(
    subject: PollSubject,
    sdks: list[OfficialSdk],
    *,
    calls: int,
    concurrency: int,
    repeat: int,
    async_repeat: int,
) -> list[Row]:
    """Sync calls in a row, then rounds of `concurrency` async calls at once."""
    body = json.dumps(next(iter(subject.examples.values()))).encode()
    own_sdks = [sdk for sdk in sdks if sdk.provider == subject.provider.slug]
    with loopback_server(body) as base_url:
        sync_samples = _sync_samples(subject, own_sdks, base_url, calls=calls, repeat=repeat)
        async_samples = _async_samples(
            subject,
            own_sdks,
            base_url,
            rounds=max(1, calls // concurrency),
            size=concurrency,
            repeat=async_repeat,
        )
    return [
        *_rows(subject, "sync", sync_samples, "calls in a row"),
        *_rows(subject, "async", async_samples, f"{concurrency} concurrent calls"),
    ]


def _raw_settings(subject: PollSubject, base_url: str) -> dict[str, Any]:
    """Raw httpx with the credential header and the connection limits the client uses by
    default: the same connections, so that only what the client does on top is measured."""
    limits = subject.package.client.DEFAULT_LIMITS
    return {"base_url": base_url, "headers": subject.auth_headers, "limits": limits}


def _sync_samples(
    subject: PollSubject, sdks: list[OfficialSdk], base_url: str, *, calls: int, repeat: int
) -> Samples:
    method, path, kwargs = subject.call.method, subject.wire_target, subject.kwargs
    with ExitStack() as stack:
        raw = stack.enter_context(httpx.Client(**_raw_settings(subject, base_url)))
        client = stack.enter_context(subject.client(base_url))
        operation = subject.operation
        contenders: dict[str, Callable[[], object]] = {
            RAW: lambda: json.loads(raw.request(method, path).content),
            CLIENT: lambda: operation.sync(client=client, **kwargs),
        }
        for sdk in sdks:
            call, close = sdk.open_sync(base_url)
            stack.callback(close)
            contenders[sdk.label] = call
        for run in contenders.values():
            for _ in range(WARMUP_CALLS):
                run()
        return alternating_samples(contenders, repeat=repeat, number=calls)


def _async_samples(
    subject: PollSubject,
    sdks: list[OfficialSdk],
    base_url: str,
    *,
    rounds: int,
    size: int,
    repeat: int,
) -> Samples:
    method, path, kwargs = subject.call.method, subject.wire_target, subject.kwargs
    # One pool under raw httpx and the client: httpcore 1.0.9's pool spends, on every request
    # it queues and releases, time in proportion to the connections it holds (a scan per
    # connection, upstream encode/httpcore#1035), and that number wanders over a pool's life
    # (7 to 100 at 100 concurrent calls here), taking a pool's throughput between about 300
    # and 900 calls/s. Two pools wander apart and the ratio measured that lottery; one pool
    # is in the same state for both, so the ratio is what the client adds on top of it.
    # (The client's async transport is this same AsyncHTTPTransport, wrapped.)
    pool = httpx.AsyncHTTPTransport(limits=subject.package.client.DEFAULT_LIMITS)
    with asyncio.Runner() as runner:  # one loop: the async clients are bound to it
        raw = httpx.AsyncClient(**_raw_settings(subject, base_url), transport=pool)
        client = subject.client(base_url, transport=pool)
        operation = subject.operation

        async def raw_call() -> object:
            return json.loads((await raw.request(method, path)).content)

        factories: dict[str, Callable[[], Awaitable[object]]] = {
            RAW: raw_call,
            CLIENT: lambda: operation.asyncio(client=client, **kwargs),
        }
        closers: list[Callable[[], Awaitable[None]]] = [  # each closes the pool: no harm
            raw.aclose,
            client.get_async_httpx_client().aclose,
        ]
        for sdk in sdks:
            if sdk.open_async is not None:
                factory, close = sdk.open_async(base_url)
                factories[sdk.label] = factory
                closers.append(close)

        def one_round(factory: Callable[[], Awaitable[object]]) -> Callable[[], Any]:
            async def gather() -> None:
                await asyncio.gather(*(factory() for _ in range(size)))

            return lambda: runner.run(gather())

        contenders = {name: one_round(factory) for name, factory in factories.items()}
        try:
            # Warm-up: connections opened, code paths taken, and past the first thousand
            # or so async calls, which run at half the speed of the later ones (seen for raw
            # httpx and the client alike; they would make the first rounds unlike the rest).
            for _ in range(WARMUP_ROUNDS):
                for run in contenders.values():
                    run()
            per_round = interleaved_samples(contenders, repeat=repeat, number=rounds)
        finally:
            for close in closers:
                runner.run(close())  # type: ignore[arg-type]
    return per_round.scaled(1 / size)


def _rows(subject: PollSubject, mode: str, samples: Samples, how: str) -> list[Row]:
    """Throughput ratios to raw httpx, each the median of the rounds' own ratios."""
    client_ratio = samples.time_ratio(RAW, CLIENT)
    baseline = f"{RAW} {1 / samples.median(RAW):,.0f}/s"
    section = f"call ({mode})"
    what = f"{subject.provider.slug} {subject.call.operation_id}, {how}"
    rows = [
        Row(
            section=section,
            subject=f"{what}: {CLIENT}",
            figure=f"{1 / samples.median(CLIENT):,.0f} calls/s",
            baseline=baseline,
            ratio=client_ratio,
            target=f">= {CLIENT_TARGET:.1f}x",
            holds=client_ratio >= CLIENT_TARGET,
        )
    ]
    for name in samples.rounds:
        if name in (RAW, CLIENT):
            continue
        ratio = samples.time_ratio(RAW, name)
        rows.append(
            Row(
                section=section,
                subject=f"{what}: {name}",
                figure=f"{1 / samples.median(name):,.0f} calls/s",
                baseline=baseline,
                ratio=ratio,
                target=f"< generated client ({client_ratio:.2f}x)",
                holds=ratio < client_ratio,
            )
        )
    return rows
