"""The config of a job fleet server (job_fleet_server.py), built from a provider's spec.

Every provider fact comes from specs/<slug>/: the poll operation (x-jobclients-poll) and
the job's status member (spec_facts.poll_plan), the listing whose items are the polled job
(spec_facts.paging_plans, as the job surface finds it) and its x-jobclients-pagination,
the statuses (scenario.yaml's first and last, the spec's terminal and success marks), ids
the job's path parameter allows (mock_jobs.JobIds) and the bodies: the spec's documented
answers as the mock serves them, with the id and the status made placeholders
(mock_jobs' own rewriting). A provider without a listing of jobs gets a poll-only fleet.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from scripts.bench.job_fleet_server import FleetConfig, ListingConfig, token
from scripts.codegen.providers import load_provider
from scripts.codegen.spec_facts import (
    PollPlan,
    SpecFactError,
    paging_plans,
    poll_plan,
    spec_facts,
)
from scripts.mock_jobs import JobIds, _changed, job_id_keys, load_scenario
from scripts.mock_server import SpecMock
from scripts.paths import SPECS_DIR
from scripts.spec_model.document import Operation, Parameter, SpecDocument
from scripts.spec_model.openapi import PAGINATION_EXTENSION
from scripts.spec_model.reading import load_spec

# The page size of a listing asked for none, where the spec documents neither a default
# nor a maximum for it: the bench's own choice, not a provider's.
FALLBACK_PAGE_SIZE = 100
_PARAMETER = re.compile(r"\{([^{}]+)\}")


class FleetError(ValueError):
    """A provider whose spec cannot make a fleet; the message names it."""


def fleet_config(
    slug: str,
    job_count: int,
    done_after: float,
    failure_share: float = 0.0,
    *,
    seed: int = 0,
    specs_dir: Path = SPECS_DIR,
) -> FleetConfig:
    """`job_count` jobs of provider `slug`, each pending until `done_after` seconds after
    its first read, then succeeded, except an evenly spread `failure_share` of them (0 to
    1) that end in a failure status. The same ids for the same seed."""
    if job_count < 1:
        raise ValueError(f"job_count must be at least 1, not {job_count}")
    if not 0 <= failure_share <= 1:
        raise ValueError(f"failure_share must be from 0 to 1, not {failure_share}")
    if done_after < 0:
        raise ValueError(f"done_after must be 0 seconds or more, not {done_after}")
    provider = load_provider(slug, specs_dir)
    spec = load_spec(provider.spec_path)
    try:
        poll = poll_plan(spec)
        paging = paging_plans(spec)
    except SpecFactError as error:
        raise FleetError(f"{slug}: the spec's x-jobclients marks cannot be used: {error}") from None
    if poll is None or not poll.arguments:
        raise FleetError(
            f"{slug}: the spec marks no x-jobclients-poll operation with the job's id in its "
            "path, so there is no job to follow"
        )
    op = spec.operation(poll.operation_id)
    job_parameter = _path_parameter(op, poll.arguments[-1].wire_name)
    pending, success, failure = _statuses(slug, provider.directory, spec, poll, failure_share)
    mock = SpecMock(spec)
    poll_body = _json_answer(slug, mock, op)
    if not isinstance(poll_body, dict) or poll.status_property not in poll_body:
        raise FleetError(f"{slug}: {op.place} documents no job body with its status to serve")
    id_keys = job_id_keys(job_parameter.name)
    ids, taken = JobIds(job_parameter, seed), set[str]()
    job_ids: list[str] = []
    for _ in range(job_count):
        job_ids.append(ids.new(taken.__contains__))
        taken.add(job_ids[-1])
    listing = next(
        (spec.operation(plan.operation_id) for plan in paging if plan.item_type in poll.job_types),
        None,
    )
    return FleetConfig(
        provider=slug,
        poll_path=_path_regex(op.path, job_parameter.name),
        poll_body=_template(poll_body, id_keys, poll.status_property),
        job_ids=tuple(job_ids),
        outcomes=tuple(
            failure if failure and _fails(index, failure_share) else success
            for index in range(job_count)
        ),
        pending=pending,
        done_after=done_after,
        scope={
            a.wire_name: _value_of(_path_parameter(op, a.wire_name), seed)
            for a in poll.arguments[:-1]
        },
        listing=(
            _listing(
                slug,
                mock,
                listing,
                poll_body=poll_body,
                id_keys=id_keys,
                status_key=poll.status_property,
            )
            if listing is not None
            else None
        ),
    )


def _statuses(
    slug: str, directory: Path, spec: SpecDocument, poll: PollPlan, failure_share: float
) -> tuple[str, str, str | None]:
    """Pending, success and failure statuses: the scenario's first and last where it has
    one, else the spec's first non-terminal status and first success; the failure is the
    first terminal status that is neither a success nor the scenario's cancelled one."""
    facts = spec_facts(spec)
    terminal, successes = set(facts.terminal), facts.success
    scenario = load_scenario(directory, spec)
    played = scenario.statuses if scenario is not None else ()
    pending = next((s for s in (*played[:1], *poll.status_values) if s not in terminal), None)
    success = next((s for s in (*played[-1:], *successes) if s in successes), None)
    if pending is None or success is None:
        raise FleetError(f"{slug}: the spec's job statuses name no pending or no success one")
    cancelled = scenario.cancelled if scenario is not None else None
    failure = next((s for s in facts.terminal if s not in successes and s != cancelled), None)
    if failure is None and failure_share > 0:
        raise FleetError(
            f"{slug}: the spec's terminal statuses name no failure for a job to end in"
        )
    return pending, success, failure


