"""The catalogue of change rules, named after oasdiff's where one matches.

Levels judge from the client's side, by direction: narrowing what a request may carry or
widening what a response may contain breaks clients; narrowing what a response may contain
(a const or type narrowed, number -> integer) is compatible, as the released client still
reads every value. What the released client does with an answer counts as much as the
schema: it raises UnexpectedStatus on a 2xx it does not document, and parses a body as the
first media type it reads. Changes that are harmless on the wire (operationId, tag,
component schema name, a property's `$ref` target, a schema moved between inline and
components.schemas, an enum dropped from a value sent) rename or remove a generated
function, module or class, so they break Python callers too. A rename that leaves the
generated package byte for byte the same (a security scheme's name) calls for no bump.

A schema is compared in one of three places, each with its own family of rules: a request
parameter (`request-parameter-*`), a request body at any depth (`request-property-*`) and a
response body at any depth (`response-property-*`).
"""

from __future__ import annotations

from scripts.spec_diff.model import Bump, Level, Rule

B, W, I = Level.BREAKING, Level.WARNING, Level.INFO  # noqa: E741 - a table reads better short
MAJOR, MINOR, PATCH, NONE = Bump.MAJOR, Bump.MINOR, Bump.PATCH, Bump.NONE

# The rule suffix for each bound when it lets fewer values through (a request narrowing).
NARROWED_BOUND: dict[str, str] = {
    "maxLength": "max-length-decreased",
    "minLength": "min-length-increased",
    "maximum": "max-decreased",
    "minimum": "min-increased",
    "exclusiveMaximum": "exclusive-max-decreased",
    "exclusiveMinimum": "exclusive-min-increased",
    "maxItems": "max-items-decreased",
    "minItems": "min-items-increased",
    "maxProperties": "max-properties-decreased",
    "minProperties": "min-properties-increased",
}

# Either side: a schema moved between inline and components.schemas. A model or an enum is
# named after the property inline and after the component otherwise; any other component
# is a pydantic RootModel class, so a field of a pydantic model changes type too.
_CLASS_MOVES: list[tuple[str, Level, Bump, str]] = [
    ("schema-became-component", B, MAJOR, "moved into components: its class is renamed"),
    ("schema-became-inline", B, MAJOR, "moved out of components: its class is renamed"),
]
# What a client sends: the same judgement for a parameter and for a request body's schema.
_SENT_SCHEMA: list[tuple[str, Level, Bump, str]] = [
    ("type-changed", B, MAJOR, "a value the client sent has another type now"),
    ("type-generalized", I, MINOR, "the type accepts more (integer -> number, a type added)"),
    ("format-changed", B, MAJOR, "the format changed: the Python type may follow"),
    ("enum-value-removed", B, MAJOR, "a value the client could send is refused now"),
    ("enum-value-added", I, MINOR, "a new value may be sent"),
    ("became-enum", B, MAJOR, "an enum was set: values off its list are refused now"),
    # The wire accepts more, but the generated enum class disappears: typed callers import it.
    ("enum-removed", B, MAJOR, "the enum was dropped: its generated enum class is gone"),
    ("const-changed", B, MAJOR, "the one value allowed changed (or was set): others refused"),
    ("pattern-added", B, MAJOR, "a pattern was set: it can only refuse values"),
    ("pattern-removed", I, MINOR, "the pattern was dropped: more values are accepted"),
    ("pattern-changed", W, MINOR, "the pattern changed: some values may be refused"),
    ("default-changed", W, MINOR, "the default changed: calls that omit it mean another thing"),
    ("became-not-nullable", B, MAJOR, "null is refused now"),
    ("became-nullable", I, MINOR, "null is accepted now"),
    ("constraint-relaxed", I, MINOR, "a bound lets more values through"),
    ("schema-ref-changed", B, MAJOR, "the $ref target changed: the Python class is another"),
    *_CLASS_MOVES,
    *((suffix, B, MAJOR, f"{bound} narrowed") for bound, suffix in NARROWED_BOUND.items()),
]
# Either side: a model with additionalProperties has an `additional_properties` dict.
_OBJECT_SCHEMA: list[tuple[str, Level, Bump, str]] = [
    ("additional-properties-closed", B, MAJOR, "additionalProperties false: the dict is gone"),
    ("additional-properties-opened", I, MINOR, "additionalProperties allowed: a dict appears"),
]

