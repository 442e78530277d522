from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.voip_carrier import VoipCarrier
from ...types import Response


def _get_kwargs(
    voip_carrier_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/VoipCarriers/{voip_carrier_sid}".format(
            voip_carrier_sid=quote(str(voip_carrier_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | VoipCarrier | None:
    if response.status_code == 200:
        response_200 = VoipCarrier.from_dict(response.json())

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
) -> Response[ApiError | VoipCarrier]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voip_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | VoipCarrier]:
    """Get a carrier

     Any key that can see the carrier (see the list); 404 otherwise (**differs from
    jambonz**, which answers 400). `register_status` is an object (`{}` when unset).

    An account key reads the credentials of its provider's SP-wide carriers masked
    (`register_password`, `inbound_auth_password`, `smpp_password`,
    `smpp_inbound_password`, `sms_password`, `sms_bearer_token`,
    `sms_inbound_password`: the first character, then an `X` for each other one, as
    jambonz obscures passwords and as the portal shows them); its own carriers' and,
    for service provider and admin keys, every carrier's read as stored. **Differs from
    jambonz**, which shows an account key its provider's carrier secrets in plain text:
    a key that may not change a carrier has no use for its secrets. Every one of these
    credentials is sealed at rest (AES-256-GCM; never plain text in the database).

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | VoipCarrier]
    """

    kwargs = _get_kwargs(
        voip_carrier_sid=voip_carrier_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voip_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | VoipCarrier | None:
    """Get a carrier

     Any key that can see the carrier (see the list); 404 otherwise (**differs from
    jambonz**, which answers 400). `register_status` is an object (`{}` when unset).

    An account key reads the credentials of its provider's SP-wide carriers masked
    (`register_password`, `inbound_auth_password`, `smpp_password`,
    `smpp_inbound_password`, `sms_password`, `sms_bearer_token`,
    `sms_inbound_password`: the first character, then an `X` for each other one, as
    jambonz obscures passwords and as the portal shows them); its own carriers' and,
    for service provider and admin keys, every carrier's read as stored. **Differs from
    jambonz**, which shows an account key its provider's carrier secrets in plain text:
    a key that may not change a carrier has no use for its secrets. Every one of these
    credentials is sealed at rest (AES-256-GCM; never plain text in the database).

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | VoipCarrier
    """

    return sync_detailed(
        voip_carrier_sid=voip_carrier_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    voip_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | VoipCarrier]:
    """Get a carrier

     Any key that can see the carrier (see the list); 404 otherwise (**differs from
    jambonz**, which answers 400). `register_status` is an object (`{}` when unset).

    An account key reads the credentials of its provider's SP-wide carriers masked
    (`register_password`, `inbound_auth_password`, `smpp_password`,
    `smpp_inbound_password`, `sms_password`, `sms_bearer_token`,
    `sms_inbound_password`: the first character, then an `X` for each other one, as
    jambonz obscures passwords and as the portal shows them); its own carriers' and,
    for service provider and admin keys, every carrier's read as stored. **Differs from
    jambonz**, which shows an account key its provider's carrier secrets in plain text:
    a key that may not change a carrier has no use for its secrets. Every one of these
    credentials is sealed at rest (AES-256-GCM; never plain text in the database).

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | VoipCarrier]
    """

    kwargs = _get_kwargs(
        voip_carrier_sid=voip_carrier_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voip_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | VoipCarrier | None:
    """Get a carrier

     Any key that can see the carrier (see the list); 404 otherwise (**differs from
    jambonz**, which answers 400). `register_status` is an object (`{}` when unset).

    An account key reads the credentials of its provider's SP-wide carriers masked
    (`register_password`, `inbound_auth_password`, `smpp_password`,
    `smpp_inbound_password`, `sms_password`, `sms_bearer_token`,
    `sms_inbound_password`: the first character, then an `X` for each other one, as
    jambonz obscures passwords and as the portal shows them); its own carriers' and,
    for service provider and admin keys, every carrier's read as stored. **Differs from
    jambonz**, which shows an account key its provider's carrier secrets in plain text:
    a key that may not change a carrier has no use for its secrets. Every one of these
    credentials is sealed at rest (AES-256-GCM; never plain text in the database).

    Args:
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | VoipCarrier
    """

    return (
        await asyncio_detailed(
            voip_carrier_sid=voip_carrier_sid,
            client=client,
        )
    ).parsed
