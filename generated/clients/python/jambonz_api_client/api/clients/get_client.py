from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sip_client import SipClient
from ...types import Response


def _get_kwargs(
    client_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Clients/{client_sid}".format(
            client_sid=quote(str(client_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | SipClient | None:
    if response.status_code == 200:
        response_200 = SipClient.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SipClient]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | SipClient]:
    """Get a SIP client

     The client with its password masked; 404 when it does not exist or is outside the
    key's scope, as in jambonz.

    Args:
        client_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SipClient]
    """

    kwargs = _get_kwargs(
        client_sid=client_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | SipClient | None:
    """Get a SIP client

     The client with its password masked; 404 when it does not exist or is outside the
    key's scope, as in jambonz.

    Args:
        client_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SipClient
    """

    return sync_detailed(
        client_sid=client_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | SipClient]:
    """Get a SIP client

     The client with its password masked; 404 when it does not exist or is outside the
    key's scope, as in jambonz.

    Args:
        client_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SipClient]
    """

    kwargs = _get_kwargs(
        client_sid=client_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | SipClient | None:
    """Get a SIP client

     The client with its password masked; 404 when it does not exist or is outside the
    key's scope, as in jambonz.

    Args:
        client_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SipClient
    """

    return (
        await asyncio_detailed(
            client_sid=client_sid,
            client=client,
        )
    ).parsed
