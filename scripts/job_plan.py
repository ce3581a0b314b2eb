"""What scripts/job_demo.py needs to follow one provider's job against its mock: the
submit call (its module, arguments and body), the job surface's scope, where the new job's
id is, and the results call. Made from the spec, the call plan and the scenario."""

from __future__ import annotations

from typing import Any

from scripts.codegen.call_plan import client_auth, operation_calls
from scripts.codegen.providers import Provider
from scripts.codegen.spec_facts import jobs_plan, paging_plans, poll_plan
from scripts.mock_jobs import Scenario
from scripts.request_bodies import planned_body
from scripts.spec_model.document import SpecDocument

DEMO_TOKEN = "demo-key-not-secret"
POLL_INTERVAL = 0.2  # seconds: the mock answers at once, a person still sees each status
TIMEOUT = 30.0


def job_plan(
    provider: Provider, spec: SpecDocument, scenario: Scenario, base_url: str
) -> dict[str, Any] | None:
    """The plan, or None where the package has no job surface (no poll operation)."""
    poll = poll_plan(spec)
    surface = jobs_plan(spec, poll, paging_plans(spec)) if poll else None
    if poll is None or surface is None:
        return None
    calls = {call.operation_id: call for call in operation_calls(spec, provider.import_package)}
    submit = calls[scenario.submit]
    known = {a.python_name: a.value for call in (calls[poll.operation_id], submit)
             for a in call.arguments}  # fmt: skip
    scope = {a.name: known[a.name] for a in surface.scope}
    body = planned_body(spec.operation(scenario.submit))
    auth = client_auth(spec)
    results = None
    if scenario.results is not None:
        taken = {a.python_name for a in calls[scenario.results].arguments}
        results = {
            "module": calls[scenario.results].module,
            "scope": {name: value for name, value in scope.items() if name in taken},
            "job_argument": surface.job_argument.name,
        }
    return {
        "base_url": base_url,
        "token": DEMO_TOKEN,
        "auth_header": auth.header,
        "prefix": auth.prefix,
        "package": provider.import_package,
        "submit": {
            "operation": scenario.submit,
            "module": submit.module,
            "kwargs": {a.python_name: a.value for a in submit.arguments},
            "body": body.as_json() if body else None,
        },
        "scope": scope,
        # The answer's members that may hold the new job's id, as attributes.
        # The job's own key first: a start answer may call another thing `id` (a model).
        "id_attributes": list(
            dict.fromkeys(["job_id", surface.job_argument.name, *surface.id_attributes, "id"])
        ),
        "results": results,
        "poll_interval": POLL_INTERVAL,
        "timeout": TIMEOUT,
    }
