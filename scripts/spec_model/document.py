"""The typed model of an OpenAPI 3.0 or 3.1 document: what every reader of a spec asks for.

Built once per spec (`read_spec`), after the checks in spec_model.checks passed, with every `$ref`
to a parameter, request body, response, example or security scheme resolved inside the
document. Schemas stay JSON Schema (`Schema.json`, refs as written, for the JSON Schema
tools) with typed accessors that follow refs. Only this package reads the raw document;
tools that take a whole document (the generators, openapi-core) get a copy of it from
`SpecDocument.tool_document()` and never index it (tests/test_spec_model_boundary.py).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.spec_model.field_names import model_field_names
from scripts.spec_model.loading import LoadedSpec, yaml_path
from scripts.spec_model.openapi import (
    IDEMPOTENT_EXTENSION,
    POLL_EXTENSION,
    TIMEOUT_EXTENSION,
    Parts,
    sent_media_type,
)
from scripts.spec_model.operations import at_pointer, iter_operations, resolve, unescape
from scripts.spec_model.schemas import iter_schemas

COMPONENT_SCHEMAS = "#/components/schemas/"
# The prose of an OpenAPI object or a schema; example values are data, not prose.
TEXT_KEYS = ("description", "summary", "title")
_EXAMPLE_KEYS = ("example", "examples")


@dataclass(frozen=True)
class Schema:
    """A JSON Schema where the document writes it (`place`), a `$ref` perhaps."""

    spec: SpecDocument = field(repr=False, compare=False)
    place: Parts
    json: Mapping[str, Any]

    @property
    def where(self) -> str:
        """The place as a YAML path for messages: components.schemas.Job.properties.id"""
        return yaml_path(self.place)

    @property
    def ref(self) -> str | None:
        ref = self.json.get("$ref")
        return ref if isinstance(ref, str) else None

    @property
    def component(self) -> str | None:
        """The component schema's name where this is a `$ref` to one."""
        ref = self.ref
        if ref is None or not ref.startswith(COMPONENT_SCHEMAS):
            return None
        return unescape(ref.removeprefix(COMPONENT_SCHEMAS))

    def resolved(self) -> Schema:
        """The schema the `$ref`s lead to (itself when it is none)."""
        node, place, seen = self.json, self.place, set[str]()
        while isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            seen.add(node["$ref"])
            place = _pointer_parts(node["$ref"])
            target = resolve_pointer(self.spec, node["$ref"])
            if not isinstance(target, dict):
                break
            node = target
        return Schema(self.spec, place, node)

    def has(self, keyword: str) -> bool:
        """Whether the resolved schema writes `keyword` (with any value, null included)."""
        return keyword in self.resolved().json

    def keyword(self, name: str) -> Any:
        """A keyword of the resolved schema, None where absent."""
        return self.resolved().json.get(name)

    @property
    def types(self) -> tuple[str, ...]:
        """The type(s) allowed, "null" included where 3.0's `nullable` or 3.1's type says so."""
        schema = self.resolved().json
        raw = schema.get("type")
        found = tuple(str(t) for t in raw) if isinstance(raw, list) else (str(raw),) if raw else ()
        return (*found, "null") if schema.get("nullable") is True and "null" not in found else found

    @property
    def format(self) -> str | None:
        value = self.keyword("format")
        return value if isinstance(value, str) else None

    @property
    def enum(self) -> tuple[Any, ...]:
        values = self.keyword("enum")
        return tuple(values) if isinstance(values, list) else ()

    @property
    def has_default(self) -> bool:
        return "default" in self.resolved().json

    @property
    def default(self) -> Any:
        return self.keyword("default")

    @property
    def properties(self) -> dict[str, Schema]:
        resolved = self.resolved()
        props = resolved.json.get("properties")
        if not isinstance(props, dict):
            return {}
        return {
            str(name): Schema(self.spec, (*resolved.place, "properties", name), node)
            for name, node in props.items()
            if isinstance(node, dict)
        }

    @property
    def field_names(self) -> dict[str, str]:
        """Wire name -> attribute of each field of the model this schema generates (allOf
        parts included), as both model sets name them (spec_model.field_names)."""
        resolved = self.resolved()
        return model_field_names(self.spec._raw, dict(resolved.json))

    @property
    def required(self) -> tuple[str, ...]:
        names = self.keyword("required")
        return tuple(str(n) for n in names) if isinstance(names, list) else ()

    @property
    def items(self) -> Schema | None:
        return self.child("items")

    def child(self, keyword: str) -> Schema | None:
        """The one schema under `keyword` (items, additionalProperties, not ...)."""
        resolved = self.resolved()
        node = resolved.json.get(keyword)
        return (
            Schema(self.spec, (*resolved.place, keyword), node) if isinstance(node, dict) else None
        )

    def branches(self, keyword: str) -> tuple[Schema, ...]:
        """The schemas listed under allOf, anyOf or oneOf."""
        resolved = self.resolved()
        nodes = resolved.json.get(keyword)
        if not isinstance(nodes, list):
            return ()
        return tuple(
            Schema(self.spec, (*resolved.place, keyword, i), node)
            for i, node in enumerate(nodes)
            if isinstance(node, dict)
        )

    def extension(self, name: str) -> Any:
        """An `x-` key of the resolved schema."""
        return self.keyword(name) if name.startswith("x-") else None

    def json_with_components(self) -> dict[str, Any]:
        """This schema as a JSON Schema document its refs resolve in (the components beside
        it), for jsonschema and hypothesis-jsonschema."""
        return {
            **copy.deepcopy(dict(self.json)),
            "components": {"schemas": self.spec.schema_json()},
        }


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Server:
    url: str
    variables: tuple[ServerVariable, ...]

    @property
    def names_host(self) -> bool:
        """Whether the URL is absolute (`https://host...`); a relative one (OpenAPI's "/"
        when a spec lists no server) leaves the host to the caller."""
        return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]", self.url) is not None

    @property
    def default_url(self) -> str:
        """The URL with each variable at its default."""
        url = self.url
        for variable in self.variables:
            url = url.replace("{" + variable.name + "}", variable.default)
        return url


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    type: str  # apiKey, http, oauth2, openIdConnect, mutualTLS
    scheme: str  # http's scheme, lower case ("bearer"); "" for the others
    location: str  # apiKey's `in`; "" for the others
    parameter_name: str  # apiKey's header, query or cookie name; "" for the others


