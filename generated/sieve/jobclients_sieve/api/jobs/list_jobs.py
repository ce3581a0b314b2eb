from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import with_query
from ..._runtime.tolerance import json_body
from ..._runtime.values import enum_query_value
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.job_list import JobList
from ...models.list_jobs_status import ListJobsStatus
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset

_OPERATION = "list_jobs"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    status: ListJobsStatus | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status: Any = UNSET
    if not isinstance(status, Unset):
        json_status = enum_query_value("status", ListJobsStatus, status)
    params["status"] = json_status

    # None is left out like UNSET, a required nullable parameter's too: a query string has no null.
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    url = "/v2/jobs"
    _kwargs: dict[str, Any] = {
        "method": "get",
        # jobclients: the query string in the URL itself (see _runtime/paths.with_query).
        "url": with_query(url, params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | JobList | ValidationErrorResponse:
    if response.status_code == 200:
        response_200 = JobList.from_dict(json_body(response))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(json_body(response))

        return response_403

    if response.status_code == 406:
        response_406 = ErrorDetail.from_dict(json_body(response))

        return response_406

    if response.status_code == 422:
        response_422 = ValidationErrorResponse.from_dict(json_body(response))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(json_body(response))

        return response_500

    if response.status_code == 503:
        response_503 = ErrorDetail.from_dict(json_body(response))

        return response_503

    # Undocumented: runtime.http.build_response raises it with the status, body and request.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobList]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    status: ListJobsStatus | str | Unset = UNSET,
) -> Response[JobList]:
    """List jobs

     Lists the jobs of the API key's organization, a page at a time (Sieve's operation id is
    `v2_list_jobs`). Read the next page with `offset` set to the answer's `next_offset`; -1 there means
    there are no more. Sieve's documents do not say in which order the jobs come. A read: safe to retry.

    Args:
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        status (ListJobsStatus | str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        status=status,
    )

    response = send(
        client,
        kwargs,
        idempotent=_IDEMPOTENT,
        held_open=_HELD_OPEN,
        redirects=_REDIRECTS,
        operation=_OPERATION,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    status: ListJobsStatus | str | Unset = UNSET,
) -> JobList:
    """List jobs

     Lists the jobs of the API key's organization, a page at a time (Sieve's operation id is
    `v2_list_jobs`). Read the next page with `offset` set to the answer's `next_offset`; -1 there means
    there are no more. Sieve's documents do not say in which order the jobs come. A read: safe to retry.

    Args:
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        status (ListJobsStatus | str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    status: ListJobsStatus | str | Unset = UNSET,
) -> Response[JobList]:
    """List jobs

     Lists the jobs of the API key's organization, a page at a time (Sieve's operation id is
    `v2_list_jobs`). Read the next page with `offset` set to the answer's `next_offset`; -1 there means
    there are no more. Sieve's documents do not say in which order the jobs come. A read: safe to retry.

    Args:
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        status (ListJobsStatus | str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        status=status,
    )

    response = await asend(
        client,
        kwargs,
        idempotent=_IDEMPOTENT,
        held_open=_HELD_OPEN,
        redirects=_REDIRECTS,
        operation=_OPERATION,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    status: ListJobsStatus | str | Unset = UNSET,
) -> JobList:
    """List jobs

     Lists the jobs of the API key's organization, a page at a time (Sieve's operation id is
    `v2_list_jobs`). Read the next page with `offset` set to the answer's `next_offset`; -1 there means
    there are no more. Sieve's documents do not say in which order the jobs come. A read: safe to retry.

    Args:
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        status (ListJobsStatus | str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            status=status,
        )
    ).parsed
