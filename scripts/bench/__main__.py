"""`python -m scripts.bench [--quick] [--only SECTION ...] [--provider SLUG ...] [--results FILE]`

Measures regeneration, parsing and per-call throughput side by side, the mock server under
a burst of connections, and batch waiting inside a documented rate limit, prints one table
and refreshes the committed results file (scripts/bench/RESULTS.md) with the date and the
machine. With `--only`, the rows of the sections not run stay as they were; with
`--provider`, only those providers' parse, call, mock and batch rows are measured and
replaced (a new provider needs a run of its own, not of all). `--quick` runs every
benchmark once with tiny counts, only to prove it still works: its figures mean nothing,
and it writes no file unless --results is given. Targets are reported, never enforced: the
exit status is 0 unless a benchmark failed.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.bench.batch import batch_rows, fleet_of
from scripts.bench.calls import call_rows
from scripts.bench.mock_load import mock_rows
from scripts.bench.official_sdks import official_sdks
from scripts.bench.parsing import parse_rows
from scripts.bench.regeneration import BenchError, all_slugs, regeneration_rows
from scripts.bench.report import Row, render_block, render_table, write_results
from scripts.bench.scale import scale_rows
from scripts.bench.subjects import poll_subject
from scripts.bench.timing import machine_description
from scripts.codegen.providers import ConfigError, load_providers

RESULTS_FILE = Path(__file__).with_name("RESULTS.md")
SECTIONS = ("regenerate", "parse", "call", "mock", "scale", "batch")
PER_PROVIDER = ("parse", "call", "mock", "batch")


@dataclass(frozen=True)
class Effort:
    """How hard each benchmark works: the full run, or the quick proof that it runs."""

    repeat: int
    regenerate_slugs: int | None  # None: every provider
    parse_items: int
    parse_number: int
    calls: int  # per sample: sync calls in a row, or async calls in rounds of `concurrency`
    concurrency: int
    # Loopback calls drift with the machine's load: many short samples, interleaved, give
    # steadier medians than a few long ones.
    call_repeat: int
    # Async rounds of `concurrency` calls, alternated: each one's ratio is noisier (the pool's
    # bookkeeping, see calls.py), so more of them for the median.
    async_call_repeat: int
    mock_connections: int  # opened at once, each sending one GET
    # Providers in the scale section's scratch repositories; () is today's and two more.
    scale_sizes: tuple[int, ...]
    batch_sizes: tuple[int, ...]  # jobs followed at once
    batch_per_job: int  # the size also followed by one waiter per job


FULL = Effort(repeat=7, regenerate_slugs=None, parse_items=1000, parse_number=10, calls=100,
              concurrency=100, call_repeat=21, async_call_repeat=61, mock_connections=1000,
              scale_sizes=(5, 25, 100), batch_sizes=(1000, 10_000),
              batch_per_job=1000)  # fmt: skip
QUICK = Effort(repeat=1, regenerate_slugs=1, parse_items=20, parse_number=1, calls=10,
               concurrency=5, call_repeat=1, async_call_repeat=1, mock_connections=5,
               scale_sizes=(), batch_sizes=(30,), batch_per_job=30)  # fmt: skip


def run(sections: tuple[str, ...], effort: Effort, providers: tuple[str, ...] = ()) -> list[Row]:
    rows: list[Row] = []
    if "regenerate" in sections:
        slugs = all_slugs()[: effort.regenerate_slugs]
        rows += regeneration_rows(slugs, repeat=max(effort.repeat - 2, 1))  # the costly one
    # The subject is the get-job call wait_for_job repeats; a spec without one is not measured.
    chosen = load_providers(list(providers) or None)
    subjects = [s for s in map(poll_subject, chosen) if s is not None]
    if "parse" in sections:
        for subject in subjects:
            rows += parse_rows(
                subject, items=effort.parse_items, repeat=effort.repeat, number=effort.parse_number
            )
    if "call" in sections:
        sdks = official_sdks()
        for subject in subjects:
            rows += call_rows(
                subject,
                sdks,
                calls=effort.calls,
                concurrency=effort.concurrency,
                repeat=effort.call_repeat,
                async_repeat=effort.async_call_repeat,
            )
    if "mock" in sections:
        for subject in subjects:
            rows += mock_rows(subject, connections=effort.mock_connections)
    if "scale" in sections:
        real = len(all_slugs())  # the sizes start at today's providers
        wanted = effort.scale_sizes or (real, real + 2)
        sizes = tuple(sorted({max(size, real) for size in wanted}))
        rows += scale_rows(sizes, repeat=max(effort.repeat - 4, 1))
    if "batch" in sections:  # the providers that document a rate limit
        for fleet in filter(None, map(fleet_of, chosen)):
            rows += batch_rows(fleet, effort.batch_sizes, per_job_size=effort.batch_per_job)
    return rows


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    effort = QUICK if args.quick else FULL
    providers = tuple(args.provider or ())
    # Regeneration is measured over the whole repository, never for some providers.
    sections = tuple(args.only or (PER_PROVIDER if providers else SECTIONS))
    if providers and "regenerate" in sections:
        print("error: --provider measures parse, call, mock and batch only", file=sys.stderr)
        return 2
    try:
        rows = run(sections, effort, providers)
    except (BenchError, ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(render_table(rows))
    results = args.results or (None if args.quick else RESULTS_FILE)
    if results is not None:
        mode = "quick run: figures mean nothing" if args.quick else "full run"
        today = datetime.date.today().isoformat()
        block = render_block(
            rows,
            date=today,
            machine=machine_description(),
            mode=mode,
            only=tuple(args.only or ()),
            providers=providers,
            previous=results.read_text(encoding="utf-8") if results.exists() else "",
        )
        write_results(results, block)
        print(f"\nwritten to {results}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nox -s bench --", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts; proves it runs")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument(
        "--provider",
        action="append",
        metavar="SLUG",
        help="measure this provider only (repeatable); the others' rows stay as they were",
    )
    parser.add_argument("--results", type=Path, help="the results file to refresh")
    return parser


if __name__ == "__main__":
    sys.exit(main())
