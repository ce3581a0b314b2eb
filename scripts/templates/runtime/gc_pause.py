"""The cyclic garbage collector paused while a large response body is parsed.

Parsing a body builds a tree of fresh objects (dicts, lists, models) with no reference
cycles, so every collection that starts in the middle of a parse walks the growing tree for
nothing: on a 400 KiB job that was a third of the parse time (scripts/bench/RESULTS.md in the
jobclients repository). The collector runs again as soon as the parse ends. It is
process-wide: it is re-enabled only if it was enabled when the parse began, so a program
that turned it off keeps it off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Below this a parse rarely spans a collection (CPython collects every 700 new containers).
LARGE_BODY = 64 * 1024


@contextmanager
def collector_paused(body_size: int) -> Iterator[None]:
    if body_size < LARGE_BODY or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
