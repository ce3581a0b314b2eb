"""What a user does: install one package alone into a fresh venv and call the API."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.codegen.call_plan import client_auth
from scripts.codegen.providers import load_provider
from scripts.installed_calls import DEMO_TOKEN, call_all
from scripts.isolated_env import fresh_env
from scripts.paths import GENERATED_DIR
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_the_package_installs_alone_and_every_operation_answers(slug: str, tmp_path: Path) -> None:
    provider = load_provider(slug)
    python = fresh_env(tmp_path / "venv", str(GENERATED_DIR / slug))
    auth = client_auth(read_spec(provider.spec_path))
    results = call_all(provider, python)
    assert results, "no operation was called"
    for result in results:
        assert result.returncode == 0, result.output
        (request,) = result.requests
        assert not request.violations, request.violations
        sent = {k.lower(): v for k, v in request.headers.items()}
        expected = f"{auth.prefix} {DEMO_TOKEN}".strip()
        assert sent[auth.header.lower()] == expected, f"{result.operation_id}: auth header"
