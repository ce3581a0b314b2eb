"""Make one call with an installed client package and print the typed result.

Runs inside a virtual environment that holds nothing but that package, so it imports only
the standard library and the package itself. The call is described by one JSON argument
(made by scripts.installed_calls): base_url, token, auth_header, prefix, module, kwargs,
and `body`, the request body as JSON with its media type, or null.
Exit status 0 only for a 2xx answer (or a documented 3xx) whose body parsed (or an empty
or null body).
"""

from __future__ import annotations

import importlib
import json
import sys
import typing
from io import BytesIO
from types import UnionType
from typing import Any

try:
    from scripts.demo_summary import one_line
except ImportError:  # run as a script in the demo's venv: this folder is on sys.path
    from demo_summary import one_line  # type: ignore[import-not-found,no-redef]

# Bytes sent where a schema says binary (an octet-stream body, a multipart file part).
FILE_BYTES = b"jobclients smoke-call bytes"


def main(argv: list[str]) -> int:
    plan: dict[str, Any] = json.loads(argv[1])
    package = importlib.import_module(plan["module"].split(".", 1)[0])
    operation = importlib.import_module(plan["module"])
    client = package.AuthenticatedClient(
        base_url=plan["base_url"],
        token=plan["token"],
        auth_header_name=plan["auth_header"],
        prefix=plan["prefix"],
    )
    kwargs = dict(plan["kwargs"])
    if plan.get("body") is not None:
        body = plan["body"]
        kwargs["body"] = typed_body(
            operation.sync_detailed, body["media_type"], body["value"], body["binary_fields"]
        )
    with client:
        response = operation.sync_detailed(client=client, **kwargs)
    status = int(response.status_code)
    print(f"{plan['module']}: HTTP {status}")
    if response.parsed is not None:
        print(f"  {one_line(response.parsed)}")
    # None is a parse only of no body, or of a JSON null (what an untyped schema allows).
    # A 3xx the client returned (not raised) is one the operation documents as its result.
    body = response.content.strip()
    ok = 200 <= status < 400 and (response.parsed is not None or body in (b"", b"null"))
    return 0 if ok else 1


def typed_body(
    function: Any, media_type: str, value: Any, binary_fields: list[str] | None = None
) -> Any:
    """`value` (the body as JSON) as the argument `function` takes: its model read with
    from_dict where the hint names one, a File for an octet-stream body, else as it is.
    The `binary_fields` of a multipart body (files, by wire name) get bytes."""
    options = _options(typing.get_type_hints(function)["body"])
    file_type = next((t for t in options if getattr(t, "__name__", "") == "File"), None)
    if file_type is not None and media_type == "application/octet-stream":
        return file_type(payload=BytesIO(FILE_BYTES), file_name="body.bin")
    if isinstance(value, dict):
        value = {k: FILE_BYTES if k in (binary_fields or ()) else v for k, v in value.items()}
    for option in options:
        if hasattr(option, "from_dict") and isinstance(value, dict):
            return option.from_dict(value)
    return value


def _options(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, UnionType):
        return [a for a in typing.get_args(hint) if a is not type(None)]
    return [hint]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
