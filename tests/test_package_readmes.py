"""Every Python example in every package README runs, top to bottom in one namespace (as a
reader would paste them), against the provider's spec-driven mock server: only the base URL
is swapped in. A README example that drifts from the package fails here."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.mock_server import Canned, MockServer
from scripts.paths import GENERATED_DIR
from tests.conftest import SLUGS
from tests.sdk_support import pkg

_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
_CLIENT = 'AuthenticatedClient(token="YOUR_API_KEY"'


def _examples(slug: str) -> list[str]:
    readme = (GENERATED_DIR / slug / "README.md").read_text(encoding="utf-8")
    return _BLOCK.findall(readme)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_readme_example_runs_against_the_mock(
    slug: str, capsys: pytest.CaptureFixture[str]
) -> None:
    p = pkg(slug)
    examples = _examples(slug)
    # An example per behaviour: use, defaults, errors, retries, secrets, ... and waiting.
    assert len(examples) >= (8 if p.poll else 5), examples
    finished = p.job_body(p.facts.success[0]) if p.poll else None

    def respond(operation_id: str) -> Canned | None:
        # The wait example gets a finished job, so that it ends at once.
        if p.poll and operation_id == p.poll.operation_id:
            return Canned.json(200, finished)
        return None

    namespace: dict[str, Any] = {}
    with MockServer(p.spec, respond=respond) as server:
        for index, example in enumerate(examples):
            source = example.replace(
                _CLIENT, f'AuthenticatedClient(base_url="{server.base_url}", token="YOUR_API_KEY"'
            )
            assert source.count(server.base_url) == example.count(_CLIENT)
            exec(compile(source, f"{slug}/README.md example {index + 1}", "exec"), namespace)
        assert server.requests, "no example made a request"
        assert not server.violations, server.violations
    printed = capsys.readouterr().out
    assert "path parameter" in printed, "the path parameter example did not show its ValueError"
    assert "YOUR_API_KEY" not in printed, "an example printed the key"
