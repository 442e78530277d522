from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.smpp_gateway import SmppGateway
from ...types import UNSET, Response


def _get_kwargs(
    *,
    voip_carrier_sid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["voip_carrier_sid"] = voip_carrier_sid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/SmppGateways",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[SmppGateway] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SmppGateway.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ApiError | list[SmppGateway]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    voip_carrier_sid: str,
) -> Response[ApiError | list[SmppGateway]]:
    """List the SMPP gateways of a carrier

     The SMPP gateways of the carrier named by `voip_carrier_sid`, which is required (400
    `{msg}` naming it when missing; **differs from jambonz**, which answers `{message}`).
    A carrier the key cannot see answers 404 `voip carrier not found`, whether or not it
    exists; to an admin key a carrier that does not exist is `[]`, as jambonz answers
    it (the portal asks for the gateways of a carrier it has just deleted). Sorted by address.

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[SmppGateway]]
    """

    kwargs = _get_kwargs(
        voip_carrier_sid=voip_carrier_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    voip_carrier_sid: str,
) -> ApiError | list[SmppGateway] | None:
    """List the SMPP gateways of a carrier

     The SMPP gateways of the carrier named by `voip_carrier_sid`, which is required (400
    `{msg}` naming it when missing; **differs from jambonz**, which answers `{message}`).
    A carrier the key cannot see answers 404 `voip carrier not found`, whether or not it
    exists; to an admin key a carrier that does not exist is `[]`, as jambonz answers
    it (the portal asks for the gateways of a carrier it has just deleted). Sorted by address.

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[SmppGateway]
    """

    return sync_detailed(
        client=client,
        voip_carrier_sid=voip_carrier_sid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    voip_carrier_sid: str,
) -> Response[ApiError | list[SmppGateway]]:
    """List the SMPP gateways of a carrier

     The SMPP gateways of the carrier named by `voip_carrier_sid`, which is required (400
    `{msg}` naming it when missing; **differs from jambonz**, which answers `{message}`).
    A carrier the key cannot see answers 404 `voip carrier not found`, whether or not it
    exists; to an admin key a carrier that does not exist is `[]`, as jambonz answers
    it (the portal asks for the gateways of a carrier it has just deleted). Sorted by address.

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[SmppGateway]]
    """

    kwargs = _get_kwargs(
        voip_carrier_sid=voip_carrier_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    voip_carrier_sid: str,
) -> ApiError | list[SmppGateway] | None:
    """List the SMPP gateways of a carrier

     The SMPP gateways of the carrier named by `voip_carrier_sid`, which is required (400
    `{msg}` naming it when missing; **differs from jambonz**, which answers `{message}`).
    A carrier the key cannot see answers 404 `voip carrier not found`, whether or not it
    exists; to an admin key a carrier that does not exist is `[]`, as jambonz answers
    it (the portal asks for the gateways of a carrier it has just deleted). Sorted by address.

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[SmppGateway]
    """

    return (
        await asyncio_detailed(
            client=client,
            voip_carrier_sid=voip_carrier_sid,
        )
    ).parsed
