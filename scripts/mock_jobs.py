"""A job's life in the mock, played from a provider's scenario (specs/<slug>/scenario.yaml).

A job created through the mock (the scenario's `submit` operation) gets an id of its own,
valid for the spec; each poll of it reads the next of the scenario's `statuses` (the last
one stays); the listing operation (the one marked x-jobclients-pagination whose items are
jobs) shows every job created so far on its first page; the cancel operation (marked
x-jobclients-cancel) turns it to the scenario's `cancelled` status. Every other call, and
every call about a job the mock did not create, is answered as before, from the spec's
examples. The answers are built from the spec's own examples with only the id and the
status changed, and the mock validates them as it validates every answer.

The scenario is data, not code:

    submit: create_job          # the operation that creates a job (a Python name)
    statuses: [queued, running, succeeded]   # what successive polls read
    cancelled: canceled         # optional: the status after a cancel
    results: get_job_results    # optional: where a finished job's results are read
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from random import Random
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit
from uuid import UUID

from jsonschema import Draft202012Validator

from scripts.codegen.providers import ConfigError, read_yaml_mapping
from scripts.codegen.spec_facts import SpecFactError, poll_plan, spec_facts
from scripts.payloads import first_value, payload_strategy
from scripts.spec_model.document import Operation, Parameter, Schema, SpecDocument
from scripts.spec_model.openapi import CANCEL_EXTENSION, PAGINATION_EXTENSION

if TYPE_CHECKING:  # mock_server imports this module
    from scripts.mock_server import Canned

SCENARIO_FILE = "scenario.yaml"
_KEYS = {"submit", "statuses", "cancelled", "results"}
MAX_STATUSES = 50
# Jobs a mock remembers: past this, the oldest is forgotten (and answered from examples).
MAX_JOBS = 1000
_ID_ATTEMPTS = 20  # ids generated for a new job before giving up on a fresh one
_LIKE_MIN = 8  # characters a documented id needs before ids are made like it
_PARAMETER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Scenario:
    submit: str
    statuses: tuple[str, ...]
    cancelled: str | None = None
    results: str | None = None


def load_scenario(directory: Path, spec: SpecDocument) -> Scenario | None:
    """specs/<slug>/scenario.yaml checked against the spec; None without one. A bad one is a
    ConfigError naming the file and the key."""
    path = directory / SCENARIO_FILE
    if not path.is_file():
        return None
    raw = read_yaml_mapping(path)
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise ConfigError(path, unknown[0], f"unknown key (known: {', '.join(sorted(_KEYS))})")
    try:
        poll = poll_plan(spec)
    except SpecFactError as exc:
        raise ConfigError(path, "document", f"the spec's poll marks: {exc}") from None
    if poll is None:
        raise ConfigError(path, "document", "the spec marks no x-jobclients-poll operation")
    names = {op.python_name for op in spec.operations}
    for key in ("submit", "results"):
        value = raw.get(key)
        if (key == "submit" or value is not None) and value not in names:
            raise ConfigError(path, key, f"must name an operation of the spec, not {value!r}")
    known = set(poll.status_values)
    statuses = raw.get("statuses")
    if (
        not isinstance(statuses, list)
        or not 0 < len(statuses) <= MAX_STATUSES
        or not all(isinstance(s, str) and s in known for s in statuses)
    ):
        raise ConfigError(
            path,
            "statuses",
            f"must be a list of 1 to {MAX_STATUSES} of the job's statuses: {sorted(known)}",
        )
    terminal = set(spec_facts(spec).terminal)
    if statuses[-1] not in terminal:
        raise ConfigError(path, "statuses", f"must end with a terminal status: {sorted(terminal)}")
    cancelled = raw.get("cancelled")
    if cancelled is not None and cancelled not in known:
        raise ConfigError(path, "cancelled", f"must be one of the job's statuses: {sorted(known)}")
    return Scenario(raw["submit"], tuple(statuses), cancelled, raw.get("results"))


@dataclass
class _Job:
    id: str
    polls: int = 0
    cancelled: bool = False


Answerer = Callable[[Operation], "Canned"]


def job_id_keys(job_parameter: str) -> set[str]:
    """The keys of a job body (or a listed job) that hold the job's id."""
    return {"id", "job_id", job_parameter}


