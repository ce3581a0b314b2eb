from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.push_request import PushRequest
from ...models.push_response import PushResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import Response

_OPERATION = "push_new_job"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    body: PushRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    url = "/v2/push"
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
) -> ErrorDetail | PushResponse | ValidationErrorResponse:
    if response.status_code == 200:
        response_200 = PushResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(json_body(response))

        return response_401

    if response.status_code == 402:
        response_402 = ErrorDetail.from_dict(json_body(response))

        return response_402

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
) -> Response[PushResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushRequest,
) -> Response[PushResponse]:
    """Push a new job

     Starts a job: calls a Sieve function with the given inputs. Name the function by `function`
    (`author/name[:version]`) or by its `id`; Sieve's documents say to give one of the two, not both,
    and leave open what happens with both or neither. The answer (200, not 201 or 202) carries the new
    job's id and first status; follow the job with `get_job` or `get_job_await`. Not retried
    automatically: no source documents an idempotency key, so a repeated push starts a second job.
    Single revisions of Sieve's OpenAPI document list extra request parameters the others do not (the
    headers x-forwarded-for and x-real-ip, the query parameter `source`); they are left out here.

    Args:
        body (PushRequest): The body of a push: which function to call and with what. A request
            sends only what every revision of Sieve's OpenAPI document accepts, so some members are
            narrower than the newest revision allows (each says how).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[PushResponse]
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
    body: PushRequest,
) -> PushResponse:
    """Push a new job

     Starts a job: calls a Sieve function with the given inputs. Name the function by `function`
    (`author/name[:version]`) or by its `id`; Sieve's documents say to give one of the two, not both,
    and leave open what happens with both or neither. The answer (200, not 201 or 202) carries the new
    job's id and first status; follow the job with `get_job` or `get_job_await`. Not retried
    automatically: no source documents an idempotency key, so a repeated push starts a second job.
    Single revisions of Sieve's OpenAPI document list extra request parameters the others do not (the
    headers x-forwarded-for and x-real-ip, the query parameter `source`); they are left out here.

    Args:
        body (PushRequest): The body of a push: which function to call and with what. A request
            sends only what every revision of Sieve's OpenAPI document accepts, so some members are
            narrower than the newest revision allows (each says how).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        PushResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushRequest,
) -> Response[PushResponse]:
    """Push a new job

     Starts a job: calls a Sieve function with the given inputs. Name the function by `function`
    (`author/name[:version]`) or by its `id`; Sieve's documents say to give one of the two, not both,
    and leave open what happens with both or neither. The answer (200, not 201 or 202) carries the new
    job's id and first status; follow the job with `get_job` or `get_job_await`. Not retried
    automatically: no source documents an idempotency key, so a repeated push starts a second job.
    Single revisions of Sieve's OpenAPI document list extra request parameters the others do not (the
    headers x-forwarded-for and x-real-ip, the query parameter `source`); they are left out here.

    Args:
        body (PushRequest): The body of a push: which function to call and with what. A request
            sends only what every revision of Sieve's OpenAPI document accepts, so some members are
            narrower than the newest revision allows (each says how).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[PushResponse]
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
    body: PushRequest,
) -> PushResponse:
    """Push a new job

     Starts a job: calls a Sieve function with the given inputs. Name the function by `function`
    (`author/name[:version]`) or by its `id`; Sieve's documents say to give one of the two, not both,
    and leave open what happens with both or neither. The answer (200, not 201 or 202) carries the new
    job's id and first status; follow the job with `get_job` or `get_job_await`. Not retried
    automatically: no source documents an idempotency key, so a repeated push starts a second job.
    Single revisions of Sieve's OpenAPI document list extra request parameters the others do not (the
    headers x-forwarded-for and x-real-ip, the query parameter `source`); they are left out here.

    Args:
        body (PushRequest): The body of a push: which function to call and with what. A request
            sends only what every revision of Sieve's OpenAPI document accepts, so some members are
            narrower than the newest revision allows (each says how).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        PushResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
