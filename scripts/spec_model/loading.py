"""Read a spec file into JSON-shaped data, with limits, and remember where each node stood.

PyYAML's safe loader has no limit on aliases or depth: a 400-byte alias bomb expands to
billions of nodes for whatever walks it, and deep nesting ends in a RecursionError. This
loader counts both while composing, refuses what JSON cannot hold (dates, binary, sets,
NaN, non-string keys are read as their text), refuses duplicate keys, and records the line
of every mapping key and list item so a refusal can name it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scripts.spec_model.errors import SpecError
from scripts.spec_model.openapi import Parts

# Far above any real spec (SaladCloud's 36-operation document is ~0.5 MB, nests ~20 deep).
MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 100
MAX_ALIASES = 10_000
# Nodes counted with every alias expanded, as a walker of the document would meet them.
MAX_EXPANDED_NODES = 2_000_000

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BOOL = "tag:yaml.org,2002:bool"
_JSON_SCALARS = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class LoadedSpec:
    """A spec's data and the lines its parts came from."""

    path: Path
    document: dict[str, Any]
    # (id of a dict or list in `document`, key or index) -> 1-based line
    _lines: dict[tuple[int, str | int], int] = field(repr=False, compare=False)

    def line_of(self, parts: Parts) -> int | None:
        """The line of the deepest part of `parts` the file has a line for."""
        node: Any = self.document
        line = None
        for part in parts:
            key: str | int = part
            if isinstance(node, list) and isinstance(part, str) and part.isdigit():
                key = int(part)
            found = self._lines.get((id(node), key))
            line = found or line
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                break
        return line

    def error(self, parts: Parts, message: str) -> SpecError:
        """A refusal at `parts` (a path into the document), with its line when known."""
        return SpecError(self.path, yaml_path(parts) or "document", message, self.line_of(parts))


def yaml_path(parts: Parts) -> str:
    """A readable place: paths./jobs/{id}.get.responses.200 (list indexes as [n])."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_spec_file(path: Path) -> LoadedSpec:
    """Read `path` (UTF-8 YAML or JSON) within the limits above; SpecError otherwise."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SpecError(path, "file", f"cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise SpecError(path, "file", f"larger than {MAX_BYTES} bytes; split it or trim it")
    return load_spec_text(_decode(path, raw), path)


def load_spec_text(text: str, path: Path) -> LoadedSpec:
    """`text` read as load_spec_file reads a file (`path` names it in refusals): a spec
    held in memory (an old commit's, one a tool edits) must not be read as YAML 1.1 reads it."""
    loader = _LimitedLoader(text, path)
    try:
        data = loader.get_single_data()
    except _Refusal as refusal:
        raise SpecError(path, refusal.place, refusal.message, refusal.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        if mark is None:
            raise SpecError(path, "yaml", f"invalid YAML: {problem}") from None
        place = f"line {mark.line + 1}, column {mark.column + 1}"
        raise SpecError(path, place, f"invalid YAML: {problem}", mark.line + 1) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise SpecError(path, "document", "an OpenAPI document must be a mapping at the top")
    loaded = LoadedSpec(path, data, loader.lines)
    _check_json_shaped(loaded)
    return loaded


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            path, f"byte {exc.start}", "not UTF-8: save the file as UTF-8", line
        ) from None


class _Refusal(Exception):
    def __init__(self, place: str, message: str, line: int | None) -> None:
        super().__init__(message)
        self.place, self.message, self.line = place, message, line


