"""Run the two code generators with every warning turned into a failure.

Both are run as subprocesses of the pipeline's own interpreter, so the pinned versions
installed next to the pipeline are the ones used.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from scripts.codegen.providers import Provider
from scripts.spec_model.errors import one_line
from scripts.spec_model.normalise import NON_NULL_MARK

OPENAPI_PYTHON_CLIENT = "openapi-python-client"
DATAMODEL_CODE_GENERATOR = "datamodel-code-generator"

# The pydantic models: one module, Python 3.11 syntax, open to unknown fields, datetimes
# as plain `datetime` and uri formats as `str` so both generators read a payload alike.
# Work-arounds, each for a datamodel-code-generator bug on a valid spec:
# --strict-nullable: without it a required 3.0 `nullable: true` property is typed without
#   None (a null in the payload fails), and a non-null property with a default with None;
# --deserialize-default-values enum: an enum-typed default is written as the raw value
#   (`status: Status | None = "queued"`), which mypy rejects;
# url=string: `format: url` (not a JSON Schema format, common in real specs) is a warning;
# password=string: `format: password` becomes SecretStr, which dumps "**********".
# --use-title-as-name: the pydantic copy of the document titles each inline class with the
#   name openapi-python-client gives it (spec_model.inline_names); no spec title is left.
# --field-extra-keys: the non-null mark of optional properties (normalise.py) reaches
#   the fields, for the models' base class (runtime/pydantic_base.py).
DATAMODEL_ARGS = (
    "--input-file-type=openapi",
    "--openapi-scopes=schemas",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--disable-timestamp",
    "--strict-refs",
    "--no-formatters",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-annotated",
    "--field-constraints",
    "--use-schema-description",
    "--use-field-description",
    "--use-double-quotes",
    "--use-title-as-name",
    "--extra-fields=allow",
    "--enum-field-as-literal=none",
    "--output-datetime-class=datetime",
    "--strict-nullable",
    "--deserialize-default-values",
    "enum",
    "--field-extra-keys",
    NON_NULL_MARK,
    "--type-mappings",
    "uri=string",
    "uri-reference=string",
    "url=string",
    "password=string",
)


class GeneratorError(Exception):
    """A generator failed or warned; the message names the spec and quotes the tool."""


def openapi_python_client_command(
    provider: Provider,
    spec: Path,
    package_dir: Path,
    work_dir: Path,
    custom_templates: Path | None,
) -> list[str]:
    """The command line that generates the attrs+httpx package from `spec` (the normalised
    document), its config file written."""
    config: dict[str, Any] = {
        **provider.openapi_python_client,
        "project_name_override": provider.distribution,
        "package_name_override": provider.import_package,
        "post_hooks": [],  # formatting is the pipeline's, with the pinned ruff
    }
    config_path = work_dir / f"openapi-python-client-{provider.slug}.json"
    config_path.write_text(json.dumps(config, sort_keys=True), encoding="utf-8")
    command = [
        _script(OPENAPI_PYTHON_CLIENT),
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--fail-on-warning",
        "--config",
        str(config_path),
        "--output-path",
        str(package_dir),
    ]
    if custom_templates is not None:
        command += ["--custom-template-path", str(custom_templates)]
    return command


def datamodel_codegen_command(spec: Path, output: Path, aliases: Path | None = None) -> list[str]:
    """The command line that generates the pydantic v2 models into one module (`aliases`:
    the field names, spec_model.field_names)."""
    command = [_script("datamodel-codegen"), "--input", str(spec), "--output", str(output)]
    return [*command, *DATAMODEL_ARGS, *(["--aliases", str(aliases)] if aliases else [])]


def run_openapi_python_client(
    provider: Provider, spec: Path, out_dir: Path, work_dir: Path, custom_templates: Path | None
) -> Path:
    """Generate the attrs+httpx package; returns the package directory."""
    package_dir = out_dir / provider.import_package
    command = openapi_python_client_command(provider, spec, package_dir, work_dir, custom_templates)
    result = _run(command, work_dir)
    # It reports problems on stdout and may still exit 0 on some of them.
    noisy = [line for line in result.stdout.splitlines() if _is_warning(line)]
    if result.returncode != 0 or noisy or not package_dir.is_dir():
        raise GeneratorError(_explain(provider, OPENAPI_PYTHON_CLIENT, result))
    return package_dir


def run_datamodel_codegen(
    provider: Provider, spec: Path, output: Path, work_dir: Path, aliases: Path | None = None
) -> None:
    """Generate the pydantic v2 models into one module."""
    result = _run(datamodel_codegen_command(spec, output, aliases), work_dir)
    warned = any(_is_warning(line) for line in result.stderr.splitlines())
    if result.returncode != 0 or warned or not output.is_file():
        raise GeneratorError(_explain(provider, DATAMODEL_CODE_GENERATOR, result))


def _is_warning(line: str) -> bool:
    return "warning" in line.lower()


def _script(name: str) -> str:
    """The console script installed beside the running interpreter."""
    return str(Path(sys.executable).parent / name)


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def _explain(provider: Provider, tool: str, result: subprocess.CompletedProcess[str]) -> str:
    """One line per thing the tool said, its tracebacks cut to the exception they end in."""
    lines = [f"  {line}" for text in (result.stdout, result.stderr) for line in tool_findings(text)]
    return f"{provider.spec_path}: {tool} refused it (exit {result.returncode}):\n" + (
        "\n".join(lines[:MAX_TOOL_LINES]) or "  (no output)"
    )


# How many lines of a tool's output a refusal quotes.
MAX_TOOL_LINES = 20
_FRAME_CHARS = "│╭╰─┃━"
_EXCEPTION = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Warning)\b:?")


def tool_findings(text: str) -> list[str]:
    """What a generator reported, without the traceback frames around an exception: a
    Python or rich-drawn traceback becomes its exception line, the message's wrapped
    continuation lines joined to it."""
    out: list[str] = []
    in_traceback = continuing = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continuing = False
            continue
        if line.startswith("Traceback (most recent call last)") or line[0] in _FRAME_CHARS:
            in_traceback, continuing = True, False
            continue
        if in_traceback and not _EXCEPTION.match(line):
            continue  # a frame's source line or locals
        if continuing:
            out[-1] += " " + line
            continue
        continuing = in_traceback  # the exception's message may wrap onto the next lines
        in_traceback = False
        out.append(line)
    return [one_line(line) for line in out]
