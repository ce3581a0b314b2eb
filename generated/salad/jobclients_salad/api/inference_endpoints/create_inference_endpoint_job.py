from typing import Any

import httpx

from ... import errors
from ..._runtime.http import asend, build_response, send
from ..._runtime.paths import path_segment
from ..._runtime.tolerance import json_body
from ..._spec import HELD_OPEN_OPERATIONS, IDEMPOTENT_OPERATIONS, JOB_PATHS, RELIED_FIELDS
from ...client import AuthenticatedClient, Client
from ...models.inference_endpoint_job import InferenceEndpointJob
from ...models.inference_endpoint_job_prototype import InferenceEndpointJobPrototype
from ...models.problem_details import ProblemDetails
from ...types import Response

_OPERATION = "create_inference_endpoint_job"  # its name in _spec's tables and the request budget
_IDEMPOTENT = _OPERATION in IDEMPOTENT_OPERATIONS
_HELD_OPEN = HELD_OPEN_OPERATIONS.get(_OPERATION)  # the spec's time limit, if any
_REDIRECTS: frozenset[int] = frozenset([])  # documented 3xx: a result, not followed


def _get_kwargs(
    organization_name: str,
    inference_endpoint_name: str,
    *,
    body: InferenceEndpointJobPrototype,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    url = "/organizations/{organization_name}/inference-endpoints/{inference_endpoint_name}/jobs".format(
        organization_name=path_segment("organization_name", organization_name),
        inference_endpoint_name=path_segment("inference_endpoint_name", inference_endpoint_name),
    )
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
) -> InferenceEndpointJob | ProblemDetails:
    if response.status_code == 201:
        response_201 = InferenceEndpointJob.from_dict(json_body(response))

        return response_201

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
) -> Response[InferenceEndpointJob]:
    # build_response returns only 2xx answers, parsed as one of the success bodies.
    return build_response(
        client, response, _parse_response, RELIED_FIELDS, redirects=_REDIRECTS, paths=JOB_PATHS
    )


def sync_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceEndpointJobPrototype,
) -> Response[InferenceEndpointJob]:
    """Create an inference endpoint job

     Queues a new job on an inference endpoint and returns it (status `pending`), with a Location header
    naming the new job. Not retried automatically: SaladCloud documents no idempotency key, so a request
    repeated after a lost answer may queue a second job. SaladCloud does not document the shape `input`
    must have for a given endpoint (the endpoint's own input schema decides), nor which errors come back
    as 400.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        body (InferenceEndpointJobPrototype): A request to create an inference endpoint job. Only
            `input` is required (in every source). The schema holds what SaladCloud's current document
            (0.9.0-alpha.15) and SDKs (Python 0.9.0a8-a17, TypeScript 0.9.0-alpha.17) accept, each
            member not null and bounded as there; no other member is sent. The 0.9.0-alpha.4 document
            knew only input, metadata and webhook (and let metadata and webhook be null).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[InferenceEndpointJob]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
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
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceEndpointJobPrototype,
) -> InferenceEndpointJob:
    """Create an inference endpoint job

     Queues a new job on an inference endpoint and returns it (status `pending`), with a Location header
    naming the new job. Not retried automatically: SaladCloud documents no idempotency key, so a request
    repeated after a lost answer may queue a second job. SaladCloud does not document the shape `input`
    must have for a given endpoint (the endpoint's own input schema decides), nor which errors come back
    as 400.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        body (InferenceEndpointJobPrototype): A request to create an inference endpoint job. Only
            `input` is required (in every source). The schema holds what SaladCloud's current document
            (0.9.0-alpha.15) and SDKs (Python 0.9.0a8-a17, TypeScript 0.9.0-alpha.17) accept, each
            member not null and bounded as there; no other member is sent. The 0.9.0-alpha.4 document
            knew only input, metadata and webhook (and let metadata and webhook be null).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        InferenceEndpointJob
    """

    return sync_detailed(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceEndpointJobPrototype,
) -> Response[InferenceEndpointJob]:
    """Create an inference endpoint job

     Queues a new job on an inference endpoint and returns it (status `pending`), with a Location header
    naming the new job. Not retried automatically: SaladCloud documents no idempotency key, so a request
    repeated after a lost answer may queue a second job. SaladCloud does not document the shape `input`
    must have for a given endpoint (the endpoint's own input schema decides), nor which errors come back
    as 400.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        body (InferenceEndpointJobPrototype): A request to create an inference endpoint job. Only
            `input` is required (in every source). The schema holds what SaladCloud's current document
            (0.9.0-alpha.15) and SDKs (Python 0.9.0a8-a17, TypeScript 0.9.0-alpha.17) accept, each
            member not null and bounded as there; no other member is sent. The 0.9.0-alpha.4 document
            knew only input, metadata and webhook (and let metadata and webhook be null).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        Response[InferenceEndpointJob]
    """

    kwargs = _get_kwargs(
        organization_name=organization_name,
        inference_endpoint_name=inference_endpoint_name,
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
    organization_name: str,
    inference_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceEndpointJobPrototype,
) -> InferenceEndpointJob:
    """Create an inference endpoint job

     Queues a new job on an inference endpoint and returns it (status `pending`), with a Location header
    naming the new job. Not retried automatically: SaladCloud documents no idempotency key, so a request
    repeated after a lost answer may queue a second job. SaladCloud does not document the shape `input`
    must have for a given endpoint (the endpoint's own input schema decides), nor which errors come back
    as 400.

    Args:
        organization_name (str):
        inference_endpoint_name (str):
        body (InferenceEndpointJobPrototype): A request to create an inference endpoint job. Only
            `input` is required (in every source). The schema holds what SaladCloud's current document
            (0.9.0-alpha.15) and SDKs (Python 0.9.0a8-a17, TypeScript 0.9.0-alpha.17) accept, each
            member not null and bounded as there; no other member is sent. The 0.9.0-alpha.4 document
            knew only input, metadata and webhook (and let metadata and webhook be null).

    Raises:
        errors.APIStatusError: The answer's status is not 2xx (a subclass by status, such as errors.NotFoundError; its `parsed` holds the documented error body) or is a 2xx this operation does not document (errors.UnexpectedStatus).
        errors.ResponseValidationError: A 2xx body does not match the spec; its `field` says where.
        errors.APIConnectionError: No usable answer (errors.APITimeoutError when the request timed out).
        ValueError: A path parameter is "", "." or "..".

    Returns:
        InferenceEndpointJob
    """

    return (
        await asyncio_detailed(
            organization_name=organization_name,
            inference_endpoint_name=inference_endpoint_name,
            client=client,
            body=body,
        )
    ).parsed
