from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_status_response import JobStatusResponse
from ...types import Response

_OPERATION = "get_job_status"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: UUID,
) -> dict[str, Any]:

    url = "/compute/orgs/{org_id}/{topic}/{task}/{job_id}/status".format(
        org_id=path_segment("org_id", org_id),
        topic=path_segment("topic", topic),
        task=path_segment("task", task),
        job_id=path_segment("job_id", job_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobStatusResponse:
    if response.status_code == 200:
        response_200 = JobStatusResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 202:
        response_202 = JobStatusResponse.from_dict(json_body(response))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_body(response))

        return response_404

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(json_body(response))

        return response_408

    if response.status_code == 425:
        response_425 = ErrorResponse.from_dict(json_body(response))

        return response_425

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_body(response))

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(json_body(response))

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(json_body(response))

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(json_body(response))

        return response_504

    # Undocumented: runtime.http.build_response raises it with the status, body and request.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobStatusResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobStatusResponse]:
    """Retrieve the status of a job

     Returns the status of one job with, where the task reports them, a progress percentage, a message
    and an error object. This is the URL the Location header of the create call points at, and the one
    to poll. A finished job answers 200 with a link to its results; an ongoing job answers 202 with a
    link to cancel it.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        topic=topic,
        task=task,
        job_id=job_id,
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
    org_id: UUID,
    topic: str,
    task: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> JobStatusResponse:
    """Retrieve the status of a job

     Returns the status of one job with, where the task reports them, a progress percentage, a message
    and an error object. This is the URL the Location header of the create call points at, and the one
    to poll. A finished job answers 200 with a link to its results; an ongoing job answers 202 with a
    link to cancel it.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobStatusResponse
    """

    return sync_detailed(
        org_id=org_id,
        topic=topic,
        task=task,
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobStatusResponse]:
    """Retrieve the status of a job

     Returns the status of one job with, where the task reports them, a progress percentage, a message
    and an error object. This is the URL the Location header of the create call points at, and the one
    to poll. A finished job answers 200 with a link to its results; an ongoing job answers 202 with a
    link to cancel it.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        topic=topic,
        task=task,
        job_id=job_id,
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
    org_id: UUID,
    topic: str,
    task: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> JobStatusResponse:
    """Retrieve the status of a job

     Returns the status of one job with, where the task reports them, a progress percentage, a message
    and an error object. This is the URL the Location header of the create call points at, and the one
    to poll. A finished job answers 200 with a link to its results; an ongoing job answers 202 with a
    link to cancel it.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobStatusResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            topic=topic,
            task=task,
            job_id=job_id,
            client=client,
        )
    ).parsed
