"""Loading a spec: limits, JSON-shaped values, and refusals that name the file, place and line."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec_model.errors import SpecError
from scripts.spec_model.loading import load_spec_file
from scripts.spec_model.reading import load_document, read_spec
from tests.conftest import SLUGS, RepoCopy

_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)
REFUSED_TEXT: dict[str, tuple[str, str]] = {
    "alias bomb": ('a: &a ["lol", "lol"]\n' + _BOMB, r"expands to more than \d+ nodes"),
    "deep nesting": ("a: " + "[" * 5000 + "]" * 5000 + "\n", r"nested deeper than \d+ levels"),
    "self-containing alias": ("a: &x [1, *x]\n", "contains itself"),
    "duplicate key": ("a: 1\nb: 2\na: 3\n", r":3: line 3, column 1: duplicate key 'a'"),
    "lone surrogate": ('a: "x\\ud800"\n', "lone surrogate"),
    "NaN": ("a: .nan\n", "cannot be held in JSON"),
    "binary": ("a: !!binary aGVsbG8=\n", "cannot be held in JSON"),
    "not a mapping": ("- 1\n", "must be a mapping at the top"),
    "bad YAML": ("a: [1\n", r":2: line 2, column 1: invalid YAML"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_TEXT))
def test_a_hostile_or_broken_file_is_refused_in_one_line(tmp_path: Path, case: str) -> None:
    text, expected = REFUSED_TEXT[case]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as refused:
        load_spec_file(spec)
    message = str(refused.value)
    assert message.startswith(str(spec)), message
    assert re.search(expected, message), message
    assert "\n" not in message


def test_a_file_that_is_not_utf8_is_refused_naming_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(SpecError, match=r"openapi.yaml:2: byte 11: not UTF-8"):
        load_spec_file(spec)


def test_values_are_read_as_json_and_yaml_1_2_would_read_them(tmp_path: Path) -> None:
    """A country code `no` stays a string, a date stays text, `200:` is the key "200"."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text("a: [no, yes, on, true, False]\nb: 2024-01-01\n200: ok\n", encoding="utf-8")
    assert load_spec_file(spec).document == {
        "a": ["no", "yes", "on", True, False],
        "b": "2024-01-01",
        "200": "ok",
    }


class _Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's core schema: dates stay text, and only
    true/false are booleans (the country code `no` stays a string)."""

    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class attribute)
        first: [
            (tag, regexp)
            for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
        ]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_provider_spec_loads_as_plain_yaml_reads_it(slug: str) -> None:
    """The limits and the line map change nothing PyYAML would read (as YAML 1.2)."""
    spec = Path("specs") / slug / "openapi.yaml"
    plain = yaml.load(spec.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    assert load_document(spec) == _stringify_keys(plain)


def _stringify_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node


REFUSED_DOCUMENTS: dict[str, tuple[str, str]] = {
    "external ref under `value`": (
        "components.schemas.value",
        r"components\.schemas\.value\.\$ref: \$ref 'http://127\.0\.0\.1:9/x': only refs inside",
    ),
    "file ref under `example`": (
        "components.schemas.example",
        r"components\.schemas\.example\.\$ref: \$ref 'file:///etc/passwd': only refs inside",
    ),
    "an $id": ("components.schemas.WithId", r"WithId\.\$id: \$id is not supported"),
    "a default of the wrong type": (
        "components.schemas.BadDefault",
        r"components\.schemas\.BadDefault\.default: not valid OpenAPI: 1 is not of type 'string'",
    ),
    "OpenAPI 2.0": ("openapi", r"openapi: '2\.0': must be an OpenAPI 3\.0\.x or 3\.1\.x document"),
}
_INSERTS: dict[str, Any] = {
    "components.schemas.value": {"$ref": "http://127.0.0.1:9/x"},
    "components.schemas.example": {"$ref": "file:///etc/passwd"},
    "components.schemas.WithId": {"$id": "http://127.0.0.1:9/", "type": "string"},
    "components.schemas.BadDefault": {"type": "string", "default": 1},
}


@pytest.mark.parametrize("case", sorted(REFUSED_DOCUMENTS))
def test_a_refused_document_names_the_place_and_its_line(tmp_path: Path, case: str) -> None:
    place, expected = REFUSED_DOCUMENTS[case]
    document = copy.deepcopy(load_document(Path("specs") / SLUGS[0] / "openapi.yaml"))
    if place == "openapi":
        document["openapi"] = "2.0"
    else:
        document["components"]["schemas"][place.rsplit(".", 1)[1]] = _INSERTS[place]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(SpecError) as refused:
        read_spec(spec)
    message = str(refused.value)
    assert re.match(rf"{re.escape(str(spec))}:\d+: ", message), "file and line first"
    assert re.search(expected, message), message


def test_an_openapi_30_document_is_read(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"N": {"type": "string", "nullable": True, "example": None}}},
    }
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert read_spec(spec).openapi == "3.0"


def test_generate_refuses_an_alias_bomb_at_once_without_a_traceback(repo_copy: RepoCopy) -> None:
    spec = repo_copy.specs / SLUGS[0] / "openapi.yaml"
    bomb = 'a: &a ["lol", "lol"]\n' + _BOMB
    spec.write_text(spec.read_text(encoding="utf-8") + "x-bomb:\n  " + bomb.replace("\n", "\n  "))
    result = repo_copy.generate(SLUGS[0])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"{re.escape(str(spec))}:\d+: .*expands to more than", result.stderr)


def test_examples_of_inline_path_item_parameters_are_checked_where_they_stand(
    tmp_path: Path,
) -> None:
    """Found with the kitchen-sink spec: this used to end in a PointerToNowhere traceback."""
    parameter = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{id}": {
                "parameters": [{**parameter, "example": "not a number"}],
                "get": {"operationId": "get_thing", "responses": {"204": {"description": "ok"}}},
            }
        },
    }
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    with pytest.raises(
        SpecError, match=r"paths\./things/\{id\}\.parameters\[0\]\.example: example"
    ):
        read_spec(spec)
    document["paths"]["/things/{id}"]["parameters"] = [{**parameter, "example": 7}]
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert read_spec(spec).tool_document() == document


def test_several_validator_findings_are_listed_a_line_each(tmp_path: Path) -> None:
    document = load_document(Path("specs") / SLUGS[0] / "openapi.yaml")
    document = {**document, "paths": 42, "info": {"title": 1}}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(SpecError) as refused:
        read_spec(spec)
    lines = str(refused.value).splitlines()
    assert len(lines) > 1, lines
    assert all(re.match(rf"{re.escape(str(spec))}:\d+: \S+: not valid OpenAPI: ", x) for x in lines)
