"""A valid spec whose every text field tries to become code generates a package that imports,
does nothing on import, and keeps every string exactly, in both model sets.

The spec is built here, with one payload (quotes, triple quotes, backslashes, line breaks,
template braces, TOML syntax, an astral character, a bidi mark and a shell command that
would leave a file behind if it ever ran) in every field that reaches a generated file.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.paths import REPO_ROOT

SLUG = "hostile'x"  # a folder name with a quote reaches _spec.py, pyproject and README
IMPORT = "jobclients_hostile"
WEIRD_KEY = "quote\"key's"  # a property name that must stay the wire key in both model sets


def payload(marker: Path) -> str:
    """Text that breaks out of a Python string, a docstring, a TOML string, a Jinja template
    or a Markdown table if pasted, and runs `touch marker` if it ever becomes code."""
    command = f'__import__("os").system("touch {marker}")'
    return (
        f'x"""; {command}; """ \'\'\'; {command}; \'\'\' \\ \\" {{{{ 7 * 7 }}}} {{% raw %}}'
        f' ]]\n[tool.evil]\nx = "y" | cell | <b>&amp;</b> `tick` 😀 \u202e end\\'
    )


def hostile_spec(text: str) -> dict[str, Any]:
    """A small job API with `text` in every field that reaches generated code or docs."""
    job_example = {"id": text, "status": text, WEIRD_KEY: text, "count": 3}
    return {
        "openapi": "3.1.0",
        "info": {"title": text, "version": text, "summary": text, "description": text},
        "servers": [
            {
                "url": "https://{region}.example.com/v1",
                "description": text,
                "variables": {
                    "region": {"default": "eu", "enum": ["eu", text], "description": text}
                },
            }
        ],
        "security": [{"ApiKey": []}],
        "tags": [{"name": "jobs", "description": text}],
        "paths": {
            "/jobs/{job_id}": {
                "get": {
                    "operationId": "get_job",
                    "summary": text,
                    "description": text,
                    "tags": ["jobs"],
                    "x-jobclients-poll": True,
                    "x-jobclients-idempotent": True,
                    "parameters": [
                        {
                            "name": "job_id",
                            "in": "path",
                            "required": True,
                            "description": text,
                            "schema": {"type": "string", "description": text},
                            "example": text.replace("\n", " "),
                        },
                        {
                            "name": "view",
                            "in": "query",
                            "description": text,
                            "schema": {"type": "string", "default": text, "description": text},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Job"},
                                    "examples": {
                                        "hostile": {
                                            "summary": text,
                                            "description": text,
                                            "value": job_example,
                                        }
                                    },
                                }
                            },
                        },
                        "404": {
                            "description": text,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Error"}
                                }
                            },
                        },
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {
                "ApiKey": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Api-Key",
                    "description": text,
                }
            },
            "schemas": {
                "Status": {
                    "type": "string",
                    "description": text,
                    "enum": ["queued", "done", text],
                    "x-jobclients-terminal": ["done", text],
                    "x-jobclients-success": ["done"],
                },
                "Job": {
                    "type": "object",
                    "title": text,
                    "description": text,
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string", "description": text, "examples": [text]},
                        "status": {"$ref": "#/components/schemas/Status"},
                        WEIRD_KEY: {"type": "string", "description": text, "default": text},
                        "count": {"type": "integer", "default": 3, "description": text},
                        "ratio": {"type": "number", "default": 1.5},
                        "flag": {"type": "boolean", "default": True},
                        "labels": {
                            "type": "array",
                            "items": {"type": "string"},
                            "default": [text],
                        },
                    },
                },
                "Error": {
                    "type": "object",
                    "description": text,
                    "properties": {"message": {"type": "string", "description": text}},
                },
            },
        },
    }


@pytest.fixture(scope="module")
def hostile_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path, str]:
    """(generated/<slug> of the hostile spec, the payload, the marker file, run output)."""
    root = tmp_path_factory.mktemp("hostile")
    marker = root / "pwned"
    text = payload(marker)
    specs = root / "specs" / SLUG
    specs.mkdir(parents=True)
    (specs / "openapi.yaml").write_text(
        yaml.safe_dump(hostile_spec(text), allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    config = {
        "distribution": "jobclients-hostile",
        "import_package": IMPORT,
        "version": "0.1.0",
        "description": text,
        "generator": {"openapi_python_client": {}},
    }
    (specs / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (specs / "CHANGELOG.md").write_text("# Changelog\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scripts.generate",
            "--specs-dir",
            str(root / "specs"),
            "--generated-dir",
            str(root / "generated"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not marker.exists(), "spec text ran as code while the package was built and verified"
    return root / "generated" / SLUG, text, marker, result.stdout + result.stderr


_READ_BACK = """
import json, sys
import {pkg}, {pkg}._spec as spec, {pkg}.pydantic_models as pm
from {pkg}.api.jobs import get_job
from {pkg}.models import Job, Status
text, key = sys.argv[1], sys.argv[2]
job = Job(id="j", status=Status(text))  # built: the spec's defaults fill the rest
parsed = Job.from_dict({{"id": "j", "status": text, key: text}}).to_dict()
pjob = pm.Job.model_validate({{"id": "j", "status": text}})
pparsed = pm.Job.model_validate({{"id": "j", "status": text, key: text}})
print(json.dumps({{
    "server_enums": {{k: sorted(v) for k, v in spec.SERVER_VARIABLE_ENUMS.items()}},
    "terminal": sorted(spec.TERMINAL_STATUSES),
    "attrs_status": [s.value for s in Status],
    "pydantic_status": [s.value for s in pm.Status],
    "attrs_job": job.to_dict(),
    "attrs_parsed": parsed,
    "pydantic_job": pjob.model_dump(mode="json", by_alias=True),
    "pydantic_parsed": pparsed.model_dump(mode="json", by_alias=True),
    "doc": get_job.sync.__doc__,
    "client_default": {pkg}.AuthenticatedClient(token="t").region,
}}))
"""


def test_the_hostile_package_imports_and_does_nothing_on_import(
    hostile_package: tuple[Path, str, Path, str],
) -> None:
    package_root, _, marker, _ = hostile_package
    before = sorted(p.name for p in marker.parent.iterdir())
    result = _python(package_root, f"import {IMPORT}, {IMPORT}.wait, {IMPORT}.pydantic_models")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == "", "import must print nothing"
    assert not marker.exists()
    assert sorted(p.name for p in marker.parent.iterdir()) == before, "import wrote a file"


def test_the_hostile_package_keeps_every_string_exactly(
    hostile_package: tuple[Path, str, Path, str],
) -> None:
    package_root, text, marker, _ = hostile_package
    result = _python(package_root, _READ_BACK.format(pkg=IMPORT), text, WEIRD_KEY)
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["server_enums"] == {"region": sorted(["eu", text])}
    assert read["terminal"] == sorted(["done", text])
    assert sorted(read["attrs_status"]) == sorted(["queued", "done", text])
    assert sorted(read["pydantic_status"]) == sorted(["queued", "done", text])
    for job in (read["attrs_job"], read["pydantic_job"]):
        assert job["status"] == text
        assert job[WEIRD_KEY] == text, "the spec's default, exactly, under the exact wire key"
    # openapi-python-client leaves an array default UNSET; the pydantic models keep it.
    assert read["pydantic_job"]["labels"] == [text]
    for parsed in (read["attrs_parsed"], read["pydantic_parsed"]):
        assert parsed[WEIRD_KEY] == text, "a value read and written back under the same key"
    assert read["client_default"] == "eu"
    assert not marker.exists()


def test_the_hostile_pyproject_keeps_the_description_as_one_string(
    hostile_package: tuple[Path, str, Path, str],
) -> None:
    package_root, text, _, _ = hostile_package
    pyproject = tomllib.loads((package_root / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == text
    assert "evil" not in pyproject.get("tool", {}), "config text added a TOML table"


def test_the_hostile_readme_keeps_spec_text_inline(
    hostile_package: tuple[Path, str, Path, str],
) -> None:
    package_root, _, _, _ = hostile_package
    readme = (package_root / "README.md").read_text(encoding="utf-8")
    prose = re.sub(r"^```.*?^```$", "", readme, flags=re.MULTILINE | re.DOTALL)
    lines = prose.splitlines()
    assert "[tool.evil]" not in lines, "a line break in spec text started a new line"
    assert "<b>" not in prose, "HTML from the spec reached the README unescaped"
    table = [line for line in lines if line.startswith("| `") or line.startswith("| ``")]
    assert all(line.count(" | ") - line.count("\\|") == 2 for line in table), table


def _python(package_root: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=package_root.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
