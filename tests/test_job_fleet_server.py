"""The job fleet server the bench follows thousands of jobs against (scripts/bench/
job_fleet_server.py, its config from scripts/bench/job_fleet.py): per provider with a poll
operation, a job reads pending and then its outcome once done_after has passed since its
first read, the listing pages through every job once as the spec's pagination says and
shows current statuses, what it serves is valid for the spec, the rate limit refuses with
429 + Retry-After and follows a lowered limit, and /__stats counts all of it. Plain httpx
on loopback; the expectations come from the spec, not from the server's config."""

from __future__ import annotations

import functools
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from scripts.bench.job_fleet import FleetError, fleet_config
from scripts.bench.job_fleet_server import FleetConfig
from scripts.bench.loopback import FleetServer, job_fleet_server
from scripts.bench.rate_window import LimitChange
from scripts.codegen.providers import load_provider
from scripts.codegen.spec_facts import jobs_plan, paging_plans, poll_plan, spec_facts
from scripts.paths import SPECS_DIR
from scripts.spec_model.document import Operation, SpecDocument
from scripts.spec_model.openapi import PAGINATION_EXTENSION, POLL_EXTENSION
from scripts.spec_model.reading import load_spec
from tests.conftest import ALL_SLUGS, SLUGS

ROOMY = 10_000  # a limit no test here reaches
PAGE = 10  # the page size the listing tests ask for


@functools.cache
def _spec(slug: str) -> SpecDocument:
    return load_spec(load_provider(slug).spec_path)


def _listing(slug: str) -> Operation | None:
    """The listing of the polled jobs, as the job surface finds it (spec_facts.jobs_plan)."""
    spec = _spec(slug)
    paging = paging_plans(spec)
    plan = jobs_plan(spec, poll_plan(spec), paging)
    if plan is None or plan.iterate_function is None:
        return None
    return spec.operation(
        next(p for p in paging if p.function == plan.iterate_function).operation_id
    )


FLEET_SLUGS = [slug for slug in SLUGS if poll_plan(_spec(slug)) is not None]
LISTING_SLUGS = [slug for slug in FLEET_SLUGS if _listing(slug) is not None]
# Parametrizing over nothing would pass silently (a --provider run may pick none that lists).
if not FLEET_SLUGS or (SLUGS == ALL_SLUGS and not LISTING_SLUGS):
    raise RuntimeError("no provider with a poll operation, or none with a listing of jobs")


@functools.cache
def _config(slug: str, jobs: int, done_after: float, failure_share: float = 0.0) -> FleetConfig:
    return fleet_config(slug, jobs, done_after, failure_share)


def _poll_op(slug: str) -> Operation:
    plan = poll_plan(_spec(slug))
    assert plan is not None
    return _spec(slug).operation(plan.operation_id)


def _poll_url(server: FleetServer, slug: str, job_id: str) -> str:
    """The poll path filled in from the spec's template, the job's id last."""
    op = _poll_op(slug)
    job = [p.name for p in op.parameters if p.location == "path"][-1]
    values = {**server.config.scope, job: job_id}
    return server.base_url + re.sub(r"\{([^{}]+)\}", lambda m: values[m.group(1)], op.path)


def _listing_url(server: FleetServer, slug: str) -> str:
    op = _listing(slug)
    assert op is not None
    values = server.config.scope
    return server.base_url + re.sub(r"\{([^{}]+)\}", lambda m: values[m.group(1)], op.path)


def _validator(op: Operation) -> Draft202012Validator:
    """The schema of the operation's first 2xx JSON answer, its refs resolvable."""
    for response in op.responses:
        for media in response.content:
            if response.status.startswith("2") and "json" in media.name and media.schema:
                return Draft202012Validator(
                    media.schema.json_with_components(),
                    format_checker=Draft202012Validator.FORMAT_CHECKER,
                )
    raise AssertionError(f"{op.place} documents no 2xx JSON answer")


def _valid(op: Operation, body: Any) -> None:
    errors = [
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in _validator(op).iter_errors(body)
    ]
    assert errors == [], errors


def _status(slug: str, body: dict[str, Any]) -> str:
    plan = poll_plan(_spec(slug))
    assert plan is not None
    return str(body[plan.status_property])


def _terminal(slug: str) -> tuple[set[str], set[str]]:
    facts = spec_facts(_spec(slug))
    return set(facts.terminal), set(facts.success)