def _refusal(node: Node | None, message: str, mark: Any = None) -> _Refusal:
    mark = mark if mark is not None else (node.start_mark if node is not None else None)
    if mark is None:
        return _Refusal("yaml", message, None)
    return _Refusal(f"line {mark.line + 1}, column {mark.column + 1}", message, mark.line + 1)


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader with depth and alias limits, JSON-shaped results and a line map."""

    # YAML 1.2's core schema, as both generators read it: dates stay strings, and only
    # true/false are booleans (YAML 1.1 also reads the country code `no` as False).
    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class attribute)
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_TIMESTAMP, _BOOL)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, text: str, path: Path) -> None:
        super().__init__(text)
        self.path = path
        self.lines: dict[tuple[int, str | int], int] = {}
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _refusal(None, f"more than {MAX_ALIASES} aliases", self._next_mark())
            return super().compose_node(parent, index)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _refusal(None, f"nested deeper than {MAX_DEPTH} levels", self._next_mark())
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def _next_mark(self) -> Any:
        return self.peek_event().start_mark  # type: ignore[no-untyped-call]

    def construct_json_map(self, node: MappingNode) -> Iterator[dict[str, Any]]:
        data: dict[str, Any] = {}
        yield data
        seen: set[str] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            if not isinstance(key_node, ScalarNode):
                raise _refusal(key_node, "a mapping key must be a plain string")
            if key_node.value in seen:
                raise _refusal(key_node, f"duplicate key {key_node.value!r}: keep one")
            seen.add(key_node.value)
        self.flatten_mapping(node)  # `<<` merge keys: merged pairs first, own keys win
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise _refusal(key_node, "a mapping key must be a plain string")
            key = str(key_node.value)  # `200:` and `true:` are the keys "200" and "true"
            data[key] = self.construct_object(value_node, deep=False)
            self.lines[(id(data), key)] = key_node.start_mark.line + 1

    def construct_json_seq(self, node: SequenceNode) -> Iterator[list[Any]]:
        data: list[Any] = []
        yield data
        for index, item in enumerate(node.value):
            data.append(self.construct_object(item, deep=False))
            self.lines[(id(data), index)] = item.start_mark.line + 1

    def construct_not_json(self, node: Node) -> Any:
        raise _refusal(node, f"{node.tag} values cannot be held in JSON: quote it as a string")


_LimitedLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_LimitedLoader.add_constructor("tag:yaml.org,2002:map", _LimitedLoader.construct_json_map)
_LimitedLoader.add_constructor("tag:yaml.org,2002:seq", _LimitedLoader.construct_json_seq)
for _tag in ("binary", "set", "omap", "pairs", "timestamp"):
    _LimitedLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _LimitedLoader.construct_not_json)


def _check_json_shaped(loaded: LoadedSpec) -> None:
    """Count nodes with aliases expanded (memoised, so a bomb is measured, not walked) and
    refuse values JSON has no spelling for."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # on the current path: met again below itself, a cycle
    stack: list[tuple[Any, Parts, bool]] = [(loaded.document, (), False)]
    while stack:
        node, parts, children_done = stack.pop()
        if isinstance(node, dict | list):
            if id(node) in sizes:
                continue
            items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
            if isinstance(node, dict) and not children_done:
                for key in node:
                    _check_text(loaded, (*parts, key), key)
            if children_done:
                open_nodes.discard(id(node))
                sizes[id(node)] = 1 + sum(_size(sizes, value) for _, value in items)
                if sizes[id(node)] > MAX_EXPANDED_NODES:
                    raise loaded.error(
                        parts, f"expands to more than {MAX_EXPANDED_NODES} nodes (aliases)"
                    )
                continue
            if id(node) in open_nodes:
                raise loaded.error(parts, "an alias that contains itself cannot be held in JSON")
            open_nodes.add(id(node))
            stack.append((node, parts, True))
            stack.extend((value, (*parts, key), False) for key, value in items)
        elif not isinstance(node, _JSON_SCALARS):
            raise loaded.error(parts, f"a {type(node).__name__} cannot be held in JSON")
        elif isinstance(node, str):
            _check_text(loaded, parts, node)
        elif isinstance(node, float) and not math.isfinite(node):
            raise loaded.error(parts, f"{node} cannot be held in JSON: use a finite number")


def _check_text(loaded: LoadedSpec, parts: Parts, text: str) -> None:
    """A YAML or JSON escape can spell a lone surrogate (\\ud800), which no UTF-8 file, and
    so no generated module, can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise loaded.error(parts, "holds a lone surrogate escape: not valid Unicode") from None


def _size(sizes: dict[int, int], value: Any) -> int:
    return sizes.get(id(value), 1)
