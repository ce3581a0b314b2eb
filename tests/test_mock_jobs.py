"""The mock follows a job's life (scripts/mock_jobs.py, specs/<slug>/scenario.yaml): a job
created through it moves through the scenario's statuses poll by poll, is listed, can be
cancelled, and every answer it serves is valid for the spec. The same program `nox -s demo`
runs in each package's fresh venv (scripts/job_demo.py) drives it here in-process."""

from __future__ import annotations

import importlib
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.codegen.call_plan import operation_calls
from scripts.codegen.providers import ConfigError, load_provider
from scripts.codegen.spec_facts import poll_plan
from scripts.demo import follow_a_job
from scripts.job_demo import follow, submit
from scripts.job_plan import job_plan
from scripts.mock_jobs import SCENARIO_FILE, Scenario, load_scenario
from scripts.mock_server import MockServer
from scripts.spec_model.reading import load_spec
from tests.conftest import SLUGS

SCENARIO_SLUGS = [
    slug for slug in SLUGS if (load_provider(slug).directory / SCENARIO_FILE).is_file()
]
if not SCENARIO_SLUGS:  # parametrizing over nothing would pass silently
    raise RuntimeError("no provider has a scenario.yaml")


@contextmanager
def _playing(slug: str) -> Iterator[tuple[MockServer, Scenario, dict[str, Any]]]:
    provider = load_provider(slug)
    spec = load_spec(provider.spec_path)
    scenario = load_scenario(provider.directory, spec)
    assert scenario is not None
    with MockServer(spec, scenario=scenario) as server:
        plan = job_plan(provider, spec, scenario, server.base_url)
        assert plan is not None, f"{slug} has a scenario but no job surface"
        plan["poll_interval"] = 0.01
        yield server, scenario, plan
        assert server.violations == []


def _client(plan: dict[str, Any]) -> Any:
    package = importlib.import_module(plan["package"])
    return package.AuthenticatedClient(
        base_url=plan["base_url"], token=plan["token"], auth_header_name=plan["auth_header"],
        prefix=plan["prefix"],
    )  # fmt: skip


@pytest.mark.parametrize("slug", SCENARIO_SLUGS)
def test_a_submitted_job_moves_through_the_scenario_and_its_results_are_read(slug: str) -> None:
    with _playing(slug) as (_, scenario, plan):
        written: list[str] = []
        assert follow(plan, written.append)
    text = "".join(written)
    seen = re.findall(r"\r  status: (.+?) *(?=\r|\n)", text)
    assert tuple(seen) == scenario.statuses, text
    last = re.escape(scenario.statuses[-1])
    assert re.search(rf"^  status +{last} \(a success\)$", text, re.MULTILINE), text
    assert re.search(r"^  results +\w+, \d+ fields set, [\d.]+ (B|KiB) of JSON$", text, re.M)
    summary = text[text.rindex("\n  job ") :].splitlines()[1:]
    assert summary and all(len(line) <= 100 for line in summary), summary


@pytest.mark.parametrize("slug", SCENARIO_SLUGS)
def test_created_jobs_are_listed_and_a_cancelled_one_reads_cancelled(slug: str) -> None:
    with _playing(slug) as (_, scenario, plan):
        jobs_module = importlib.import_module(plan["package"] + ".jobs")
        with _client(plan) as client:
            ids = [submit(client, plan, lambda _: None) for _ in range(3)]
            assert None not in ids and len(set(ids)) == 3, ids
            jobs = jobs_module.Jobs(client, **plan["scope"])
            assert jobs.get(ids[0]).status == scenario.statuses[0]
            assert jobs.get(ids[0]).status == scenario.statuses[min(1, len(scenario.statuses) - 1)]
            if hasattr(jobs, "iterate"):
                listed = [view.id for view in jobs.iterate()]
                assert set(ids) <= set(listed), listed
            if hasattr(jobs, "cancel") and scenario.cancelled is not None:
                jobs.cancel(ids[1])
                view = jobs.get(ids[1])
                assert (view.status, view.is_terminal) == (scenario.cancelled, True)
                assert jobs.get(ids[2]).status == scenario.statuses[0]  # the others go on


