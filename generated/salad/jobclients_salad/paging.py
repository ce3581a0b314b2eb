"""Iterating over every item a listing operation returns, page by page, lazily.

How each operation pages comes from the spec (x-jobclients-pagination); the loop, its end
conditions and its guard against a server that repeats a page are the run-time's
(`._runtime.paging`): the next page is fetched only when the iteration reaches it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._runtime.paging import DEFAULT_MAX_PAGES, Paging, aiterate, iterate
from .api.inference_endpoints import list_inference_endpoint_jobs as _list_inference_endpoint_jobs
from .client import AuthenticatedClient, Client
from .models import InferenceEndpointJob

_list_inference_endpoint_jobs_paging = Paging(
    style="page",
    parameter="page",
    items="items",
    next=None,
    end=None,
    size_parameter="page_size",
    first=1,
)


def iterate_inference_endpoint_jobs(
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **arguments: Any,
) -> Iterator[InferenceEndpointJob]:
    """Every item `list_inference_endpoint_jobs` lists, fetching each page (page style,
    `page`) only when the iteration reaches it.

    `arguments` are `list_inference_endpoint_jobs`'s own (filters, page size); a `page` given
    is where the iteration starts. It ends at the last page; errors.PagingError after the
    items before it when the server repeats a page or does not move on, or past max_pages.
    Every error of `list_inference_endpoint_jobs` is raised as it is.
    """
    return iterate(
        _list_inference_endpoint_jobs.sync_detailed,
        client,
        _list_inference_endpoint_jobs_paging,
        arguments,
        max_pages,
    )


def async_iterate_inference_endpoint_jobs(
    *,
    client: AuthenticatedClient | Client,
    max_pages: int = DEFAULT_MAX_PAGES,
    **arguments: Any,
) -> AsyncIterator[InferenceEndpointJob]:
    """The async form of iterate_inference_endpoint_jobs: `async for item in ...`."""
    return aiterate(
        _list_inference_endpoint_jobs.asyncio_detailed,
        client,
        _list_inference_endpoint_jobs_paging,
        arguments,
        max_pages,
    )
