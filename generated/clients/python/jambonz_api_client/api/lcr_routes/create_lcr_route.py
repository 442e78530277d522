from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.lcr_route_create import LcrRouteCreate
from ...types import Response


def _get_kwargs(
    *,
    body: LcrRouteCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/LcrRoutes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Created | None:
    if response.status_code == 201:
        response_201 = Created.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Created]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LcrRouteCreate,
) -> Response[ApiError | Created]:
    """Add a route to a least-cost routing table

     A route without carriers (add them with `POST /LcrCarrierSetEntries`). `lcr_sid`
    is required (400 `missing parameter lcr_sid`) and must be a table the key sees (400
    `unknown lcr_sid`), in jambonz's words.

    **Differs from jambonz**: the table must be within the key's scope (jambonz checks
    none), a missing `regex` or `priority` or a `regex` over 32 characters is a 400
    naming it (jambonz answers 500), and the regex must be valid (see `LcrRegex`).

    Args:
        body (LcrRouteCreate): A new route. `lcr_sid` is required (400 `missing parameter
            lcr_sid`, jambonz's
            words) and must name a routing table the key may change (400 `unknown lcr_sid`).
             Example: {'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c', 'regex': '^44',
            'description': 'UK', 'priority': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LcrRouteCreate,
) -> ApiError | Created | None:
    """Add a route to a least-cost routing table

     A route without carriers (add them with `POST /LcrCarrierSetEntries`). `lcr_sid`
    is required (400 `missing parameter lcr_sid`) and must be a table the key sees (400
    `unknown lcr_sid`), in jambonz's words.

    **Differs from jambonz**: the table must be within the key's scope (jambonz checks
    none), a missing `regex` or `priority` or a `regex` over 32 characters is a 400
    naming it (jambonz answers 500), and the regex must be valid (see `LcrRegex`).

    Args:
        body (LcrRouteCreate): A new route. `lcr_sid` is required (400 `missing parameter
            lcr_sid`, jambonz's
            words) and must name a routing table the key may change (400 `unknown lcr_sid`).
             Example: {'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c', 'regex': '^44',
            'description': 'UK', 'priority': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LcrRouteCreate,
) -> Response[ApiError | Created]:
    """Add a route to a least-cost routing table

     A route without carriers (add them with `POST /LcrCarrierSetEntries`). `lcr_sid`
    is required (400 `missing parameter lcr_sid`) and must be a table the key sees (400
    `unknown lcr_sid`), in jambonz's words.

    **Differs from jambonz**: the table must be within the key's scope (jambonz checks
    none), a missing `regex` or `priority` or a `regex` over 32 characters is a 400
    naming it (jambonz answers 500), and the regex must be valid (see `LcrRegex`).

    Args:
        body (LcrRouteCreate): A new route. `lcr_sid` is required (400 `missing parameter
            lcr_sid`, jambonz's
            words) and must name a routing table the key may change (400 `unknown lcr_sid`).
             Example: {'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c', 'regex': '^44',
            'description': 'UK', 'priority': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LcrRouteCreate,
) -> ApiError | Created | None:
    """Add a route to a least-cost routing table

     A route without carriers (add them with `POST /LcrCarrierSetEntries`). `lcr_sid`
    is required (400 `missing parameter lcr_sid`) and must be a table the key sees (400
    `unknown lcr_sid`), in jambonz's words.

    **Differs from jambonz**: the table must be within the key's scope (jambonz checks
    none), a missing `regex` or `priority` or a `regex` over 32 characters is a 400
    naming it (jambonz answers 500), and the regex must be valid (see `LcrRegex`).

    Args:
        body (LcrRouteCreate): A new route. `lcr_sid` is required (400 `missing parameter
            lcr_sid`, jambonz's
            words) and must name a routing table the key may change (400 `unknown lcr_sid`).
             Example: {'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c', 'regex': '^44',
            'description': 'UK', 'priority': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
