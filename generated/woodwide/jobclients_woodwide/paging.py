"""Iterating over every item a listing operation returns, page by page, lazily.

How each operation pages comes from the spec (x-jobclients-pagination); the loop, its end
conditions and its guard against a server that repeats a page are the run-time's
(`._runtime.paging`): the next page is fetched only when the iteration reaches it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._runtime.paging import DEFAULT_MAX_PAGES, Paging, aiterate, iterate
from .api.jobs import list_jobs as _list_jobs
from .client import AuthenticatedClient, Client
from .models import JobDetail

_list_jobs_paging = Paging(
    style="cursor",
    parameter="cursor",
    items="items",
    next="next_cursor",
    end=None,
    size_parameter="limit",
    first=None,
)


def iterate_jobs(
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **arguments: Any,
) -> Iterator[JobDetail]:
    """Every item `list_jobs` lists, fetching each page (cursor style,
    `cursor`) only when the iteration reaches it.

    `arguments` are `list_jobs`'s own (filters, page size); a `cursor` given
    is where the iteration starts. It ends at the last page; errors.PagingError after the
    items before it when the server repeats a page or does not move on, or past max_pages.
    Every error of `list_jobs` is raised as it is.
    """
    return iterate(_list_jobs.sync_detailed, client, _list_jobs_paging, arguments, max_pages)


def async_iterate_jobs(
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **arguments: Any,
) -> AsyncIterator[JobDetail]:
    """The async form of iterate_jobs: `async for item in ...`."""
    return aiterate(_list_jobs.asyncio_detailed, client, _list_jobs_paging, arguments, max_pages)
