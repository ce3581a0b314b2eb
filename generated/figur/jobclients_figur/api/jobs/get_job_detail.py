from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.job_detail_response import JobDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    public_id: str,
    *,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_shopify_hmac_sha_256, Unset):
        headers["X-Shopify-Hmac-Sha256"] = x_shopify_hmac_sha_256

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{public_id}".format(
            public_id=quote(str(public_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | JobDetailResponse | None:
    if response.status_code == 200:
        response_200 = JobDetailResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPValidationError | JobDetailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | JobDetailResponse]:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | JobDetailResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | JobDetailResponse | None:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | JobDetailResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | JobDetailResponse]:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | JobDetailResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | JobDetailResponse | None:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | JobDetailResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
        )
    ).parsed
