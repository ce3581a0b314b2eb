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

# Below this a parse rarely spans a collection (CPython collects every 700 new containers).
LARGE_BODY = 64 * 1024


class CollectorPaused:  # a class: cheaper on every call than @contextmanager
    """The collector off while inside, for a body of `body_size` bytes or more."""

    __slots__ = ("_paused",)

    def __init__(self, body_size: int) -> None:
        self._paused = body_size >= LARGE_BODY and gc.isenabled()

    def __enter__(self) -> None:
        if self._paused:
            gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if self._paused:
            gc.enable()
