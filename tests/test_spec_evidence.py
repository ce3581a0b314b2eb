"""The review's verdict backed by generated code: both versions of a spec are generated, and
what they make confirms or overrules the rules, in both directions and in both modes; the
report says which evidence decided, and its output formats stay clean."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nox.command
import pytest

from scripts.paths import REPO_ROOT
from scripts.spec_diff import review as review_module
from scripts.spec_diff.against_ref import reports_against, resolve_base
from scripts.spec_diff.api_surface import SurfaceChanges
from scripts.spec_diff.evidence import Evidence, OldClientRun, judge
from scripts.spec_diff.model import Change, Level
from scripts.spec_diff.report import markdown
from scripts.spec_diff.review import Review, provider_for, review_specs
from scripts.spec_diff.rules import RULES
from scripts.spec_model.reading import load_spec
from tests.spec_diff_support import commit_all, minimal_spec, write_yaml

Doc = dict[str, Any]
_JOBS = "/jobs/{job_id}"


def _review(
    tmp_path: Path, prepare: Callable[[Doc], object], edit: Callable[[Doc], object]
) -> Review:
    """Two files in a folder of their own, judged with generated-code evidence."""
    old = minimal_spec()
    prepare(old)
    new = copy.deepcopy(old)
    edit(new)
    old_path = write_yaml(tmp_path / "old" / "spec.yaml", old)
    new_path = write_yaml(tmp_path / "new" / "spec.yaml", new)
    sides = ((load_spec(old_path), old_path), (load_spec(new_path), new_path))
    return review_specs("demo", provider_for(new_path), *sides)


def _with_unused_scheme(document: Doc) -> None:
    document["components"]["securitySchemes"]["Spare"] = {"type": "http", "scheme": "bearer"}


def _drop_unused_scheme(document: Doc) -> None:
    document["components"]["securitySchemes"].pop("Spare")


def _drop_value(document: Doc) -> None:
    document["components"]["schemas"]["Job"]["properties"].pop("value")


def test_an_identical_package_overrules_a_breaking_rule(tmp_path: Path) -> None:
    """security-scheme-removed is breaking by rule; removing a scheme no requirement names
    leaves the generated package byte-for-byte the same, so it calls for no release."""
    review = _review(tmp_path, _with_unused_scheme, _drop_unused_scheme)
    (change,) = review.changes
    assert RULES[change.rule].level is Level.BREAKING and change.rule == "security-scheme-removed"
    assert change.level is Level.INFO and "identical" in change.overruled
    assert not review.breaking and review.bump == "none"
    assert review.evidence is not None and review.evidence.identical
    assert "byte-for-byte identical" in review.decided_by and "overruling" in review.decided_by
    text = markdown(review)
    assert "not breaking, bump none" in text and "overruled: the regenerated" in text


def test_a_tag_renamed_in_case_only_changes_no_module(tmp_path: Path) -> None:
    def capitalised(document: Doc) -> None:
        document["tags"][0]["name"] = "Jobs"
        document["paths"][_JOBS]["get"]["tags"] = ["Jobs"]

    review = _review(tmp_path, lambda d: None, capitalised)
    assert [c.rule for c in review.changes] == ["api-tag-changed"]
    assert not review.breaking, review.decided_by


def test_what_the_server_accepts_stands_even_when_the_code_is_identical(tmp_path: Path) -> None:
    """A narrower bound on a parameter generates the same client, which sends the same
    values to a server that now refuses some of them: the rule's verdict stands."""

    def narrowed(document: Doc) -> None:
        document["paths"][_JOBS]["get"]["parameters"][0]["schema"]["maxLength"] = 8

    review = _review(tmp_path, lambda d: None, narrowed)
    assert review.evidence is not None and review.evidence.identical
    assert review.breaking and review.bump == "major"
    assert "what the server accepts" in review.decided_by