_TABLE: list[tuple[str, Level, Bump, str]] = [
    # providers, in a comparison against a git ref
    ("provider-removed", B, MAJOR, "a provider's spec is gone: its package is not made any more"),
    ("provider-added", I, MINOR, "a new provider: a new package"),
    # operations
    ("api-removed", B, MAJOR, "an operation was removed: its generated function is gone"),
    ("endpoint-added", I, MINOR, "an operation was added"),
    ("api-operation-id-changed", B, MAJOR, "the operationId changed: the function is renamed"),
    ("api-tag-changed", B, MAJOR, "the first tag changed: the function moves to another module"),
    ("api-deprecated", W, MINOR, "an operation was deprecated"),
    ("api-idempotency-removed", W, MINOR, "an operation is no longer retried automatically"),
    ("api-idempotency-added", I, MINOR, "an operation is now retried automatically"),
    ("poll-operation-changed", B, MAJOR, "wait_for_job polls another operation or none"),
    ("poll-operation-added", I, MINOR, "wait_for_job appears"),
    # parameters (their schemas: the request-parameter-* family below)
    ("request-parameter-removed", B, MAJOR, "a parameter was removed: callers passing it fail"),
    ("new-required-request-parameter", B, MAJOR, "a required parameter was added"),
    ("new-optional-request-parameter", I, MINOR, "an optional parameter was added"),
    ("request-parameter-became-required", B, MAJOR, "an optional parameter became required"),
    ("request-parameter-became-optional", I, MINOR, "a required parameter became optional"),
    ("request-parameter-style-changed", B, MAJOR, "the parameter is serialized another way"),
    ("request-parameter-explode-changed", B, MAJOR, "an array or object is serialized otherwise"),
    *((f"request-parameter-{s}", lv, bp, t) for s, lv, bp, t in _SENT_SCHEMA),
    # request bodies (their schemas: the request-property-* family below)
    ("added-required-request-body", B, MAJOR, "a required request body was added"),
    ("added-optional-request-body", I, MINOR, "an optional request body was added"),
    ("request-body-removed", B, MAJOR, "the request body is gone: callers passing it fail"),
    ("request-body-became-required", B, MAJOR, "the request body must be sent now"),
    ("request-body-became-optional", I, MINOR, "the request body may be left out now"),
    ("request-body-media-type-removed", B, MAJOR, "a request media type is refused now"),
    ("request-body-media-type-added", I, MINOR, "a request media type was added"),
    ("request-property-removed", B, MAJOR, "a request field is gone: its model argument too"),
    ("new-required-request-property", B, MAJOR, "a request field must be sent now"),
    ("new-optional-request-property", I, MINOR, "a request field was added"),
    ("request-property-became-required", B, MAJOR, "an optional request field became required"),
    ("request-property-became-optional", I, MINOR, "a required request field became optional"),
    *((f"request-property-{s}", lv, bp, t) for s, lv, bp, t in _SENT_SCHEMA + _OBJECT_SCHEMA),
    # responses
    ("response-success-status-removed", B, MAJOR, "a success status is no longer documented"),
    (
        "response-success-status-added",
        B,
        MAJOR,
        "the released client raises UnexpectedStatus on a 2xx it does not document",
    ),
    ("response-non-success-status-removed", I, MINOR, "an error status is no longer documented"),
    ("response-non-success-status-added", I, MINOR, "a new error status is documented"),
    ("response-media-type-removed", B, MAJOR, "a response media type was removed"),
    ("response-media-type-added", I, MINOR, "a response media type was added"),
    (
        "response-media-type-order-changed",
        B,
        MAJOR,
        "another media type comes first: the client parses the body as that one",
    ),
    ("required-response-header-removed", B, MAJOR, "a header callers could rely on is gone"),
    ("optional-response-header-removed", W, MINOR, "a header that was sometimes sent is gone"),
    ("response-property-removed", B, MAJOR, "a response field is gone: its attribute too"),
    ("response-required-property-became-optional", B, MAJOR, "a response field may be absent"),
    ("response-property-became-nullable", B, MAJOR, "a response field may be null"),
    ("response-property-type-changed", B, MAJOR, "a response field's type changed"),
    (
        "response-property-type-narrowed",
        I,
        MINOR,
        "a type dropped (number -> integer): still read; the annotation narrows (float -> int)",
    ),
    (
        "response-property-const-changed",
        B,
        MAJOR,
        "the one value answered changed (or went): the released client's parse refuses it",
    ),
    ("response-property-format-changed", B, MAJOR, "a response field's format changed"),
    ("response-property-schema-ref-changed", B, MAJOR, "the $ref target changed: another class"),
    *((f"response-property-{s}", lv, bp, t) for s, lv, bp, t in _CLASS_MOVES),
    ("response-optional-property-added", I, MINOR, "a response field was added"),
    ("response-required-property-added", I, MINOR, "a response field was added, always sent"),
    ("response-property-became-required", I, MINOR, "a response field is now always sent"),
    ("response-property-became-not-nullable", I, MINOR, "a response field is never null now"),
    ("response-property-enum-value-added", I, MINOR, "a new value: still parsed (open enums)"),
    ("response-property-enum-value-removed", B, MAJOR, "a value is gone: so is its enum member"),
    ("response-property-constraint-widened", W, MINOR, "a response field's bound widened"),
    ("response-property-constraint-narrowed", I, MINOR, "a response field's bound narrowed"),
    *((f"response-property-{s}", lv, bp, t) for s, lv, bp, t in _OBJECT_SCHEMA),
    # the repository's vendor extensions (wait_for_job; retries are api-idempotency-*)
    ("terminal-statuses-changed", W, MINOR, "which statuses end a job changed (wait_for_job)"),
    ("success-statuses-changed", W, MINOR, "which statuses are a success changed (wait_for_job)"),
    # components
    ("component-schema-removed", B, MAJOR, "a schema was removed or renamed: its class is gone"),
    ("component-schema-added", I, MINOR, "a schema was added: a new class"),
    # security and servers
    ("security-scheme-changed", B, MAJOR, "the way the credential is sent changed"),
    ("security-scheme-removed", B, MAJOR, "a security scheme was removed"),
    ("security-scheme-added", I, MINOR, "a security scheme was added"),
    # The scheme's name reaches no generated file: the package is the same byte for byte.
    ("security-scheme-renamed", I, NONE, "a scheme renamed, its definition the same"),
    ("security-requirement-changed", B, MAJOR, "which credential an operation needs changed"),
    ("server-url-changed", B, MAJOR, "the default server changed"),
    ("server-variable-removed", B, MAJOR, "a server variable is gone: a constructor argument"),
    ("server-variable-added", I, MINOR, "a server variable was added"),
    ("server-variable-enum-value-removed", B, MAJOR, "a server variable value is refused now"),
    ("server-variable-enum-value-added", I, MINOR, "a server variable accepts a new value"),
    ("server-variable-became-enum", B, MAJOR, "values off the new enum raise ValueError"),
    ("server-variable-default-changed", B, MAJOR, "calls without the argument go elsewhere"),
    # documentation
    ("description-changed", I, PATCH, "a description, summary or title changed"),
    ("api-version-changed", I, PATCH, "info.version changed"),
    # the generated Python API itself (griffe), in a comparison against a git ref
    ("python-api-removed", B, MAJOR, "a public name of the generated package disappeared"),
    ("python-api-changed", B, MAJOR, "a public signature of the generated package changed"),
]

RULES: dict[str, Rule] = {name: Rule(name, level, bump, text) for name, level, bump, text in _TABLE}
# Rules that a comparison of two spec documents never fires: the ref mode adds them.
NOT_FROM_SPECS = frozenset(
    {"provider-removed", "provider-added", "python-api-removed", "python-api-changed"}
)
if len(RULES) != len(_TABLE):  # a name listed twice would silently hide one of its rules
    raise RuntimeError("scripts/spec_diff/rules.py: a rule name is listed twice")