@dataclass(frozen=True)
class Example:
    name: str  # "" for the single `example`
    value: Any


@dataclass(frozen=True)
class MediaType:
    name: str  # application/json ...
    schema: Schema | None
    examples: tuple[Example, ...]  # the single `example` first, then the named ones

    def example(self, name: str | None = None) -> Example | None:
        return next((e for e in self.examples if name is None or e.name == name), None)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: Schema | None
    example: Example | None
    style: str | None
    explode: bool | None
    content: tuple[MediaType, ...]


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: tuple[MediaType, ...]

    @property
    def sent(self) -> MediaType | None:
        """The media type the generated client sends (the others are dropped for it)."""
        if not self.content:
            return None
        name = sent_media_type([m.name for m in self.content])
        return next(m for m in self.content if m.name == name)


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    content: tuple[MediaType, ...]
    headers: dict[str, Schema]
    # Every header it declares (with a schema or content), True where it is required.
    header_required: dict[str, bool] = field(default_factory=dict)
    # The values the spec shows for each header (its `example`, then its `examples`).
    header_examples: dict[str, tuple[Any, ...]] = field(default_factory=dict)

    def media(self, name: str) -> MediaType | None:
        return next((m for m in self.content if m.name == name), None)


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    python_name: str  # the generated function's name (spec_model.naming)
    operation_id: str | None  # as the spec writes it, None where it gives none
    tags: tuple[str, ...]
    summary: str
    description: str
    deprecated: bool
    parameters: tuple[Parameter, ...]  # resolved; the operation's own override the path's
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...] | None  # None: the document's applies
    extensions: dict[str, Any]

    @property
    def place(self) -> str:
        """Where the operation is, as a YAML path for messages."""
        return yaml_path(("paths", self.path, self.method))

    @property
    def tag(self) -> str | None:
        return self.tags[0] if self.tags else None

    @property
    def idempotent(self) -> bool:
        """The spec marks it safe to repeat (`x-jobclients-idempotent: true`)."""
        return self.extensions.get(IDEMPOTENT_EXTENSION) is True

    @property
    def time_limit(self) -> object:
        """`x-jobclients-timeout` as written (seconds, for an operation the server holds
        open); None when absent. spec_facts checks it."""
        return self.extensions.get(TIMEOUT_EXTENSION)

    @property
    def polled(self) -> bool:
        """The operation wait_for_job calls (`x-jobclients-poll: true`)."""
        return self.extensions.get(POLL_EXTENSION) is True

    def response(self, status: str) -> Response | None:
        return next((r for r in self.responses if r.status == status), None)

    def parameter(self, name: str, location: str) -> Parameter | None:
        return next((p for p in self.parameters if (p.name, p.location) == (name, location)), None)


