"""A loopback server holding a fleet of jobs behind a provider's rate limit.

`python -m scripts.bench.job_fleet_server CONFIG_FILE --limit N --window SECONDS
[--change AT:LIMIT ...]` prints its port, then serves the jobs of CONFIG_FILE (a
`FleetConfig` as JSON, which job_fleet.py builds from a provider's spec):

- GET on the poll path: the job's body with its id and current status; 404 for an id it
  does not hold;
- GET on the listing path (when the provider has one): one page of every job in a fixed
  order, paged as the spec's x-jobclients-pagination says;
- everything else: 404.

A job is pending from its first read (a poll, or a listing page that shows it) until
`done_after` seconds later, then ends in its outcome status. Every request but `GET
/__stats` goes through the sliding window of rate_limited_server.py (429 + Retry-After
past the limit); /__stats adds to that server's counts when each job was first read and
first shown finished, and how often it was read. The server knows no provider: paths,
members and statuses are all in the config, and the bodies are templates prepared once,
in which it only fills in ids, statuses and pages (stdlib only, one core, thousands of
requests a second).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from scripts.bench.loopback_server import response_bytes
from scripts.bench.rate_limited_server import (
    Answer,
    limit_arguments,
    limiter_of,
    problem_bytes,
    serve,
)

# A template is JSON text in which a string "@@fleet:NAME@@" stands for a value filled in
# per answer: id, status (JSON strings), items (a JSON array) and next (any JSON value).
TOKEN = re.compile(r'"@@fleet:(\w+)@@"')
ROUND = 6  # decimals of the times in /__stats (microseconds)


def token(name: str) -> str:
    """The placeholder for `name`, as the string value to put in a body before dumping it."""
    return f"@@fleet:{name}@@"


@dataclass(frozen=True)
class ListingConfig:
    path: str  # a regex the listing's path (without the query) matches whole
    style: str  # page, offset or cursor
    parameter: str  # the query parameter that moves
    first: int  # the first page number or offset (where a request without one starts)
    size_parameter: str | None  # the query parameter setting the page size
    size_default: int  # the page size when none is asked for
    size_max: int | None  # asked sizes are capped here (the spec's maximum)
    page: str  # template of a page that has more after it: items and next
    last_page: str  # template of the last page: items
    item: str  # template of one listed job: id and status


@dataclass(frozen=True)
class FleetConfig:
    provider: str
    poll_path: str  # a regex the poll's path matches whole; the group `job` is the id
    poll_body: str  # template of a polled job: id and status
    job_ids: tuple[str, ...]
    outcomes: tuple[str, ...]  # each job's final status
    pending: str  # every job's status until it is done
    done_after: float  # seconds from a job's first read to its end
    scope: dict[str, str]  # values for the poll path's other parameters (any are served)
    listing: ListingConfig | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> FleetConfig:
        raw = json.loads(text)
        listing = raw.pop("listing")
        return cls(
            **{**raw, "job_ids": tuple(raw["job_ids"]), "outcomes": tuple(raw["outcomes"])},
            listing=ListingConfig(**listing) if listing is not None else None,
        )


@dataclass(frozen=True)
class FleetStats:
    """/__stats of a fleet server. Times are seconds since the server started; the per-job
    lists are in the order of the config's job_ids."""

    served: int
    refused: int
    served_at: list[float]
    kinds: dict[str, dict[str, int]]  # poll, list, not_found: {"served": n, "refused": n}
    first_read: list[float | None]  # when the job was first read (None: never)
    seen_done: list[float | None]  # when a client was first shown its final status
    reads: list[int]  # polls of it and listing pages showing it
    done_reads: list[int]  # of those, the ones that showed its final status

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FleetStats:
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})

    def served_of(self, kind: str) -> int:
        return self.kinds.get(kind, {}).get("served", 0)

    def refused_of(self, kind: str) -> int:
        return self.kinds.get(kind, {}).get("refused", 0)

    @property
    def finished(self) -> int:
        """Jobs a client has seen finished."""
        return sum(1 for seen in self.seen_done if seen is not None)

    @property
    def reads_after_done(self) -> int:
        """Reads of finished jobs past the one that showed each finished: waste."""
        return sum(self.done_reads) - self.finished


class Template:
    """A template split once at its tokens, filled by joining."""

    def __init__(self, text: str) -> None:
        self._parts = TOKEN.split(text)  # odd places: token names
        self.names = frozenset(self._parts[1::2])

    def fill(self, values: Mapping[str, str]) -> str:
        parts = self._parts.copy()
        for index in range(1, len(parts), 2):
            parts[index] = values[parts[index]]
        return "".join(parts)


