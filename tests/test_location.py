"""A Location header on a success is read, never followed: a documented 303 returns it as the
call's result, a 201 or 202 carries it on Response.location, and where its path matches one
of the spec's GET paths its parameters (the last one the job's id) are read out of it. On the
kitchen sink's rerun_job (303) and create_job (201 with a body), and the run-time's reader."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scripts.templates.runtime.location import MAX_LOCATION, location_of
from tests.test_kitchen_sink import SCRIPTED_BASE, Generated, generated

JOB = "8c0c4f0e-1b7a-4c2e-9d1e-0c1f2a3b4c5d"
BASE = SCRIPTED_BASE


@pytest.fixture(scope="module")
def sink(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generated("ks31", tmp_path_factory)


def _client(
    sink: Generated, answer: httpx.Response, seen: list[httpx.Request], *, follow: bool = True
) -> Any:
    # follow_redirects: even so, a documented 303 is the result, not followed.
    return sink.scripted_client(lambda _: answer, seen, strict=False, follow_redirects=follow)


def test_a_documented_303_returns_its_location_without_following_it(sink: Generated) -> None:
    rerun = sink.module(f"{sink.import_package}.api.jobs.rerun_job")
    seen: list[httpx.Request] = []
    answer = httpx.Response(303, headers={"Location": f"/kitchen/v1/jobs/{JOB}"})
    with _client(sink, answer, seen) as client:
        location = rerun.sync(job_id=JOB, client=client)
    assert len(seen) == 1, "the Location was not followed"
    assert location.url == f"https://kitchen.test/kitchen/v1/jobs/{JOB}"
    assert (location.job_id, dict(location.parameters)) == (JOB, {"job_id": JOB})


def test_a_documented_303_without_a_location_is_a_validation_error(sink: Generated) -> None:
    rerun = sink.module(f"{sink.import_package}.api.jobs.rerun_job")
    errors = sink.module(f"{sink.import_package}.errors")
    with (
        _client(sink, httpx.Response(303), []) as client,
        pytest.raises(errors.ResponseValidationError, match="Location"),
    ):
        rerun.sync(job_id=JOB, client=client)


def test_a_303_the_operation_does_not_document_is_a_status_error(sink: Generated) -> None:
    get_job = sink.module(f"{sink.import_package}.api.jobs.get_job")
    errors = sink.module(f"{sink.import_package}.errors")
    seen: list[httpx.Request] = []
    answer = httpx.Response(303, headers={"Location": f"/kitchen/v1/jobs/{JOB}"})
    with (
        _client(sink, answer, seen, follow=False) as client,
        pytest.raises(errors.APIStatusError) as raised,
    ):
        get_job.sync(job_id=JOB, client=client)
    assert raised.value.status_code == 303 and len(seen) == 1


def test_a_201_carries_its_location_beside_the_body(sink: Generated) -> None:
    create = sink.module(f"{sink.import_package}.api.jobs.create_job")
    models = sink.module(f"{sink.import_package}.models")
    body = sink.spec.operation("get_job").responses[0].content[0].examples[0].value
    answer = httpx.Response(201, json=body, headers={"Location": f"{BASE}/jobs/{JOB}"})
    with _client(sink, answer, []) as client:
        response = create.sync_detailed(client=client, body=models.JobCreate(name="resize"))
    assert isinstance(response.parsed, models.Job)
    assert response.location is not None and response.location.job_id == JOB


@pytest.mark.parametrize(
    ("header", "url", "job_id"),
    [
        ("/v1/jobs/abc/status", "https://api.test/v1/jobs/abc/status", "abc"),
        ("jobs/a%2Fb", "https://api.test/v1/jobs/a%2Fb", "a/b"),
        ("https://elsewhere.test/x/jobs/7", "https://elsewhere.test/x/jobs/7", "7"),
        ("/v1/other/7", "https://api.test/v1/other/7", None),
        ("/v1/jobs/abc?wait=1", "https://api.test/v1/jobs/abc?wait=1", "abc"),
    ],
)
def test_the_reader_resolves_and_matches_the_most_specific_path(
    header: str, url: str, job_id: str | None
) -> None:
    request = httpx.Request("POST", "https://api.test/v1/jobs")
    response = httpx.Response(202, headers={"Location": header}, request=request)
    location = location_of(response, ("/jobs/{job_id}", "/jobs/{job_id}/status", "/orgs/{org}"))
    assert location is not None
    assert (location.url, location.job_id) == (url, job_id)


def test_a_huge_location_is_kept_but_not_matched() -> None:
    request = httpx.Request("POST", "https://api.test/v1/jobs")
    header = "/jobs/" + "a" * (MAX_LOCATION + 1)
    response = httpx.Response(202, headers={"Location": header}, request=request)
    location = location_of(response, ("/jobs/{job_id}",))
    assert location is not None and location.job_id is None
    assert location_of(httpx.Response(202, request=request), ("/jobs/{job_id}",)) is None
