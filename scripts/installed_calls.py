"""Call every operation of an installed package against the example server.

Shared by `nox -s demo`, `nox -s build` and the install tests: the user's path, end to end.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scripts.codegen.call_plan import client_auth, operation_calls
from scripts.codegen.providers import Provider
from scripts.mock_server import MockServer, Recorded
from scripts.paths import SCRIPTS_DIR
from scripts.request_bodies import planned_body
from scripts.spec_model.reading import load_spec

DEMO_TOKEN = "demo-key-not-secret"


@dataclass(frozen=True)
class CallResult:
    operation_id: str
    returncode: int
    output: str
    requests: tuple[Recorded, ...]


def call_all(provider: Provider, python: Path) -> list[CallResult]:
    """One call per operation, each in `python` (a venv holding only the package)."""
    spec = load_spec(provider.spec_path)
    auth = client_auth(spec)
    results = []
    bodies = {op.python_name: planned_body(op) for op in spec.operations}
    for call in operation_calls(spec, provider.import_package):
        with MockServer(spec) as server:
            plan = {
                "base_url": server.base_url,
                "token": DEMO_TOKEN,
                "auth_header": auth.header,
                "prefix": auth.prefix,
                "module": call.module,
                "kwargs": {a.python_name: a.value for a in call.arguments},
                "body": body.as_json() if (body := bodies[call.operation_id]) else None,
            }
            done = subprocess.run(
                [str(python), str(SCRIPTS_DIR / "smoke_call.py"), json.dumps(plan)],
                capture_output=True,
                text=True,
                check=False,
            )
            results.append(
                CallResult(
                    call.operation_id,
                    done.returncode,
                    (done.stdout + done.stderr).strip(),
                    tuple(server.requests),
                )
            )
    return results
