"""The kitchen-sink specs (tests/kitchen_sink/, OpenAPI 3.1 and 3.0) generate complete
packages, and every operation of each is called against the spec-driven mock.

Each spec goes into a provider folder of its own holding only openapi.yaml and config.yaml,
and through the whole pipeline (both generators, post-processing, import and mypy --strict).
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from types import ModuleType, UnionType
from typing import Any
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

import httpx
import pytest
import yaml

from scripts.codegen.call_plan import OperationCall, operation_calls
from scripts.mock_server import MockServer
from scripts.paths import REPO_ROOT
from scripts.request_bodies import planned_body
from scripts.smoke_call import typed_body
from scripts.spec_model.document import SpecDocument
from scripts.spec_model.reading import read_spec

KITCHEN_SINK = Path(__file__).parent / "kitchen_sink"
VARIANTS = {"ks31": "openapi-3.1.yaml", "ks30": "openapi-3.0.yaml"}
TOKEN = "kitchen-sink-key"
SCRIPTED_BASE = "https://kitchen.test/kitchen/v1"  # the host of scripted_client


@dataclass(frozen=True)
class Generated:
    slug: str
    import_package: str
    root: Path  # generated/<slug>
    spec: SpecDocument

    def module(self, name: str) -> ModuleType:
        if str(self.root) not in sys.path:
            sys.path.insert(0, str(self.root))
        return importlib.import_module(name)

    def client(self, server: MockServer) -> Any:
        """The package's AuthenticatedClient, pointed at `server`."""
        package = self.module(self.import_package)
        # strict: the mock's answers follow the spec, so nothing may need tolerating.
        return package.AuthenticatedClient(base_url=server.base_url, token=TOKEN, strict=True)

    def scripted_client(
        self,
        answer: Callable[[httpx.Request], httpx.Response],
        seen: list[httpx.Request],
        **options: Any,
    ) -> Any:
        """The package's AuthenticatedClient (strict unless told) answered by `answer`, every
        request it sends appended to `seen`."""

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return answer(request)

        package = self.module(self.import_package)
        options.setdefault("strict", True)
        return package.AuthenticatedClient(
            base_url=SCRIPTED_BASE,
            token=TOKEN,
            httpx_args={"transport": httpx.MockTransport(handler)},
            **options,
        )

    @property
    def calls(self) -> list[OperationCall]:
        return operation_calls(self.spec, self.import_package)


_BUILT: dict[str, Generated] = {}