def _example_id(slug: str, plan: dict[str, Any]) -> str:
    """The job id the spec's own poll example uses: a job the mock did not create."""
    spec = load_spec(load_provider(slug).spec_path)
    poll = poll_plan(spec)
    assert poll is not None
    call = next(
        c for c in operation_calls(spec, plan["package"]) if c.operation_id == poll.operation_id
    )
    return str(call.arguments[-1].value)


@pytest.mark.parametrize("slug", SCENARIO_SLUGS)
def test_a_job_the_mock_did_not_create_is_answered_from_the_spec_examples(slug: str) -> None:
    with _playing(slug) as (server, _, plan), _client(plan) as client:
        jobs = importlib.import_module(plan["package"] + ".jobs").Jobs(client, **plan["scope"])
        example_id = _example_id(slug, plan)
        before = server.request_count
        first, again = jobs.get(example_id), jobs.get(example_id)
        assert first.status == again.status  # no life: the example, every time
        assert server.request_count == before + 2


def _bad_variants() -> list[Any]:
    """A valid scenario of the first provider that has one, each time with one key broken."""
    slug = SCENARIO_SLUGS[0]
    good = yaml.safe_load((load_provider(slug).directory / SCENARIO_FILE).read_text())
    statuses = good["statuses"]
    variants = [
        ({**good, "speed": 2}, "speed"),
        ({**good, "submit": "no_such_operation"}, "submit"),
        ({**good, "statuses": [*statuses[:-1], "no such status"]}, "statuses"),
        (
            {**good, "statuses": statuses[:1]} if len(statuses) > 1 else {**good, "statuses": 3},
            "statuses",
        ),
        ({**good, "statuses": []}, "statuses"),
        ({**good, "cancelled": "no such status"}, "cancelled"),
        ({**good, "results": "no_such_operation"}, "results"),
        (["a list"], "document"),
    ]
    return [
        pytest.param(slug, data, key, id=f"{slug}-{i}-{key}")
        for i, (data, key) in enumerate(variants)
    ]


@pytest.mark.parametrize(("slug", "data", "key"), _bad_variants())
def test_a_bad_scenario_is_refused_naming_the_file_and_the_key(
    tmp_path: Path, slug: str, data: Any, key: str
) -> None:
    spec = load_spec(load_provider(slug).spec_path)
    (tmp_path / SCENARIO_FILE).write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_scenario(tmp_path, spec)
    assert refused.value.path == tmp_path / SCENARIO_FILE
    assert refused.value.place == key


@pytest.mark.parametrize("slug", SCENARIO_SLUGS)
def test_the_mock_forgets_the_oldest_job_past_its_limit(
    slug: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scripts.mock_jobs.MAX_JOBS", 2)
    with _playing(slug) as (_, scenario, plan), _client(plan) as client:
        ids = [submit(client, plan, lambda _: None) for _ in range(3)]
        jobs = importlib.import_module(plan["package"] + ".jobs").Jobs(client, **plan["scope"])
        assert jobs.get(ids[2]).status == scenario.statuses[0]  # remembered: its life starts
        # Forgotten: answered as a job the mock never made, from the spec's example.
        assert jobs.get(ids[0]).status == jobs.get(_example_id(slug, plan)).status


@pytest.mark.parametrize("slug", SCENARIO_SLUGS[:1])
def test_the_demo_refuses_a_bad_scenario_in_one_line(
    tmp_path: Path, slug: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(load_provider(slug).directory, tmp_path / slug)
    scenario = tmp_path / slug / SCENARIO_FILE
    scenario.write_text(yaml.safe_dump({"submit": "no_such_operation", "statuses": []}))
    assert follow_a_job(load_provider(slug, tmp_path), Path("/no/python/needed")) == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith("-- error: ") and str(scenario) in line and "Traceback" not in line
