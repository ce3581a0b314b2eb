"""A client-wide request budget: every call and every waiter made with one client takes its
turn from it, so that together they keep to the provider's rate limit.

Pacing is GCRA (the generic cell rate algorithm) with a burst of one: each request is given
the next free slot, one interval after the slot before it, in the order asked (first come,
first served, so no waiter starves another). The rate is the provider's documented limit
(the spec's x-jobclients-rate-limit, per key and, where the spec marks one, per operation)
times HEADROOM. An adaptive budget (the default) also follows what the server answers: a
429 halves the rate and holds every request until its Retry-After, and each success adds a
little back, up to the documented rate (AIMD, as TCP does). Without a documented rate it
does not pace until the first 429, then starts from half the rate requests were sent at.

Written here rather than taken from aiolimiter or pyrate-limiter: one budget serves a
client's sync and async calls at once and adapts to 429s, which neither does, and the
packages keep their dependencies to httpx and attrs.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .retry import retry_after_seconds

HEADROOM = 0.95  # share of a documented limit paced at: clocks and queues differ a little
CUT = 0.5  # a 429 multiplies the rate by this
RECOVERY = 0.05  # each second of successes adds back this share of the ceiling (or last rate)
MIN_RATE = 0.01  # requests per second: the slowest a budget paces after cuts
MAX_HOLD = 600.0  # seconds: the longest Retry-After a budget holds every request for
_RECENT = 64  # slots remembered, to measure the sending rate at a first 429


@dataclass(frozen=True)
class RateLimit:
    """`requests` requests per `per` seconds, as a provider documents its limit."""

    requests: int
    per: float

    def __post_init__(self) -> None:
        if isinstance(self.requests, bool) or not isinstance(self.requests, int):
            raise TypeError(f"requests must be an int, not {self.requests!r}")
        if self.requests < 1:
            raise ValueError(f"requests must be at least 1, not {self.requests!r}")
        if isinstance(self.per, bool) or not (
            isinstance(self.per, int | float) and math.isfinite(self.per) and self.per > 0
        ):
            raise ValueError(f"per must be a finite number of seconds above 0, not {self.per!r}")

    @property
    def rate(self) -> float:
        """Requests per second."""
        return self.requests / self.per


@dataclass(frozen=True)
class Turn:
    """A request's slot (a time.monotonic()) and the budget's cuts so far when it was given:
    a slot given before a cut is taken again after it."""

    at: float
    epoch: int


class _Pacer:
    """One GCRA schedule: `next` is the earliest slot free; None rate: no pacing."""

    __slots__ = ("next", "rate")

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self.next = 0.0

    def take(self, slot: float) -> None:
        if self.rate is not None:
            self.next = slot + 1.0 / self.rate


class RequestBudget:
    """The turns of one client's requests (share one budget between clients that use the
    same key: pass it as `budget=`). `limit`: the documented limit per key, None when there is
    none; `operations`: limits of single operations (by Python name), on top of it;
    `adaptive`: slow down on 429 and speed up again (False: keep to `limit` exactly)."""

    def __init__(
        self,
        limit: RateLimit | None = None,
        *,
        operations: Mapping[str, RateLimit] | None = None,
        adaptive: bool = True,
        headroom: float = HEADROOM,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < headroom <= 1:
            raise ValueError(f"headroom must be above 0 and at most 1, not {headroom!r}")
        self.limit = limit
        self.operations = dict(operations or {})
        self.adaptive = adaptive
        self.headroom = headroom
        self._clock = clock
        self._ceiling = None if limit is None else limit.rate * headroom
        self._key = _Pacer(self._ceiling)
        self._by_operation = {name: _Pacer(each.rate * headroom) for name, each in self.operations.items()}
        self._lock = threading.Lock()
        self._epoch = 0
        self._held_until = 0.0
        self._step = 0.0 if self._ceiling is None else self._ceiling * RECOVERY
        self._recent: deque[float] = deque(maxlen=_RECENT)
        self.sent = 0  # turns given
        self.throttled = 0  # 429s reported

    @property
    def rate(self) -> float | None:
        """Requests per second the budget paces at now (None: not pacing)."""
        return self._key.rate

    def __repr__(self) -> str:
        return (
            f"RequestBudget(limit={self.limit!r}, operations={self.operations!r}, adaptive={self.adaptive!r})"
        )

    def reserve(self, operation: str, deadline: float | None) -> Turn | None:
        """The next free slot for `operation`, taken; None (nothing taken) when it would come
        at or after `deadline`."""
        with self._lock:  # on every request: no list of pacers, no generator
            key, own = self._key, self._by_operation.get(operation)
            slot = max(self._clock(), self._held_until, key.next)
            if own is not None and own.next > slot:
                slot = own.next
            if deadline is not None and slot >= deadline:
                return None
            key.take(slot)
            if own is not None:
                own.take(slot)
            self._recent.append(slot)
            self.sent += 1
            return Turn(slot, self._epoch)

    def take_turn(self, operation: str, deadline: float | None) -> Turn | None:
        """Wait (sleeping this thread) for a turn; None when none comes before `deadline`."""
        while True:
            turn = self.reserve(operation, deadline)
            if turn is None:
                return None
            wait = turn.at - self._clock()
            if wait > 0:
                time.sleep(wait)
            if turn.epoch == self._epoch:
                return turn

    async def atake_turn(self, operation: str, deadline: float | None) -> Turn | None:
        """The async form of take_turn."""
        while True:
            turn = self.reserve(operation, deadline)
            if turn is None:
                return None
            wait = turn.at - self._clock()
            if wait > 0:
                await asyncio.sleep(wait)
            if turn.epoch == self._epoch:
                return turn

    def report(self, turn: Turn, status: int, retry_after: str | None = None) -> None:
        """What the server answered to the request sent in `turn`."""
        if status != 429:
            # Most answers, and nothing to recover unless cut: read without the lock (a
            # stale read skips one step of recovery), so a success takes no lock at all.
            if self.adaptive and self._key.rate != self._ceiling:
                with self._lock:
                    self._recover()
            return
        with self._lock:
            now = self._clock()
            self.throttled += 1
            hold = retry_after_seconds(retry_after)
            if hold is not None:
                self._held_until = max(self._held_until, now + min(hold, MAX_HOLD))
            # Requests sent before the last cut were answered by the server as it was then:
            # one round of 429s is one cut, not one per request in flight.
            if self.adaptive and turn.epoch == self._epoch:
                self._cut(now)

    def _cut(self, now: float) -> None:
        current = self._key.rate
        if current is None:  # no documented rate: start from the rate requests were sent at
            current = len(self._recent) / max(now - self._recent[0], 1.0) if self._recent else 1.0
            self._step = current * CUT * RECOVERY
        self._key.rate = max(current * CUT, MIN_RATE)
        self._key.next = max(self._key.next, now + 1.0 / self._key.rate)
        self._epoch += 1

    def _recover(self) -> None:
        rate = self._key.rate
        if not self.adaptive or rate is None or rate == self._ceiling:
            return
        # `_step` requests per second more for each second of successes (`rate` of them).
        raised = rate + self._step / rate
        self._key.rate = raised if self._ceiling is None else min(raised, self._ceiling)

    def __eq__(self, other: object) -> bool:
        # Budgets with the same settings are equal (a pickled client equals its original);
        # whether they share their turns is `is`.
        if not isinstance(other, RequestBudget):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    __hash__ = None  # type: ignore[assignment]  # equal by settings that could change

    def __getstate__(self) -> dict[str, Any]:
        # A lock does not pickle: a copy starts afresh with the same settings.
        return {
            "limit": self.limit,
            "operations": self.operations,
            "adaptive": self.adaptive,
            "headroom": self.headroom,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            state["limit"],
            operations=state["operations"],
            adaptive=state["adaptive"],
            headroom=state["headroom"],
        )
