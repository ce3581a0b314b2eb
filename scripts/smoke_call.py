"""Make one call with an installed client package and print the typed result.

Runs inside a virtual environment that holds nothing but that package, so it imports only
the standard library and the package itself. The call is described by one JSON argument
(made by scripts.codegen.call_plan): base_url, token, auth_header, prefix, module, kwargs.
Exit status 0 only for a 2xx answer whose body parsed (or a documented empty body).
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any


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
    with client:
        response = operation.sync_detailed(client=client, **plan["kwargs"])
    status = int(response.status_code)
    print(f"{plan['module']}: HTTP {status}")
    if response.parsed is not None:
        print(f"  {response.parsed!r}")
    ok = 200 <= status < 300 and (response.parsed is not None or not response.content)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
