"""Parsing a large job body: the generated client against json.loads, pydantic and msgspec.

Every contender starts from the same bytes, so json.loads alone is the floor: the client's
ratio is what turning dicts into typed objects costs on top of reading the JSON at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from scripts.bench.msgspec_types import decoder_for
from scripts.bench.report import Row
from scripts.bench.subjects import PollSubject, large_body
from scripts.bench.timing import interleaved_medians

CLIENT_TARGET = 2.0  # at most this many times json.loads, on a large body
LARGE_BODY = 16 * 1024  # smaller bodies are reported without a target: fixed costs dominate


def parse_rows(subject: PollSubject, *, items: int, repeat: int, number: int) -> list[Row]:
    body = large_body(subject, items)
    model, pydantic_model = subject.model, subject.pydantic_model
    msgspec_decoder = decoder_for(subject.document, subject.schema_name)
    contenders: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(body),
        "client": lambda: model.from_dict(json.loads(body)),
        "pydantic": lambda: pydantic_model.model_validate_json(body),
        "msgspec": lambda: msgspec_decoder.decode(body),
    }
    for run in contenders.values():  # a contender that cannot read the body gives no figure
        run()
    seconds = interleaved_medians(contenders, repeat=repeat, number=number)
    floor = seconds["json.loads"]
    large = len(body) >= LARGE_BODY
    size = f"{len(body) / 1024:.0f} KiB, arrays of {items}" if large else f"{len(body)} B, small"
    what = f"{subject.provider.slug} job ({size})"
    section = "parse"

    def row(name: str, subject_label: str, target: float | None = None) -> Row:
        ratio = seconds[name] / floor
        return Row(
            section=section,
            subject=f"{what}: {subject_label}",
            figure=f"{seconds[name] * 1e3:.2f} ms",
            baseline=f"json.loads {floor * 1e3:.2f} ms",
            ratio=ratio,
            target="" if target is None else f"<= {target:.1f}x",
            holds=None if target is None else ratio <= target,
        )

    return [
        row(
            "client",
            f"{model.__name__}.from_dict(json.loads(...))",
            CLIENT_TARGET if large else None,
        ),
        row("pydantic", "pydantic model_validate_json"),
        row("msgspec", "msgspec typed decode (reference)"),
    ]
