"""House rules every hand-written spec follows (DESIGN.md, "How a spec is written"): the
providers with a fidelity table (tests.conftest.CURATED_SLUGS)."""

from __future__ import annotations

import pytest

from scripts.codegen.call_plan import auth_of
from scripts.paths import SPECS_DIR
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import read_spec
from tests.conftest import CURATED_SLUGS

SUCCESS_EXAMPLES = 3
TERMINAL, SUCCESS = "x-jobclients-terminal", "x-jobclients-success"


def _spec(slug: str) -> SpecDocument:
    return read_spec(SPECS_DIR / slug / "openapi.yaml")


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_every_response_is_documented_with_a_schema_and_examples(slug: str) -> None:
    for op in _spec(slug).operations:
        for response in op.responses:
            where = f"{slug} {op.python_name} {response.status}"
            for media in response.content:
                assert media.schema is not None, f"{where} {media.name}: no schema"
                assert media.schema.component, f"{where} {media.name}: not a named component"
                names = [e.name for e in media.examples if e.name]
                assert names, f"{where} {media.name}: no example"
                if response.status.startswith("2"):
                    # The seed page shows the job a poll reads; the calls it does not cover
                    # (create, list, cancel) have no seed answer to copy.
                    if op.polled:
                        assert "seed" in names, f"{where}: the seed's own example is missing"
                    assert len(names) >= SUCCESS_EXAMPLES, f"{where}: fewer than 3 examples"


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_behaviour_the_generators_cannot_read_is_in_vendor_extensions(slug: str) -> None:
    spec = _spec(slug)
    statuses = [(n, s) for n, s in spec.schemas.items() if s.has(TERMINAL)]
    assert len(statuses) == 1, f"{slug}: exactly one job status schema carries the terminal set"
    name, schema = statuses[0]
    terminal, success = set(schema.keyword(TERMINAL)), set(schema.keyword(SUCCESS))
    assert terminal <= set(schema.enum), f"{slug} {name}: a terminal status is not a value"
    assert success and success <= terminal, f"{slug} {name}: success must be terminal"
    polled = [op for op in spec.operations if op.extensions.get("x-jobclients-poll")]
    assert len(polled) == 1, f"{slug}: exactly one operation is what wait_for_job polls"
    for op in spec.operations:
        idempotent = op.extensions.get("x-jobclients-idempotent")
        assert isinstance(idempotent, bool), f"{slug} {op.python_name}: x-jobclients-idempotent"
        if op.method == "get":
            assert idempotent, f"{slug} {op.python_name}: a GET is idempotent"


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_servers_and_security_are_declared(slug: str) -> None:
    spec = _spec(slug)
    assert spec.server.url.startswith("https://"), f"{slug}: the real host, over https"
    for variable in spec.server.variables:
        assert variable.default and variable.description
    assert auth_of(spec) is not None, f"{slug}: no global security requirement"


@pytest.mark.parametrize("slug", CURATED_SLUGS)
def test_every_path_parameter_is_required_and_typed(slug: str) -> None:
    for op in _spec(slug).operations:
        for param in op.parameters:
            if param.location == "path":
                assert param.required is True
                assert param.schema is not None
                schema = param.schema.resolved()
                assert schema.types == ("string",), f"{slug} {param.name}: type"
                assert {"format", "pattern", "minLength"} & set(schema.json), (
                    f"{slug} {param.name}: a path parameter needs a format or constraint"
                )
