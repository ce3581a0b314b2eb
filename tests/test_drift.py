"""Drift shown by execution: the previous release's client (from git history) against a mock
of the current spec; a change rated compatible passes, a breaking one fails as expected, before
and after its bump is committed, and a provider with no release is reported, not a crash."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import tarfile
from pathlib import Path

import pytest
import yaml

from scripts.drift import check_drift
from scripts.paths import REPO_ROOT
from scripts.spec_diff.model import Bump
from scripts.spec_diff.versions import bumped
from scripts.spec_model.operations import iter_operations, resolve
from tests.conftest import SLUGS
from tests.spec_diff_support import commit_all


@pytest.mark.parametrize("slug", SLUGS)
def test_the_released_client_still_reads_the_current_spec(slug: str) -> None:
    drift = check_drift(slug, examples=10)
    if drift.release is None:
        pytest.skip(f"{slug}: {drift.output}")
    assert drift.ok, f"{drift.verdict}\n{drift.output}"


class SaladRepo:
    """specs/salad and generated/salad as committed at HEAD, released in a repository of
    their own (so concurrent edits of the working tree cannot change the outcome)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        archive = subprocess.run(
            ["git", "archive", "--format=tar", "HEAD", "specs/salad", "generated/salad"],
            cwd=REPO_ROOT,
            capture_output=True,
            check=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(root, filter="data")
        commit_all(root, "release")
        self.spec_path = root / "specs" / "salad" / "openapi.yaml"
        self.config = root / "specs" / "salad" / "config.yaml"
        self.released = str(yaml.safe_load(self.config.read_text())["version"])

    def make_a_required_response_field_optional(self) -> None:
        document = yaml.safe_load(self.spec_path.read_text())
        polled = next(o for o in iter_operations(document) if o.node.get("x-jobclients-poll"))
        job = resolve(
            document, polled.node["responses"]["200"]["content"]["application/json"]["schema"]
        )
        job["required"] = job["required"][:1]  # fields the old client relies on may be absent
        self.spec_path.write_text(yaml.safe_dump(document, sort_keys=False))

    def reword(self) -> None:
        document = yaml.safe_load(self.spec_path.read_text())
        document["info"]["description"] = "Reworded."
        self.spec_path.write_text(yaml.safe_dump(document, sort_keys=False))

    def bump_to(self, version: str) -> None:
        text = self.config.read_text().replace(f"version: {self.released}", f"version: {version}")
        self.config.write_text(text)


@pytest.fixture
def salad(tmp_path: Path) -> SaladRepo:
    return SaladRepo(tmp_path)


def test_a_compatible_change_passes(salad: SaladRepo) -> None:
    salad.reword()
    drift = check_drift("salad", examples=10, repo=salad.root)
    assert drift.returncode == 0 and drift.verdict == "compatible", drift.output


def test_a_breaking_change_fails_as_expected_before_and_after_its_bump_is_committed(
    salad: SaladRepo,
) -> None:
    salad.make_a_required_response_field_optional()
    salad.bump_to(bumped(salad.released, Bump.MAJOR))
    drift = check_drift("salad", examples=30, repo=salad.root)
    assert drift.release is not None and drift.release.version == salad.released
    assert drift.returncode == 1 and "get_inference_endpoint_job 200" in drift.output
    assert drift.ok and "expected" in drift.verdict
    assert "response-required-property-became-optional" in drift.breaking

    commit_all(salad.root, "the breaking change and its bump")
    drift = check_drift("salad", examples=30, repo=salad.root)
    assert drift.release is not None and drift.release.version == salad.released, "the previous one"
    assert drift.returncode == 1 and drift.ok and "expected" in drift.verdict


def test_a_breaking_change_the_rules_missed_would_be_drift(salad: SaladRepo) -> None:
    """The verdict is the rules' word backed by running code: a failure with no breaking
    change rated is DRIFT (shown here by rating nothing as breaking)."""
    salad.make_a_required_response_field_optional()
    drift = check_drift("salad", examples=30, repo=salad.root)
    assert drift.returncode == 1 and drift.ok
    unrated = dataclasses.replace(drift, breaking=[])
    assert not unrated.ok and unrated.verdict.startswith("DRIFT")


def test_a_provider_with_no_release_is_reported_not_a_crash(salad: SaladRepo) -> None:
    salad.bump_to("0.0.1")
    (salad.root / ".git").rename(salad.root / "no-history")
    subprocess.run(["git", "init", "-q"], cwd=salad.root, check=True)
    drift = check_drift("salad", examples=10, repo=salad.root)
    assert drift.release is None and drift.ok and drift.verdict == "not checked"
    assert "no release" in drift.output