@pytest.mark.parametrize("slug", FLEET_SLUGS)
def test_a_job_reads_pending_then_its_outcome_once_done_after_has_passed(slug: str) -> None:
    config = _config(slug, 2, 0.4, failure_share=0.5)  # the second job fails
    terminal, success = _terminal(slug)
    with job_fleet_server(config, ROOMY, 60.0) as server, httpx.Client() as client:
        started = time.monotonic()
        first = [client.get(_poll_url(server, slug, job_id)) for job_id in config.job_ids]
        again = client.get(_poll_url(server, slug, config.job_ids[0]))
        assert time.monotonic() - started < 0.4, "too slow to see the pending status"
        time.sleep(0.45)
        done = [client.get(_poll_url(server, slug, job_id)) for job_id in config.job_ids]
    for answer in (*first, again, *done):
        assert answer.status_code == 200, answer.text
        _valid(_poll_op(slug), answer.json())
    pending = {_status(slug, a.json()) for a in (*first, again)}
    assert len(pending) == 1 and not pending & terminal, pending
    succeeded, failed = (_status(slug, a.json()) for a in done)
    assert succeeded in success
    assert failed in terminal - success
    id_keys = {"id", [p.name for p in _poll_op(slug).parameters if p.location == "path"][-1]}
    for job_id, answer in zip(config.job_ids, done, strict=True):
        shown = {answer.json()[key] for key in id_keys & set(answer.json())}
        assert shown <= {job_id}


@pytest.mark.parametrize("slug", FLEET_SLUGS)
def test_an_unknown_job_or_path_is_404_problem_json(slug: str) -> None:
    config = _config(slug, 2, 0.0)
    with job_fleet_server(config, ROOMY, 60.0) as server, httpx.Client() as client:
        unknown = client.get(_poll_url(server, slug, "no-such-job"))
        elsewhere = client.get(f"{server.base_url}/no/such/path")
        known = client.get(_poll_url(server, slug, config.job_ids[1]))
    assert unknown.status_code == elsewhere.status_code == 404
    assert unknown.json()["status"] == 404
    assert known.status_code == 200


def _mark(slug: str) -> dict[str, Any]:
    op = _listing(slug)
    assert op is not None
    mark: dict[str, Any] = op.extensions[PAGINATION_EXTENSION]
    return mark


def _pages(
    client: httpx.Client, url: str, mark: dict[str, Any], size: int | None
) -> Iterator[tuple[dict[str, Any] | list[Any], list[Any]]]:
    """Every page of the listing, read as the spec's pagination mark says (page numbers
    that grow by one, offsets that grow by the items or are given, given cursors)."""
    style, parameter = mark["style"], mark["parameter"]
    params: dict[str, Any] = {}
    if size is not None and mark.get("size-parameter"):
        params[mark["size-parameter"]] = size
    first = mark.get("first", {"page": 1, "offset": 0}.get(style))
    if first is not None:
        params[parameter] = first
    for _ in range(1000):
        answer = client.get(url, params=params)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        items = body if mark.get("items") is None else body[mark["items"]]
        yield body, items
        given = body.get(mark["next"]) if mark.get("next") and isinstance(body, dict) else None
        if not items or (style != "cursor" and size is not None and len(items) < size):
            return
        if style == "page":
            params[parameter] += 1
        elif style == "offset":
            if given is not None and given == mark.get("end"):
                return
            params[parameter] = given if given is not None else params[parameter] + len(items)
        elif given in (None, ""):
            return
        else:
            params[parameter] = given
    raise AssertionError("the listing never ends")


@pytest.mark.parametrize("slug", LISTING_SLUGS)
def test_the_listing_pages_through_every_job_once_showing_current_statuses(slug: str) -> None:
    config = _config(slug, 25, 0.3)
    op, mark = _listing(slug), _mark(slug)
    assert op is not None
    terminal, success = _terminal(slug)
    with job_fleet_server(config, ROOMY, 60.0) as server, httpx.Client() as client:
        client.get(_poll_url(server, slug, config.job_ids[0]))
        time.sleep(0.35)  # the first job is done; the others are first read by the listing
        pages = list(_pages(client, _listing_url(server, slug), mark, PAGE))
    items = [item for _, page_items in pages for item in page_items]
    id_key = next(k for k in ("id", "job_id") if k in items[0])
    assert [item[id_key] for item in items] == list(config.job_ids)
    if mark.get("size-parameter"):
        assert [len(page_items) for _, page_items in pages][:2] == [PAGE, PAGE]
    for body, _ in pages:
        _valid(op, body)
    statuses = [_status(slug, item) for item in items]
    assert statuses[0] in success
    assert len(set(statuses[1:])) == 1 and not set(statuses[1:]) & terminal, statuses


