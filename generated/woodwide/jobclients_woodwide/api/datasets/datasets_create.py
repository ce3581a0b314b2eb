from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.dataset_create_params import DatasetCreateParams
from ...models.dataset_create_response import DatasetCreateResponse
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

_OPERATION = "datasets_create"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    body: DatasetCreateParams,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    url = "/datasets"
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": url,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetCreateResponse | ErrorDetail | HTTPValidationError:
    if response.status_code == 200:
        response_200 = DatasetCreateResponse.from_dict(json_body(response))

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
) -> Response[DatasetCreateResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreateParams,
) -> Response[DatasetCreateResponse]:
    """Create a dataset from one file (starts a dataset ingest job)

     Uploads one CSV or Parquet file to create a dataset, or a new version of an existing dataset when
    `dataset_id` is given, and starts its dataset_ingest job; the dataset is ready once the job
    succeeds. The reference limits the file to 30 MB and points larger files to datasets_upload. The
    answer's job id comes as `job_id` (every source). Each call may create a dataset version and a job,
    and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (DatasetCreateParams): The form of datasets_create (the official SDK's
            DatasetCreateParams): the file and where it goes. Without `dataset_id` a new dataset is
            created.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[DatasetCreateResponse]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreateParams,
) -> DatasetCreateResponse:
    """Create a dataset from one file (starts a dataset ingest job)

     Uploads one CSV or Parquet file to create a dataset, or a new version of an existing dataset when
    `dataset_id` is given, and starts its dataset_ingest job; the dataset is ready once the job
    succeeds. The reference limits the file to 30 MB and points larger files to datasets_upload. The
    answer's job id comes as `job_id` (every source). Each call may create a dataset version and a job,
    and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (DatasetCreateParams): The form of datasets_create (the official SDK's
            DatasetCreateParams): the file and where it goes. Without `dataset_id` a new dataset is
            created.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        DatasetCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreateParams,
) -> Response[DatasetCreateResponse]:
    """Create a dataset from one file (starts a dataset ingest job)

     Uploads one CSV or Parquet file to create a dataset, or a new version of an existing dataset when
    `dataset_id` is given, and starts its dataset_ingest job; the dataset is ready once the job
    succeeds. The reference limits the file to 30 MB and points larger files to datasets_upload. The
    answer's job id comes as `job_id` (every source). Each call may create a dataset version and a job,
    and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (DatasetCreateParams): The form of datasets_create (the official SDK's
            DatasetCreateParams): the file and where it goes. Without `dataset_id` a new dataset is
            created.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[DatasetCreateResponse]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreateParams,
) -> DatasetCreateResponse:
    """Create a dataset from one file (starts a dataset ingest job)

     Uploads one CSV or Parquet file to create a dataset, or a new version of an existing dataset when
    `dataset_id` is given, and starts its dataset_ingest job; the dataset is ready once the job
    succeeds. The reference limits the file to 30 MB and points larger files to datasets_upload. The
    answer's job id comes as `job_id` (every source). Each call may create a dataset version and a job,
    and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (DatasetCreateParams): The form of datasets_create (the official SDK's
            DatasetCreateParams): the file and where it goes. Without `dataset_id` a new dataset is
            created.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        DatasetCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
