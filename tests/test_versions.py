"""Versions follow spec changes: `nox -s bump` applies what the changes since the release call
for, and this suite fails when a spec (or the generated API) changed since its package's last
release without that bump, or the pipeline changed its generated code with no fragment.

The demo repository here has no package the pipeline could build (its config lacks a
description), so bump judges it as it did before packages were built from specs: the
committed package against the working tree's. tests/test_changelog.py builds packages."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.bump import report
from scripts.spec_diff.model import Bump
from scripts.spec_diff.versions import apply_bump, bumped, pending, releases
from tests.conftest import SLUGS
from tests.spec_diff_support import commit_all, minimal_spec, write_yaml

_CONFIG = (
    "# The demo package.\ndistribution: jobclients-demo\nimport_package: jobclients_demo\n"
    "version: {}\n"
)


@pytest.mark.parametrize("slug", SLUGS)
def test_no_spec_changed_since_its_last_version_without_the_bump_it_calls_for(slug: str) -> None:
    state = pending(slug)
    assert not state.pipeline.fragment_missing, (
        f"the generation pipeline changed generated/{slug}'s code since "
        f"{state.released_version} ({len(state.pipeline.files)} files: "
        f"{state.pipeline.files[:5]}) and no fragment under scripts/changes/ says what that "
        f"means for users of {slug}: write one (scripts/changes/README.md), then run "
        f"`nox -s bump -- {slug}`"
    )
    assert state.satisfied, (
        f"specs/{slug} or generated/{slug} changed since {state.released_version} (commit "
        f"{state.release_commit}) in ways that call for a {state.bump} bump, to "
        f"{state.required_version}: run `nox -s bump -- {slug}`. "
        f"Changes: {[(c.rule, c.location) for c in state.changes if c.level == 'breaking'][:10]}"
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


class DemoRepo:
    """A repository with one provider, `demo`, released at 1.0.0."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec: dict[str, Any] = minimal_spec()
        self.specs = root / "specs" / "demo"
        self._write_spec()
        self.config.write_text(_CONFIG.format("1.0.0"), encoding="utf-8")
        self.changelog.write_text("# Changelog\n\n## 1.0.0\n\n- First release.\n")
        commit_all(root, "release 1.0.0")

    @property
    def config(self) -> Path:
        return self.specs / "config.yaml"

    @property
    def changelog(self) -> Path:
        return self.specs / "CHANGELOG.md"

    def edit(self, change: str) -> None:
        job = self.spec["components"]["schemas"]["Job"]
        if change == "additive":
            job["properties"]["note"] = {"type": "string"}
        elif change == "breaking":
            del job["properties"]["value"]
        elif change == "revert":
            self.spec = minimal_spec()
        self._write_spec()

    def entries(self) -> list[str]:
        return ["## " + e for e in self.changelog.read_text().split("\n## ")[1:]]

    def _write_spec(self) -> None:
        write_yaml(self.specs / "openapi.yaml", copy.deepcopy(self.spec))


@pytest.fixture
def demo(tmp_path: Path) -> DemoRepo:
    return DemoRepo(tmp_path)


def test_bump_applies_what_a_breaking_change_calls_for_and_the_check_then_passes(
    demo: DemoRepo,
) -> None:
    demo.edit("breaking")
    before = pending("demo", demo.root)
    assert before.bump is Bump.MAJOR and not before.satisfied
    assert before.required_version == "2.0.0"

    after = apply_bump("demo", demo.root)
    assert after.satisfied and after.current_version == "2.0.0"
    config = demo.config.read_text()
    assert "version: 2.0.0" in config and config.startswith("# The demo package."), "comments kept"
    newest, older = demo.entries()
    assert newest.startswith("## 2.0.0\n\n### Breaking\n\n- `Job.value` is gone. [^2.0.0-1]\n")
    assert "(response-property-removed)" in newest
    assert older.startswith("## 1.0.0"), "older entries kept"


def test_a_pending_bump_is_recomputed_from_the_release_not_stacked(demo: DemoRepo) -> None:
    demo.edit("additive")
    assert apply_bump("demo", demo.root).current_version == "1.1.0"
    note = "- Jobs carry a note now: show it in your UI."
    demo.changelog.write_text(
        demo.changelog.read_text().replace("## 1.1.0\n\n", f"## 1.1.0\n\n{note}\n")
    )
    demo.edit("breaking")  # more changes before anything is committed
    state = apply_bump("demo", demo.root)
    assert state.current_version == "2.0.0" and state.released_version == "1.0.0"
    newest, older = demo.entries()
    assert newest.startswith("## 2.0.0") and older.startswith("## 1.0.0"), "no 1.1.0 entry left"
    assert "response-optional-property-added" in newest and "response-property-removed" in newest
    assert newest.count(note) == 1 and newest.count("response-optional-property-added") == 1
    assert apply_bump("demo", demo.root).current_version == "2.0.0"
    assert len(demo.entries()) == 2, "running bump again changes nothing"

    demo.edit("revert")
    assert apply_bump("demo", demo.root).current_version == "1.0.0"
    assert [e.split("\n")[0] for e in demo.entries()] == ["## 1.0.0"]


def test_released_means_committed(demo: DemoRepo) -> None:
    demo.edit("additive")
    apply_bump("demo", demo.root)
    assert [r.version for r in releases("demo", demo.root)] == ["1.0.0"]
    commit_all(demo.root, "release 1.1.0")
    assert [r.version for r in releases("demo", demo.root)] == ["1.1.0", "1.0.0"]
    assert pending("demo", demo.root).changes == []


def test_python_api_that_disappeared_calls_for_a_major_bump_and_is_in_the_entry(
    demo: DemoRepo,
) -> None:
    package = demo.root / "generated" / "demo"
    (package / "jobclients_demo").mkdir(parents=True)
    (package / "pyproject.toml").write_text('[project]\nversion = "1.0.0"\n')
    (package / "jobclients_demo" / "__init__.py").write_text("def old() -> None: ...\n")
    commit_all(demo.root, "the 1.0.0 package")
    (package / "jobclients_demo" / "__init__.py").write_text("def new() -> None: ...\n")

    state = pending("demo", demo.root)
    assert state.bump is Bump.MAJOR and [c.rule for c in state.changes] == ["python-api-removed"]
    said = report(state)[0]  # no build from a config the pipeline refuses: bump says so
    assert said.startswith("the spec's changes are judged on the committed packages")
    assert "its config is refused" in said and "description" in said
    apply_bump("demo", demo.root)
    newest = demo.entries()[0]
    assert "- `old` is gone. [^2.0.0-1]" in newest
    assert "[^2.0.0-1]: `jobclients_demo.old` (python-api-removed)" in newest
    assert "- New Python names: `new`. [^2.0.0-2]" in newest
