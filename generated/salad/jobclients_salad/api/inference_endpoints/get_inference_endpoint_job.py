from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.inference_endpoint_job import InferenceEndpointJob
from ...models.problem_details import ProblemDetails
from ...types import Response

_OPERATION = "get_inference_endpoint_job"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
) -> dict[str, Any]:

    url = "/organizations/{organization_name}/inference-endpoints/{inference_endpoint_name}/jobs/{inference_endpoint_job_id}".format(
        organization_name=path_segment("organization_name", organization_name),
        inference_endpoint_name=path_segment("inference_endpoint_name", inference_endpoint_name),
        inference_endpoint_job_id=path_segment("inference_endpoint_job_id", inference_endpoint_job_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceEndpointJob | ProblemDetails:
    if response.status_code == 200:
        response_200 = InferenceEndpointJob.from_dict(json_body(response))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(json_body(response))

        return response_404

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(json_body(response))

        return response_429

    # jobclients: `default` stands for the error statuses of an operation that lists its
    # successes: a 2xx it does not list is still undocumented, never read as an error body.
    if 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = ProblemDetails.from_dict(json_body(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InferenceEndpointJob]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InferenceEndpointJob]:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[InferenceEndpointJob]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        inference_endpoint_job_id=inference_endpoint_job_id,
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
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceEndpointJob:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        InferenceEndpointJob
    """

    return sync_detailed(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        inference_endpoint_job_id=inference_endpoint_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InferenceEndpointJob]:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[InferenceEndpointJob]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        inference_endpoint_job_id=inference_endpoint_job_id,
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
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceEndpointJob:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        InferenceEndpointJob
    """

    return (
        await asyncio_detailed(
            organization_name=organization_name,
            inference_endpoint_name=inference_endpoint_name,
            inference_endpoint_job_id=inference_endpoint_job_id,
            client=client,
        )
    ).parsed
