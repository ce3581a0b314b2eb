"""CHANGELOG entries a user of the package reads: grouped sentences naming the Python a spec
change touches, the spec's place in a footnote, lines written by hand kept on recomputation;
a change of the pipeline is never credited to the spec, calls for a patch at least and takes
the text of a fragment pending for the package, and without one it is reported.

The packages are built by the real pipeline (a few seconds each): one build makes the
released package every test starts from, and each `pending` builds two more.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts.bump import report
from scripts.codegen.providers import load_provider
from scripts.spec_diff.api_surface import SurfaceChanges
from scripts.spec_diff.changelog import EntryInput, entry, written_by_hand
from scripts.spec_diff.model import Bump, Change, Level
from scripts.spec_diff.scratch import build_from_spec
from scripts.spec_diff.versions import apply_bump, pending
from tests.spec_diff_support import commit_all, minimal_spec, write_yaml

_CONFIG = (
    "distribution: jobclients-demo\nimport_package: jobclients_demo\nversion: 1.0.0\n"
    "description: The demo package.\n"
)
_RETRY = Path("generated/demo/jobclients_demo/_runtime/retry.py")


@pytest.fixture(scope="module")
def built_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """specs/demo at 1.0.0 and generated/demo as today's pipeline builds it, not committed."""
    root = tmp_path_factory.mktemp("released")
    specs = root / "specs" / "demo"
    write_yaml(specs / "openapi.yaml", minimal_spec())
    (specs / "config.yaml").write_text(_CONFIG, encoding="utf-8")
    (specs / "CHANGELOG.md").write_text("# Changelog\n\n## 1.0.0\n\n- First release.\n")
    provider = load_provider("demo", root / "specs")
    package = build_from_spec(provider, provider.spec_path, root / "scratch")
    shutil.copytree(package, root / "generated" / "demo")
    shutil.rmtree(root / "scratch")
    return root


class Demo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec: dict[str, Any] = minimal_spec()

    @property
    def changelog(self) -> Path:
        return self.root / "specs" / "demo" / "CHANGELOG.md"

    def newest_entry(self) -> str:
        return "## " + self.changelog.read_text().split("\n## ")[1]

    def write_spec(self) -> None:
        write_yaml(self.root / "specs" / "demo" / "openapi.yaml", copy.deepcopy(self.spec))

    def fragment(self, name: str, text: str) -> None:
        path = self.root / "scripts" / "changes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def demo(built_release: Path, tmp_path: Path) -> Demo:
    root = tmp_path / "repo"
    shutil.copytree(built_release, root)
    return Demo(root)


def test_an_entry_says_what_changed_in_python_with_the_spec_place_in_a_footnote_and_keeps_what_a_person_wrote(  # noqa: E501
    demo: Demo,
) -> None:
    commit_all(demo.root, "release 1.0.0")
    job = demo.spec["components"]["schemas"]["Job"]
    job["properties"]["note"] = {"type": "string"}
    del demo.spec["paths"]["/jobs/{job_id}"]["post"]
    demo.spec["info"]["description"] = "Reads jobs, and only reads them."
    demo.write_spec()

    state = apply_bump("demo", demo.root)
    assert state.fallback is None and state.pipeline.files == [], "no pipeline change"
    assert state.current_version == "2.0.0"
    newest = demo.newest_entry()
    assert "### Breaking\n\n- `update_job` is gone. [^2.0.0-1]\n" in newest
    assert "- `Job.note` is a new optional attribute. [^2.0.0-2]\n" in newest
    assert "### Changed\n\n- Documentation updated: 1 description. [^2.0.0-3]\n" in newest
    assert newest.index("### Breaking") < newest.index("### Added") < newest.index("### Changed")
    assert "[^2.0.0-1]: `POST /jobs/{job_id}`" in newest and "(api-removed" in newest
    assert (
        "[^2.0.0-2]: `GET /jobs/{job_id} response 200 application/json body.note` "
        "(response-optional-property-added)"
    ) in newest
    assert "update_job.sync" not in newest, "what the sentence names is not listed again"
    assert "### Fixed" not in newest

    on_top, under_added = "Read jobs only from now on.", "- Show `Job.note` in your UI."
    demo.changelog.write_text(
        demo.changelog.read_text()
        .replace("## 2.0.0\n\n", f"## 2.0.0\n\n{on_top}\n\n")
        .replace("### Added\n\n", f"### Added\n\n{under_added}\n")
    )
    demo.spec["paths"]["/jobs/{job_id}"]["get"]["parameters"].append(
        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}
    )
    demo.write_spec()
    assert apply_bump("demo", demo.root).current_version == "2.0.0"
    newest = demo.newest_entry()
    assert newest.count(on_top) == 1 and newest.index(on_top) < newest.index("### Breaking")
    added = newest[newest.index("### Added") : newest.index("### Changed")]
    assert added.count(under_added) == 1
    assert "- The argument `verbose` of `get_job` is new and optional. [^2.0.0-" in added
    assert newest.count("`Job.note` is a new optional attribute.") == 1


