"""The job surface (runtime/jobs.py, each package's jobs.py): every package with a poll
operation has `Jobs` with get and wait, plus cancel where the spec marks a cancel operation
and iterate where a paged listing returns the polled job. Checked structurally by mypy (each
package's Jobs assigned to the Protocols it must satisfy, and refused by the ones it must
not), and by a program written against the Protocols alone, run on two providers' mocks."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from scripts.codegen.spec_facts import jobs_plan, paging_plans
from scripts.mock_server import Canned, MockServer
from scripts.paths import GENERATED_DIR
from tests.sdk_support import kwargs_of, pkg, poll_slugs

PROGRAM = Path(__file__).with_name("job_surface_program.py")
# The one package the program takes the Protocols from as written; every package carries the
# same ones, so the test points it at a package under test (a run of one provider imports
# that provider's package alone).
PROGRAM_PACKAGE = "jobclients_seequent"


def _program_source(package: str) -> str:
    source = PROGRAM.read_text(encoding="utf-8")
    assert f"from {PROGRAM_PACKAGE} import " in source, "the program's import moved"
    return source.replace(f"from {PROGRAM_PACKAGE} import ", f"from {package} import ", 1)


def _program(package: str) -> types.ModuleType:
    """The program, its Protocols taken from `package`."""
    module = types.ModuleType(f"job_surface_program_{package}")
    exec(compile(_program_source(package), str(PROGRAM), "exec"), module.__dict__)
    return module


def _plan(slug: str) -> Any:
    p = pkg(slug)
    return jobs_plan(p.spec, p.poll, paging_plans(p.spec))


def _jobs(slug: str, client: Any) -> Any:
    p = pkg(slug)
    arguments = kwargs_of(p.poll_call)
    scope = {a.name: arguments[a.name] for a in _plan(slug).scope}
    return p.package.Jobs(client, **scope), str(arguments[_plan(slug).job_argument.name])


def _mypy(source: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "check_surface.py"
    program.write_text(source, encoding="utf-8")
    path = ":".join(str(GENERATED_DIR / slug) for slug in poll_slugs())
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        env={"MYPYPATH": path, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def _protocols_package() -> str:
    """A package under test to take the Protocols from (the first provider with a poll)."""
    slugs = poll_slugs()
    if not slugs:
        pytest.skip("no provider selected has a poll operation")
    return str(pkg(slugs[0]).package.__name__)


def test_every_package_satisfies_exactly_the_protocols_its_spec_calls_for(tmp_path: Path) -> None:
    lines = [
        "from typing import Any",
        f"from {_protocols_package()} import JobSurface, CancellingJobs, ListingJobs",
    ]
    refused: list[str] = []
    for slug in poll_slugs():
        p = pkg(slug)
        plan = _plan(slug)
        module = p.package.__name__
        scope = ", ".join(f"{a.name}={a.name}_value" for a in plan.scope)
        for a in plan.scope:
            lines.append(f"{a.name}_value: Any = None")
        lines.append(f"import {module}")
        client = f"{module}.Client(base_url='http://127.0.0.1')"
        made = f"{module}.Jobs({client}{', ' if scope else ''}{scope})"
        lines.append(f"{slug}_surface: JobSurface[Any] = {made}")
        for protocol, present in (
            ("CancellingJobs", plan.cancel_operation),
            ("ListingJobs", plan.iterate_function),
        ):
            line = f"{slug}_{protocol}: {protocol}[Any] = {made}"
            (lines if present else refused).append(line)
    done = _mypy("\n".join(lines) + "\n", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    # Each assignment to a Protocol whose method the package lacks is refused, on its line.
    done = _mypy("\n".join([*lines, *refused]) + "\n", tmp_path)
    for number, line in enumerate(refused, start=len(lines) + 1):
        assert f"check_surface.py:{number}: error: Incompatible types" in done.stdout, line
    assert done.stdout.count(": error:") == len(refused), done.stdout


def test_the_program_written_against_the_protocols_type_checks(tmp_path: Path) -> None:
    done = _mypy(_program_source(_protocols_package()), tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("slug", poll_slugs())
def test_the_program_follows_a_job_of_every_provider_on_its_mock(slug: str) -> None:
    p = pkg(slug)
    finished = p.job_body(p.facts.success[0])
    polls = iter([p.job_body(p.running_status), finished])

    def respond(operation_id: str) -> Canned | None:
        if operation_id == p.poll.operation_id:
            return Canned.json(200, next(polls, finished))
        return None

    with MockServer(p.spec, respond=respond) as server:
        client = p.package.AuthenticatedClient(base_url=server.base_url, token="t", strict=True)
        with client:
            jobs, job_id = _jobs(slug, client)
            lines = _program(p.package.__name__).follow(jobs, job_id)
        assert not server.violations, server.violations
    assert lines[0].endswith(f"{p.running_status} (terminal: False)")
    assert any(line.endswith(f"{p.facts.success[0]}, succeeded") for line in lines), lines
    assert any(line.startswith("  ... ") for line in lines), "no progress line"
    plan = _plan(slug)
    assert (f"job {job_id}: cancel sent" in lines) == bool(plan.cancel_operation)
    if plan.cancel_operation:
        assert any(r.operation_id == plan.cancel_operation for r in server.requests)
    listed = [line for line in lines if line.startswith("listed: ")]
    assert bool(listed) == bool(plan.iterate_function)
    if listed:
        assert listed[0] != "listed: []", "the listing yielded no job"


def test_a_job_id_that_cannot_be_the_path_parameter_is_refused_naming_it() -> None:
    for slug in poll_slugs():
        plan = _plan(slug)
        if plan.job_argument.type != "UUID":
            continue
        client = pkg(slug).package.Client(base_url="http://127.0.0.1")
        jobs, _ = _jobs(slug, client)
        with pytest.raises(ValueError, match="job_id must be a UUID"):
            jobs.get("not-a-uuid")
