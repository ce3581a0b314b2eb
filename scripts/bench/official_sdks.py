"""The providers' official PyPI SDKs, opened on a local base URL, so a benchmark can time them
on the same canned get-job response as the generated clients.

Each SDK is configured as a user would have it out of the box (its own retries, timeouts and
response handling), only pointed at the local server with a dummy key. The SDKs are imported
by name at call time: they are bench-only dependencies, absent from the environment `nox -s
lint` type-checks `scripts/` in, and salad-cloud-sdk ships no type hints; they meet mypy as
`Any` at this boundary, and the calls return `object`.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

SyncOpen = Callable[[str], tuple[Callable[[], object], Callable[[], None]]]
AsyncOpen = Callable[[str], tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]]

# Nothing checks it: the local server answers every request the same.
DUMMY_API_KEY = "bench-dummy-key"
# Path parameters; salad-cloud-sdk validates the two names against its pattern client-side.
WOODWIDE_JOB_ID = "job_A8K2P9QX"
SALAD_ORGANIZATION = "acme-corp"
SALAD_ENDPOINT = "transcribe"
SALAD_JOB_ID = "2fc459a1-1c09-4a34-ade7-54d03fc51d6a"


@dataclass(frozen=True)
class OfficialSdk:
    """One official SDK, as the benchmark opens and closes it."""

    label: str
    """What the results call it, with the installed version."""
    provider: str
    """The repo's slug whose get-job example the local server must serve."""
    open_sync: SyncOpen
    """base_url -> (one blocking get-job call returning the SDK's parsed object, close)."""
    open_async: AsyncOpen | None
    """base_url -> (awaitable get-job call factory, async close); None without an async client."""


def _module(name: str) -> Any:
    """The SDK's module, untyped: it may be absent from the type-checking environment."""
    return importlib.import_module(name)


def _woodwide_sync(base_url: str) -> tuple[Callable[[], object], Callable[[], None]]:
    """`WoodWide.jobs.retrieve` is GET /jobs/{job_id}; the client pools connections."""
    client = _module("woodwide").WoodWide(api_key=DUMMY_API_KEY, base_url=base_url)

    def call() -> object:
        return client.jobs.retrieve(WOODWIDE_JOB_ID)

    def close() -> None:
        client.close()

    return call, close


def _woodwide_async(
    base_url: str,
) -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
    """`AsyncWoodWide`: the same call on httpx's native async client."""
    client = _module("woodwide").AsyncWoodWide(api_key=DUMMY_API_KEY, base_url=base_url)

    async def call() -> object:
        result: object = await client.jobs.retrieve(WOODWIDE_JOB_ID)
        return result

    async def close() -> None:
        await client.close()

    return call, close


def _salad_sync(base_url: str) -> tuple[Callable[[], object], Callable[[], None]]:
    """`inference_endpoints.get_inference_endpoint_job`; the SDK holds no connection (each
    call is a one-off `requests.request`), so closing has nothing to do."""
    sdk = _module("salad_cloud_sdk").SaladCloudSdk(api_key=DUMMY_API_KEY, base_url=base_url)

    def call() -> object:
        result: object = sdk.inference_endpoints.get_inference_endpoint_job(
            SALAD_ORGANIZATION, SALAD_ENDPOINT, SALAD_JOB_ID
        )
        return result

    def close() -> None:
        pass

    return call, close


def _salad_async(
    base_url: str,
) -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
    """`SaladCloudSdkAsync`: the sync call run in `asyncio.to_thread`, as the SDK ships it.

    Its constructor gives the key to the sync services, then replaces them with async ones
    that have none (KeyError 'api_key_auth' on the first call): `set_api_key` again after.
    """
    sdk = _module("salad_cloud_sdk").SaladCloudSdkAsync(api_key=DUMMY_API_KEY, base_url=base_url)
    sdk.set_api_key(DUMMY_API_KEY)

    async def call() -> object:
        result: object = await sdk.inference_endpoints.get_inference_endpoint_job(
            SALAD_ORGANIZATION, SALAD_ENDPOINT, SALAD_JOB_ID
        )
        return result

    async def close() -> None:
        pass

    return call, close


# (distribution, import name, provider slug, open_sync, open_async)
_CANDIDATES: tuple[tuple[str, str, str, SyncOpen, AsyncOpen | None], ...] = (
    ("woodwide", "woodwide", "woodwide", _woodwide_sync, _woodwide_async),
    ("salad-cloud-sdk", "salad_cloud_sdk", "salad", _salad_sync, _salad_async),
)


def official_sdks() -> list[OfficialSdk]:
    """The SDKs importable in this environment (an SDK that is not installed is left out)."""
    sdks = []
    for distribution, module, provider, open_sync, open_async in _CANDIDATES:
        if importlib.util.find_spec(module) is None:
            continue
        try:
            version = importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
        label = f"{distribution} {version} (official)"
        sdks.append(OfficialSdk(label, provider, open_sync, open_async))
    return sdks