def _fails(index: int, share: float) -> bool:
    """Whether job `index` is one of an evenly spread `share` of the jobs."""
    return int(round((index + 1) * share, 9)) > int(round(index * share, 9))


def _path_parameter(op: Operation, name: str) -> Parameter:
    parameter = op.parameter(name, "path")
    if parameter is None:
        raise FleetError(f"{op.place}: the poll's argument {name!r} is not in its path")
    return parameter


def _path_regex(template: str, job: str | None) -> str:
    """A regex for the paths of `template`: the parameter `job` as the group `job`, any
    other parameter any one segment."""
    parts = _PARAMETER.split(template)
    for index, part in enumerate(parts):
        if index % 2:
            parts[index] = "(?P<job>[^/]+)" if part == job else "[^/]+"
        else:
            parts[index] = re.escape(part)
    return "".join(parts)


def _value_of(parameter: Parameter, seed: int) -> str:
    """The parameter's documented example, else a value its schema allows."""
    example = parameter.example.value if parameter.example is not None else None
    if isinstance(example, str) and example and "/" not in example:
        return example
    return JobIds(parameter, seed).new(lambda _: False)


def _json_answer(slug: str, mock: SpecMock, op: Operation) -> Any:
    """The answer the spec documents for `op` (as the mock serves it), parsed."""
    answer = mock.answer(op, {})
    if not answer.media_type or "json" not in answer.media_type or not answer.body:
        raise FleetError(f"{slug}: {op.place} documents no JSON answer to serve")
    return json.loads(answer.body)


def _template(body: Any, id_keys: set[str], status_key: str) -> str:
    """`body` as a fleet template: its id members and its status as placeholders."""
    return json.dumps(_changed(body, id_keys, token("id"), status_key, token("status")))


def _listing(
    slug: str,
    mock: SpecMock,
    op: Operation,
    *,
    poll_body: dict[str, Any],
    id_keys: set[str],
    status_key: str,
) -> ListingConfig:
    mark = op.extensions[PAGINATION_EXTENSION]  # paging_plans has checked it
    style = str(mark["style"])
    # Where a request naming no page starts (the run-time's default where the mark has
    # none); a cursor has no first value of its own.
    first = 0 if style == "cursor" else mark.get("first")
    if first is None:
        first = {"page": 1, "offset": 0}[style]
    if not isinstance(first, int):
        raise FleetError(f"{slug}: {op.place}: a first page {first!r} that is not a number")
    size_name = mark.get("size-parameter")
    size_max, size_default = None, FALLBACK_PAGE_SIZE
    if size_name is not None:
        size_schema = _query_schema(op, str(size_name))
        maximum, default = size_schema.get("maximum"), size_schema.get("default")
        size_max = maximum if isinstance(maximum, int) else None
        size_default = default if isinstance(default, int) else size_max or FALLBACK_PAGE_SIZE
    body = _json_answer(slug, mock, op)
    items_key, next_key, end = mark.get("items"), mark.get("next"), mark.get("end")
    if items_key is None:
        examples = body
        page = last_page = json.dumps(token("items"))
    else:
        if not isinstance(body, dict):
            raise FleetError(f"{slug}: {op.place} documents no page object to serve")
        examples = body.get(items_key)
        more, last = {**body, items_key: token("items")}, {**body, items_key: token("items")}
        if next_key is not None:
            more[next_key] = token("next")
            if end is not None:
                last[next_key] = end
            else:
                last.pop(next_key, None)  # no end marker: the last page names no next
        page, last_page = json.dumps(more), json.dumps(last)
    documented = examples[0] if isinstance(examples, list) and examples else None
    item = documented if isinstance(documented, dict) and status_key in documented else poll_body
    return ListingConfig(
        path=_path_regex(op.path, None),
        style=style,
        parameter=str(mark["parameter"]),
        first=first,
        size_parameter=str(size_name) if size_name is not None else None,
        size_default=size_default,
        size_max=size_max,
        page=page,
        last_page=last_page,
        item=_template(item, id_keys, status_key),
    )


def _query_schema(op: Operation, name: str) -> dict[str, Any]:
    parameter = op.parameter(name, "query")
    schema = parameter.schema if parameter is not None else None
    return dict(schema.resolved().json) if schema is not None else {}
