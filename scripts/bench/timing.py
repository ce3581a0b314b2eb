"""Medians of repeated runs, interleaved so that machine noise hits every contender alike."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Mapping


def interleaved_medians(
    contenders: Mapping[str, Callable[[], object]], *, repeat: int, number: int = 1
) -> dict[str, float]:
    """Seconds per call of each contender: the median over `repeat` rounds of `number` calls.

    Each round runs every contender once in turn (A B C, A B C, ...) rather than all of A
    then all of B, so a burst of load from a neighbour spreads over all of them.
    """
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(repeat):
        for name, run in contenders.items():
            started = time.perf_counter()
            for _ in range(number):
                run()
            samples[name].append((time.perf_counter() - started) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


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
