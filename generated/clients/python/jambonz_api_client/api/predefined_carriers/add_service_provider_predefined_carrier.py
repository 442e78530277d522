from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...types import Response


def _get_kwargs(
    service_provider_sid: str,
    predefined_carrier_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ServiceProviders/{service_provider_sid}/PredefinedCarriers/{predefined_carrier_sid}".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
            predefined_carrier_sid=quote(str(predefined_carrier_sid), safe=""),
        ),
    }

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

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

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
    service_provider_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Created]:
    """Create a carrier of a service provider from a predefined carrier

     Creates an SP-wide carrier of the provider in the path from the template, together
    with the template's SIP and SMPP gateways, in one transaction (all of it or nothing),
    and answers 201 with the carrier's sid, as jambonz does. No request body is read.

    The carrier takes the template's `name`, `e164_leading_plus`, `requires_register`,
    `register_username`, `register_sip_realm`, `register_password`, `tech_prefix`,
    `inbound_auth_username`, `inbound_auth_password`, `diversion` and `trunk_type`, and
    otherwise the defaults of `POST /VoipCarriers`; each gateway takes its address,
    `netmask`, `port`, `inbound` and `outbound`, and otherwise the defaults of `POST
    /SipGateways` (`POST /SmppGateways`). The carrier and its gateways obey the rules of
    those operations, and read back and change as any other (`GET
    /VoipCarriers/{VoipCarrierSid}`, `GET /SipGateways?voip_carrier_sid=...`). When a
    carrier of the provider (SP-wide or an account's) already has the template's name,
    compared without regard to case, the new one is named `<name>-<short id>` (up to 22
    random letters and digits), as jambonz names it.

    Admin keys, and service provider keys for their own provider. 404 when the provider
    is not within the key's scope (jambonz answers 403) or the template does not exist;
    403 for an account key on its own provider, as in jambonz (an account key adds a
    carrier to its account with `POST
    /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}`).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        predefined_carrier_sid=predefined_carrier_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Created | None:
    """Create a carrier of a service provider from a predefined carrier

     Creates an SP-wide carrier of the provider in the path from the template, together
    with the template's SIP and SMPP gateways, in one transaction (all of it or nothing),
    and answers 201 with the carrier's sid, as jambonz does. No request body is read.

    The carrier takes the template's `name`, `e164_leading_plus`, `requires_register`,
    `register_username`, `register_sip_realm`, `register_password`, `tech_prefix`,
    `inbound_auth_username`, `inbound_auth_password`, `diversion` and `trunk_type`, and
    otherwise the defaults of `POST /VoipCarriers`; each gateway takes its address,
    `netmask`, `port`, `inbound` and `outbound`, and otherwise the defaults of `POST
    /SipGateways` (`POST /SmppGateways`). The carrier and its gateways obey the rules of
    those operations, and read back and change as any other (`GET
    /VoipCarriers/{VoipCarrierSid}`, `GET /SipGateways?voip_carrier_sid=...`). When a
    carrier of the provider (SP-wide or an account's) already has the template's name,
    compared without regard to case, the new one is named `<name>-<short id>` (up to 22
    random letters and digits), as jambonz names it.

    Admin keys, and service provider keys for their own provider. 404 when the provider
    is not within the key's scope (jambonz answers 403) or the template does not exist;
    403 for an account key on its own provider, as in jambonz (an account key adds a
    carrier to its account with `POST
    /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}`).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        predefined_carrier_sid=predefined_carrier_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Created]:
    """Create a carrier of a service provider from a predefined carrier

     Creates an SP-wide carrier of the provider in the path from the template, together
    with the template's SIP and SMPP gateways, in one transaction (all of it or nothing),
    and answers 201 with the carrier's sid, as jambonz does. No request body is read.

    The carrier takes the template's `name`, `e164_leading_plus`, `requires_register`,
    `register_username`, `register_sip_realm`, `register_password`, `tech_prefix`,
    `inbound_auth_username`, `inbound_auth_password`, `diversion` and `trunk_type`, and
    otherwise the defaults of `POST /VoipCarriers`; each gateway takes its address,
    `netmask`, `port`, `inbound` and `outbound`, and otherwise the defaults of `POST
    /SipGateways` (`POST /SmppGateways`). The carrier and its gateways obey the rules of
    those operations, and read back and change as any other (`GET
    /VoipCarriers/{VoipCarrierSid}`, `GET /SipGateways?voip_carrier_sid=...`). When a
    carrier of the provider (SP-wide or an account's) already has the template's name,
    compared without regard to case, the new one is named `<name>-<short id>` (up to 22
    random letters and digits), as jambonz names it.

    Admin keys, and service provider keys for their own provider. 404 when the provider
    is not within the key's scope (jambonz answers 403) or the template does not exist;
    403 for an account key on its own provider, as in jambonz (an account key adds a
    carrier to its account with `POST
    /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}`).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        predefined_carrier_sid=predefined_carrier_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Created | None:
    """Create a carrier of a service provider from a predefined carrier

     Creates an SP-wide carrier of the provider in the path from the template, together
    with the template's SIP and SMPP gateways, in one transaction (all of it or nothing),
    and answers 201 with the carrier's sid, as jambonz does. No request body is read.

    The carrier takes the template's `name`, `e164_leading_plus`, `requires_register`,
    `register_username`, `register_sip_realm`, `register_password`, `tech_prefix`,
    `inbound_auth_username`, `inbound_auth_password`, `diversion` and `trunk_type`, and
    otherwise the defaults of `POST /VoipCarriers`; each gateway takes its address,
    `netmask`, `port`, `inbound` and `outbound`, and otherwise the defaults of `POST
    /SipGateways` (`POST /SmppGateways`). The carrier and its gateways obey the rules of
    those operations, and read back and change as any other (`GET
    /VoipCarriers/{VoipCarrierSid}`, `GET /SipGateways?voip_carrier_sid=...`). When a
    carrier of the provider (SP-wide or an account's) already has the template's name,
    compared without regard to case, the new one is named `<name>-<short id>` (up to 22
    random letters and digits), as jambonz names it.

    Admin keys, and service provider keys for their own provider. 404 when the provider
    is not within the key's scope (jambonz answers 403) or the template does not exist;
    403 for an account key on its own provider, as in jambonz (an account key adds a
    carrier to its account with `POST
    /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}`).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            predefined_carrier_sid=predefined_carrier_sid,
            client=client,
        )
    ).parsed
