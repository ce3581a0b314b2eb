"""Iterating over every item of a listing operation, one page at a time, lazily.

The spec names the style (x-jobclients-pagination): `page` (a page number that grows by
one), `offset` (an offset that grows by the items read, or that the answer gives, with an
end marker) or `cursor` (a cursor the answer gives for the next page). The next page is
fetched only when the caller reaches it. Iteration ends at an empty page, a page shorter
than the page size asked for, the end marker or a missing cursor; a server that repeats a
page, or an offset or cursor that does not move, raises PagingError after the items before
it, and so does a listing longer than `max_pages` pages: nothing loops forever.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .errors import PagingError
from .types import Response, Unset

DEFAULT_MAX_PAGES = 10_000


@dataclass(frozen=True)
class Paging:
    """How an operation pages (from the spec's x-jobclients-pagination), by Python names."""

    style: Literal["page", "offset", "cursor"]
    parameter: str  # the argument that moves: page number, offset or cursor
    items: str | None  # the answer's attribute holding the items; None: the answer is the list
    next: str | None = None  # the attribute with the next offset or cursor
    end: Any = None  # offset style: the `next` value that means there are no more pages
    size_parameter: str | None = None  # the argument that sets the page size, if any
    first: Any = None  # the first page number or offset (None: the caller's, else 1 or 0)


class _Pager:
    """The state of one iteration: the arguments of the next call, and the end."""

    def __init__(self, paging: Paging, arguments: dict[str, Any], max_pages: int) -> None:
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages!r}")
        self.paging = paging
        self.arguments = dict(arguments)
        self.max_pages = max_pages
        self.pages = 0
        self.done = False
        self._seen: set[bytes] = set()
        if paging.parameter not in self.arguments:
            default = {"page": 1, "offset": 0}.get(paging.style)
            start = paging.first if paging.first is not None else default
            if start is not None:
                self.arguments[paging.parameter] = start

    def take(self, response: Response[Any]) -> list[Any]:
        """The items of the page just read; moves the arguments on, or marks the end."""
        self.pages += 1
        digest = hashlib.blake2b(response.content, digest_size=16).digest()
        if digest in self._seen:
            raise PagingError(
                f"page {self.pages} repeats an earlier page ({self._where()}): the server does not move on"
            )
        self._seen.add(digest)
        parsed = response.parsed
        raw_items = parsed if self.paging.items is None else getattr(parsed, self.paging.items)
        items = [] if raw_items is None or isinstance(raw_items, Unset) else list(raw_items)
        self._advance(parsed, items)
        if not self.done and self.pages >= self.max_pages:
            raise PagingError(f"more than max_pages={self.max_pages} pages ({self._where()})")
        return items

    def _advance(self, parsed: Any, items: list[Any]) -> None:
        paging, arguments = self.paging, self.arguments
        size = arguments.get(paging.size_parameter) if paging.size_parameter else None
        short = isinstance(size, int) and len(items) < size
        if not items or (short and paging.style != "cursor"):
            self.done = True
            return
        given = getattr(parsed, paging.next, None) if paging.next else None
        given = None if isinstance(given, Unset) else given
        current = arguments.get(paging.parameter)
        if paging.style == "page":
            arguments[paging.parameter] = (current or 0) + 1
        elif paging.style == "offset":
            if given is not None and given == paging.end:
                self.done = True
                return
            following = given if given is not None else (current or 0) + len(items)
            if not isinstance(following, int) or following <= (current or 0):
                raise PagingError(f"the next offset {following!r} does not move on from {current!r}")
            arguments[paging.parameter] = following
        elif given is None or given == "":  # cursor: none given, no more pages
            self.done = True
        elif given == current:
            raise PagingError(f"the next cursor repeats the current one ({self._where()})")
        else:
            arguments[paging.parameter] = given

    def _where(self) -> str:
        return f"{self.paging.parameter}={self.arguments.get(self.paging.parameter)!r}"


def iterate(
    call: Callable[..., Response[Any]],
    client: Any,
    paging: Paging,
    arguments: dict[str, Any],
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Iterator[Any]:
    """Every item of every page of `call` (an operation's sync_detailed), fetched lazily.
    ValueError at once for a max_pages below 1."""
    return _items(call, client, _Pager(paging, arguments, max_pages))


def _items(call: Callable[..., Response[Any]], client: Any, pager: _Pager) -> Iterator[Any]:
    while not pager.done:
        yield from pager.take(call(client=client, **pager.arguments))


def aiterate(
    call: Callable[..., Awaitable[Response[Any]]],
    client: Any,
    paging: Paging,
    arguments: dict[str, Any],
    max_pages: int = DEFAULT_MAX_PAGES,
) -> AsyncIterator[Any]:
    """The async form of iterate (with an operation's asyncio_detailed)."""
    return _aitems(call, client, _Pager(paging, arguments, max_pages))


async def _aitems(
    call: Callable[..., Awaitable[Response[Any]]], client: Any, pager: _Pager
) -> AsyncIterator[Any]:
    while not pager.done:
        for item in pager.take(await call(client=client, **pager.arguments)):
            yield item
