from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.predefined_carrier import PredefinedCarrier
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/PredefinedCarriers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[PredefinedCarrier] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PredefinedCarrier.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[PredefinedCarrier]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[PredefinedCarrier]]:
    """List the predefined carriers

     The catalogue of known SIP trunk providers that `POST
    /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`
    and `POST /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}` turn into
    carriers: a bare array of templates, sorted by name, each without its gateways (they
    come with the carrier it creates), as jambonz lists them. As in jambonz, no
    authentication is needed (a token, if sent, is not checked): the catalogue holds no
    tenant's data.

    On a database whose `predefined_carriers` table holds rows (jambonz's own, filled by
    its `add-predefined-carriers.sql`), those rows and their gateways are the catalogue,
    as jambonz serves them; a carrier is then made from a row by the rules of every
    carrier and gateway (422 naming what a row breaks). Otherwise the catalogue is this
    project's own data (`jambonz/data/predefined_carriers.json`, checked when the server
    starts), written from each provider's public documentation; its entries are not
    jambonz's, but Twilio keeps the sid jambonz's clients know it by,
    `7d509a18-bbff-4c5d-b21e-b99bf8f8c49a`. Values in angle
    brackets (`<your-trunk>.pstn.twilio.com`, `<your-twilio-credential-username>`) are
    placeholders for what the provider gives each customer: change them on the carrier
    once it is created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[PredefinedCarrier]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[PredefinedCarrier] | None:
    """List the predefined carriers

     The catalogue of known SIP trunk providers that `POST
    /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`
    and `POST /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}` turn into
    carriers: a bare array of templates, sorted by name, each without its gateways (they
    come with the carrier it creates), as jambonz lists them. As in jambonz, no
    authentication is needed (a token, if sent, is not checked): the catalogue holds no
    tenant's data.

    On a database whose `predefined_carriers` table holds rows (jambonz's own, filled by
    its `add-predefined-carriers.sql`), those rows and their gateways are the catalogue,
    as jambonz serves them; a carrier is then made from a row by the rules of every
    carrier and gateway (422 naming what a row breaks). Otherwise the catalogue is this
    project's own data (`jambonz/data/predefined_carriers.json`, checked when the server
    starts), written from each provider's public documentation; its entries are not
    jambonz's, but Twilio keeps the sid jambonz's clients know it by,
    `7d509a18-bbff-4c5d-b21e-b99bf8f8c49a`. Values in angle
    brackets (`<your-trunk>.pstn.twilio.com`, `<your-twilio-credential-username>`) are
    placeholders for what the provider gives each customer: change them on the carrier
    once it is created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[PredefinedCarrier]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[PredefinedCarrier]]:
    """List the predefined carriers

     The catalogue of known SIP trunk providers that `POST
    /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`
    and `POST /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}` turn into
    carriers: a bare array of templates, sorted by name, each without its gateways (they
    come with the carrier it creates), as jambonz lists them. As in jambonz, no
    authentication is needed (a token, if sent, is not checked): the catalogue holds no
    tenant's data.

    On a database whose `predefined_carriers` table holds rows (jambonz's own, filled by
    its `add-predefined-carriers.sql`), those rows and their gateways are the catalogue,
    as jambonz serves them; a carrier is then made from a row by the rules of every
    carrier and gateway (422 naming what a row breaks). Otherwise the catalogue is this
    project's own data (`jambonz/data/predefined_carriers.json`, checked when the server
    starts), written from each provider's public documentation; its entries are not
    jambonz's, but Twilio keeps the sid jambonz's clients know it by,
    `7d509a18-bbff-4c5d-b21e-b99bf8f8c49a`. Values in angle
    brackets (`<your-trunk>.pstn.twilio.com`, `<your-twilio-credential-username>`) are
    placeholders for what the provider gives each customer: change them on the carrier
    once it is created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[PredefinedCarrier]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[PredefinedCarrier] | None:
    """List the predefined carriers

     The catalogue of known SIP trunk providers that `POST
    /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`
    and `POST /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid}` turn into
    carriers: a bare array of templates, sorted by name, each without its gateways (they
    come with the carrier it creates), as jambonz lists them. As in jambonz, no
    authentication is needed (a token, if sent, is not checked): the catalogue holds no
    tenant's data.

    On a database whose `predefined_carriers` table holds rows (jambonz's own, filled by
    its `add-predefined-carriers.sql`), those rows and their gateways are the catalogue,
    as jambonz serves them; a carrier is then made from a row by the rules of every
    carrier and gateway (422 naming what a row breaks). Otherwise the catalogue is this
    project's own data (`jambonz/data/predefined_carriers.json`, checked when the server
    starts), written from each provider's public documentation; its entries are not
    jambonz's, but Twilio keeps the sid jambonz's clients know it by,
    `7d509a18-bbff-4c5d-b21e-b99bf8f8c49a`. Values in angle
    brackets (`<your-trunk>.pstn.twilio.com`, `<your-twilio-credential-username>`) are
    placeholders for what the provider gives each customer: change them on the carrier
    once it is created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[PredefinedCarrier]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
