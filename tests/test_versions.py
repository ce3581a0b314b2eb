"""Versions follow spec changes: `nox -s bump` applies what the changes call for, and this
suite fails when a spec changed since its package's last version without that bump."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from scripts.paths import SPECS_DIR
from scripts.spec_diff.model import Bump
from scripts.spec_diff.versions import apply_bump, bumped, pending
from tests.conftest import SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_no_spec_changed_since_its_last_version_without_the_bump_it_calls_for(slug: str) -> None:
    state = pending(slug)
    assert state.satisfied, (
        f"specs/{slug} changed since {state.released_version} (commit {state.release_commit}) "
        f"in ways that call for a {state.bump} bump, to {state.required_version}: run "
        f"`nox -s bump -- {slug}`. Changes: {[c.rule for c in state.changes]}"
    )


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("0.1.0", Bump.MAJOR, "0.2.0"),  # 0.x: a breaking change moves the minor number
        ("1.4.2", Bump.MAJOR, "2.0.0"),
        ("0.1.3", Bump.MINOR, "0.2.0"),
        ("1.4.2", Bump.MINOR, "1.5.0"),
        ("1.4.2", Bump.PATCH, "1.4.3"),
        ("1.4.2", Bump.NONE, "1.4.2"),
    ],
)
def test_bumped(version: str, bump: Bump, expected: str) -> None:
    assert bumped(version, bump) == expected


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_bump_applies_what_a_breaking_change_calls_for_and_the_check_then_passes(
    tmp_path: Path,
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SPECS_DIR / "salad", repo / "specs" / "salad")
    _git(repo, "init", "-q")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "release")
    spec = repo / "specs" / "salad" / "openapi.yaml"
    document = yaml.safe_load(spec.read_text())
    del document["components"]["schemas"]["InferenceEndpointJob"]["properties"]["webhook_url"]
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    before = pending("salad", repo)
    assert before.bump is Bump.MAJOR and not before.satisfied
    assert before.required_version == bumped(before.current_version, Bump.MAJOR)

    after = apply_bump("salad", repo)
    assert after.satisfied and after.current_version == before.required_version
    config = (repo / "specs" / "salad" / "config.yaml").read_text()
    assert f"version: {before.required_version}" in config
    assert config.startswith("# Everything about the salad package"), "comments kept"
    changelog = (repo / "specs" / "salad" / "CHANGELOG.md").read_text()
    newest = changelog.split("\n## ")[1]
    assert newest.startswith(str(before.required_version))
    assert "Breaking: response-property-removed" in newest and "webhook_url" in newest
    assert f"## {before.current_version}" in changelog, "older entries kept"
