from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment, with_query
from ..._runtime.tolerance import json_body
from ..._runtime.values import header_value
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.job_events_response import JobEventsResponse
from ...types import UNSET, Response, Unset

_OPERATION = "list_job_events"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    public_id: str,
    *,
    since: int | Unset = UNSET,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_shopify_hmac_sha_256, Unset):
        headers["X-Shopify-Hmac-Sha256"] = header_value("x_shopify_hmac_sha_256", x_shopify_hmac_sha_256)

    params: dict[str, Any] = {}

    params["since"] = since

    # None is left out like UNSET, a required nullable parameter's too: a query string has no null.
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    url = "/v1/jobs/{public_id}/events".format(
        public_id=path_segment("public_id", public_id),
    )
    _kwargs: dict[str, Any] = {
        "method": "get",
        # jobclients: the query string in the URL itself (see _runtime/paths.with_query).
        "url": with_query(url, params),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | JobEventsResponse:
    if response.status_code == 200:
        response_200 = JobEventsResponse.from_dict(json_body(response))

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
) -> Response[JobEventsResponse]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = UNSET,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[JobEventsResponse]:
    """Get a job's public event timeline

     Returns the job's public events in ascending seq order, optionally only those after a cursor.
    Figur's reference calls the timeline "cursored by ?since=": since is an exclusive seq cursor (only
    events after it are returned), and each event's seq is the next cursor; the getting-started guide
    says to re-poll with the last latest_seq seen until a succeeded or failed event arrives. Leaving
    since out returns the timeline from its start. Ownership is checked first: an unknown job and
    another tenant's job both answer 404 before any event is read. Figur documents no page size for this
    call, no seq value of the first event, and no value of latest_seq for an answer without new events
    (specs/figur/SOURCES.md).

    Args:
        public_id (str):
        since (int | Unset):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobEventsResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        since=since,
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
    since: int | Unset = UNSET,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> JobEventsResponse:
    """Get a job's public event timeline

     Returns the job's public events in ascending seq order, optionally only those after a cursor.
    Figur's reference calls the timeline "cursored by ?since=": since is an exclusive seq cursor (only
    events after it are returned), and each event's seq is the next cursor; the getting-started guide
    says to re-poll with the last latest_seq seen until a succeeded or failed event arrives. Leaving
    since out returns the timeline from its start. Ownership is checked first: an unknown job and
    another tenant's job both answer 404 before any event is read. Figur documents no page size for this
    call, no seq value of the first event, and no value of latest_seq for an answer without new events
    (specs/figur/SOURCES.md).

    Args:
        public_id (str):
        since (int | Unset):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobEventsResponse
    """

    return sync_detailed(
        public_id=public_id,
        client=client,
        since=since,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    ).parsed


async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = UNSET,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> Response[JobEventsResponse]:
    """Get a job's public event timeline

     Returns the job's public events in ascending seq order, optionally only those after a cursor.
    Figur's reference calls the timeline "cursored by ?since=": since is an exclusive seq cursor (only
    events after it are returned), and each event's seq is the next cursor; the getting-started guide
    says to re-poll with the last latest_seq seen until a succeeded or failed event arrives. Leaving
    since out returns the timeline from its start. Ownership is checked first: an unknown job and
    another tenant's job both answer 404 before any event is read. Figur documents no page size for this
    call, no seq value of the first event, and no value of latest_seq for an answer without new events
    (specs/figur/SOURCES.md).

    Args:
        public_id (str):
        since (int | Unset):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[JobEventsResponse]
    """

    kwargs = _get_kwargs(
        public_id=public_id,
        since=since,
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
    since: int | Unset = UNSET,
    x_shopify_hmac_sha_256: str | Unset = UNSET,
) -> JobEventsResponse:
    """Get a job's public event timeline

     Returns the job's public events in ascending seq order, optionally only those after a cursor.
    Figur's reference calls the timeline "cursored by ?since=": since is an exclusive seq cursor (only
    events after it are returned), and each event's seq is the next cursor; the getting-started guide
    says to re-poll with the last latest_seq seen until a succeeded or failed event arrives. Leaving
    since out returns the timeline from its start. Ownership is checked first: an unknown job and
    another tenant's job both answer 404 before any event is read. Figur documents no page size for this
    call, no seq value of the first event, and no value of latest_seq for an answer without new events
    (specs/figur/SOURCES.md).

    Args:
        public_id (str):
        since (int | Unset):
        x_shopify_hmac_sha_256 (str | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        JobEventsResponse
    """

    return (
        await asyncio_detailed(
            public_id=public_id,
            client=client,
            since=since,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
        )
    ).parsed
