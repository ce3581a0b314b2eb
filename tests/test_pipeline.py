"""The regeneration pipeline: deterministic, incremental, atomic, and strict about specs."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.codegen import pipeline
from scripts.codegen.providers import load_provider
from scripts.spec_model.loading import load_spec_text
from scripts.spec_model.operations import iter_operations, resolve
from scripts.spec_model.reading import read_spec
from scripts.verify import VerifyError
from tests.conftest import SLUGS, RepoCopy, tree_digest


def test_check_reads_and_never_writes_ignoring_local_caches(repo_copy: RepoCopy) -> None:
    """A rebuild from scratch matches every committed byte, and `--check` writes nothing.
    Caches that lint and test runs leave in a package (never committed) do not count. (Every
    package's freshness is `nox -s check`, run once per CI run: not repeated here.)"""
    for slug in repo_copy.slugs:
        cache = repo_copy.generated / slug / ".mypy_cache"
        cache.mkdir()
        (cache / "cache.db").write_text("local")
    before = tree_digest(repo_copy.generated)
    result = repo_copy.generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree_digest(repo_copy.generated) == before, "--check must not write"


def test_two_builds_are_byte_identical(repo_copy: RepoCopy, tmp_path: Path) -> None:
    provider = load_provider(SLUGS[0], repo_copy.specs)
    first = tmp_path / "first"
    second = tmp_path / "second"
    for out in (first, second):
        out.mkdir()
        pipeline.build_package(provider, read_spec(provider.spec_path), out)
    assert {k: v.split(":")[0] for k, v in tree_digest(first).items()} == {
        k: v.split(":")[0] for k, v in tree_digest(second).items()
    }


def test_a_no_op_run_skips_every_provider_and_writes_nothing(repo_copy: RepoCopy) -> None:
    before = tree_digest(repo_copy.generated)
    result = repo_copy.generate()
    assert result.returncode == 0, result.stderr
    for slug in repo_copy.slugs:
        assert f"{slug}: up to date, skipped" in result.stdout
    assert tree_digest(repo_copy.generated) == before


def test_an_edited_spec_regenerates_that_provider_only(repo_copy: RepoCopy) -> None:
    slug = SLUGS[0]
    _edit_first_description(repo_copy.specs / slug / "openapi.yaml")
    untouched = {s: tree_digest(repo_copy.generated / s) for s in repo_copy.slugs if s != slug}
    result = repo_copy.generate("--no-verify")
    assert result.returncode == 0, result.stderr
    assert f"{slug}: regenerated" in result.stdout
    for other, digest in untouched.items():
        assert f"{other}: up to date, skipped" in result.stdout
        assert tree_digest(repo_copy.generated / other) == digest


@pytest.mark.parametrize("slug", SLUGS)
def test_check_names_the_stale_package_after_a_one_word_edit(
    repo_copy: RepoCopy, slug: str
) -> None:
    _edit_first_description(repo_copy.specs / slug / "openapi.yaml")
    result = repo_copy.generate("--check", slug)
    assert result.returncode == 1
    assert f"generated/{slug} differs" in result.stdout
    assert re.search(rf"generated/{slug}/\S+\.py", result.stdout), result.stdout


BREAKAGES: dict[str, tuple[Callable[[str], str], str]] = {
    "invalid YAML": (  # a flow sequence never closed, after a block or a flow (JSON) document
        lambda text: text + "\nbroken: [unclosed\n",
        r"line \d+, column \d+: invalid YAML",
    ),
    "dangling $ref": (
        lambda text: _edit_yaml(text, _dangle_first_schema_ref),
        r"dangling \$ref '#/components/schemas/DoesNotExist'",
    ),
    "duplicate operationId": (
        lambda text: _edit_yaml(text, _duplicate_an_operation_id),
        r"not valid OpenAPI: Operation ID '\w+' for '\w+' in '\S+' is not unique",
    ),
    "example violating its schema": (
        lambda text: _edit_yaml(text, _break_first_example),
        r"examples\.\w+: example does not match its schema",
    ),
    "not OpenAPI": (
        lambda text: _edit_yaml(text, lambda doc: doc.update(paths=42)),
        r"not valid OpenAPI",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
@pytest.mark.parametrize("slug", SLUGS)
def test_a_bad_spec_is_refused_and_generated_is_left_as_it_was(
    repo_copy: RepoCopy, slug: str, breakage: str
) -> None:
    break_text, expected = BREAKAGES[breakage]
    spec = repo_copy.specs / slug / "openapi.yaml"
    spec.write_text(break_text(spec.read_text(encoding="utf-8")), encoding="utf-8")
    before = tree_digest(repo_copy.generated)
    result = repo_copy.generate(slug)
    assert result.returncode == 1
    assert str(spec) in result.stderr, "the message must name the spec file"
    assert re.search(expected, result.stderr), result.stderr
    assert f"generated/{slug} was left as it was" in result.stderr
    assert tree_digest(repo_copy.generated) == before


def test_operations_without_an_id_or_with_a_camel_case_one_get_python_names(
    repo_copy: RepoCopy,
) -> None:
    """No operationId: a name from method and path; camelCase: snake_case (spec_model.naming),
    the same name in the generated module, the package's facts and its README."""
    slug = SLUGS[0]
    spec = repo_copy.specs / slug / "openapi.yaml"

    def rename(document: dict[str, Any]) -> None:
        first = _operations(document)[0]
        first["operationId"] = "getTheJob" if len(_operations(document)) == 1 else "class"
        for op in _operations(document)[1:]:
            op.pop("operationId")

    spec.write_text(_edit_yaml(spec.read_text(encoding="utf-8"), rename), encoding="utf-8")
    result = repo_copy.generate(slug)
    assert result.returncode == 0, result.stdout + result.stderr
    operations = read_spec(spec).operations
    names = [op.python_name for op in operations]
    assert names[0] in ("get_the_job", "class_")
    package = load_provider(slug, repo_copy.specs).import_package
    readme = (repo_copy.generated / slug / "README.md").read_text(encoding="utf-8")
    for op in operations:
        tag = op.tag or "default"
        assert (
            repo_copy.generated / slug / package / "api" / tag / f"{op.python_name}.py"
        ).is_file()
        assert f"`{op.python_name}`" in readme


def test_a_failure_after_generation_leaves_generated_as_it_was(
    repo_copy: RepoCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Atomic even when both generators succeeded and the last step fails."""
    provider = load_provider(SLUGS[0], repo_copy.specs)
    _edit_first_description(provider.spec_path)
    before = tree_digest(repo_copy.generated)

    def refuse(*_: object) -> None:
        raise VerifyError("mypy said no")

    monkeypatch.setattr(pipeline, "verify_package", refuse)
    with pytest.raises(VerifyError):
        pipeline.regenerate(
            provider, pipeline.Workspace(repo_copy.generated), force=False, verify=True
        )
    assert tree_digest(repo_copy.generated) == before
    assert not list((repo_copy.root / ".jobclients-tmp").glob("build-*")), "scratch left behind"


def test_a_bad_config_names_the_file_and_the_field(repo_copy: RepoCopy) -> None:
    config = repo_copy.specs / SLUGS[0] / "config.yaml"
    config.write_text(config.read_text().replace("version: ", "version: v", 1))
    result = repo_copy.generate(SLUGS[0])
    assert result.returncode == 2
    assert f"{config}: version:" in result.stderr


def test_an_unknown_provider_is_named(repo_copy: RepoCopy) -> None:
    result = repo_copy.generate("no-such-provider")
    assert result.returncode == 2
    assert "no-such-provider: no such provider" in result.stderr


def test_check_reports_a_package_without_a_spec(repo_copy: RepoCopy) -> None:
    (repo_copy.generated / "orphan").mkdir()
    (repo_copy.generated / "orphan" / "README.md").write_text("left over")
    result = repo_copy.generate("--check", repo_copy.slugs[0])  # orphans are looked for anyway
    assert result.returncode == 1
    assert "generated/orphan has no specs/orphan/openapi.yaml" in result.stdout


# -- ways to break a spec, each a small text edit so the YAML stays otherwise intact --


def _edit_first_description(spec: Path) -> None:
    """One word added to the first operation's description: it shows in a docstring."""

    def edit(document: dict[str, Any]) -> None:
        operation = _operations(document)[0]
        operation["description"] = "Changed: " + operation.get("description", "")

    spec.write_text(_edit_yaml(spec.read_text(encoding="utf-8"), edit), encoding="utf-8")


def _edit_yaml(text: str, edit: Callable[[dict[str, Any]], object]) -> str:
    """The document edited, read as the pipeline reads it (YAML 1.2: `no` stays a string)."""
    document = load_spec_text(text, Path("openapi.yaml")).document
    edit(document)
    return str(yaml.safe_dump(document, sort_keys=False))


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [op.node for op in iter_operations(document)]


def _dangle_first_schema_ref(document: dict[str, Any]) -> None:
    """The first schema $ref under the paths, or else under the components an operation
    refers to (responses, parameters, request bodies), now names no schema."""

    def walk(node: Any) -> bool:
        if isinstance(node, dict):
            if str(node.get("$ref", "")).startswith("#/components/schemas/"):
                node["$ref"] = "#/components/schemas/DoesNotExist"
                return True
            return any(walk(v) for v in node.values())
        return isinstance(node, list) and any(walk(v) for v in node)

    components = document.get("components") or {}
    assert walk(document["paths"]) or any(
        walk(components.get(kind)) for kind in ("responses", "parameters", "requestBodies")
    )


def _duplicate_an_operation_id(document: dict[str, Any]) -> None:
    """The second operation takes the first one's id; with one operation, a copy is added."""
    operations = _operations(document)
    if len(operations) > 1:
        operations[1]["operationId"] = operations[0]["operationId"]
        return
    path, item = next(iter(document["paths"].items()))
    document["paths"][path + "/copy"] = copy.deepcopy(item)


def _break_first_example(document: dict[str, Any]) -> None:
    """The first named example of a response becomes a number where an object belongs; a
    document without one gets one, on the first response whose schema is an object."""
    medias = [
        media
        for op in iter_operations(document)
        for raw in op.node["responses"].values()
        for media in (resolve(document, raw).get("content") or {}).values()
    ]
    for media in medias:
        for example in (media.get("examples") or {}).values():
            resolve(document, example)["value"] = 42
            return
    for media in medias:
        if resolve(document, media.get("schema") or {}).get("type") == "object":
            media.pop("example", None)  # `example` and `examples` exclude each other
            media["examples"] = {"broken": {"value": 42}}
            return
    raise AssertionError("no named example to break, and no object response to add one to")


def test_tool_caches_beside_the_pipeline_code_do_not_change_the_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mypy or pytest cache left under scripts/templates by a local run is not committed:
    a fresh clone must compute the same stamp."""
    from scripts.codegen import fingerprint  # noqa: PLC0415

    for name in ("codegen", "templates", "spec_model"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "kept.py").write_text("x = 1\n")
    for cache in fingerprint.TOOL_CACHES:
        (tmp_path / "templates" / cache).mkdir()
        (tmp_path / "templates" / cache / "cache.py").write_text("local")
    monkeypatch.setattr(fingerprint, "CODEGEN_DIR", tmp_path / "codegen")
    monkeypatch.setattr(fingerprint, "TEMPLATES_DIR", tmp_path / "templates")
    monkeypatch.setattr(fingerprint, "SPEC_MODEL_DIR", tmp_path / "spec_model")
    (tmp_path / "license").mkdir()
    (tmp_path / "license" / "LICENSE").write_text("the license every package carries")
    monkeypatch.setattr(fingerprint, "LICENSE_FILE", tmp_path / "license" / "LICENSE")
    files = fingerprint.pipeline_files()
    assert [p.parent.name for p in files] == ["codegen", "license", "spec_model", "templates"]
