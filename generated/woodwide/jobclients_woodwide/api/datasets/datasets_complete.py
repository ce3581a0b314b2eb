from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.dataset_complete_response import DatasetCompleteResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

_OPERATION = "datasets_complete"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    version_id: str,
) -> dict[str, Any]:

    url = "/datasets/{version_id}/complete".format(
        version_id=path_segment("version_id", version_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetCompleteResponse | ErrorDetail | HTTPValidationError:
    if response.status_code == 200:
        response_200 = DatasetCompleteResponse.from_dict(json_body(response))

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
) -> Response[DatasetCompleteResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DatasetCompleteResponse]:
    """Complete a signed-URL upload (triggers the dataset ingest job)

     Signals that the file has been uploaded to the signed URL of datasets_upload and triggers the
    ingestion job of that dataset version; answers the job's id and status. The SDK sends no body. What
    a second call for the same version answers is not documented, so the call is never retried
    automatically.

    Args:
        version_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[DatasetCompleteResponse]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
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
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DatasetCompleteResponse:
    """Complete a signed-URL upload (triggers the dataset ingest job)

     Signals that the file has been uploaded to the signed URL of datasets_upload and triggers the
    ingestion job of that dataset version; answers the job's id and status. The SDK sends no body. What
    a second call for the same version answers is not documented, so the call is never retried
    automatically.

    Args:
        version_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        DatasetCompleteResponse
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DatasetCompleteResponse]:
    """Complete a signed-URL upload (triggers the dataset ingest job)

     Signals that the file has been uploaded to the signed URL of datasets_upload and triggers the
    ingestion job of that dataset version; answers the job's id and status. The SDK sends no body. What
    a second call for the same version answers is not documented, so the call is never retried
    automatically.

    Args:
        version_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[DatasetCompleteResponse]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
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
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DatasetCompleteResponse:
    """Complete a signed-URL upload (triggers the dataset ingest job)

     Signals that the file has been uploaded to the signed URL of datasets_upload and triggers the
    ingestion job of that dataset version; answers the job's id and status. The SDK sends no body. What
    a second call for the same version answers is not documented, so the call is never retried
    automatically.

    Args:
        version_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        DatasetCompleteResponse
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
        )
    ).parsed
