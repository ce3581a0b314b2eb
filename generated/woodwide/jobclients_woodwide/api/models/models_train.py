from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.model_train_params import ModelTrainParams
from ...models.model_train_response import ModelTrainResponse
from ...types import Response

_OPERATION = "models_train"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    body: ModelTrainParams,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    url = "/models/train"
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
) -> ErrorDetail | HTTPValidationError | ModelTrainResponse:
    if response.status_code == 200:
        response_200 = ModelTrainResponse.from_dict(json_body(response))

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
) -> Response[ModelTrainResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelTrainParams,
) -> Response[ModelTrainResponse]:
    """Train a model (starts a train job)

     Starts training a new model, or a new version of an existing model when `model_id` is given (a
    retrain: the configuration is inherited and only the dataset selector may change), and answers the
    training job's id. Give `dataset_version_id` (a pinned version) or `dataset_id` (its latest ready
    version), or `parent_job_id`; `label_column` is required for prediction models and refused for the
    others. The official SDK lists no default for `training_mode` beyond "best (default)". Each call may
    start a job, and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (ModelTrainParams): The body of models_train (the official SDK's ModelTrainParams).
            The reference's older "Train Model" page also requires a `model_name`, which the SDK does
            not send and this document does not either.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[ModelTrainResponse]
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
    body: ModelTrainParams,
) -> ModelTrainResponse:
    """Train a model (starts a train job)

     Starts training a new model, or a new version of an existing model when `model_id` is given (a
    retrain: the configuration is inherited and only the dataset selector may change), and answers the
    training job's id. Give `dataset_version_id` (a pinned version) or `dataset_id` (its latest ready
    version), or `parent_job_id`; `label_column` is required for prediction models and refused for the
    others. The official SDK lists no default for `training_mode` beyond "best (default)". Each call may
    start a job, and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (ModelTrainParams): The body of models_train (the official SDK's ModelTrainParams).
            The reference's older "Train Model" page also requires a `model_name`, which the SDK does
            not send and this document does not either.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        ModelTrainResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelTrainParams,
) -> Response[ModelTrainResponse]:
    """Train a model (starts a train job)

     Starts training a new model, or a new version of an existing model when `model_id` is given (a
    retrain: the configuration is inherited and only the dataset selector may change), and answers the
    training job's id. Give `dataset_version_id` (a pinned version) or `dataset_id` (its latest ready
    version), or `parent_job_id`; `label_column` is required for prediction models and refused for the
    others. The official SDK lists no default for `training_mode` beyond "best (default)". Each call may
    start a job, and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (ModelTrainParams): The body of models_train (the official SDK's ModelTrainParams).
            The reference's older "Train Model" page also requires a `model_name`, which the SDK does
            not send and this document does not either.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[ModelTrainResponse]
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
    body: ModelTrainParams,
) -> ModelTrainResponse:
    """Train a model (starts a train job)

     Starts training a new model, or a new version of an existing model when `model_id` is given (a
    retrain: the configuration is inherited and only the dataset selector may change), and answers the
    training job's id. Give `dataset_version_id` (a pinned version) or `dataset_id` (its latest ready
    version), or `parent_job_id`; `label_column` is required for prediction models and refused for the
    others. The official SDK lists no default for `training_mode` beyond "best (default)". Each call may
    start a job, and no source documents it as idempotent, so it is never retried automatically.

    Args:
        body (ModelTrainParams): The body of models_train (the official SDK's ModelTrainParams).
            The reference's older "Train Model" page also requires a `model_name`, which the SDK does
            not send and this document does not either.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        ModelTrainResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
