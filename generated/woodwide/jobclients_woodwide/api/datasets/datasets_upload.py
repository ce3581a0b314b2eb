from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.tolerance import json_body
from ..._runtime.values import header_value
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.dataset_upload_params import DatasetUploadParams
from ...models.dataset_upload_response import DatasetUploadResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

_OPERATION = "datasets_upload"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    body: DatasetUploadParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = header_value("idempotency_key", idempotency_key)

    url = "/datasets/upload"
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": url,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetUploadResponse | ErrorDetail | HTTPValidationError:
    if response.status_code == 200:
        response_200 = DatasetUploadResponse.from_dict(json_body(response))

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
) -> Response[DatasetUploadResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUploadParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[DatasetUploadResponse]:
    """Prepare a signed-URL dataset upload (creates a dataset ingest job)

     Prepares the upload of a large file: answers a signed URL to PUT the file to (with the answered
    content type) and the ids of the dataset version and of its ingestion job, which waits
    (waiting_for_upload) until datasets_complete is called. The provider documents an `Idempotency-Key`
    header that makes a repeated request safe; the client still never retries this call automatically,
    since the header is the caller's to send and a retry without it may prepare a second upload.

    Args:
        idempotency_key (str | Unset):
        body (DatasetUploadParams): The body of datasets_upload (the official SDK's
            DatasetUploadParams, without its `Idempotency-Key`, which is a header).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[DatasetUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
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
    body: DatasetUploadParams,
    idempotency_key: str | Unset = UNSET,
) -> DatasetUploadResponse:
    """Prepare a signed-URL dataset upload (creates a dataset ingest job)

     Prepares the upload of a large file: answers a signed URL to PUT the file to (with the answered
    content type) and the ids of the dataset version and of its ingestion job, which waits
    (waiting_for_upload) until datasets_complete is called. The provider documents an `Idempotency-Key`
    header that makes a repeated request safe; the client still never retries this call automatically,
    since the header is the caller's to send and a retry without it may prepare a second upload.

    Args:
        idempotency_key (str | Unset):
        body (DatasetUploadParams): The body of datasets_upload (the official SDK's
            DatasetUploadParams, without its `Idempotency-Key`, which is a header).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        DatasetUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUploadParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[DatasetUploadResponse]:
    """Prepare a signed-URL dataset upload (creates a dataset ingest job)

     Prepares the upload of a large file: answers a signed URL to PUT the file to (with the answered
    content type) and the ids of the dataset version and of its ingestion job, which waits
    (waiting_for_upload) until datasets_complete is called. The provider documents an `Idempotency-Key`
    header that makes a repeated request safe; the client still never retries this call automatically,
    since the header is the caller's to send and a retry without it may prepare a second upload.

    Args:
        idempotency_key (str | Unset):
        body (DatasetUploadParams): The body of datasets_upload (the official SDK's
            DatasetUploadParams, without its `Idempotency-Key`, which is a header).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[DatasetUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
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
    body: DatasetUploadParams,
    idempotency_key: str | Unset = UNSET,
) -> DatasetUploadResponse:
    """Prepare a signed-URL dataset upload (creates a dataset ingest job)

     Prepares the upload of a large file: answers a signed URL to PUT the file to (with the answered
    content type) and the ids of the dataset version and of its ingestion job, which waits
    (waiting_for_upload) until datasets_complete is called. The provider documents an `Idempotency-Key`
    header that makes a repeated request safe; the client still never retries this call automatically,
    since the header is the caller's to send and a retry without it may prepare a second upload.

    Args:
        idempotency_key (str | Unset):
        body (DatasetUploadParams): The body of datasets_upload (the official SDK's
            DatasetUploadParams, without its `Idempotency-Key`, which is a header).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        DatasetUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
