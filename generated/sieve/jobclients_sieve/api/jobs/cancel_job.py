from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.status_message import StatusMessage
from ...models.validation_error_response import ValidationErrorResponse
from ...types import Response

_OPERATION = "cancel_job"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    url = "/v2/jobs/{job_id}".format(
        job_id=path_segment("job_id", job_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDetail | StatusMessage | ValidationErrorResponse:
    if response.status_code == 200:
        response_200 = StatusMessage.from_dict(json_body(response))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 406:
        response_406 = ErrorDetail.from_dict(json_body(response))

        return response_406

    if response.status_code == 422:
        response_422 = ValidationErrorResponse.from_dict(json_body(response))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(json_body(response))

        return response_500

    if response.status_code == 503:
        response_503 = ErrorDetail.from_dict(json_body(response))

        return response_503

    # Undocumented: runtime.http.build_response raises it with the status, body and request.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | StatusMessage]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | StatusMessage]:
    """Cancel a job

     Cancels a job that is still running. Revisions of Sieve's OpenAPI document disagree on the answer:
    the oldest answers 204 with no body, every later one 200 with `{"message": ...}`; both are accepted
    here, and the 204 gives no message. A job that is no longer processing answers 400. Retried
    automatically: HTTP defines DELETE as idempotent and Sieve says nothing against it, and a second
    cancel leaves the job as the first did; but if a retried first attempt had already gone through, the
    retry answers 400 (the job is no longer processing), so after a retry a 400 most likely means the
    job was cancelled.

    Args:
        job_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Any | StatusMessage]
    """

    kwargs = _get_kwargs(
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | StatusMessage:
    """Cancel a job

     Cancels a job that is still running. Revisions of Sieve's OpenAPI document disagree on the answer:
    the oldest answers 204 with no body, every later one 200 with `{"message": ...}`; both are accepted
    here, and the 204 gives no message. A job that is no longer processing answers 400. Retried
    automatically: HTTP defines DELETE as idempotent and Sieve says nothing against it, and a second
    cancel leaves the job as the first did; but if a retried first attempt had already gone through, the
    retry answers 400 (the job is no longer processing), so after a retry a 400 most likely means the
    job was cancelled.

    Args:
        job_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Any | StatusMessage
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | StatusMessage]:
    """Cancel a job

     Cancels a job that is still running. Revisions of Sieve's OpenAPI document disagree on the answer:
    the oldest answers 204 with no body, every later one 200 with `{"message": ...}`; both are accepted
    here, and the 204 gives no message. A job that is no longer processing answers 400. Retried
    automatically: HTTP defines DELETE as idempotent and Sieve says nothing against it, and a second
    cancel leaves the job as the first did; but if a retried first attempt had already gone through, the
    retry answers 400 (the job is no longer processing), so after a retry a 400 most likely means the
    job was cancelled.

    Args:
        job_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Any | StatusMessage]
    """

    kwargs = _get_kwargs(
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | StatusMessage:
    """Cancel a job

     Cancels a job that is still running. Revisions of Sieve's OpenAPI document disagree on the answer:
    the oldest answers 204 with no body, every later one 200 with `{"message": ...}`; both are accepted
    here, and the 204 gives no message. A job that is no longer processing answers 400. Retried
    automatically: HTTP defines DELETE as idempotent and Sieve says nothing against it, and a second
    cancel leaves the job as the first did; but if a retried first attempt had already gone through, the
    retry answers 400 (the job is no longer processing), so after a retry a 400 most likely means the
    job was cancelled.

    Args:
        job_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Any | StatusMessage
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
