from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lcr_batch_route import LcrBatchRoute
from ...types import Response


def _get_kwargs(
    lcr_sid: str,
    *,
    body: list[LcrBatchRoute],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Lcrs/{lcr_sid}/Routes".format(
            lcr_sid=quote(str(lcr_sid), safe=""),
        ),
    }

    _kwargs["json"] = []
    for componentsschemas_lcr_batch_routes_item_data in body:
        componentsschemas_lcr_batch_routes_item = componentsschemas_lcr_batch_routes_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_lcr_batch_routes_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[LcrBatchRoute],
) -> Response[Any | ApiError]:
    """Add routes with their carriers to a least-cost routing table

     Adds every route of the body, each with its carrier entries, in one transaction:
    all routes are checked before anything is written, in jambonz's words and order
    (400 `Lcr Route batch process require lcr_carrier_set_entries`, `One of
    lcr_carrier_set_entries is missing voip_carrier_sid`, `unknown voip_carrier_sid`).
    A carrier must be one the key sees and the table's owner may use (an account's
    table: the account's carriers, its provider's provider-wide ones; a provider's
    table: the provider's carriers; and, named by an admin key, the platform's
    ownerless ones): `unknown voip_carrier_sid` otherwise. The entry of a route with
    priority 9999 becomes the table's `default_carrier_set_entry_sid`. 204, no body.

    A table the key does not see answers 404 `lcr not found`. **Differs from
    jambonz**, which checks no scope here (another provider's key added routes) and
    writes the routes one by one (an invalid regex or a database error left the first
    ones written).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[LcrBatchRoute]): The routes of a routing table, each with its carriers.
            Example: [{'regex': '^1', 'description': 'US', 'priority': 0, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0},
            {'voip_carrier_sid': '2b591a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1}]}, {'regex':
            '.*', 'description': 'System Default Route', 'priority': 9999, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        lcr_sid=lcr_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[LcrBatchRoute],
) -> Any | ApiError | None:
    """Add routes with their carriers to a least-cost routing table

     Adds every route of the body, each with its carrier entries, in one transaction:
    all routes are checked before anything is written, in jambonz's words and order
    (400 `Lcr Route batch process require lcr_carrier_set_entries`, `One of
    lcr_carrier_set_entries is missing voip_carrier_sid`, `unknown voip_carrier_sid`).
    A carrier must be one the key sees and the table's owner may use (an account's
    table: the account's carriers, its provider's provider-wide ones; a provider's
    table: the provider's carriers; and, named by an admin key, the platform's
    ownerless ones): `unknown voip_carrier_sid` otherwise. The entry of a route with
    priority 9999 becomes the table's `default_carrier_set_entry_sid`. 204, no body.

    A table the key does not see answers 404 `lcr not found`. **Differs from
    jambonz**, which checks no scope here (another provider's key added routes) and
    writes the routes one by one (an invalid regex or a database error left the first
    ones written).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[LcrBatchRoute]): The routes of a routing table, each with its carriers.
            Example: [{'regex': '^1', 'description': 'US', 'priority': 0, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0},
            {'voip_carrier_sid': '2b591a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1}]}, {'regex':
            '.*', 'description': 'System Default Route', 'priority': 9999, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        lcr_sid=lcr_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[LcrBatchRoute],
) -> Response[Any | ApiError]:
    """Add routes with their carriers to a least-cost routing table

     Adds every route of the body, each with its carrier entries, in one transaction:
    all routes are checked before anything is written, in jambonz's words and order
    (400 `Lcr Route batch process require lcr_carrier_set_entries`, `One of
    lcr_carrier_set_entries is missing voip_carrier_sid`, `unknown voip_carrier_sid`).
    A carrier must be one the key sees and the table's owner may use (an account's
    table: the account's carriers, its provider's provider-wide ones; a provider's
    table: the provider's carriers; and, named by an admin key, the platform's
    ownerless ones): `unknown voip_carrier_sid` otherwise. The entry of a route with
    priority 9999 becomes the table's `default_carrier_set_entry_sid`. 204, no body.

    A table the key does not see answers 404 `lcr not found`. **Differs from
    jambonz**, which checks no scope here (another provider's key added routes) and
    writes the routes one by one (an invalid regex or a database error left the first
    ones written).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[LcrBatchRoute]): The routes of a routing table, each with its carriers.
            Example: [{'regex': '^1', 'description': 'US', 'priority': 0, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0},
            {'voip_carrier_sid': '2b591a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1}]}, {'regex':
            '.*', 'description': 'System Default Route', 'priority': 9999, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        lcr_sid=lcr_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[LcrBatchRoute],
) -> Any | ApiError | None:
    """Add routes with their carriers to a least-cost routing table

     Adds every route of the body, each with its carrier entries, in one transaction:
    all routes are checked before anything is written, in jambonz's words and order
    (400 `Lcr Route batch process require lcr_carrier_set_entries`, `One of
    lcr_carrier_set_entries is missing voip_carrier_sid`, `unknown voip_carrier_sid`).
    A carrier must be one the key sees and the table's owner may use (an account's
    table: the account's carriers, its provider's provider-wide ones; a provider's
    table: the provider's carriers; and, named by an admin key, the platform's
    ownerless ones): `unknown voip_carrier_sid` otherwise. The entry of a route with
    priority 9999 becomes the table's `default_carrier_set_entry_sid`. 204, no body.

    A table the key does not see answers 404 `lcr not found`. **Differs from
    jambonz**, which checks no scope here (another provider's key added routes) and
    writes the routes one by one (an invalid regex or a database error left the first
    ones written).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[LcrBatchRoute]): The routes of a routing table, each with its carriers.
            Example: [{'regex': '^1', 'description': 'US', 'priority': 0, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0},
            {'voip_carrier_sid': '2b591a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 1}]}, {'regex':
            '.*', 'description': 'System Default Route', 'priority': 9999, 'lcr_carrier_set_entries':
            [{'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0}]}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            lcr_sid=lcr_sid,
            client=client,
            body=body,
        )
    ).parsed
