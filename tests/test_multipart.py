"""Multipart request bodies carry each value as the server reads it: a boolean part is
"true" or "false", as JSON writes it and as httpx sends form fields (openapi-python-client's
own template sent Python's "True"). Parametrized over every multipart boolean of every spec."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

from scripts.codegen.call_plan import operation_calls
from scripts.codegen.providers import load_provider
from scripts.request_bodies import planned_body
from scripts.smoke_call import typed_body
from scripts.spec_model.reading import read_spec
from tests.conftest import SLUGS

MULTIPART = "multipart/form-data"


def _booleans() -> list[Any]:
    params = []
    for slug in SLUGS:
        provider = load_provider(slug)
        spec = read_spec(provider.spec_path)
        modules = {c.operation_id: c.module for c in operation_calls(spec, provider.import_package)}
        for op in spec.operations:
            media = op.request_body.sent if op.request_body is not None else None
            if media is None or media.name != MULTIPART or media.schema is None:
                continue
            for name, prop in media.schema.resolved().properties.items():
                if prop.resolved().types[:1] == ("boolean",):
                    param_id = f"{slug}:{op.python_name}:{name}"
                    params.append(
                        pytest.param(
                            slug, op.python_name, modules[op.python_name], name, id=param_id
                        )
                    )
    return params or [
        pytest.param(None, None, None, None, marks=pytest.mark.skip("no multipart boolean"))
    ]


@pytest.mark.parametrize(("slug", "operation_id", "module_name", "field"), _booleans())
@pytest.mark.parametrize("value", [True, False])
def test_a_multipart_boolean_is_sent_as_json_writes_it(
    slug: str, operation_id: str, module_name: str, field: str, value: bool
) -> None:
    spec = read_spec(load_provider(slug).spec_path)
    planned = planned_body(spec.operation(operation_id), optional=True)
    assert planned is not None
    module = importlib.import_module(module_name)
    body = typed_body(
        module.sync_detailed,
        MULTIPART,
        {**planned.value, field: value},
        list(planned.binary_fields),
    )
    kwargs = module._get_kwargs(**_path_arguments(spec, operation_id, module_name), body=body)
    request = httpx.Request("POST", "https://example.test/", files=kwargs["files"])
    sent = request.read()
    expected = b"true" if value else b"false"
    part = f'name="{field}"\r\nContent-Type: text/plain\r\n\r\n'.encode() + expected + b"\r\n"
    assert part in sent, sent[:2000]
    assert b"\r\n\r\nTrue\r\n" not in sent and b"\r\n\r\nFalse\r\n" not in sent


def _path_arguments(spec: Any, operation_id: str, module_name: str) -> dict[str, Any]:
    package = module_name.split(".", 1)[0]
    call = next(c for c in operation_calls(spec, package) if c.operation_id == operation_id)
    return {a.python_name: a.value for a in call.arguments}
