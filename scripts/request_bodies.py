"""The request body a planned call sends, for the operations that require one.

The spec's own example where it gives one, else the first value its schema allows from a
fixed seed (hypothesis-jsonschema, no shrinking: the same value every run). Used by the
install smoke calls (scripts/smoke_call.py types it) and by the tests that call every
operation of a provider.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random
from typing import Any

from scripts.payloads import first_value, payload_strategy
from scripts.spec_model.document import MediaType, Operation, Schema


@dataclass(frozen=True)
class PlannedBody:
    media_type: str
    value: Any  # JSON; an octet-stream body is sent as bytes whatever it holds
    binary_fields: tuple[str, ...]  # multipart parts that are files, by wire name

    def as_json(self) -> dict[str, Any]:
        return {
            "media_type": self.media_type,
            "value": self.value,
            "binary_fields": list(self.binary_fields),
        }


def planned_body(op: Operation, *, optional: bool = False) -> PlannedBody | None:
    """The body a call of `op` sends: None where it requires none (`optional`: where it
    takes none)."""
    body = op.request_body
    media = body.sent if body is not None and (body.required or optional) else None
    if media is None:
        return None
    return PlannedBody(media.name, _value(media), _binary_fields(media.schema))


def _value(media: MediaType) -> Any:
    example = media.example()
    if example is not None:
        return example.value
    if media.schema is None:
        return {}
    return first_value(payload_strategy(media.schema), Random(0))


def _binary_fields(schema: Schema | None) -> tuple[str, ...]:
    if schema is None:
        return ()
    return tuple(
        name
        for name, prop in schema.properties.items()
        if prop.format == "binary" or prop.has("contentMediaType")
    )