class JobIds:
    """Fresh ids a job's path parameter allows: one like the parameter's documented example,
    else one that reads like an id where the schema takes it (the first string hypothesis
    makes is "0"), else one made from the schema. The same ids in the same order for the
    same seed, run after run."""

    def __init__(self, parameter: Parameter, seed: int = 0) -> None:
        schema = parameter.schema
        self._schema = schema
        self._valid: Callable[[Any], bool] = (
            Draft202012Validator(
                dict(schema.resolved().json), format_checker=Draft202012Validator.FORMAT_CHECKER
            ).is_valid
            if schema is not None
            else bool
        )
        self._documented = parameter.example.value if parameter.example is not None else None
        self._random = Random(seed)

    def new(self, taken: Callable[[str], bool]) -> str:
        """An id for which `taken` is false (and with no "/", as it is a path segment)."""

        def unused(value: Any) -> bool:
            return not taken(str(value)) and "/" not in str(value)

        for _ in range(_ID_ATTEMPTS):
            bits = self._random.getrandbits(128)
            readable = (
                *_like(self._documented, self._random),
                f"job-{bits >> 80:012x}",
                str(UUID(int=bits, version=4)),
            )
            value = next((v for v in readable if self._valid(v)), None)
            if value is None and self._schema is not None:  # a pattern or a format of its own
                value = str(first_value(payload_strategy(self._schema), Random(bits), unused))
            if value and unused(value):
                return value
        raise RuntimeError(f"no fresh job id after {_ID_ATTEMPTS} tries")


class JobLife:
    """The jobs created through one mock, and the answers that follow them."""

    def __init__(self, spec: SpecDocument, scenario: Scenario, documented: Answerer) -> None:
        poll = poll_plan(spec)
        assert poll is not None, "load_scenario checks the poll marks"
        self.spec = spec
        self.scenario = scenario
        self._documented = documented  # the answer the spec documents, as served without one
        self._poll = spec.operation(poll.operation_id)
        self._status_property = poll.status_property
        self._job_parameter = poll.arguments[-1].wire_name
        self._id_keys = job_id_keys(self._job_parameter)
        self._job_model = _success_component(self._poll)
        self._jobs: OrderedDict[str, _Job] = OrderedDict()
        self._lock = threading.Lock()
        parameter = next(p for p in self._poll.parameters if p.name == self._job_parameter)
        self._ids = JobIds(parameter)
        self._cancel = next(
            (op for op in spec.operations if op.extensions.get(CANCEL_EXTENSION) is True), None
        )

    def answer(self, op: Operation, target: str) -> Canned | None:
        """The answer that follows a created job, or None where the spec's example stands."""
        path = urlsplit(target).path
        if op.python_name == self.scenario.submit:
            return self._created(op, path)
        if PAGINATION_EXTENSION in op.extensions and _success_component(op, items=True) == (
            self._job_model
        ):
            return self._listed(op, target)
        job = self._job_of(op, path)
        if job is None:
            return None
        if op.python_name == self._poll.python_name:
            with self._lock:
                status = self._status(job)
                job.polls += 1
            return self._with(self._documented(op), job.id, status)
        if self._cancel is not None and op.python_name == self._cancel.python_name:
            job.cancelled = True
        return None

    def _status(self, job: _Job) -> str:
        if job.cancelled and self.scenario.cancelled:
            return self.scenario.cancelled
        return self.scenario.statuses[min(job.polls, len(self.scenario.statuses) - 1)]

    def _created(self, op: Operation, path: str) -> Canned:
        job = _Job(self._ids.new(self._taken))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                self._jobs.popitem(last=False)
        answer = self._documented(op)
        same_model = _success_component(op) == self._job_model
        status = self.scenario.statuses[0] if same_model else None
        body = _json_of(answer)
        if isinstance(body, dict):
            # An answer that is not the job may name other things `id` (woodwide's training
            # answer: the model's `id` and the job's `job_id`): the job's own key wins.
            keys = {self._job_parameter, "job_id"} & set(body) if not same_model else set()
            changed = _changed(body, keys or self._id_keys, job.id, self._status_property, status)
            answer = _replaced(answer, changed)
        if any(name.lower() == "location" for name, _ in answer.headers):
            values = _path_values(op.path, path) | {self._job_parameter: job.id}
            location = _filled(self._poll.path, values)
            base = urlsplit(self.spec.server.default_url).path.rstrip("/")
            headers = [(n, v) for n, v in answer.headers if n.lower() != "location"]
            answer = replace(answer, headers=(*headers, ("Location", base + location)))
        return answer

    def _listed(self, op: Operation, target: str) -> Canned | None:
        mark = op.extensions[PAGINATION_EXTENSION]
        answer = self._documented(op)
        body = _json_of(answer)
        items_key = mark.get("items")
        items = body if items_key is None else (body or {}).get(items_key)
        if not isinstance(items, list):
            return None
        query = dict(parse_qsl(urlsplit(target).query))
        moved = query.get(str(mark.get("parameter")))
        # The first page as the run-time's paging starts it: the mark's, else 1 or 0.
        first = mark.get("first")
        if first is None:
            first = {"page": 1, "offset": 0}.get(str(mark.get("style")))
        later = moved is not None and (first is None or moved != str(first))
        with self._lock:
            jobs = [] if later else list(self._jobs.values())
            shown = [self._item(items, job, self._status(job)) for job in jobs]
        if items_key is None:
            return _replaced(answer, shown)
        body[items_key] = shown
        next_key, end = mark.get("next"), mark.get("end")
        if next_key is not None and next_key in body:
            if end is not None:
                body[next_key] = end
            else:
                del body[next_key]  # no cursor: the last page
        return _replaced(answer, body)

    def _item(self, examples: list[Any], job: _Job, status: str) -> Any:
        base = examples[0] if examples and isinstance(examples[0], dict) else None
        if base is None:
            poll = _json_of(self._documented(self._poll))
            base = poll if isinstance(poll, dict) else {}
        return _changed(base, self._id_keys, job.id, self._status_property, status)

    def _job_of(self, op: Operation, path: str) -> _Job | None:
        value = _path_values(op.path, path).get(self._job_parameter)
        with self._lock:
            return self._jobs.get(value) if value is not None else None

    def _taken(self, value: str) -> bool:
        with self._lock:
            return value in self._jobs

    def _with(self, answer: Canned, job_id: str, status: str | None) -> Canned:
        body = _json_of(answer)
        if not isinstance(body, dict):
            return answer
        changed = _changed(body, self._id_keys, job_id, self._status_property, status)
        return _replaced(answer, changed)


