from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_endpoint_job import InferenceEndpointJob
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_name}/inference-endpoints/{inference_endpoint_name}/jobs/{inference_endpoint_job_id}".format(
            organization_name=quote(str(organization_name), safe=""),
            inference_endpoint_name=quote(str(inference_endpoint_name), safe=""),
            inference_endpoint_job_id=quote(str(inference_endpoint_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceEndpointJob | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = InferenceEndpointJob.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InferenceEndpointJob | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InferenceEndpointJob | ProblemDetails]:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceEndpointJob | ProblemDetails]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        inference_endpoint_job_id=inference_endpoint_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceEndpointJob | ProblemDetails | None:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceEndpointJob | ProblemDetails
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
) -> Response[InferenceEndpointJob | ProblemDetails]:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceEndpointJob | ProblemDetails]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        inference_endpoint_job_id=inference_endpoint_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_name: str,
    inference_endpoint_name: str,
    inference_endpoint_job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceEndpointJob | ProblemDetails | None:
    """Get an inference endpoint job

     Returns one job of an inference endpoint: its input, status, event history and, once it has
    finished, its output.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        inference_endpoint_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceEndpointJob | ProblemDetails
    """

    return (
        await asyncio_detailed(
            organization_name=organization_name,
            inference_endpoint_name=inference_endpoint_name,
            inference_endpoint_job_id=inference_endpoint_job_id,
            client=client,
        )
    ).parsed
