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
from ...models.http_validation_error import HTTPValidationError
from ...models.job_list_response import JobListResponse
from ...models.job_status import JobStatus
from ...models.job_type import JobType
from ...types import UNSET, Response, Unset

_OPERATION = "list_jobs"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | str | Unset = UNSET,
    type_: JobType | str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_version_id: str | Unset = UNSET,
    dataset_version_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_status: Any = UNSET
    if not isinstance(status, Unset):
        json_status = enum_query_value("status", JobStatus, status)
    params["status"] = json_status

    json_type_: Any = UNSET
    if not isinstance(type_, Unset):
        json_type_ = enum_query_value("type_", JobType, type_)
    params["type"] = json_type_

    params["model_id"] = model_id

    params["model_version_id"] = model_version_id

    params["dataset_version_id"] = dataset_version_id

    # None is left out like UNSET, a required nullable parameter's too: a query string has no null.
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    url = "/jobs"
    _kwargs: dict[str, Any] = {
        "method": "get",
        # jobclients: the query string in the URL itself (see _runtime/paths.with_query).
        "url": with_query(url, params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | JobListResponse:
    if response.status_code == 200:
        response_200 = JobListResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(json_body(response))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDetail.from_dict(json_body(response))

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(json_body(response))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(json_body(response))

        return response_500

    # Undocumented: runtime.http.build_response raises it with the status, body and request.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobListResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | str | Unset = UNSET,
    type_: JobType | str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_version_id: str | Unset = UNSET,
    dataset_version_id: str | Unset = UNSET,
) -> Response[JobListResponse]:
    """List jobs

     Returns one page of the jobs of the caller's organization, newest first (the official SDK's
    description of its answer), optionally filtered by status, type, model, model version or dataset
    version. Pass the answer's `next_cursor` back as `cursor` for the next page; there are no more pages
    when it is null or missing. The SDK documents neither the default page size nor the order beyond
    "newest first"; the official CLI bounds `limit` to 1-200 in its help. Reading a page changes
    nothing, so the call is retried automatically.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | str | Unset): The status of a job (the same nine values in the
            reference, the official SDK and its CLI). Dataset ingest jobs may also wait in
            waiting_for_upload until their file has been uploaded. succeeded, failed, canceled and
            rejected are final.
        type_ (JobType | str | Unset): A job type to filter the listing by: the eight values the
            official SDK's `type` filter takes. The listed jobs' own `type` stays an open string.
        model_id (str | Unset):
        model_version_id (str | Unset):
        dataset_version_id (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        status=status,
        type_=type_,
        model_id=model_id,
        model_version_id=model_version_id,
        dataset_version_id=dataset_version_id,
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | str | Unset = UNSET,
    type_: JobType | str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_version_id: str | Unset = UNSET,
    dataset_version_id: str | Unset = UNSET,
) -> JobListResponse:
    """List jobs

     Returns one page of the jobs of the caller's organization, newest first (the official SDK's
    description of its answer), optionally filtered by status, type, model, model version or dataset
    version. Pass the answer's `next_cursor` back as `cursor` for the next page; there are no more pages
    when it is null or missing. The SDK documents neither the default page size nor the order beyond
    "newest first"; the official CLI bounds `limit` to 1-200 in its help. Reading a page changes
    nothing, so the call is retried automatically.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | str | Unset): The status of a job (the same nine values in the
            reference, the official SDK and its CLI). Dataset ingest jobs may also wait in
            waiting_for_upload until their file has been uploaded. succeeded, failed, canceled and
            rejected are final.
        type_ (JobType | str | Unset): A job type to filter the listing by: the eight values the
            official SDK's `type` filter takes. The listed jobs' own `type` stays an open string.
        model_id (str | Unset):
        model_version_id (str | Unset):
        dataset_version_id (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        status=status,
        type_=type_,
        model_id=model_id,
        model_version_id=model_version_id,
        dataset_version_id=dataset_version_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | str | Unset = UNSET,
    type_: JobType | str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_version_id: str | Unset = UNSET,
    dataset_version_id: str | Unset = UNSET,
) -> Response[JobListResponse]:
    """List jobs

     Returns one page of the jobs of the caller's organization, newest first (the official SDK's
    description of its answer), optionally filtered by status, type, model, model version or dataset
    version. Pass the answer's `next_cursor` back as `cursor` for the next page; there are no more pages
    when it is null or missing. The SDK documents neither the default page size nor the order beyond
    "newest first"; the official CLI bounds `limit` to 1-200 in its help. Reading a page changes
    nothing, so the call is retried automatically.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | str | Unset): The status of a job (the same nine values in the
            reference, the official SDK and its CLI). Dataset ingest jobs may also wait in
            waiting_for_upload until their file has been uploaded. succeeded, failed, canceled and
            rejected are final.
        type_ (JobType | str | Unset): A job type to filter the listing by: the eight values the
            official SDK's `type` filter takes. The listed jobs' own `type` stays an open string.
        model_id (str | Unset):
        model_version_id (str | Unset):
        dataset_version_id (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        status=status,
        type_=type_,
        model_id=model_id,
        model_version_id=model_version_id,
        dataset_version_id=dataset_version_id,
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | str | Unset = UNSET,
    type_: JobType | str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_version_id: str | Unset = UNSET,
    dataset_version_id: str | Unset = UNSET,
) -> JobListResponse:
    """List jobs

     Returns one page of the jobs of the caller's organization, newest first (the official SDK's
    description of its answer), optionally filtered by status, type, model, model version or dataset
    version. Pass the answer's `next_cursor` back as `cursor` for the next page; there are no more pages
    when it is null or missing. The SDK documents neither the default page size nor the order beyond
    "newest first"; the official CLI bounds `limit` to 1-200 in its help. Reading a page changes
    nothing, so the call is retried automatically.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | str | Unset): The status of a job (the same nine values in the
            reference, the official SDK and its CLI). Dataset ingest jobs may also wait in
            waiting_for_upload until their file has been uploaded. succeeded, failed, canceled and
            rejected are final.
        type_ (JobType | str | Unset): A job type to filter the listing by: the eight values the
            official SDK's `type` filter takes. The listed jobs' own `type` stays an open string.
        model_id (str | Unset):
        model_version_id (str | Unset):
        dataset_version_id (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            status=status,
            type_=type_,
            model_id=model_id,
            model_version_id=model_version_id,
            dataset_version_id=dataset_version_id,
        )
    ).parsed
