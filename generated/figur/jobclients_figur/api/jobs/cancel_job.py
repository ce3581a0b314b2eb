from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response

_OPERATION = "cancel_job"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    public_id: str,
) -> dict[str, Any]:

    url = "/v1/jobs/{public_id}/cancel".format(
        public_id=path_segment("public_id", public_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": url,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response))

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response))

        return response_429

    # jobclients: `default` stands for the error statuses of an operation that lists its
    # successes: a 2xx it does not list is still undocumented, never read as an error body.
    if 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = ErrorResponse.from_dict(json_body(response))

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Cancel an in-flight job

     Asks Figur to cancel a job that has not finished. Figur's getting-started guide names this call
    ("cancel an in-flight job with POST /v1/jobs/{public_id}/cancel"); no reference page for it could be
    read, so its success status and body, the capability it needs, what it answers for a finished or
    unknown job, and whether the job's credits are refunded are not documented. A 200, 202 or 204 answer
    is taken as success and its body is not read (another 2xx is reported as undocumented); an error
    answer is read as Figur's common error envelope. Not retried automatically: it is a POST and Figur
    documents no idempotency for it.

    Args:
        public_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
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
) -> Any:
    """Cancel an in-flight job

     Asks Figur to cancel a job that has not finished. Figur's getting-started guide names this call
    ("cancel an in-flight job with POST /v1/jobs/{public_id}/cancel"); no reference page for it could be
    read, so its success status and body, the capability it needs, what it answers for a finished or
    unknown job, and whether the job's credits are refunded are not documented. A 200, 202 or 204 answer
    is taken as success and its body is not read (another 2xx is reported as undocumented); an error
    answer is read as Figur's common error envelope. Not retried automatically: it is a POST and Figur
    documents no idempotency for it.

    Args:
        public_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Any
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Cancel an in-flight job

     Asks Figur to cancel a job that has not finished. Figur's getting-started guide names this call
    ("cancel an in-flight job with POST /v1/jobs/{public_id}/cancel"); no reference page for it could be
    read, so its success status and body, the capability it needs, what it answers for a finished or
    unknown job, and whether the job's credits are refunded are not documented. A 200, 202 or 204 answer
    is taken as success and its body is not read (another 2xx is reported as undocumented); an error
    answer is read as Figur's common error envelope. Not retried automatically: it is a POST and Figur
    documents no idempotency for it.

    Args:
        public_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
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
) -> Any:
    """Cancel an in-flight job

     Asks Figur to cancel a job that has not finished. Figur's getting-started guide names this call
    ("cancel an in-flight job with POST /v1/jobs/{public_id}/cancel"); no reference page for it could be
    read, so its success status and body, the capability it needs, what it answers for a finished or
    unknown job, and whether the job's credits are refunded are not documented. A 200, 202 or 204 answer
    is taken as success and its body is not read (another 2xx is reported as undocumented); an error
    answer is read as Figur's common error envelope. Not retried automatically: it is a POST and Figur
    documents no idempotency for it.

    Args:
        public_id (str):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
        )
    ).parsed
