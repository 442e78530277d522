from http import HTTPStatus
from typing import Any, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.voip_carrier import VoipCarrier
from ...models.voip_carrier_page import VoipCarrierPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_sid"] = account_sid

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/VoipCarriers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[VoipCarrier] | VoipCarrierPage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[VoipCarrier] | VoipCarrierPage:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_voip_carrier_list_type_0 = []
                _componentsschemas_voip_carrier_list_type_0 = data
                for componentsschemas_voip_carrier_list_type_0_item_data in _componentsschemas_voip_carrier_list_type_0:
                    componentsschemas_voip_carrier_list_type_0_item = VoipCarrier.from_dict(
                        componentsschemas_voip_carrier_list_type_0_item_data
                    )

                    componentsschemas_voip_carrier_list_type_0.append(componentsschemas_voip_carrier_list_type_0_item)

                return componentsschemas_voip_carrier_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_voip_carrier_list_type_1 = VoipCarrierPage.from_dict(data)

            return componentsschemas_voip_carrier_list_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[VoipCarrier] | VoipCarrierPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[VoipCarrier]]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | VoipCarrierPage]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[VoipCarrier] | VoipCarrierPage]:
    """List carriers

     The carriers visible to the key: all for an admin key; the provider's (SP-wide and
    its accounts') for a service provider key; an account key's own carriers **plus**
    the SP-wide carriers of its provider (as jambonz). `account_sid` keeps one
    account's carriers (403 when that account is outside the key's scope); `name` keeps
    those whose name contains it (case-insensitive). Without `page` the answer is a
    bare array sorted by name; with `page` it is one `VoipCarrierPage`.

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
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[VoipCarrier] | VoipCarrierPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        name=name,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[VoipCarrier] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int,
    page_size: int | Unset = UNSET,
) -> ApiError | VoipCarrierPage | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[VoipCarrier] | VoipCarrierPage | None:
    """List carriers

     The carriers visible to the key: all for an admin key; the provider's (SP-wide and
    its accounts') for a service provider key; an account key's own carriers **plus**
    the SP-wide carriers of its provider (as jambonz). `account_sid` keeps one
    account's carriers (403 when that account is outside the key's scope); `name` keeps
    those whose name contains it (case-insensitive). Without `page` the answer is a
    bare array sorted by name; with `page` it is one `VoipCarrierPage`.

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
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[VoipCarrier] | VoipCarrierPage
    """

    return sync_detailed(
        client=client,
        account_sid=account_sid,
        name=name,
        page=page,
        page_size=page_size,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[VoipCarrier]]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | VoipCarrierPage]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[VoipCarrier] | VoipCarrierPage]:
    """List carriers

     The carriers visible to the key: all for an admin key; the provider's (SP-wide and
    its accounts') for a service provider key; an account key's own carriers **plus**
    the SP-wide carriers of its provider (as jambonz). `account_sid` keeps one
    account's carriers (403 when that account is outside the key's scope); `name` keeps
    those whose name contains it (case-insensitive). Without `page` the answer is a
    bare array sorted by name; with `page` it is one `VoipCarrierPage`.

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
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[VoipCarrier] | VoipCarrierPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        name=name,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[VoipCarrier] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int,
    page_size: int | Unset = UNSET,
) -> ApiError | VoipCarrierPage | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[VoipCarrier] | VoipCarrierPage | None:
    """List carriers

     The carriers visible to the key: all for an admin key; the provider's (SP-wide and
    its accounts') for a service provider key; an account key's own carriers **plus**
    the SP-wide carriers of its provider (as jambonz). `account_sid` keeps one
    account's carriers (403 when that account is outside the key's scope); `name` keeps
    those whose name contains it (case-insensitive). Without `page` the answer is a
    bare array sorted by name; with `page` it is one `VoipCarrierPage`.

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
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[VoipCarrier] | VoipCarrierPage
    """

    return (
        await asyncio_detailed(
            client=client,
            account_sid=account_sid,
            name=name,
            page=page,
            page_size=page_size,
        )
    ).parsed