@dataclass(frozen=True)
class SpecDocument:
    path: Path
    openapi: str  # "3.0" or "3.1"
    title: str
    version: str
    servers: tuple[Server, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives, each the scheme names it needs
    security_schemes: dict[str, SecurityScheme]
    operations: tuple[Operation, ...]
    extensions: dict[str, Any]
    _raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def schemas(self) -> dict[str, Schema]:
        """The component schemas by name, in document order."""
        found = _mapping(_mapping(self._raw.get("components")).get("schemas"))
        return {
            str(name): Schema(self, ("components", "schemas", name), node)
            for name, node in found.items()
            if isinstance(node, dict)
        }

    def all_schemas(self) -> Iterator[Schema]:
        """Every schema object written in the document (refs not followed), each once."""
        for place, node in iter_schemas(self._raw):
            yield Schema(self, place, node)

    def schema_ref(self, name: str) -> Schema:
        """A `$ref` to component schema `name` (whose `component` is `name`)."""
        return Schema(
            self, ("components", "schemas", name), {"$ref": COMPONENT_SCHEMAS + _escape(name)}
        )

    def schema_json(self) -> dict[str, Any]:
        """A copy of the component schemas as JSON, for JSON Schema tools."""
        return copy.deepcopy(dict(_mapping(_mapping(self._raw.get("components")).get("schemas"))))

    def tool_document(self) -> dict[str, Any]:
        """A copy of the whole document, for a tool that takes one (openapi-core, the
        generators); code of this repository reads the model, never this."""
        return copy.deepcopy(self._raw)

    def operation(self, python_name: str) -> Operation:
        for op in self.operations:
            if op.python_name == python_name:
                return op
        raise KeyError(python_name)

    def texts(self) -> dict[TextPlace, str | None]:
        """The description, summary and title of every mapping in the document, examples
        left out, in document order; None where the mapping has none, so that two versions
        compare place by place. A key holding anything but text (a property named `title`)
        is not prose: it is left out, and what it holds is read as any other mapping."""
        found: dict[TextPlace, str | None] = {}
        _collect_texts(self._raw, (), found)
        return found

    def extension_sites(self, name: str) -> dict[Parts, Any]:
        """Every place the document carries the `x-` key `name` (the key last), with its
        value, in document order; mapping keys as text, list items by position."""
        found: dict[Parts, Any] = {}
        if name.startswith("x-"):
            _collect_extension(self._raw, name, (), found)
        return found

    @property
    def server(self) -> Server:
        """The first server; "/" where the document lists none, as OpenAPI says."""
        return self.servers[0] if self.servers else Server("/", ())

    def schemes_applied(self) -> Iterator[SecurityScheme]:
        """The schemes of the document's requirement, or where it has none, of its
        operations' own, in order and each once."""
        requirements = list(self.security)
        if not requirements:
            requirements = [r for op in self.operations for r in op.security or ()]
        seen: set[str] = set()
        for requirement in requirements:
            for name in requirement:
                if name in self.security_schemes and name not in seen:
                    seen.add(name)
                    yield self.security_schemes[name]


@dataclass(frozen=True)
class ListItem:
    """A list item in a `TextPlace`, named by what names it across versions of a document:
    `in.name` for a parameter, `name` for a tag or another named item, else its position
    (a repeated name names its first item only)."""

    key: str
    index: int = field(compare=False)  # its position in the list, for ordering


# A place of a text: mapping keys (as text) and named list items from the root.
TextPlace = tuple[str | ListItem, ...]


def build_spec(loaded: LoadedSpec, openapi: str) -> SpecDocument:
    """The model of a document that passed spec_model.checks (refs exist, valid OpenAPI)."""
    raw = loaded.document
    info = _mapping(raw.get("info"))
    spec = SpecDocument(
        path=loaded.path,
        openapi=openapi,
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        servers=tuple(_server(s) for s in _list(raw.get("servers")) if isinstance(s, dict)),
        security=_requirements(raw.get("security")) or (),
        security_schemes={},
        operations=(),
        extensions={k: v for k, v in raw.items() if str(k).startswith("x-")},
        _raw=raw,
    )
    schemes = _mapping(_mapping(raw.get("components")).get("securitySchemes"))
    object.__setattr__(
        spec,
        "security_schemes",
        {str(name): _scheme(str(name), resolve(raw, node)) for name, node in schemes.items()},
    )
    object.__setattr__(spec, "operations", tuple(_operations(spec)))
    return spec


def referenced_component(node: Any) -> str | None:
    """The component schema a node of schema JSON `$ref`s, by name; None where it is no such
    `$ref`. For walks of `Schema.json` (payload generation) that must see refs as written."""
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if isinstance(ref, str) and ref.startswith(COMPONENT_SCHEMAS):
        return ref.removeprefix(COMPONENT_SCHEMAS)
    return None


def resolve_pointer(spec: SpecDocument, ref: str) -> Any:
    try:
        return at_pointer(spec._raw, ref)
    except LookupError:
        return None


def _operations(spec: SpecDocument) -> Iterator[Operation]:
    raw = spec._raw
    for op in iter_operations(raw):
        node, item = op.node, op.path_item
        at: Parts = ("paths", op.path, op.method)
        parameters: dict[tuple[str, str], Parameter] = {}
        for owner, holder in ((("paths", op.path), item), (at, node)):
            for index, written in enumerate(_list(holder.get("parameters"))):
                place, param = _follow(raw, written, (*owner, "parameters", index))
                parameter = _parameter(spec, place, param)
                parameters[(parameter.name, parameter.location)] = parameter
        body = None
        if "requestBody" in node:
            place, body_node = _follow(raw, node["requestBody"], (*at, "requestBody"))
            body = RequestBody(bool(body_node.get("required")), _content(spec, place, body_node))
        responses = []
        for status, written in _mapping(node.get("responses")).items():
            place, response = _follow(raw, written, (*at, "responses", status))
            headers, header_required = {}, {}
            header_examples: dict[str, tuple[Any, ...]] = {}
            for name, header in _mapping(response.get("headers")).items():
                header_place, header_node = _follow(raw, header, (*place, "headers", name))
                schema = header_node.get("schema")
                if isinstance(schema, dict):
                    headers[str(name)] = Schema(spec, (*header_place, "schema"), schema)
                header_required[str(name)] = header_node.get("required") is True
                header_examples[str(name)] = _header_examples(raw, header_place, header_node)
            responses.append(
                Response(
                    str(status),
                    str(response.get("description", "")),
                    _content(spec, place, response),
                    headers,
                    header_required=header_required,
                    header_examples=header_examples,
                )
            )
        tags = tuple(str(t) for t in _list(node.get("tags")))
        yield Operation(
            path=op.path,
            method=op.method,
            python_name=op.operation_id,
            operation_id=node["operationId"] if isinstance(node.get("operationId"), str) else None,
            tags=tags,
            summary=str(node.get("summary", "")),
            description=str(node.get("description", "")),
            deprecated=node.get("deprecated") is True,
            parameters=tuple(parameters.values()),
            request_body=body,
            responses=tuple(responses),
            security=_requirements(node.get("security")),
            extensions={str(k): v for k, v in node.items() if str(k).startswith("x-")},
        )


def _parameter(spec: SpecDocument, place: Parts, node: dict[str, Any]) -> Parameter:
    schema = node.get("schema")
    example = None
    if "example" in node:
        example = Example("", node["example"])
    else:
        named = _examples(spec, place, node)
        example = named[0] if named else None
    explode = node.get("explode")
    return Parameter(
        name=str(node.get("name", "")),
        location=str(node.get("in", "")),
        required=node.get("required") is True,
        schema=Schema(spec, (*place, "schema"), schema) if isinstance(schema, dict) else None,
        example=example,
        style=str(node["style"]) if "style" in node else None,
        explode=explode if isinstance(explode, bool) else None,
        content=_content(spec, place, node),
    )


def _content(spec: SpecDocument, place: Parts, node: dict[str, Any]) -> tuple[MediaType, ...]:
    found = []
    for name, media in _mapping(node.get("content")).items():
        if not isinstance(media, dict):
            continue
        media_place = (*place, "content", name)
        schema = media.get("schema")
        examples = [Example("", media["example"])] if "example" in media else []
        found.append(
            MediaType(
                str(name),
                Schema(spec, (*media_place, "schema"), schema)
                if isinstance(schema, dict)
                else None,
                (*examples, *_examples(spec, media_place, media)),
            )
        )
    return tuple(found)


def _examples(spec: SpecDocument, place: Parts, node: dict[str, Any]) -> list[Example]:
    found = []
    for name, written in _mapping(node.get("examples")).items():
        _, example = _follow(spec._raw, written, (*place, "examples", name))
        if "value" in example:
            found.append(Example(str(name), example["value"]))
    return found


def _server(node: dict[str, Any]) -> Server:
    variables = tuple(
        ServerVariable(
            str(name),
            str(variable.get("default", "")),
            tuple(str(v) for v in _list(variable.get("enum"))),
            str(variable.get("description", "")),
        )
        for name, variable in _mapping(node.get("variables")).items()
        if isinstance(variable, dict)
    )
    return Server(str(node.get("url", "/")), variables)


def _scheme(name: str, node: Any) -> SecurityScheme:
    node = _mapping(node)
    kind = str(node.get("type", ""))
    return SecurityScheme(
        name=name,
        type=kind,
        scheme=str(node.get("scheme", "")).lower() if kind == "http" else "",
        location=str(node.get("in", "")) if kind == "apiKey" else "",
        parameter_name=str(node.get("name", "")) if kind == "apiKey" else "",
    )


def _requirements(node: Any) -> tuple[tuple[str, ...], ...] | None:
    if not isinstance(node, list):
        return None
    return tuple(tuple(str(n) for n in _mapping(r)) for r in node)


def _follow(raw: dict[str, Any], node: Any, place: Parts) -> tuple[Parts, dict[str, Any]]:
    """A component `$ref`d to, with its own place (what is inside it is addressed there)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        place = _pointer_parts(node["$ref"])
        node = resolve(raw, {"$ref": node["$ref"]})
    return place, node if isinstance(node, dict) else {}


def _collect_texts(node: Any, place: TextPlace, found: dict[TextPlace, str | None]) -> None:
    if isinstance(node, dict):
        mapping = {str(k): v for k, v in node.items()}
        for key in TEXT_KEYS:
            text = mapping.get(key)
            if isinstance(text, str | None):
                found[(*place, key)] = text
        for key, value in mapping.items():
            if key not in _EXAMPLE_KEYS:
                _collect_texts(value, (*place, key), found)
    elif isinstance(node, list):
        named: set[str] = set()
        for index, item in enumerate(node):
            key = _item_key(item, index)
            if key not in named:
                named.add(key)
                _collect_texts(item, (*place, ListItem(key, index)), found)


def _item_key(item: Any, index: int) -> str:
    name = item.get("name") if isinstance(item, dict) else None
    if not isinstance(name, str):
        return str(index)
    where = item.get("in")
    return f"{where}.{name}" if isinstance(where, str) else name


def _collect_extension(node: Any, name: str, place: Parts, found: dict[Parts, Any]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == name:
                found[(*place, str(key))] = value
            else:
                _collect_extension(value, name, (*place, str(key)), found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _collect_extension(value, name, (*place, index), found)


def _pointer_parts(ref: str) -> Parts:
    return tuple(unescape(p) for p in ref[2:].split("/")) if ref.startswith("#/") else ()


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _header_examples(raw: dict[str, Any], place: Parts, header: dict[str, Any]) -> tuple[Any, ...]:
    """A header's example values: its `example`, then each of its `examples` (refs followed)."""
    found = [header["example"]] if "example" in header else []
    for name, example in _mapping(header.get("examples")).items():
        _, followed = _follow(raw, example, (*place, "examples", name))
        if "value" in followed:
            found.append(followed["value"])
    return tuple(found)
