from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment, with_query
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.inference_endpoint_job_collection import InferenceEndpointJobCollection
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset

_OPERATION = "list_inference_endpoint_jobs"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    organization_name: str,
    inference_endpoint_name: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    # None is left out like UNSET, a required nullable parameter's too: a query string has no null.
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    url = "/organizations/{organization_name}/inference-endpoints/{inference_endpoint_name}/jobs".format(
        organization_name=path_segment("organization_name", organization_name),
        inference_endpoint_name=path_segment("inference_endpoint_name", inference_endpoint_name),
    )
    _kwargs: dict[str, Any] = {
        "method": "get",
        # jobclients: the query string in the URL itself (see _runtime/paths.with_query).
        "url": with_query(url, params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceEndpointJobCollection | ProblemDetails:
    if response.status_code == 200:
        response_200 = InferenceEndpointJobCollection.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(json_body(response))

        return response_404

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(json_body(response))

        return response_429

    # jobclients: `default` stands for the error statuses of an operation that lists its
    # successes: a 2xx it does not list is still undocumented, never read as an error body.
    if 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = ProblemDetails.from_dict(json_body(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InferenceEndpointJobCollection]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[InferenceEndpointJobCollection]:
    """List inference endpoint jobs

     Returns one page of the jobs of an inference endpoint, at most `page_size` (1-100) of them, with the
    page number, the page size and the total number of jobs. SaladCloud does not document the order of
    the jobs, the default page and page size when the parameters are left out, or what a page past the
    last one returns. Reading a page changes nothing, so the call is retried automatically.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[InferenceEndpointJobCollection]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        page=page,
        page_size=page_size,
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
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> InferenceEndpointJobCollection:
    """List inference endpoint jobs

     Returns one page of the jobs of an inference endpoint, at most `page_size` (1-100) of them, with the
    page number, the page size and the total number of jobs. SaladCloud does not document the order of
    the jobs, the default page and page size when the parameters are left out, or what a page past the
    last one returns. Reading a page changes nothing, so the call is retried automatically.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        InferenceEndpointJobCollection
    """

    return sync_detailed(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[InferenceEndpointJobCollection]:
    """List inference endpoint jobs

     Returns one page of the jobs of an inference endpoint, at most `page_size` (1-100) of them, with the
    page number, the page size and the total number of jobs. SaladCloud does not document the order of
    the jobs, the default page and page size when the parameters are left out, or what a page past the
    last one returns. Reading a page changes nothing, so the call is retried automatically.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[InferenceEndpointJobCollection]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        page=page,
        page_size=page_size,
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
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> InferenceEndpointJobCollection:
    """List inference endpoint jobs

     Returns one page of the jobs of an inference endpoint, at most `page_size` (1-100) of them, with the
    page number, the page size and the total number of jobs. SaladCloud does not document the order of
    the jobs, the default page and page size when the parameters are left out, or what a page past the
    last one returns. Reading a page changes nothing, so the call is retried automatically.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        InferenceEndpointJobCollection
    """

    return (
        await asyncio_detailed(
            organization_name=organization_name,
            inference_endpoint_name=inference_endpoint_name,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
