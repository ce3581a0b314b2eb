"""Parsing a large job body: the generated client against json.loads, pydantic and msgspec.

Every contender starts from the same bytes, so json.loads alone is the floor: the client's
ratio is what turning dicts into typed objects costs on top of reading the JSON at all.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import Any

import attrs

from scripts.bench.msgspec_types import decoder_for
from scripts.bench.report import Row
from scripts.bench.subjects import PollSubject, large_body
from scripts.bench.timing import interleaved_samples

CLIENT_TARGET = 2.0  # at most this many times json.loads, on a large body
LARGE_BODY = 16 * 1024  # smaller bodies are reported without a target: fixed costs dominate


@attrs.define
class _Bare:
    """A slotted attrs class like a generated model's, with nothing to convert or check."""

    first: object
    second: object
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


def _models_in(value: Any) -> int:
    """How many attrs objects a parsed value holds, itself included."""
    if attrs.has(type(value)):
        members = [getattr(value, f.name) for f in attrs.fields(type(value))]
        return 1 + sum(_models_in(m) for m in members)
    if isinstance(value, list | tuple):
        return sum(_models_in(m) for m in value)
    if isinstance(value, dict):
        return sum(_models_in(m) for m in value.values())
    return 0


def parse_rows(subject: PollSubject, *, items: int, repeat: int, number: int) -> list[Row]:
    body = large_body(subject, items)
    model, pydantic_model = subject.model, subject.pydantic_model
    msgspec_decoder = decoder_for(subject.spec, subject.schema_name)
    objects = _models_in(subject.parse_answer(body).parsed)
    # The client pauses the collector while it parses a large body (its _runtime/gc_pause.py);
    # its floor is measured the same way, so that the ratio is like for like.
    paused = len(body) >= subject.runtime("gc_pause").LARGE_BODY
    like_client = _collector_paused if paused else _as_is

    def floor_objects() -> object:
        return json.loads(body), [_Bare(1, 2) for _ in range(objects)]

    contenders: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(body),
        "json.loads as the client": like_client(lambda: json.loads(body)),
        "client": lambda: subject.parse_answer(body),
        "bare objects": like_client(floor_objects),
        "from_dict": lambda: model.from_dict(json.loads(body)),
        "pydantic": lambda: pydantic_model.model_validate_json(body),
        "msgspec": lambda: msgspec_decoder.decode(body),
    }
    for run in contenders.values():  # a contender that cannot read the body gives no figure
        run()
    samples = interleaved_samples(contenders, repeat=repeat, number=number)
    large = len(body) >= LARGE_BODY
    size = f"{len(body) / 1024:.0f} KiB, arrays of {items}" if large else f"{len(body)} B, small"
    what = f"{subject.provider.slug} job ({size})"
    regime = "collector paused" if paused else "collector running"

    def row(name: str, label: str, baseline: str, target: float | None = None) -> Row:
        ratio = samples.time_ratio(name, baseline)
        return Row(
            section="parse",
            subject=f"{what}: {label}",
            figure=f"{samples.median(name) * 1e3:.2f} ms",
            baseline=f"json.loads {samples.median(baseline) * 1e3:.2f} ms"
            + (f" ({regime})" if baseline != "json.loads" else ""),
            ratio=ratio,
            target="" if target is None else f"<= {target:.1f}x",
            holds=None if target is None else ratio <= target,
        )

    client_label = f"the client's parse of the answer ({model.__name__}, {regime})"
    return [
        row("client", client_label, "json.loads as the client", CLIENT_TARGET if large else None),
        row(
            "bare objects",
            f"json.loads + {objects:,} bare attrs objects: an eager parse's floor",
            "json.loads as the client",
        ),
        row(
            "from_dict",
            f"{model.__name__}.from_dict(json.loads(...)), collector running",
            "json.loads",
        ),
        row("pydantic", "pydantic model_validate_json", "json.loads"),
        row("msgspec", "msgspec typed decode (reference)", "json.loads"),
    ]


def _as_is(run: Callable[[], object]) -> Callable[[], object]:
    return run


def _collector_paused(run: Callable[[], object]) -> Callable[[], object]:
    def paused() -> object:
        gc.disable()
        try:
            return run()
        finally:
            gc.enable()

    return paused
