"""Drift shown by execution: each released client (from git history) against a mock of the
current spec; and a breaking spec change is caught by running the old client, not only by
the spec rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.drift import check_released
from scripts.paths import SPECS_DIR
from scripts.spec_diff.differ import diff_specs
from scripts.spec_lint import load_spec
from tests.conftest import SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_the_released_client_still_reads_the_current_spec(slug: str) -> None:
    try:
        result = check_released(slug, SPECS_DIR / slug / "openapi.yaml", examples=10)
    except LookupError as exc:  # a provider added since the last commit has no release yet
        pytest.skip(str(exc))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_breaking_response_change_makes_the_released_client_fail(tmp_path: Path) -> None:
    spec = SPECS_DIR / "salad" / "openapi.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    job = document["components"]["schemas"]["InferenceEndpointJob"]
    job["required"].remove("create_time")  # a field the client relies on may be absent
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    verdict = {c.rule for c in diff_specs(load_spec(spec), load_spec(broken))}
    assert "response-required-property-became-optional" in verdict
    result = check_released("salad", broken, examples=30)
    assert result.returncode == 1, result.stdout
    assert "get_inference_endpoint_job 200" in result.stdout
