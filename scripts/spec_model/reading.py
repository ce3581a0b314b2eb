"""Reading a spec file into the typed model: the one way the rest of the repository does.

`read_spec` runs every check first (what the pipeline generates from); `load_spec` only
the loader's limits and the refs check, enough for the model to be built (what the diff
reads from an old commit, whose document may predate today's checks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.spec_model.checks import check_all, check_refs
from scripts.spec_model.document import SpecDocument, build_spec
from scripts.spec_model.loading import LoadedSpec, load_spec_file, load_spec_text
from scripts.spec_model.openapi import openapi_version


def read_spec(path: Path) -> SpecDocument:
    """The model of a spec that passes every check; SpecError names file, place, line."""
    loaded = load_spec_file(path)
    check_all(loaded)
    return _built(loaded)


def load_spec(path: Path) -> SpecDocument:
    """The model of a spec within the loader's limits and with every ref inside it."""
    loaded = load_spec_file(path)
    check_refs(loaded)
    return _built(loaded)


def spec_of(document: dict[str, Any], path: Path = Path("<document>")) -> SpecDocument:
    """The model of a document already in memory (a test's, an old commit's), refs
    checked; `path` names it in refusals."""
    loaded = LoadedSpec(path, document, {})
    check_refs(loaded)
    return _built(loaded)


def spec_of_text(text: str, path: Path) -> SpecDocument:
    """The model of a spec file's text held in memory (an old commit's), read as a file is
    read (YAML 1.2: the country code `no` stays a string), refs checked."""
    loaded = load_spec_text(text, path)
    check_refs(loaded)
    return _built(loaded)


def load_document(path: Path) -> dict[str, Any]:
    """The raw document, for tests that write documents (a mutated copy of a spec): code
    that reads a spec reads the model."""
    return load_spec_file(path).document


def _built(loaded: LoadedSpec) -> SpecDocument:
    version = openapi_version(loaded.document)
    if version is None:
        found = loaded.document.get("openapi")
        raise loaded.error(("openapi",), f"{found!r}: must be an OpenAPI 3.0.x or 3.1.x document")
    return build_spec(loaded, version)
