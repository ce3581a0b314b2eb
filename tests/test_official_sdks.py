"""Each provider's official SDK, where one exists on PyPI, against our mock of its spec.

Our clients and our mock share our reading of the spec; an official SDK, generated from the
provider's own spec, does not. It must send requests our mock finds valid, and read our
mock's answer with every field its own model requires (a key our spec names differently,
`job_id` for `id`, shows up here as a field the SDK cannot find).
"""

from __future__ import annotations

from typing import Any

import pytest

from scripts.bench.official_sdks import OfficialSdk, official_sdks
from scripts.codegen.providers import load_provider
from scripts.mock_server import Canned, MockServer
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS

SDKS = official_sdks()
SELECTED_SDKS = [sdk for sdk in SDKS if sdk.provider in SLUGS]


def _missing_required(result: Any) -> list[str]:
    """The fields the SDK's pydantic model requires but did not get (Stainless SDKs build
    their models without validation, so a missing key is only absent, not an error)."""
    fields = getattr(type(result), "model_fields", None)
    if fields is None:
        return []  # not a pydantic model: the SDK validates as it reads
    given = getattr(result, "model_fields_set", set())
    return [name for name, info in fields.items() if info.is_required() and name not in given]


def _first_example(spec: SpecDocument, operation_id: str) -> Canned | None:
    """The success as the spec documents it first (its first named example). Unasked, the mock
    serves the first example with no docs placeholder, which may hold values the API allows
    and an SDK refuses: salad's 0.9.0a17 refuses the `webhook: null` SaladCloud answers."""
    for response in spec.operation(operation_id).responses:
        for media in response.content if response.status.startswith("2") else ():
            named = [e for e in media.examples if e.name] or list(media.examples)
            if named:
                return Canned.json(int(response.status), named[0].value, media.name)
    return None


def test_the_official_sdks_of_the_bench_are_installed() -> None:
    """The tests below cover what is installed: the pinned bench requirements have both."""
    assert {sdk.provider for sdk in SDKS} >= {"salad", "woodwide"}, [s.label for s in SDKS]


@pytest.mark.parametrize("sdk", SELECTED_SDKS, ids=lambda sdk: sdk.provider)
def test_the_official_sdk_reads_our_mocks_job(sdk: OfficialSdk) -> None:
    spec = read_spec(load_provider(sdk.provider).spec_path)
    with MockServer(spec, respond=lambda op: _first_example(spec, op)) as server:
        call, close = sdk.open_sync(server.base_url)  # the mock serves the paths at its root
        try:
            result = call()
        finally:
            close()
        assert not server.violations, "\n".join(server.violations)
    assert not _missing_required(result), f"{sdk.label} found no {_missing_required(result)}"