NOT_FOUND = problem_bytes(404, "Not Found")
BAD_REQUEST = problem_bytes(400, "Bad Request")


class _BadQuery(ValueError):
    pass


class FleetSite:
    """The jobs of a FleetConfig, their clock and their counts (a rate_limited_server Site)."""

    def __init__(self, config: FleetConfig) -> None:
        self.config = config
        count = len(config.job_ids)
        self._index = {job_id: index for index, job_id in enumerate(config.job_ids)}
        self._ids = [json.dumps(job_id) for job_id in config.job_ids]
        self._pending = json.dumps(config.pending)
        self._outcomes = [json.dumps(status) for status in config.outcomes]
        self._poll = re.compile(config.poll_path)
        self._poll_body = Template(config.poll_body)
        self._first_read: list[float | None] = [None] * count
        self._seen_done: list[float | None] = [None] * count
        self._reads = [0] * count
        self._done_reads = [0] * count
        listing = config.listing
        self._listing = re.compile(listing.path) if listing else None
        if listing is not None:
            self._page = Template(listing.page)
            self._last_page = Template(listing.last_page)
            self._item = Template(listing.item)
        self._not_found: tuple[str, Answer] = ("not_found", lambda _: NOT_FOUND)

    def route(self, method: bytes, target: bytes) -> tuple[str, Answer]:
        raw_path, _, query = target.partition(b"?")
        path = raw_path.decode("latin-1")
        if method != b"GET":
            return self._not_found
        found = self._poll.fullmatch(path)
        if found is not None:
            index = self._index.get(unquote(found["job"]))
            if index is None:
                return self._not_found
            return "poll", partial(self._polled, index)
        if self._listing is not None and self._listing.fullmatch(path):
            return "list", partial(self._listed, query.decode("latin-1"))
        return self._not_found

    def _status(self, index: int, now: float) -> str:
        """The job's status (JSON) as read at `now`, counted as a read."""
        self._reads[index] += 1
        first = self._first_read[index]
        if first is None:
            first = self._first_read[index] = now
        if now - first < self.config.done_after:
            return self._pending
        if self._seen_done[index] is None:
            self._seen_done[index] = now
        self._done_reads[index] += 1
        return self._outcomes[index]

    def _polled(self, index: int, now: float) -> bytes:
        body = self._poll_body.fill({"id": self._ids[index], "status": self._status(index, now)})
        return response_bytes(body.encode())

    def _listed(self, query: str, now: float) -> bytes:
        listing = self.config.listing
        assert listing is not None
        try:
            start, size = self._window(listing, dict(parse_qsl(query)))
        except _BadQuery:
            return BAD_REQUEST
        end = min(start + size, len(self._ids))
        items = ",".join(
            self._item.fill({"id": self._ids[index], "status": self._status(index, now)})
            for index in range(start, end)
        )
        if end >= len(self._ids):
            body = self._last_page.fill({"items": f"[{items}]"})
        else:
            following = {
                "page": (start // size) + 1 + listing.first,
                "offset": end + listing.first,
                "cursor": str(end),
            }[listing.style]
            body = self._page.fill({"items": f"[{items}]", "next": json.dumps(following)})
        return response_bytes(body.encode())

    @staticmethod
    def _window(listing: ListingConfig, query: dict[str, str]) -> tuple[int, int]:
        """The index of the first job the page shows, and the page size."""
        size = listing.size_default
        asked = query.get(listing.size_parameter) if listing.size_parameter else None
        if asked is not None:
            size = _integer(asked)
            if size < 1:
                raise _BadQuery
        if listing.size_max is not None:
            size = min(size, listing.size_max)
        moved = query.get(listing.parameter)
        if moved is None:
            return 0, size
        position = _integer(moved)
        if listing.style == "page":
            position = (position - listing.first) * size
        elif listing.style == "offset":
            position -= listing.first
        if position < 0:
            raise _BadQuery
        return position, size

    def stats(self, started: float) -> dict[str, Any]:
        def since(times: list[float | None]) -> list[float | None]:
            return [None if t is None else round(t - started, ROUND) for t in times]

        return {
            "first_read": since(self._first_read),
            "seen_done": since(self._seen_done),
            "reads": self._reads,
            "done_reads": self._done_reads,
        }


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _BadQuery from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.job_fleet_server")
    parser.add_argument("config", type=Path, help="the fleet, as FleetConfig JSON")
    limit_arguments(parser)
    args = parser.parse_args(argv)
    limiter = limiter_of(parser, args)
    serve(FleetSite(FleetConfig.from_json(args.config.read_text())), limiter, args)


if __name__ == "__main__":
    main()
