"""The catalogue of change rules, named after oasdiff's where one matches.

Levels judge from the client's side, by direction: narrowing what a request may carry or
widening what a response may contain breaks clients. Renames that are harmless on the wire
(operationId, tag, component schema name) rename a generated function, module or class, so
they break Python callers too.
"""

from __future__ import annotations

from scripts.spec_diff.model import Bump, Level, Rule

B, W, I = Level.BREAKING, Level.WARNING, Level.INFO  # noqa: E741 - a table reads better short
MAJOR, MINOR, PATCH = Bump.MAJOR, Bump.MINOR, Bump.PATCH

_TABLE: list[tuple[str, Level, Bump, str]] = [
    # operations
    ("api-removed", B, MAJOR, "an operation was removed: its generated function is gone"),
    ("endpoint-added", I, MINOR, "an operation was added"),
    ("api-operation-id-changed", B, MAJOR, "the operationId changed: the function is renamed"),
    ("api-tag-changed", B, MAJOR, "the first tag changed: the function moves to another module"),
    ("api-deprecated", W, MINOR, "an operation was deprecated"),
    ("api-idempotency-removed", W, MINOR, "an operation is no longer retried automatically"),
    ("api-idempotency-added", I, MINOR, "an operation is now retried automatically"),
    # parameters
    ("request-parameter-removed", B, MAJOR, "a parameter was removed: callers passing it fail"),
    ("new-required-request-parameter", B, MAJOR, "a required parameter was added"),
    ("new-optional-request-parameter", I, MINOR, "an optional parameter was added"),
    ("request-parameter-became-required", B, MAJOR, "an optional parameter became required"),
    ("request-parameter-became-optional", I, MINOR, "a required parameter became optional"),
    ("request-parameter-type-changed", B, MAJOR, "a parameter's type changed"),
    ("request-parameter-format-changed", B, MAJOR, "a parameter's format changed"),
    ("request-parameter-enum-value-removed", B, MAJOR, "a value a request could send is gone"),
    ("request-parameter-enum-value-added", I, MINOR, "a request may send a new value"),
    ("request-parameter-max-length-decreased", B, MAJOR, "a parameter's maxLength went down"),
    ("request-parameter-min-length-increased", B, MAJOR, "a parameter's minLength went up"),
    ("request-parameter-max-decreased", B, MAJOR, "a parameter's maximum went down"),
    ("request-parameter-min-increased", B, MAJOR, "a parameter's minimum went up"),
    ("request-parameter-pattern-changed", W, MINOR, "a parameter's pattern changed"),
    ("request-parameter-constraint-relaxed", I, MINOR, "a parameter accepts more values"),
    ("request-parameter-default-changed", W, MINOR, "a parameter's default changed"),
    # responses
    ("response-success-status-removed", B, MAJOR, "a success status is no longer documented"),
    ("response-success-status-added", W, MINOR, "a new success status may be answered"),
    ("response-non-success-status-removed", I, MINOR, "an error status is no longer documented"),
    ("response-non-success-status-added", I, MINOR, "a new error status is documented"),
    ("response-media-type-removed", B, MAJOR, "a response media type was removed"),
    ("response-media-type-added", I, MINOR, "a response media type was added"),
    ("response-property-removed", B, MAJOR, "a response field is gone: its attribute too"),
    ("response-required-property-became-optional", B, MAJOR, "a response field may be absent"),
    ("response-property-became-nullable", B, MAJOR, "a response field may be null"),
    ("response-property-type-changed", B, MAJOR, "a response field's type changed"),
    ("response-property-format-changed", B, MAJOR, "a response field's format changed"),
    ("response-optional-property-added", I, MINOR, "a response field was added"),
    ("response-required-property-added", I, MINOR, "a response field was added, always sent"),
    ("response-property-became-required", I, MINOR, "a response field is now always sent"),
    ("response-property-became-not-nullable", I, MINOR, "a response field is never null now"),
    ("response-property-enum-value-added", I, MINOR, "a response may carry a new enum value"),
    ("response-property-enum-value-removed", I, MINOR, "a response enum value is gone"),
    ("response-property-constraint-widened", W, MINOR, "a response field's bound widened"),
    ("response-property-constraint-narrowed", I, MINOR, "a response field's bound narrowed"),
    ("terminal-statuses-changed", W, MINOR, "which statuses end a job changed (wait_for_job)"),
    # components
    ("component-schema-removed", B, MAJOR, "a schema was removed or renamed: its class is gone"),
    ("component-schema-added", I, MINOR, "a schema was added: a new class"),
    # security and servers
    ("security-scheme-changed", B, MAJOR, "the way the credential is sent changed"),
    ("security-scheme-removed", B, MAJOR, "a security scheme was removed"),
    ("security-scheme-added", I, MINOR, "a security scheme was added"),
    ("security-requirement-changed", B, MAJOR, "which credential an operation needs changed"),
    ("server-url-changed", B, MAJOR, "the default server changed"),
    ("server-variable-removed", B, MAJOR, "a server variable is gone: a constructor argument"),
    ("server-variable-added", I, MINOR, "a server variable was added"),
    # documentation
    ("description-changed", I, PATCH, "a description, summary or title changed"),
    ("api-version-changed", I, PATCH, "info.version changed"),
]

RULES: dict[str, Rule] = {name: Rule(name, level, bump, text) for name, level, bump, text in _TABLE}