def _changed(
    body: dict[str, Any], id_keys: set[str], job_id: str, status_key: str, status: str | None
) -> dict[str, Any]:
    out = copy.deepcopy(body)
    for key in id_keys & set(out):
        if isinstance(out[key], str):
            out[key] = job_id
    if status is not None and status_key in out:
        out[status_key] = status
    return out


def _json_of(answer: Canned) -> Any:
    if not answer.media_type or "json" not in answer.media_type or not answer.body:
        return None
    return json.loads(answer.body)


def _replaced(answer: Canned, value: Any) -> Canned:
    body = json.dumps(value, ensure_ascii=True).encode()
    return replace(answer, body=body)


def _success_component(op: Operation, *, items: bool = False) -> str | None:
    """The component schema of the operation's first 2xx JSON answer (of its items, for a
    listing: the `items` member of x-jobclients-pagination, or the array's items)."""
    for response in op.responses:
        if not response.status.startswith("2"):
            continue
        for media in response.content:
            schema = media.schema
            if schema is None or "json" not in media.name:
                continue
            found = (
                _items_of(schema, op.extensions[PAGINATION_EXTENSION].get("items"))
                if items
                else schema
            )
            return found.component if found is not None else None
    return None


def _items_of(schema: Schema, member: str | None) -> Schema | None:
    holder: Schema | None = schema.resolved()
    if member is not None and holder is not None:
        inner = holder.properties.get(member)
        holder = inner.resolved() if inner is not None else None
    return holder.items if holder is not None else None


def _path_values(template: str, path: str) -> dict[str, str]:
    """The values of `template`'s parameters in `path` (its end: the base path may lead)."""
    names = _PARAMETER.findall(template)
    pattern = re.escape(template)
    for index, name in enumerate(names):
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<p{index}>[^/]+)", 1)
    found = re.search(pattern + "$", path)
    if found is None:
        return {}
    return {name: unquote(found.group(f"p{index}")) for index, name in enumerate(names)}


def _filled(template: str, values: dict[str, str]) -> str:
    return _PARAMETER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _like(example: Any, random: Random) -> tuple[str, ...]:
    """An id that reads like the documented one: its last half redrawn from the characters
    it is made of (a ULID stays a ULID); none where the spec documents no string id."""
    if not isinstance(example, str) or len(example) < _LIKE_MIN:
        return ()
    alphabet = sorted(set(example) - {"/"})
    keep = len(example) // 2
    return (example[:keep] + "".join(random.choice(alphabet) for _ in example[keep:]),)
