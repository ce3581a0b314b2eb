from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment, with_query
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.job import Job
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset

_OPERATION = "get_job_await"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    job_id: str,
    *,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    # None is left out like UNSET, a required nullable parameter's too: a query string has no null.
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    url = "/v2/jobs/{job_id}/await".format(
        job_id=path_segment("job_id", job_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "get",
        # jobclients: the query string in the URL itself (see _runtime/paths.with_query).
        "url": with_query(url, params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Job | ValidationErrorResponse:
    if response.status_code == 200:
        response_200 = Job.from_dict(json_body(response))

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

    if response.status_code == 406:
        response_406 = ErrorDetail.from_dict(json_body(response))

        return response_406

    if response.status_code == 408:
        response_408 = ErrorDetail.from_dict(json_body(response))

        return response_408

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Job]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
) -> Response[Job]:
    """Wait for a job

     Returns the job once it has finished, as `get_job` does. The server holds the request open while the
    job runs, "up to 10 minutes" in Sieve's words (the revisions of its OpenAPI document that have this
    operation; the older ones do not), and answers 408 when that time runs out first; then call it
    again, or poll `get_job`. The client's time limit for this call is those 10 minutes (x-jobclients-
    timeout: 600) unless the caller sets `timeout=`. A read: safe to retry.

    Args:
        job_id (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        offset=offset,
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
) -> Job:
    """Wait for a job

     Returns the job once it has finished, as `get_job` does. The server holds the request open while the
    job runs, "up to 10 minutes" in Sieve's words (the revisions of its OpenAPI document that have this
    operation; the older ones do not), and answers 408 when that time runs out first; then call it
    again, or poll `get_job`. The client's time limit for this call is those 10 minutes (x-jobclients-
    timeout: 600) unless the caller sets `timeout=`. A read: safe to retry.

    Args:
        job_id (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Job
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
) -> Response[Job]:
    """Wait for a job

     Returns the job once it has finished, as `get_job` does. The server holds the request open while the
    job runs, "up to 10 minutes" in Sieve's words (the revisions of its OpenAPI document that have this
    operation; the older ones do not), and answers 408 when that time runs out first; then call it
    again, or poll `get_job`. The client's time limit for this call is those 10 minutes (x-jobclients-
    timeout: 600) unless the caller sets `timeout=`. A read: safe to retry.

    Args:
        job_id (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        offset=offset,
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
) -> Job:
    """Wait for a job

     Returns the job once it has finished, as `get_job` does. The server holds the request open while the
    job runs, "up to 10 minutes" in Sieve's words (the revisions of its OpenAPI document that have this
    operation; the older ones do not), and answers 408 when that time runs out first; then call it
    again, or poll `get_job`. The client's time limit for this call is those 10 minutes (x-jobclients-
    timeout: 600) unless the caller sets `timeout=`. A read: safe to retry.

    Args:
        job_id (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Job
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            offset=offset,
        )
    ).parsed
