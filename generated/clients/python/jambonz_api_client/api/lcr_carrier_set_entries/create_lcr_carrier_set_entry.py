from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.lcr_carrier_set_entry_create import LcrCarrierSetEntryCreate
from ...types import Response


def _get_kwargs(
    *,
    body: LcrCarrierSetEntryCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/LcrCarrierSetEntries",
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
    body: LcrCarrierSetEntryCreate,
) -> Response[ApiError | Created]:
    """Add a carrier to a route

     The route must be one of a table the key sees (400 `unknown lcr_route_sid`), the
    carrier one the key sees and the table's owner may use (see `POST
    /Lcrs/{LcrSid}/Routes`; 400 `unknown voip_carrier_sid`), both in jambonz's words.

    **Differs from jambonz**, which checks no scope here: another tenant's route or
    carrier answers as an unknown one.

    Args:
        body (LcrCarrierSetEntryCreate): A new carrier of a route. `lcr_route_sid` is required
            (400 `missing lcr_route_sid`)
            and must be a route of a routing table the key may change (400 `unknown
            lcr_route_sid`); then `voip_carrier_sid` (400 `missing voip_carrier_sid`, `unknown
            voip_carrier_sid`), all in jambonz's words and in jambonz's order.
             Example: {'lcr_route_sid': '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'voip_carrier_sid':
            '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1, 'workload': 1}.

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
    body: LcrCarrierSetEntryCreate,
) -> ApiError | Created | None:
    """Add a carrier to a route

     The route must be one of a table the key sees (400 `unknown lcr_route_sid`), the
    carrier one the key sees and the table's owner may use (see `POST
    /Lcrs/{LcrSid}/Routes`; 400 `unknown voip_carrier_sid`), both in jambonz's words.

    **Differs from jambonz**, which checks no scope here: another tenant's route or
    carrier answers as an unknown one.

    Args:
        body (LcrCarrierSetEntryCreate): A new carrier of a route. `lcr_route_sid` is required
            (400 `missing lcr_route_sid`)
            and must be a route of a routing table the key may change (400 `unknown
            lcr_route_sid`); then `voip_carrier_sid` (400 `missing voip_carrier_sid`, `unknown
            voip_carrier_sid`), all in jambonz's words and in jambonz's order.
             Example: {'lcr_route_sid': '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'voip_carrier_sid':
            '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1, 'workload': 1}.

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
    body: LcrCarrierSetEntryCreate,
) -> Response[ApiError | Created]:
    """Add a carrier to a route

     The route must be one of a table the key sees (400 `unknown lcr_route_sid`), the
    carrier one the key sees and the table's owner may use (see `POST
    /Lcrs/{LcrSid}/Routes`; 400 `unknown voip_carrier_sid`), both in jambonz's words.

    **Differs from jambonz**, which checks no scope here: another tenant's route or
    carrier answers as an unknown one.

    Args:
        body (LcrCarrierSetEntryCreate): A new carrier of a route. `lcr_route_sid` is required
            (400 `missing lcr_route_sid`)
            and must be a route of a routing table the key may change (400 `unknown
            lcr_route_sid`); then `voip_carrier_sid` (400 `missing voip_carrier_sid`, `unknown
            voip_carrier_sid`), all in jambonz's words and in jambonz's order.
             Example: {'lcr_route_sid': '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'voip_carrier_sid':
            '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1, 'workload': 1}.

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
    body: LcrCarrierSetEntryCreate,
) -> ApiError | Created | None:
    """Add a carrier to a route

     The route must be one of a table the key sees (400 `unknown lcr_route_sid`), the
    carrier one the key sees and the table's owner may use (see `POST
    /Lcrs/{LcrSid}/Routes`; 400 `unknown voip_carrier_sid`), both in jambonz's words.

    **Differs from jambonz**, which checks no scope here: another tenant's route or
    carrier answers as an unknown one.

    Args:
        body (LcrCarrierSetEntryCreate): A new carrier of a route. `lcr_route_sid` is required
            (400 `missing lcr_route_sid`)
            and must be a route of a routing table the key may change (400 `unknown
            lcr_route_sid`); then `voip_carrier_sid` (400 `missing voip_carrier_sid`, `unknown
            voip_carrier_sid`), all in jambonz's words and in jambonz's order.
             Example: {'lcr_route_sid': '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'voip_carrier_sid':
            '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1, 'workload': 1}.

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
