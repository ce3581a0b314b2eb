"""Is it valid OpenAPI (3.0 or 3.1)? openapi-spec-validator, kept inside the document.

The validator's default resolver fetches `http(s)://` and reads `file://` refs; ours has no
handler at all, so nothing outside the spec's own file can be read even if a ref slipped
past the ref check. Its findings are turned into (place, message) pairs: a bad `default`
value is reported where the default stands, not as a bare "1 is not of type 'string'".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.keywords import (
    OpenAPIV30ValueValidator,
    OpenAPIV31ValueValidator,
)

from scripts.spec_model.openapi import openapi_version

Finding = tuple[tuple[str | int, ...], str]


def _located(cls: type[Any]) -> type[Any]:
    """A `default` checker whose errors carry the place of the default they judged."""

    class LocatedDefault(cls):  # type: ignore[misc]
        def __call__(self, schema: Any, value: Any) -> Iterator[ValidationError]:
            for error in super().__call__(schema, value):
                # Its path is inside the value; the wrapper that copies it keeps the path.
                error.path.extendleft(reversed((*schema.parts, "default")))
                yield error

    return LocatedDefault


class _Closed31(OpenAPIV31SpecValidator):
    resolver_handlers: dict[str, Any] = {}  # noqa: RUF012 (the base's own name)
    keyword_validators = {  # noqa: RUF012
        **OpenAPIV31SpecValidator.keyword_validators,
        "default": _located(OpenAPIV31ValueValidator),
    }


class _Closed30(OpenAPIV30SpecValidator):
    resolver_handlers: dict[str, Any] = {}  # noqa: RUF012 (the base's own name)
    keyword_validators = {  # noqa: RUF012
        **OpenAPIV30SpecValidator.keyword_validators,
        "default": _located(OpenAPIV30ValueValidator),
    }


def openapi_findings(document: dict[str, Any], limit: int) -> list[Finding]:
    """Up to `limit` reasons the document is not valid OpenAPI, most specific first."""
    validator = _Closed30 if openapi_version(document) == "3.0" else _Closed31
    errors: list[ValidationError] = []
    try:
        # Structural errors come first; the semantic checks after them may crash on a
        # document that already failed structurally, so keep what was found by then.
        for error in validator(document).iter_errors():
            errors.append(error)
            if len(errors) >= limit:
                break
    except Exception as exc:  # any crash of the validator is a refusal too
        if not errors:
            return [((), f"the validator could not read it ({type(exc).__name__}: {exc})")]
    return [_finding(error) for error in errors]


def _finding(error: ValidationError) -> Finding:
    best = best_match([error]) if error.context else error
    message = best.message
    shown = repr(best.instance)
    if len(shown) > 60 and message.startswith(shown):  # the place already says which value
        message = "this value" + message[len(shown) :]
    return tuple(best.absolute_path), message
