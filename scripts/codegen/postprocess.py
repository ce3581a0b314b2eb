"""Edits to generator output that no generator option offers."""

from __future__ import annotations

import re
from pathlib import Path

from openapi_python_client.strings import in_double_quote_literal, remove_string_escapes

from scripts.codegen.escaping import py_literal
from scripts.spec_model.document import Parameter, SpecDocument
from scripts.spec_model.naming import field_name, tag_module

_STR_ENUM_CLASS = re.compile(r"^class (\w+)\(StrEnum\):", re.MULTILINE)
_FUTURE_IMPORT = "from __future__ import annotations\n"


def open_pydantic_enums(module: Path) -> None:
    """Make the pydantic models' enums open, like the attrs client's: an unlisted value
    parses and keeps its raw string (pydantic calls the enum's `_missing_`). The unused
    StrEnum import is dropped by the formatter's F401 fix."""
    text = module.read_text(encoding="utf-8")
    text, count = _STR_ENUM_CLASS.subn(r"class \1(OpenStrEnum):", text)
    if count:
        if _FUTURE_IMPORT not in text:
            raise ValueError(f"{module}: expected {_FUTURE_IMPORT.strip()!r} to anchor the import")
        text = text.replace(
            _FUTURE_IMPORT, _FUTURE_IMPORT + "\nfrom ._runtime.open_enum import OpenStrEnum\n", 1
        )
    module.write_text(text, encoding="utf-8")


_BASE_MODEL_CLASS = re.compile(r"^class (\w+)\(BaseModel\):", re.MULTILINE)


def base_pydantic_models_on_spec_model(module: Path) -> None:
    """Derive every pydantic model from the run-time's SpecModel, which refuses null in an
    optional member whose schema refuses it (runtime/pydantic_base.py). The unused
    BaseModel import is dropped by the formatter's F401 fix."""
    text = module.read_text(encoding="utf-8")
    text, count = _BASE_MODEL_CLASS.subn(r"class \1(SpecModel):", text)
    if count:
        if _FUTURE_IMPORT not in text:
            raise ValueError(f"{module}: expected {_FUTURE_IMPORT.strip()!r} to anchor the import")
        text = text.replace(
            _FUTURE_IMPORT, _FUTURE_IMPORT + "\nfrom ._runtime.pydantic_base import SpecModel\n", 1
        )
    module.write_text(text, encoding="utf-8")


_REQUIRE_PYDANTIC = "\nfrom ._runtime.extra import require_pydantic\n\nrequire_pydantic(__name__)\n"


def require_the_pydantic_extra(module: Path) -> None:
    """Make the models' first statement the check that pydantic is installed, so that an
    import without the extra names the install line (runtime/extra.py). A statement between
    the imports keeps the formatter from sorting it below the pydantic import."""
    text = module.read_text(encoding="utf-8")
    if _FUTURE_IMPORT not in text:
        raise ValueError(f"{module}: expected {_FUTURE_IMPORT.strip()!r} to anchor the check")
    module.write_text(text.replace(_FUTURE_IMPORT, _FUTURE_IMPORT + _REQUIRE_PYDANTIC, 1), "utf-8")


# A member line of an enum class as openapi-python-client's str_enum template writes it.
_ENUM_MEMBER = re.compile(r'^(    [A-Z_][A-Z0-9_]* = )"((?:[^"\\]|\\.)*)"$', re.MULTILINE)


def restore_enum_values(package_dir: Path, spec: SpecDocument) -> None:
    """Put back the exact string of every enum member of the attrs models.

    openapi-python-client drops control and format characters (line breaks, bidi marks) from
    enum values before writing them, so `"a\\nb"` in the spec became `"ab"` in the client and
    never matched what the server sends. Its escaping is one known function, so each written
    value is matched back to the spec value it came from and written as an exact literal.
    """
    exact: dict[str, str] = {}
    for schema in spec.all_schemas():
        for value in schema.json.get("enum") or []:
            if isinstance(value, str):
                exact.setdefault(in_double_quote_literal(value), value)

    def member(match: re.Match[str]) -> str:
        raw = exact.get(match.group(2))
        return match.group(0) if raw is None else match.group(1) + py_literal(raw)

    for module in sorted((package_dir / "models").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        if "(OpenStrEnum):" in text:
            module.write_text(_ENUM_MEMBER.sub(member, text), encoding="utf-8")


def restore_string_defaults(package_dir: Path, spec: SpecDocument) -> None:
    """Write every string default of the attrs models as an exact literal.

    openapi-python-client escapes quotes and backslashes of a string default and then
    repr()s it, so the default of `a"b` became `a\\"b`. The literal it writes is that known
    function of the spec's value; each one is replaced by the value's own literal (before
    formatting, while the tokens are as written)."""
    exact = {
        repr(remove_string_escapes(default)): py_literal(default)
        for schema in spec.all_schemas()
        if isinstance(default := schema.json.get("default"), str)
    }
    wrong = {written: right for written, right in exact.items() if written != right}
    if not wrong:
        return
    pattern = re.compile("|".join(re.escape(written) for written in sorted(wrong, key=len)[::-1]))
    for module in sorted((package_dir / "models").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        fixed = pattern.sub(lambda m: wrong[m.group(0)], text)
        if fixed != text:
            module.write_text(fixed, encoding="utf-8")


_RUNTIME_IMPORT = "from ..._runtime.http import"
_JOINED_IMPORT = "from ..._runtime.query import comma_joined\n"


def join_unexploded_query_arrays(package_dir: Path, spec: SpecDocument) -> None:
    """Send each array query parameter the spec marks `explode: false` comma-joined.

    openapi-python-client reads no `style`/`explode` and sends every array exploded
    (`ids=1&ids=2`); its assignment of the parameter is found by the names it always uses
    and wrapped in the run-time's comma_joined. A module without that line is an error:
    the generator changed, and the parameter would go out wrong."""
    for op in spec.operations:
        lines = [
            _assignment(p.name)
            for p in op.parameters
            if p.location == "query" and p.explode is False and _is_array(p)
        ]
        if not lines:
            continue
        module = package_dir / "api" / tag_module(op.tag) / f"{op.python_name}.py"
        text = module.read_text(encoding="utf-8")
        for line in lines:
            name, _, value = line.partition(" = ")
            if line not in text or _RUNTIME_IMPORT not in text:
                raise PostprocessError(f"{module}: no `{line}` to send comma-joined")
            text = text.replace(line, f"{name} = comma_joined({value})")
        text = text.replace(_RUNTIME_IMPORT, _JOINED_IMPORT + _RUNTIME_IMPORT, 1)
        module.write_text(text, encoding="utf-8")


def _assignment(wire_name: str) -> str:
    """The line openapi-python-client's query_params macro writes for a parameter."""
    return f'params["{in_double_quote_literal(wire_name)}"] = json_{field_name(wire_name)}'


def _is_array(parameter: Parameter) -> bool:
    return parameter.schema is not None and "array" in parameter.schema.types


class PostprocessError(Exception):
    """Generated code is not shaped as a post-processing step expects (named in the message)."""
