"""`nox -s demo`: each provider's package, published to a local package index on 127.0.0.1
and installed from it by name and version, alone, into a fresh venv, calls every
operation against a loopback mock that answers with the spec's examples, then follows one
job's whole life (submit -> wait with a live progress line -> results) where the provider
has a scenario (specs/<slug>/scenario.yaml, played by the mock). No API key."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.codegen.providers import ConfigError, Provider, load_providers
from scripts.installed_calls import call_all
from scripts.isolated_env import fresh_env_from_index
from scripts.job_plan import job_plan
from scripts.mock_jobs import load_scenario
from scripts.mock_server import MockServer
from scripts.package_index import local_index
from scripts.paths import SCRIPTS_DIR
from scripts.publish import publish
from scripts.spec_model.reading import load_spec


def main(argv: list[str]) -> int:
    providers = load_providers(argv or None)
    with local_index() as url:
        if publish(providers, url, "local", "local"):
            return 1
        failures = sum(_demo(provider, url) for provider in providers)
    return 1 if failures else 0


def _demo(provider: Provider, index_url: str) -> int:
    """Install the package from the index by name and version, call it, follow a job."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix=f"demo-{provider.slug}-") as tmp:
        python = fresh_env_from_index(Path(tmp), index_url, provider.distribution, provider.version)
        print(f"== {provider.distribution}=={provider.version} (from the index, alone)")
        for result in call_all(provider, python):
            print(result.output)
            if result.returncode != 0:
                print(f"  FAILED: {result.operation_id} (exit status {result.returncode})")
                failed += 1
        failed += follow_a_job(provider, python)
    return failed


def follow_a_job(provider: Provider, python: Path) -> int:
    """Submit, wait and read the results with the installed package; 1 if that failed."""
    spec = load_spec(provider.spec_path)
    try:
        scenario = load_scenario(provider.directory, spec)
    except ConfigError as exc:  # a bad scenario.yaml: one line naming the file and the key
        print(f"-- error: {exc}")
        return 1
    if scenario is None:
        print(f"-- no job to follow: specs/{provider.slug}/ has no scenario.yaml")
        return 0
    with MockServer(spec, scenario=scenario) as server:
        plan = job_plan(provider, spec, scenario, server.base_url)
        if plan is None:
            print("-- no job to follow: the spec marks no x-jobclients-poll operation")
            return 0
        print(f"-- a job's life ({scenario.submit} -> wait -> results)", flush=True)
        done = subprocess.run(
            [str(python), str(SCRIPTS_DIR / "job_demo.py"), json.dumps(plan)], check=False
        )
        problems = server.violations
    for problem in problems:
        print(f"  the mock found: {problem}")
    if done.returncode != 0:
        print(f"  FAILED: the job's life (exit status {done.returncode})")
    return 1 if done.returncode != 0 or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
