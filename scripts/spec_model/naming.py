"""The one place spec names become Python names.

openapi-python-client names the generated code with its own functions (PythonIdentifier,
ClassName, generate_operation_id); every other part of the pipeline (the facts rendered
into each package, the README, the mock, the tests) calls these wrappers, so each name is
computed the same way everywhere. Operation names are also written back into the document
the generators read (normalise.py), so two operations whose ids map to one name get
distinct names there instead of overwriting one module with the other.
"""

from __future__ import annotations

from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema import UntrustedString
from openapi_python_client.strings import ClassName, PythonIdentifier

# openapi-python-client's defaults: field_prefix for parameters, properties and operations,
# "tag" for the module of a tag.
FIELD_PREFIX = "field_"
TAG_PREFIX = "tag"
DEFAULT_TAG = "default"


def field_name(wire_name: str) -> str:
    """The Python name of a parameter or a property."""
    return str(PythonIdentifier(wire_name, prefix=FIELD_PREFIX))


def tag_module(tag: str | None) -> str:
    """The module under `<package>.api` that holds a tag's operations."""
    return str(PythonIdentifier(tag or DEFAULT_TAG, prefix=TAG_PREFIX))


def class_name(component: str) -> str:
    """The class a component schema becomes."""
    return str(ClassName(component, prefix=""))


def operation_base_name(operation_id: object, method: str, path: str) -> str:
    """A function name from an operationId (camelCase, keywords, any text), or from the
    method and path where there is none, as openapi-python-client makes it."""
    if isinstance(operation_id, str) and operation_id.strip():
        return str(PythonIdentifier(operation_id, prefix=FIELD_PREFIX))
    untrusted = UntrustedString(path)
    return str(generate_operation_id(path=untrusted, method=method, prefix=FIELD_PREFIX))


def unique_names(base_names: list[str]) -> list[str]:
    """`base_names` in order, a repeat getting `_2`, `_3`... (never a name already taken)."""
    taken = set(base_names)
    seen: set[str] = set()
    out = []
    for base in base_names:
        name = base
        suffix = 2
        while name in seen or (name != base and name in taken):
            name = f"{base}_{suffix}"
            suffix += 1
        taken.add(name)
        seen.add(name)
        out.append(name)
    return out
