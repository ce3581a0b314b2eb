"""What the demo prints of a typed result: a short, aligned summary a person reads, not a repr.

Runs inside the demo's virtual environment next to smoke_call.py and job_demo.py, so it
imports only the standard library. A result is read as the attrs models make it: its set
attributes (`to_dict()` where the model has one); long values are cut with an ellipsis.
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from typing import Any

VALUE_CHARS = 48  # of one value shown; the rest is an ellipsis
FIELDS_SHOWN = 6  # of one model's attributes, in the order the model lists them
_LABEL = 10  # the width of a label column


def cut(text: str, limit: int = VALUE_CHARS) -> str:
    """`text` on one line, at most `limit` characters, an ellipsis where it was cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def shown(value: Any) -> str:
    """One value as a person reads it: an enum's value, a timestamp without microseconds,
    a list or mapping by its length, a model by its class name."""
    if isinstance(value, enum.Enum):
        text = str(value.value)
    elif isinstance(value, datetime):
        text = value.replace(microsecond=0).isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif hasattr(value, "to_dict"):
        text = type(value).__name__
    elif isinstance(value, list | tuple | dict):
        noun = "key" if isinstance(value, dict) else "item"
        text = f"{len(value)} {noun}{'s' if len(value) != 1 else ''}"
    else:
        text = str(value)
    return cut(text)


def set_fields(model: Any) -> list[tuple[str, Any]]:
    """The attributes of an attrs model that carry a value (not UNSET, not None)."""
    fields = getattr(type(model), "__attrs_attrs__", ())
    pairs = [(f.name, getattr(model, f.name)) for f in fields if f.name != "additional_properties"]
    return [(name, value) for name, value in pairs if value is not None and not _unset(value)]


def one_line(result: Any) -> str:
    """A result in one line: its class and its first set attributes, each cut short."""
    if not hasattr(result, "to_dict"):
        return cut(shown(result), VALUE_CHARS * 2)
    fields = set_fields(result)
    parts = [f"{name}={shown(value)}" for name, value in fields[:FIELDS_SHOWN]]
    more = f", +{len(fields) - FIELDS_SHOWN} more" if len(fields) > FIELDS_SHOWN else ""
    return f"{type(result).__name__}({', '.join(parts)}{more})"


def job_summary(job_id: str | None, status: str, success: bool, results: Any) -> list[str]:
    """A finished job, one aligned line a fact: id, status, progress, timestamps, and the
    size of its results."""
    lines = [_row("job", job_id or "(no id)"), _row("status", f"{status} ({_outcome(success)})")]
    fields = dict(set_fields(results)) if hasattr(results, "to_dict") else {}
    for name, value in fields.items():
        if "progress" in name or "percent" in name:
            lines.append(_row("progress", shown(value)))
    for name, value in fields.items():
        if isinstance(value, datetime):
            lines.append(_row(name.removesuffix("_at"), shown(value)))
    lines.append(_row("results", _size(results)))
    return lines


def _size(results: Any) -> str:
    """What the results hold: their class, how many attributes are set, their JSON size."""
    if results is None:
        return "none"
    if not hasattr(results, "to_dict"):
        return cut(shown(results))
    payload = json.dumps(results.to_dict(), default=str)
    count = len(set_fields(results))
    return f"{type(results).__name__}, {count} fields set, {_bytes(len(payload))} of JSON"


def _bytes(count: int) -> str:
    return f"{count} B" if count < 1024 else f"{count / 1024:.1f} KiB"


def _row(label: str, value: str) -> str:
    return f"  {label:<{_LABEL}} {cut(value, VALUE_CHARS + 20)}"


def _outcome(success: bool) -> str:
    return "a success" if success else "not a success"


def _unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"
