from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.execute_task_request import ExecuteTaskRequest
from ...types import Location, Response

_OPERATION = "create_job"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([303])  # documented 3xx: a result, not followed


def _get_kwargs(
    org_id: UUID,
    topic: str,
    task: str,
    *,
    body: ExecuteTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    url = "/compute/orgs/{org_id}/{topic}/{task}".format(
        org_id=path_segment("org_id", org_id),
        topic=path_segment("topic", topic),
        task=path_segment("task", task),
    )
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": url,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse:
    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(json_body(response))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    # Undocumented: runtime.http.build_response raises it with the status, body and request.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Location]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    org_id: UUID,
    topic: str,
    task: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteTaskRequest,
) -> Response[Location]:
    """Execute a task (create a job)

     Starts a job: an asynchronous run of the compute task `task` of topic `topic` for the organization,
    with the task's parameters in the body. The answer is 303 See Other with no body and a Location
    header naming the new job's status URL (`.../{job_id}/status`, the path of `get_job_status`); the
    call returns that Location, with the job id read from it, and does not follow it. Not retried
    automatically: no source documents an idempotency key or what a repeated request does, so a request
    repeated after a lost answer may start a second job. What `parameters` must hold is decided by each
    task (for geostatistics tasks, Seequent's task reference and guides); the Task API reference does
    not say which checks answer 400 or 422. Seequent's SDK sends the header `API-Preview: opt-in` when a
    caller asks for a task in preview; no reference page of this operation documents that header, so it
    is not a parameter here (a caller can add it to the client's headers).

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        body (ExecuteTaskRequest): The body of the create call. Every source names one member,
            `parameters`; no source names another, so nothing else is sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Location]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        topic=topic,
        task=task,
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteTaskRequest,
) -> Location:
    """Execute a task (create a job)

     Starts a job: an asynchronous run of the compute task `task` of topic `topic` for the organization,
    with the task's parameters in the body. The answer is 303 See Other with no body and a Location
    header naming the new job's status URL (`.../{job_id}/status`, the path of `get_job_status`); the
    call returns that Location, with the job id read from it, and does not follow it. Not retried
    automatically: no source documents an idempotency key or what a repeated request does, so a request
    repeated after a lost answer may start a second job. What `parameters` must hold is decided by each
    task (for geostatistics tasks, Seequent's task reference and guides); the Task API reference does
    not say which checks answer 400 or 422. Seequent's SDK sends the header `API-Preview: opt-in` when a
    caller asks for a task in preview; no reference page of this operation documents that header, so it
    is not a parameter here (a caller can add it to the client's headers).

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        body (ExecuteTaskRequest): The body of the create call. Every source names one member,
            `parameters`; no source names another, so nothing else is sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Location
    """

    return sync_detailed(
        org_id=org_id,
        topic=topic,
        task=task,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: UUID,
    topic: str,
    task: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteTaskRequest,
) -> Response[Location]:
    """Execute a task (create a job)

     Starts a job: an asynchronous run of the compute task `task` of topic `topic` for the organization,
    with the task's parameters in the body. The answer is 303 See Other with no body and a Location
    header naming the new job's status URL (`.../{job_id}/status`, the path of `get_job_status`); the
    call returns that Location, with the job id read from it, and does not follow it. Not retried
    automatically: no source documents an idempotency key or what a repeated request does, so a request
    repeated after a lost answer may start a second job. What `parameters` must hold is decided by each
    task (for geostatistics tasks, Seequent's task reference and guides); the Task API reference does
    not say which checks answer 400 or 422. Seequent's SDK sends the header `API-Preview: opt-in` when a
    caller asks for a task in preview; no reference page of this operation documents that header, so it
    is not a parameter here (a caller can add it to the client's headers).

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        body (ExecuteTaskRequest): The body of the create call. Every source names one member,
            `parameters`; no source names another, so nothing else is sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Location]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        topic=topic,
        task=task,
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteTaskRequest,
) -> Location:
    """Execute a task (create a job)

     Starts a job: an asynchronous run of the compute task `task` of topic `topic` for the organization,
    with the task's parameters in the body. The answer is 303 See Other with no body and a Location
    header naming the new job's status URL (`.../{job_id}/status`, the path of `get_job_status`); the
    call returns that Location, with the job id read from it, and does not follow it. Not retried
    automatically: no source documents an idempotency key or what a repeated request does, so a request
    repeated after a lost answer may start a second job. What `parameters` must hold is decided by each
    task (for geostatistics tasks, Seequent's task reference and guides); the Task API reference does
    not say which checks answer 400 or 422. Seequent's SDK sends the header `API-Preview: opt-in` when a
    caller asks for a task in preview; no reference page of this operation documents that header, so it
    is not a parameter here (a caller can add it to the client's headers).

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        body (ExecuteTaskRequest): The body of the create call. Every source names one member,
            `parameters`; no source names another, so nothing else is sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Location
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            topic=topic,
            task=task,
            client=client,
            body=body,
        )
    ).parsed
