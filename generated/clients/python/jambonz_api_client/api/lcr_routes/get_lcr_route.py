from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lcr_route import LcrRoute
from ...types import Response


def _get_kwargs(
    lcr_route_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/LcrRoutes/{lcr_route_sid}".format(
            lcr_route_sid=quote(str(lcr_route_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | LcrRoute | None:
    if response.status_code == 200:
        response_200 = LcrRoute.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | LcrRoute]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lcr_route_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | LcrRoute]:
    """Get a route with its carriers

     404 `lcr route not found` for a route of a table the key does not see (**differs
    from jambonz**, which checks no scope here).

    Args:
        lcr_route_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LcrRoute]
    """

    kwargs = _get_kwargs(
        lcr_route_sid=lcr_route_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lcr_route_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | LcrRoute | None:
    """Get a route with its carriers

     404 `lcr route not found` for a route of a table the key does not see (**differs
    from jambonz**, which checks no scope here).

    Args:
        lcr_route_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LcrRoute
    """

    return sync_detailed(
        lcr_route_sid=lcr_route_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    lcr_route_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | LcrRoute]:
    """Get a route with its carriers

     404 `lcr route not found` for a route of a table the key does not see (**differs
    from jambonz**, which checks no scope here).

    Args:
        lcr_route_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LcrRoute]
    """

    kwargs = _get_kwargs(
        lcr_route_sid=lcr_route_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lcr_route_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | LcrRoute | None:
    """Get a route with its carriers

     404 `lcr route not found` for a route of a table the key does not see (**differs
    from jambonz**, which checks no scope here).

    Args:
        lcr_route_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LcrRoute
    """

    return (
        await asyncio_detailed(
            lcr_route_sid=lcr_route_sid,
            client=client,
        )
    ).parsed