def test_a_pipeline_change_is_the_pipelines_and_takes_the_text_of_a_pending_fragment(
    demo: Demo,
) -> None:
    demo.fragment("older.added.md", "Something the release already had.\n")
    retry = demo.root / _RETRY
    retry.write_text(retry.read_text() + "# as an older pipeline wrote it\n")
    commit_all(demo.root, "release 1.0.0, made by an older pipeline")

    state = pending("demo", demo.root)
    assert state.changes == [] and not state.surface, "nothing credited to the spec"
    assert state.pipeline.files == ["jobclients_demo/_runtime/retry.py"]
    assert state.pipeline.fragment_missing and state.bump is Bump.PATCH
    assert not state.satisfied
    (said,) = [line for line in report(state) if line.startswith("error:")]
    assert "the pipeline changed 1 generated files since 1.0.0" in said
    assert "no fragment under scripts/changes/" in said

    demo.fragment("retry-faster.fixed.md", "- Retries wait\n  less.\n")
    demo.fragment("elsewhere.added.md", "<!-- packages: other, more -->\nNot for demo.\n")
    state = apply_bump("demo", demo.root)
    assert [f.name for f in state.pipeline.fragments] == ["retry-faster.fixed.md"]
    assert state.current_version == "1.0.1", "a fixed fragment: a patch"
    newest = demo.newest_entry()
    assert "### Fixed\n\n- Retries wait\n  less. [^1.0.1-1]\n" in newest
    assert (
        "[^1.0.1-1]: `scripts/changes/retry-faster.fixed.md` "
        "(a change of the generation pipeline, not of the spec)"
    ) in newest
    assert "Something the release already had" not in newest and "### Added" not in newest
    assert "Not for demo" not in newest
    assert written_by_hand(newest) == {}, "every line of it is bump's own"


def test_spec_names_cannot_break_the_markdown_and_bumps_own_lines_are_all_recognised() -> None:
    odd = "Job`s\nname"
    changes = [
        Change("component-schema-added", Level.INFO, f"components.schemas.{odd}", odd),
        Change("python-api-removed", Level.BREAKING, f"jobclients_demo.models.{odd}", "gone"),
        Change("description-changed", Level.INFO, "info.description", "a -> b"),
    ]
    surface = SurfaceChanges(appeared=[f"jobclients_demo.x{n}" for n in range(40)])
    facts = EntryInput(changes, surface, [], None, "jobclients_demo")
    written = entry("1.1.0", facts)
    assert all(not line.startswith(("name", "`")) for line in written.splitlines())
    assert "``jobclients_demo.models.Job`s\\nname``" in written
    assert "`x29` and 10 more." in written and "`x30`" not in written
    assert written_by_hand(written) == {}
