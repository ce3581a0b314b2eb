"""Run inside a separate interpreter whose path starts with a released package tree: that
client calls each of its operations (as its own spec, RELEASED_SPEC, describes them) on a mock
of the CURRENT spec, which validates every request and answers with the current spec's
examples and generated payloads; the old client must send valid requests and parse them all.

    python -m scripts.drift_check CURRENT_SPEC RELEASED_SPEC IMPORT_PACKAGE [EXAMPLES]
"""

from __future__ import annotations

import importlib
import json
import sys
import warnings
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

from scripts.codegen.call_plan import client_auth, operation_calls
from scripts.mock_server import Canned, MockServer
from scripts.payloads import payload_strategy
from scripts.request_bodies import planned_body
from scripts.smoke_call import typed_body
from scripts.spec_model.document import MediaType, Operation
from scripts.spec_model.reading import load_spec


def main(argv: list[str]) -> int:
    current = load_spec(Path(argv[0]))
    released = load_spec(Path(argv[1]))
    import_package = argv[2]
    examples = int(argv[3]) if len(argv) > 3 else 50
    package = importlib.import_module(import_package)
    current_ops = {(op.method, op.path): op for op in current.operations}
    # What the released client sends unless told otherwise.
    auth = client_auth(released)
    answer: dict[str, Canned] = {}
    failures: list[str] = []
    # The answers are this check's own payloads (no response headers): only what the old
    # client sends is judged against the current spec.
    mock = MockServer(current, respond=lambda _: answer.get("next"), check_responses=False)
    with mock as server:
        client = package.AuthenticatedClient(
            base_url=server.base_url,
            token="drift",
            auth_header_name=auth.header,
            prefix=auth.prefix,
        )
        for call in operation_calls(released, import_package):
            op = current_ops.get((call.method, call.path_template))
            if op is None:
                failures.append(
                    f"{call.operation_id}: gone from the current spec ({call.path_template})"
                )
                continue
            try:
                module = importlib.import_module(call.module)
            except ImportError as exc:
                failures.append(f"{call.operation_id}: {exc!r}")
                continue
            kwargs = {a.python_name: a.value for a in call.arguments}
            body = planned_body(released.operation(call.operation_id))
            if body is not None:  # the request body the released spec requires
                kwargs["body"] = typed_body(
                    module.sync_detailed, body.media_type, body.value, list(body.binary_fields)
                )
            for status, media in _success_media(op):

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

                for example in media.examples:
                    if not example.name:
                        continue  # the named examples only
                    try:
                        attempt(example.value)
                    except Exception:
                        continue
                if media.schema is not None:
                    _generated(attempt, payload_strategy(media.schema), examples)
        print(f"{import_package}: {len(failures)} failures, violations: {len(server.violations)}")
    for failure in failures[:20]:
        print("  " + failure)
    for violation in sorted(set(server.violations))[:20]:
        print("  request refused by the current spec: " + violation)
    return 1 if failures or server.violations else 0


def _success_media(op: Operation) -> list[tuple[int, MediaType]]:
    return [
        (int(response.status), media)
        for response in op.responses
        if response.status.startswith("2")
        for media in response.content
    ]


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