@pytest.mark.parametrize("slug", LISTING_SLUGS)
def test_an_asked_page_size_is_capped_at_the_documented_maximum(slug: str) -> None:
    op, mark = _listing(slug), _mark(slug)
    assert op is not None
    if not mark.get("size-parameter"):
        pytest.skip(f"{slug}: the listing takes no page size")
    size_schema = op.parameter(mark["size-parameter"], "query")
    assert size_schema is not None and size_schema.schema is not None
    maximum = size_schema.schema.keyword("maximum")
    jobs = (maximum or 100) + 20
    config = _config(slug, jobs, 0.0)
    with job_fleet_server(config, ROOMY, 60.0) as server, httpx.Client() as client:
        asked = {mark["size-parameter"]: jobs + 5}
        body = client.get(_listing_url(server, slug), params=asked).json()
    items = body if mark.get("items") is None else body[mark["items"]]
    assert len(items) == (maximum if maximum is not None else jobs)


@pytest.mark.parametrize("slug", FLEET_SLUGS)
def test_the_limit_refuses_with_429_and_retry_after_and_a_lowered_one_takes_effect(
    slug: str,
) -> None:
    config = _config(slug, 2, 0.0)
    lowered = [LimitChange(at=0.3, limit=2)]
    with job_fleet_server(config, 4, 600.0, lowered) as server, httpx.Client() as client:
        url = _poll_url(server, slug, config.job_ids[0])
        early = [client.get(url).status_code for _ in range(3)]
        time.sleep(0.35)  # 3 in the window, over the lowered limit of 2
        late = [client.get(url) for _ in range(2)]
        stats = server.stats()
    assert early == [200, 200, 200]
    assert [a.status_code for a in late] == [429, 429]
    assert late[0].json()["status"] == 429
    assert 1 <= int(late[0].headers["Retry-After"]) <= 600
    assert (stats.served_of("poll"), stats.refused_of("poll")) == (3, 2)
    assert (stats.served, stats.refused) == (3, 2)


@pytest.mark.parametrize("slug", FLEET_SLUGS)
def test_stats_count_each_kind_and_when_each_job_was_first_read_and_seen_done(slug: str) -> None:
    config = _config(slug, 4, 0.2)
    listed = _listing(slug) is not None
    with job_fleet_server(config, ROOMY, 60.0) as server, httpx.Client() as client:
        job = _poll_url(server, slug, config.job_ids[0])
        client.get(job)
        if listed:  # shows (and so reads) every job
            client.get(_listing_url(server, slug))
        time.sleep(0.25)
        client.get(job)
        client.get(job)
        client.get(_poll_url(server, slug, "no-such-job"))
        stats = server.stats()
    assert stats.served_of("poll") == 3
    assert stats.served_of("list") == (1 if listed else 0)
    assert stats.served_of("not_found") == 1
    assert stats.served == 4 + listed and stats.refused == 0
    assert len(stats.served_at) == stats.served
    assert stats.reads == [3 + listed] + [int(listed)] * 3
    assert stats.done_reads == [2, 0, 0, 0]
    assert stats.finished == 1 and stats.reads_after_done == 1
    first, seen = stats.first_read[0], stats.seen_done[0]
    assert first is not None and seen is not None and seen - first >= 0.2
    assert stats.seen_done[1:] == [None] * 3
    assert (stats.first_read[1] is not None) == listed


def test_failures_are_spread_evenly_and_end_in_a_terminal_status_that_is_no_success() -> None:
    slug = FLEET_SLUGS[0]
    config = _config(slug, 10, 0.0, failure_share=0.3)
    terminal, success = _terminal(slug)
    failed = [i for i, status in enumerate(config.outcomes) if status not in success]
    assert failed == [3, 6, 9]
    assert {config.outcomes[i] for i in failed} <= terminal - success
    assert len(set(config.job_ids)) == 10


@pytest.mark.parametrize("slug", FLEET_SLUGS)
def test_a_provider_without_a_listing_of_jobs_gets_a_poll_only_fleet(slug: str) -> None:
    config = _config(slug, 2, 0.0)
    assert (config.listing is not None) == (slug in LISTING_SLUGS)
    assert FleetConfig.from_json(config.to_json()) == config


def test_a_provider_without_a_poll_operation_is_named_in_the_error(tmp_path: Path) -> None:
    slug = FLEET_SLUGS[0]
    shutil.copytree(SPECS_DIR / slug, tmp_path / slug)
    spec = tmp_path / slug / "openapi.yaml"
    text = spec.read_text()
    assert f"{POLL_EXTENSION}: true" in text
    spec.write_text(text.replace(f"{POLL_EXTENSION}: true", f"{POLL_EXTENSION}: false"))
    with pytest.raises(FleetError, match=rf"^{slug}: .*no x-jobclients-poll operation"):
        fleet_config(slug, 1, 0.0, specs_dir=tmp_path)
