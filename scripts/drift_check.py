"""Run inside a separate interpreter whose path starts with an old package tree: that old
client calls every operation of the CURRENT spec's mock, answered with the spec's examples
and generated payloads, and must parse them all.

    python -m scripts.drift_check SPEC.yaml IMPORT_PACKAGE [EXAMPLES]
"""

from __future__ import annotations

import importlib
import json
import sys
import warnings
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

from scripts.codegen.call_plan import auth_of, operation_calls
from scripts.mock_server import Canned, MockServer
from scripts.payloads import payload_strategy
from scripts.spec_lint import iter_operations, load_spec, resolve


def main(argv: list[str]) -> int:
    spec_path, import_package = argv[0], argv[1]
    examples = int(argv[2]) if len(argv) > 2 else 50
    document = load_spec(Path(spec_path))
    package = importlib.import_module(import_package)
    auth = auth_of(document)
    answer: dict[str, Canned] = {}
    failures: list[str] = []
    with MockServer(document, respond=lambda _: answer.get("next")) as server:
        client = package.AuthenticatedClient(
            base_url=server.base_url,
            token="drift",
            auth_header_name=auth.header if auth else "Authorization",
            prefix=auth.prefix if auth else "Bearer",
        )
        for call in operation_calls(document, import_package):
            module = importlib.import_module(call.module)
            kwargs = {a.python_name: a.value for a in call.arguments}
            for status, media in _success_media(document, call.operation_id):

                def attempt(
                    body: Any,
                    status: int = status,
                    module: Any = module,
                    kwargs: dict[str, Any] = kwargs,
                    operation_id: str = call.operation_id,
                ) -> None:
                    answer["next"] = Canned.json(status, body)
                    try:
                        response = module.sync_detailed(client=client, **kwargs)
                        assert response.parsed is not None, "nothing parsed"
                    except Exception as exc:
                        payload = json.dumps(body, ensure_ascii=True)[:500]
                        failures.append(f"{operation_id} {status}: {exc!r}; payload={payload}")
                        raise

                for example in (media.get("examples") or {}).values():
                    try:
                        attempt(resolve(document, example)["value"])
                    except Exception:
                        continue
                _generated(attempt, payload_strategy(document, media["schema"]), examples)
        print(f"{import_package}: {len(failures)} failures, violations: {len(server.violations)}")
    for failure in failures[:20]:
        print("  " + failure)
    return 1 if failures or server.violations else 0


def _success_media(document: dict[str, Any], operation_id: str) -> list[tuple[int, Any]]:
    op = next(o for o in iter_operations(document) if o.operation_id == operation_id)
    found = []
    for code, raw in op.node["responses"].items():
        for media in (resolve(document, raw).get("content") or {}).values():
            if str(code).startswith("2"):
                found.append((int(code), media))
    return found


def _generated(attempt: Any, strategy: Any, examples: int) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(body: Any) -> None:
        attempt(body)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            run()
        except Exception:  # already recorded in `failures`
            return


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