def test_generated_code_overrules_rules_that_miss_a_break(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the catalogue has no rule for a change (simulated: the rules see nothing), the
    generated Python API losing names makes it breaking in both model sets."""
    monkeypatch.setattr(review_module, "diff_specs", lambda old, new: [])
    review = _review(tmp_path, lambda d: None, _drop_value)
    assert review.changes == []
    assert review.breaking and review.bump == "major"
    assert "overruling the rules" in review.decided_by
    gone = review.api.disappeared
    assert "jobclients_reviewed.models.Job.value" in gone
    assert "jobclients_reviewed.pydantic_models.Job.value" in gone
    text = markdown(review)
    assert "breaking, bump major" in text and "No spec change." in text


def test_generated_code_confirms_a_removed_field_and_the_old_client_still_runs(
    tmp_path: Path,
) -> None:
    review = _review(tmp_path, lambda d: None, _drop_value)
    assert [c.rule for c in review.changes] == ["response-property-removed"]
    assert review.breaking and "confirming the rules" in review.decided_by
    assert review.evidence is not None and review.evidence.old_client is not None
    assert review.evidence.old_client.passed, review.evidence.old_client.output


def test_a_version_the_pipeline_refuses_leaves_the_rules_to_decide_and_says_why(
    tmp_path: Path,
) -> None:
    def unpolled_answer(document: Doc) -> None:  # the polled job must be a component
        ok = document["paths"][_JOBS]["get"]["responses"]["200"]["content"]
        ok["text/plain"] = {"schema": {"type": "string"}}

    review = _review(tmp_path, lambda d: None, unpolled_answer)
    assert review.evidence is not None and not review.evidence.built
    assert "the rules alone" in review.decided_by and "refused" in review.decided_by
    assert "Generated-code evidence: none" in markdown(review)


def _change(rule: str) -> Change:
    return Change(rule, RULES[rule].level, "somewhere", "what")


@pytest.mark.parametrize(
    ("changes", "run", "breaking", "says"),
    [
        ([], OldClientRun(False, "get_job 200: refused"), True, "overruling the rules"),
        ([_change("response-property-removed")], OldClientRun(False, "x"), True, "confirming"),
        ([_change("response-optional-property-added")], OldClientRun(True, ""), False, "confirmed"),
        ([_change("response-property-removed")], OldClientRun(True, ""), True, "the rules ("),
    ],
    ids=["run-overrules", "run-confirms", "compatible-confirmed", "rule-stands"],
)
def test_a_failing_old_client_makes_a_change_breaking(
    changes: list[Change], run: OldClientRun, breaking: bool, says: str
) -> None:
    verdict = judge(changes, Evidence(old_client=run))
    assert verdict.breaking is breaking and says in verdict.decided_by


def test_an_old_client_failing_alone_makes_the_review_breaking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No rule fired and no public name was lost, but the old client fails against the new
    spec: the review is breaking and calls for a major bump, in every output."""
    monkeypatch.setattr(review_module, "diff_specs", lambda old, new: [])
    failing = Evidence(old_client=OldClientRun(False, "get_job 200: refused"))
    monkeypatch.setattr(review_module, "gather", lambda provider, old, new: failing)
    review = _review(tmp_path, lambda d: None, lambda d: None)
    assert review.breaking and review.bump == "major"
    assert "overruling the rules" in review.decided_by
    assert review.as_json()["breaking"] is True and "breaking, bump major" in markdown(review)


def test_against_a_ref_a_changed_spec_is_judged_by_its_generated_code(tmp_path: Path) -> None:
    spec = minimal_spec()
    _with_unused_scheme(spec)
    write_yaml(tmp_path / "specs" / "demo" / "openapi.yaml", spec)
    config = "distribution: jobclients-demo\nimport_package: jobclients_demo\n"
    config += "version: 1.0.0\ndescription: A demo.\n"
    (tmp_path / "specs" / "demo" / "config.yaml").write_text(config, encoding="utf-8")
    commit_all(tmp_path, "release")
    _drop_unused_scheme(spec)
    write_yaml(tmp_path / "specs" / "demo" / "openapi.yaml", spec)
    (review,) = reports_against(resolve_base("HEAD", tmp_path), tmp_path)
    assert review.title == "demo" and not review.breaking and review.bump == "none"
    report = review.as_json()
    assert report["evidence"]["identical_package"] is True
    assert "identical" in report["decided_by"]
    (rules_only,) = reports_against(resolve_base("HEAD", tmp_path), tmp_path, evidence=False)
    assert rules_only.breaking and rules_only.evidence is None


def test_the_heading_counts_the_rows_of_its_table() -> None:
    changes = [
        _change("response-property-removed"),
        _change("response-optional-property-added"),
        _change("description-changed"),
    ]
    api = SurfaceChanges(
        appeared=["pkg.A.x"], disappeared=["pkg.A.y", "pkg.B"], changed=["pkg.f(a): gone"]
    )
    text = markdown(Review("demo", changes, api))
    rows = [line for line in text.splitlines() if line.startswith("| ") and "rule" not in line]
    assert len(rows) == 3 and "3 spec changes, 1 breaking:" in text
    assert "2 disappeared, 1 changed, 1 appeared" in text
    assert sum(line.startswith("- ") for line in text.splitlines()) == 4


def test_spec_text_cannot_break_the_report_layout() -> None:
    hostile = Change(
        "description-changed", Level.INFO, "a|b\n### fake", "x`y`` | z\n</details><b>x</b>"
    )
    api = SurfaceChanges(appeared=["pkg.`odd``name"])
    text = markdown(Review("demo", [hostile], api))
    assert "\n### fake" not in text and "a\\|b" in text
    assert text.count("</details>") == 1 and "<b>" not in text
    assert "``` pkg.`odd``name ```" in text or "```pkg.`odd``name```" in text


class _NoxSession:
    """What a nox session does with the noxfile's calls, installing nothing: each command
    runs as nox runs it (nox.command.run), with the streams the session asked for."""

    def __init__(self, posargs: list[str]) -> None:
        self.posargs = posargs

    def install(self, *args: str) -> None:
        """The test's interpreter already has the pipeline's requirements."""

    def run(self, *args: str, **kwargs: Any) -> object:
        kwargs.setdefault("stderr", subprocess.STDOUT)  # nox's own default: merged
        paths = [str(Path(sys.executable).parent)]
        return nox.command.run(args, paths=paths, external=True, **kwargs)


_THROUGH_NOX = """
import sys
import noxfile
from tests.test_spec_evidence import _NoxSession
noxfile.spec_diff(_NoxSession(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    "args",
    [["HEAD", "--format", "json"], ["--format", "json", "{old}", "{new}"]],
    ids=["git-ref", "two-files"],
)
def test_json_through_the_nox_session_is_alone_on_stdout(args: list[str], tmp_path: Path) -> None:
    old = write_yaml(tmp_path / "old.yaml", minimal_spec())
    new_document = minimal_spec()
    _drop_value(new_document)
    new = write_yaml(tmp_path / "new.yaml", new_document)
    argv = [a.format(old=old, new=new) for a in args]
    result = subprocess.run(
        [sys.executable, "-c", _THROUGH_NOX, *argv],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)  # nothing before or after the one JSON document
    says = "comparing with HEAD" if args[0] == "HEAD" else "generating both versions"
    assert f"spec_diff: {says}" in result.stderr
