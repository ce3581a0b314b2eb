from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.tolerance import json_body
from ..._runtime.values import header_value
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.background_swap_with_image_request import BackgroundSwapWithImageRequest
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_accepted_response import WorkflowAcceptedResponse
from ...types import UNSET, Response, Unset

_OPERATION = "dispatch_background_swap_with_image"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    *,
    body: BackgroundSwapWithImageRequest,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_shopify_hmac_sha_256, Unset):
        headers["X-Shopify-Hmac-Sha256"] = header_value("x_shopify_hmac_sha_256", x_shopify_hmac_sha_256)

    url = "/v1/background-swap-with-image"
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
) -> ErrorResponse | HTTPValidationError | WorkflowAcceptedResponse:
    if response.status_code == 202:
        response_202 = WorkflowAcceptedResponse.from_dict(json_body(response))

        return response_202

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(json_body(response))

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response))

        return response_403

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
) -> Response[WorkflowAcceptedResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BackgroundSwapWithImageRequest,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[WorkflowAcceptedResponse]:
    """Dispatch a background-swap (with image) workflow

     Dispatches a background swap of a source image to a catalog background (background_image_public_id).
    Figur's reference does not say which of source_image_s3_key and source_render_public_id must be
    given, nor this workflow's credit cost. Figur's reference: it answers 202 at once with the job's id,
    status and the credits deducted (refunded automatically on any failure path). Not retried
    automatically: Figur documents no idempotency key, so a request repeated after a lost answer may
    start and bill a second job.

    Args:
        x_shopify_hmac_sha_256 (str | Unset):
        body (BackgroundSwapWithImageRequest): A background swap to a catalog background (POST
            /v1/background-swap-with-image). The source image is given by source_image_s3_key or
            source_render_public_id; Figur's reference marks neither required and does not say which
            one, or whether both, may be sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[WorkflowAcceptedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: BackgroundSwapWithImageRequest,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> WorkflowAcceptedResponse:
    """Dispatch a background-swap (with image) workflow

     Dispatches a background swap of a source image to a catalog background (background_image_public_id).
    Figur's reference does not say which of source_image_s3_key and source_render_public_id must be
    given, nor this workflow's credit cost. Figur's reference: it answers 202 at once with the job's id,
    status and the credits deducted (refunded automatically on any failure path). Not retried
    automatically: Figur documents no idempotency key, so a request repeated after a lost answer may
    start and bill a second job.

    Args:
        x_shopify_hmac_sha_256 (str | Unset):
        body (BackgroundSwapWithImageRequest): A background swap to a catalog background (POST
            /v1/background-swap-with-image). The source image is given by source_image_s3_key or
            source_render_public_id; Figur's reference marks neither required and does not say which
            one, or whether both, may be sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        WorkflowAcceptedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BackgroundSwapWithImageRequest,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[WorkflowAcceptedResponse]:
    """Dispatch a background-swap (with image) workflow

     Dispatches a background swap of a source image to a catalog background (background_image_public_id).
    Figur's reference does not say which of source_image_s3_key and source_render_public_id must be
    given, nor this workflow's credit cost. Figur's reference: it answers 202 at once with the job's id,
    status and the credits deducted (refunded automatically on any failure path). Not retried
    automatically: Figur documents no idempotency key, so a request repeated after a lost answer may
    start and bill a second job.

    Args:
        x_shopify_hmac_sha_256 (str | Unset):
        body (BackgroundSwapWithImageRequest): A background swap to a catalog background (POST
            /v1/background-swap-with-image). The source image is given by source_image_s3_key or
            source_render_public_id; Figur's reference marks neither required and does not say which
            one, or whether both, may be sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[WorkflowAcceptedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: BackgroundSwapWithImageRequest,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> WorkflowAcceptedResponse:
    """Dispatch a background-swap (with image) workflow

     Dispatches a background swap of a source image to a catalog background (background_image_public_id).
    Figur's reference does not say which of source_image_s3_key and source_render_public_id must be
    given, nor this workflow's credit cost. Figur's reference: it answers 202 at once with the job's id,
    status and the credits deducted (refunded automatically on any failure path). Not retried
    automatically: Figur documents no idempotency key, so a request repeated after a lost answer may
    start and bill a second job.

    Args:
        x_shopify_hmac_sha_256 (str | Unset):
        body (BackgroundSwapWithImageRequest): A background swap to a catalog background (POST
            /v1/background-swap-with-image). The source image is given by source_image_s3_key or
            source_render_public_id; Figur's reference marks neither required and does not say which
            one, or whether both, may be sent.

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        WorkflowAcceptedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
        )
    ).parsed