def generated(slug: str, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """The variant's package, built once per session through `python -m scripts.generate`."""
    if slug not in _BUILT:
        root = tmp_path_factory.mktemp(slug)
        folder = root / "specs" / slug
        folder.mkdir(parents=True)
        spec = folder / "openapi.yaml"
        spec.write_bytes((KITCHEN_SINK / VARIANTS[slug]).read_bytes())
        config = {
            "distribution": f"jobclients-{slug}",
            "import_package": f"jobclients_{slug}",
            "version": "0.1.0",
            "description": f"The {VARIANTS[slug]} kitchen sink.",
        }
        (folder / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        command = [sys.executable, "-m", "scripts.generate", "--specs-dir", str(root / "specs")]
        command += ["--generated-dir", str(root / "generated")]
        done = subprocess.run(
            command, cwd=REPO_ROOT, capture_output=True, text=True, check=False, timeout=900
        )
        assert done.returncode == 0, done.stdout + done.stderr
        _BUILT[slug] = Generated(
            slug, f"jobclients_{slug}", root / "generated" / slug, read_spec(spec)
        )
    return _BUILT[slug]


@pytest.mark.parametrize("slug", sorted(VARIANTS))
def test_every_operation_has_a_function_in_four_forms(
    slug: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    package = generated(slug, tmp_path_factory)
    assert len(package.calls) == len(package.spec.operations) > 10
    for call in package.calls:
        module = package.module(call.module)
        for form in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, form)), f"{call.module}.{form}"


@pytest.mark.parametrize("slug", sorted(VARIANTS))
def test_every_operation_is_called_against_the_mock(
    slug: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    package = generated(slug, tmp_path_factory)
    errors = package.module(f"{package.import_package}.errors")
    failures = []
    with MockServer(package.spec) as server:
        client = package.client(server)
        for call in package.calls:
            module = package.module(call.module)
            kwargs = _arguments(package, call, module)
            before = server.request_count
            try:
                response = module.sync_detailed(client=client, **kwargs)
            except errors.JobClientError as exc:
                failures.append(f"{call.operation_id}: {type(exc).__name__}: {exc}")
                continue
            recorded = server.requests_since(before)
            if len(recorded) != 1 or recorded[0].violations:
                failures.append(f"{call.operation_id}: {[r.violations for r in recorded]}")
            elif not 200 <= response.status_code < 300 and response.location is None:
                # (a documented 303 is a success whose result is its Location)
                failures.append(f"{call.operation_id}: answered {response.status_code}")
    assert not failures, "\n".join(failures)
    assert not server.violations, server.violations


def _arguments(package: Generated, call: OperationCall, module: ModuleType) -> dict[str, Any]:
    """The operation's required parameters at the spec's examples, typed as the function
    wants them, and a body where the operation takes one."""
    hints = typing.get_type_hints(module.sync_detailed)
    signature = inspect.signature(module.sync_detailed)
    kwargs = {a.python_name: _typed(a.value, hints[a.python_name]) for a in call.arguments}
    if "body" in signature.parameters:
        kwargs["body"] = _body(package, call, module)
    return kwargs


def _typed(value: Any, hint: Any) -> Any:
    """A JSON example value as the Python type a generated function takes."""
    for option in _options(hint):
        if option is UUID:
            return UUID(str(value))
        if option is datetime:
            return datetime.fromisoformat(str(value))
        if option is date:
            return date.fromisoformat(str(value))
        if inspect.isclass(option) and issubclass(option, Enum):
            return option(value)
        if typing.get_origin(option) is list and isinstance(value, list):
            (item,) = typing.get_args(option)
            return [_typed(v, item) for v in value]
    return value


def _options(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, UnionType):
        return [a for a in typing.get_args(hint) if a is not type(None)]
    return [hint]


def _body(package: Generated, call: OperationCall, module: ModuleType) -> Any:
    """The planned request body (the spec's example, else generated from a fixed seed),
    read into the model the function takes; bytes for a binary body or file part."""
    body = planned_body(package.spec.operation(call.operation_id), optional=True)
    assert body is not None, f"{call.operation_id} takes no body"
    binary = list(body.binary_fields)
    return typed_body(module.sync_detailed, body.media_type, body.value, binary)


@pytest.mark.parametrize("slug", sorted(VARIANTS))
def test_query_arrays_are_sent_exploded_or_comma_joined_as_the_spec_says(
    slug: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """`tag` (explode: true) repeats, `ids` (explode: false) is one comma-joined value."""
    package = generated(slug, tmp_path_factory)
    list_jobs = package.module(f"{package.import_package}.api.jobs.list_jobs")
    with MockServer(package.spec) as server:
        client = package.client(server)
        response = list_jobs.sync_detailed(client=client, tag=["a", "b"], ids=[1, 2, 3])
        (recorded,) = server.requests
    assert 200 <= response.status_code < 300, response.content
    query = parse_qs(urlsplit(recorded.path).query)
    assert query["tag"] == ["a", "b"]
    assert query["ids"] == ["1,2,3"]
    assert not recorded.violations, recorded.violations


@pytest.mark.parametrize("slug", sorted(VARIANTS))
def test_an_enum_query_parameter_takes_a_member_or_a_listed_value(
    slug: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """`status` is sent as its value given the member or the plain string; a string the
    enum does not list is a ValueError naming the parameter, and nothing is sent."""
    package = generated(slug, tmp_path_factory)
    list_jobs = package.module(f"{package.import_package}.api.jobs.list_jobs")
    job_status = package.module(f"{package.import_package}.models").JobStatus
    with MockServer(package.spec) as server:
        client = package.client(server)
        for given in (job_status.RUNNING, "running"):
            before = server.request_count
            response = list_jobs.sync_detailed(client=client, status=given)
            (recorded,) = server.requests_since(before)
            assert 200 <= response.status_code < 300, response.content
            assert parse_qs(urlsplit(recorded.path).query)["status"] == ["running"]
            assert not recorded.violations, recorded.violations
        before = server.request_count
        for wrong in ("runing", 1, None, ["running"]):
            with pytest.raises(ValueError, match="'status' takes a JobStatus") as refused:
                list_jobs.sync_detailed(client=client, status=wrong)
            assert "'running'" in str(refused.value)
        assert server.request_count == before


@pytest.mark.parametrize("slug", sorted(VARIANTS))
def test_none_for_a_required_nullable_query_parameter_leaves_it_out(
    slug: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A query string has no null: `since=None` is not sent at all (nor as `since=`), which
    the mock, holding to the spec's `required`, answers with a 400."""
    package = generated(slug, tmp_path_factory)
    logs = package.module(f"{package.import_package}.api.jobs.get_job_logs")
    errors = package.module(f"{package.import_package}.errors")
    job_id = UUID("00000000-0000-4000-8000-000000000001")
    with MockServer(package.spec) as server:
        client = package.client(server)
        logs.sync_detailed(job_id, client=client, since=3)
        with pytest.raises(errors.BadRequestError):
            logs.sync_detailed(job_id, client=client, since=None)
        sent, left_out = server.requests
    assert parse_qs(urlsplit(sent.path).query) == {"since": ["3"]}
    assert urlsplit(left_out.path).query == ""


def test_a_relative_server_makes_base_url_required_and_says_so(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The 3.1 variant's server is relative (the 3.0 one's names a host)."""
    package = generated("ks31", tmp_path_factory)
    assert not package.spec.server.names_host
    assert generated("ks30", tmp_path_factory).spec.server.names_host
    module = package.module(package.import_package)
    readme = (package.root / "README.md").read_text(encoding="utf-8")
    assert "names no host, so `base_url=" in readme
    with pytest.raises(ValueError, match=r"base_url is required: .*'/kitchen/v1', which names no"):
        module.AuthenticatedClient(token=TOKEN).get_httpx_client()
    given = module.AuthenticatedClient(token=TOKEN, base_url="https://kitchen.example/kitchen/v1")
    assert str(given.get_httpx_client().base_url) == "https://kitchen.example/kitchen/v1/"


def test_an_operation_the_server_holds_open_reads_for_its_own_time_limit(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ks30's list_jobs says x-jobclients-timeout: 660; the client's own timeout still wins."""
    package = generated("ks30", tmp_path_factory)
    module = package.module(package.import_package)
    list_jobs = package.module(f"{package.import_package}.api.jobs.list_jobs")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    def read_timeout(**options: Any) -> float:
        transport = httpx.MockTransport(answer)
        client = module.AuthenticatedClient(
            base_url="https://kitchen.test",
            token=TOKEN,
            httpx_args={"transport": transport},
            **options,
        )
        list_jobs.sync_detailed(client=client)
        return float(sent[-1].extensions["timeout"]["read"])

    assert 660 < read_timeout() <= 660 + 15  # its limit, and 15 s for the server's answer
    assert read_timeout(timeout=5.0) <= 5.0
    readme = (package.root / "README.md").read_text(encoding="utf-8")
    assert "`list_jobs`: 660.0 s" in readme


def test_default_answers_the_error_statuses_of_an_operation_that_lists_its_successes(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ks30's list_jobs documents 200 and `default`: a 418 is read as the default's error
    model, while a 2xx it does not list stays undocumented (never read as an error body)."""
    package = generated("ks30", tmp_path_factory)
    module = package.module(package.import_package)
    errors = package.module(f"{package.import_package}.errors")
    list_jobs = package.module(f"{package.import_package}.api.jobs.list_jobs")

    def client_answering(status: int, body: Any) -> Any:
        transport = httpx.MockTransport(lambda _: httpx.Response(status, json=body))
        return module.AuthenticatedClient(
            base_url="https://kitchen.test", token=TOKEN, httpx_args={"transport": transport}
        )

    with pytest.raises(errors.APIStatusError) as refused:
        list_jobs.sync_detailed(
            client=client_answering(418, {"code": "teapot", "message": "short and stout"})
        )
    assert refused.value.status_code == 418 and refused.value.parsed is not None
    with pytest.raises(errors.UnexpectedStatus):
        list_jobs.sync_detailed(
            client=client_answering(203, {"code": "odd", "message": "a 2xx it does not list"})
        )


@pytest.mark.parametrize("slug", sorted(VARIANTS))
def test_a_json_answer_of_any_value_is_returned_decoded_and_a_bad_one_is_refused(
    slug: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """get_usage's 200 has `schema: {}` (any JSON value): the call returns the decoded value
    (openapi-python-client returned None), and a body that is not JSON, not UTF-8 or nested
    too deep raises ResponseValidationError with the status, like any typed answer."""
    package = generated(slug, tmp_path_factory)
    errors = package.module(f"{package.import_package}.errors")
    get_usage = package.module(f"{package.import_package}.api.jobs.get_usage")
    sent: list[httpx.Request] = []
    for value in ({"credits": 12.5, "jobs": [1, 2]}, [1, "two"], "text", 7, None):
        body = json.dumps(value).encode()  # (httpx's json=None would send no body)
        client = package.scripted_client(lambda _, b=body: httpx.Response(200, content=b), sent)
        assert get_usage.sync(client=client) == value
    for body in (b"\xff\xfe not utf-8", b"[" * 100_000 + b"]" * 100_000, b"{not json"):
        client = package.scripted_client(lambda _, b=body: httpx.Response(200, content=b), sent)
        with pytest.raises(errors.ResponseValidationError) as refused:
            get_usage.sync_detailed(client=client)
        assert refused.value.status_code == 200


def test_a_const_field_takes_its_one_value_and_refuses_another_naming_the_field(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Circle.shape_type is `const: circle`: read as it is, and any other value (or type)
    raises ResponseValidationError at that field."""
    package = generated("ks31", tmp_path_factory)
    models = package.module(f"{package.import_package}.models")
    errors = package.module(f"{package.import_package}.errors")
    assert models.Circle.from_dict({"shape_type": "circle", "radius": 2.0}).shape_type == "circle"
    for wrong in ("square", "Circle", 1, None):
        with pytest.raises(errors.ResponseValidationError) as refused:
            models.Circle.from_dict({"shape_type": wrong, "radius": 2.0})
        assert refused.value.field == "shape_type", wrong
