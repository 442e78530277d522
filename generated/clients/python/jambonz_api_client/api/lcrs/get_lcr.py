from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lcr import Lcr
from ...types import Response


def _get_kwargs(
    lcr_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Lcrs/{lcr_sid}".format(
            lcr_sid=quote(str(lcr_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Lcr | None:
    if response.status_code == 200:
        response_200 = Lcr.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Lcr]:
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
) -> Response[ApiError | Lcr]:
    """Get a least-cost routing table

     The table with `number_routes`. A table the key does not see (see the list) answers
    404 `lcr not found`, as jambonz answers it (**differs from jambonz** only in that
    the 404 has a JSON body).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Lcr]
    """

    kwargs = _get_kwargs(
        lcr_sid=lcr_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Lcr | None:
    """Get a least-cost routing table

     The table with `number_routes`. A table the key does not see (see the list) answers
    404 `lcr not found`, as jambonz answers it (**differs from jambonz** only in that
    the 404 has a JSON body).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Lcr
    """

    return sync_detailed(
        lcr_sid=lcr_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Lcr]:
    """Get a least-cost routing table

     The table with `number_routes`. A table the key does not see (see the list) answers
    404 `lcr not found`, as jambonz answers it (**differs from jambonz** only in that
    the 404 has a JSON body).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Lcr]
    """

    kwargs = _get_kwargs(
        lcr_sid=lcr_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Lcr | None:
    """Get a least-cost routing table

     The table with `number_routes`. A table the key does not see (see the list) answers
    404 `lcr not found`, as jambonz answers it (**differs from jambonz** only in that
    the 404 has a JSON body).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Lcr
    """

    return (
        await asyncio_detailed(
            lcr_sid=lcr_sid,
            client=client,
        )
    ).parsed
