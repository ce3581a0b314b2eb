from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._runtime.values import header_value
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.job_detail_response import JobDetailResponse
from ...types import UNSET, Response, Unset

_OPERATION = "get_job_detail"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    public_id: str,
    *,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_shopify_hmac_sha_256, Unset):
        headers["X-Shopify-Hmac-Sha256"] = header_value("x_shopify_hmac_sha_256", x_shopify_hmac_sha_256)

    url = "/v1/jobs/{public_id}".format(
        public_id=path_segment("public_id", public_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": url,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | JobDetailResponse:
    if response.status_code == 200:
        response_200 = JobDetailResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_body(response))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(json_body(response))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    # jobclients: `default` stands for the error statuses of an operation that lists its
    # successes: a 2xx it does not list is still undocumented, never read as an error body.
    if 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = ErrorResponse.from_dict(json_body(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobDetailResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[JobDetailResponse]:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobDetailResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
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
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> JobDetailResponse:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobDetailResponse
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
) -> Response[JobDetailResponse]:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobDetailResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
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
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> JobDetailResponse:
    """Get one job's detail

     Returns a job's header (identifier, type, status, creation time and originating request), its final
    result manifest and its latest public event. The manifest stays empty until the job succeeds; each
    artifact carries a short-lived presigned image URL. A job that does not exist and a job that belongs
    to another tenant both answer 404 JOB_NOT_FOUND.

    Args:
        public_id (str):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobDetailResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
        )
    ).parsed
