"""Submit a job with an installed client package, wait for it with a live progress line,
and read its results: what `nox -s demo` shows for each provider, against its mock.

Runs inside a virtual environment that holds nothing but that package (like smoke_call.py,
whose body typing it shares), so it imports only the standard library and the package. The
job is described by one JSON argument made by scripts/job_plan.py. Exit status 0 only when
the job was submitted, reached a terminal status and succeeded, and its results parsed.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from typing import Any
from uuid import UUID

try:  # imported from the repository (the tests)
    from scripts.demo_summary import job_summary
    from scripts.smoke_call import typed_body
except ImportError:  # run as a script in the demo's venv: this folder is on sys.path
    from demo_summary import job_summary  # type: ignore[import-not-found,no-redef]
    from smoke_call import typed_body  # type: ignore[import-not-found,no-redef]


def follow(plan: dict[str, Any], write: Callable[[str], object]) -> bool:
    """Submit, wait, read the results, writing what a user would see; whether it succeeded."""
    package = importlib.import_module(plan["package"])
    jobs_module = importlib.import_module(plan["package"] + ".jobs")
    client = package.AuthenticatedClient(
        base_url=plan["base_url"],
        token=plan["token"],
        auth_header_name=plan["auth_header"],
        prefix=plan["prefix"],
    )
    with client:
        job_id = submit(client, plan, write)
        if job_id is None:
            return False
        jobs = jobs_module.Jobs(client, **plan["scope"])

        def progress(view: Any) -> None:
            write(f"\r  status: {view.status:<24}")

        final = jobs.wait(job_id, timeout=plan["timeout"], poll_interval=plan["poll_interval"],
                          on_progress=progress)  # fmt: skip
        write("\n")
        results = final.job
        if plan["results"] is not None:
            module = importlib.import_module(plan["results"]["module"])
            arguments = {**plan["results"]["scope"], plan["results"]["job_argument"]: job_id}
            results = module.sync(client=client, **_typed_id(module.sync, arguments))
        for line in job_summary(final.id, final.status, bool(final.is_success), results):
            write(line + "\n")
        return bool(final.is_success) and results is not None


def submit(client: Any, plan: dict[str, Any], write: Callable[[str], object]) -> str | None:
    module = importlib.import_module(plan["submit"]["module"])
    kwargs = dict(plan["submit"]["kwargs"])
    body = plan["submit"]["body"]
    if body is not None:
        kwargs["body"] = typed_body(
            module.sync_detailed, body["media_type"], body["value"], body["binary_fields"]
        )
    response = module.sync_detailed(client=client, **kwargs)
    job_id = _job_id(response, plan["id_attributes"])
    write(f"  submitted ({plan['submit']['operation']}, HTTP {int(response.status_code)}): "
          f"job {job_id}\n")  # fmt: skip
    return job_id


def _job_id(response: Any, attributes: list[str]) -> str | None:
    """The new job's id: from a Location naming it, else from the answer's id member."""
    location = getattr(response, "location", None)
    if location is not None and location.job_id:
        return str(location.job_id)
    for name in attributes:
        value = getattr(response.parsed, name, None)
        if isinstance(value, str | int) or type(value).__name__ == "UUID":
            return str(value)
    return None


def _typed_id(function: Any, arguments: dict[str, Any]) -> dict[str, Any]:
    """A job id given as text, as the UUID an operation's signature may ask for."""
    hints = getattr(function, "__annotations__", {})
    out = dict(arguments)
    for name, value in arguments.items():
        if "UUID" in str(hints.get(name, "")) and isinstance(value, str):
            out[name] = UUID(value)
    return out


def main(argv: list[str]) -> int:
    plan: dict[str, Any] = json.loads(argv[1])
    ok = follow(plan, lambda text: print(text, end="", flush=True))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
