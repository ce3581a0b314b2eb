from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/compute/orgs/{org_id}/{topic}/{task}/{job_id}".format(
            org_id=quote(str(org_id), safe=""),
            topic=quote(str(topic), safe=""),
            task=quote(str(task), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Cancel a job

     Asks Evo to stop one job. The job's status becomes "canceling" (also spelled "cancelling") and then
    "canceled" (or "cancelled") once it has stopped. Sending the request again asks for the same
    outcome, so it is treated as safe to retry; the reference does not say what a repeat returns for a
    job that has already finished.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        topic=topic,
        task=task,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Cancel a job

     Asks Evo to stop one job. The job's status becomes "canceling" (also spelled "cancelling") and then
    "canceled" (or "cancelled") once it has stopped. Sending the request again asks for the same
    outcome, so it is treated as safe to retry; the reference does not say what a repeat returns for a
    job that has already finished.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Cancel a job

     Asks Evo to stop one job. The job's status becomes "canceling" (also spelled "cancelling") and then
    "canceled" (or "cancelled") once it has stopped. Sending the request again asks for the same
    outcome, so it is treated as safe to retry; the reference does not say what a repeat returns for a
    job that has already finished.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        topic=topic,
        task=task,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: UUID,
    topic: str,
    task: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Cancel a job

     Asks Evo to stop one job. The job's status becomes "canceling" (also spelled "cancelling") and then
    "canceled" (or "cancelled") once it has stopped. Sending the request again asks for the same
    outcome, so it is treated as safe to retry; the reference does not say what a repeat returns for a
    job that has already finished.

    Args:
        org_id (UUID):
        topic (str):
        task (str):
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
