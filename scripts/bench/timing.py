"""Medians of repeated runs, interleaved so that machine noise hits every contender alike."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Samples:
    """Seconds per call of each contender, one sample per round, the rounds interleaved."""

    rounds: dict[str, list[float]]

    def median(self, name: str) -> float:
        return statistics.median(self.rounds[name])

    def time_ratio(self, name: str, baseline: str) -> float:
        """The median over rounds of `name`'s time over `baseline`'s in the same round: a
        change of the machine's speed between rounds (a neighbour's load, a CPU's clock)
        cancels out, where a ratio of two medians would take it in."""
        pairs = zip(self.rounds[name], self.rounds[baseline], strict=True)
        return statistics.median(mine / theirs for mine, theirs in pairs)

    def scaled(self, factor: float) -> Samples:
        return Samples({n: [t * factor for t in ts] for n, ts in self.rounds.items()})


def interleaved_samples(
    contenders: Mapping[str, Callable[[], object]], *, repeat: int, number: int = 1
) -> Samples:
    """Seconds per call of each contender in each of `repeat` rounds of `number` calls.

    Each round runs every contender once in turn rather than all of A then all of B, so a
    burst of load from a neighbour spreads over all of them; and each round starts one
    contender further on (A B C, B C A, C A B, ...), so that none always runs right after
    the same other one (whose leftovers, such as a server still closing its connections,
    it would pay for).
    """
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders.items())
    for round_number in range(repeat):
        start = round_number % len(order)
        for name, run in order[start:] + order[:start]:
            started = time.perf_counter()
            for _ in range(number):
                run()
            samples[name].append((time.perf_counter() - started) / number)
    return Samples(samples)


def alternating_samples(
    contenders: Mapping[str, Callable[[], object]], *, repeat: int, number: int
) -> Samples:
    """Seconds per call of each contender in each of `repeat` rounds, where a round is
    `number` passes of one call of every contender, each pass starting one further on
    (A B, B A, A B, ...).

    For calls of a few hundred microseconds, finer than interleaved_samples: a round of a
    hundred calls of one contender, then a hundred of the next, lasts long enough for the
    machine to change under one of them (a neighbour's burst, the server process being
    scheduled off its core); call by call, every contender meets the same moments. Each
    call is timed on its own; the two clock reads add about 0.1 us to every contender alike.
    """
    names = list(contenders)
    runs = list(contenders.values())
    samples: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for _ in range(repeat):
        spent = [0.0] * len(runs)
        for call_number in range(number):
            start = call_number % len(runs)
            for index in [*range(start, len(runs)), *range(start)]:
                started = clock()
                runs[index]()
                spent[index] += clock() - started
        for name, seconds in zip(names, spent, strict=True):
            samples[name].append(seconds / number)
    return Samples(samples)


def interleaved_medians(
    contenders: Mapping[str, Callable[[], object]], *, repeat: int, number: int = 1
) -> dict[str, float]:
    """The median of each contender's interleaved samples."""
    samples = interleaved_samples(contenders, repeat=repeat, number=number)
    return {name: samples.median(name) for name in contenders}


def machine_description() -> str:
    """One line naming the CPU, the cores and the interpreter, for the results file."""
    return (
        f"{_cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"
