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
    account_sid: str,
    predefined_carrier_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/PredefinedCarriers/{predefined_carrier_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
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
    account_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Created]:
    """Create a carrier of an account from a predefined carrier

     As `POST /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`,
    the carrier being the account's own (`account_sid` the path's account,
    `service_provider_sid` its provider's). Its name is taken when one of the carriers the
    account sees has it: the account's own and its provider's SP-wide carriers.

    Admin keys, service provider keys for the accounts of their provider, and account
    keys for their own account. 404 when the account is not within the key's scope
    (jambonz answers 403) or the template does not exist.

    **Differs from jambonz**, where the carrier an admin or service provider key creates
    on this path belongs to no tenant (neither the path's account nor a provider), so
    that the service provider key can neither see nor delete it; and where the name is
    compared with every carrier of the provider, other accounts' included, which tells
    an account key what another account named its carriers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        predefined_carrier_sid=predefined_carrier_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Created | None:
    """Create a carrier of an account from a predefined carrier

     As `POST /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`,
    the carrier being the account's own (`account_sid` the path's account,
    `service_provider_sid` its provider's). Its name is taken when one of the carriers the
    account sees has it: the account's own and its provider's SP-wide carriers.

    Admin keys, service provider keys for the accounts of their provider, and account
    keys for their own account. 404 when the account is not within the key's scope
    (jambonz answers 403) or the template does not exist.

    **Differs from jambonz**, where the carrier an admin or service provider key creates
    on this path belongs to no tenant (neither the path's account nor a provider), so
    that the service provider key can neither see nor delete it; and where the name is
    compared with every carrier of the provider, other accounts' included, which tells
    an account key what another account named its carriers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        account_sid=account_sid,
        predefined_carrier_sid=predefined_carrier_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Created]:
    """Create a carrier of an account from a predefined carrier

     As `POST /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`,
    the carrier being the account's own (`account_sid` the path's account,
    `service_provider_sid` its provider's). Its name is taken when one of the carriers the
    account sees has it: the account's own and its provider's SP-wide carriers.

    Admin keys, service provider keys for the accounts of their provider, and account
    keys for their own account. 404 when the account is not within the key's scope
    (jambonz answers 403) or the template does not exist.

    **Differs from jambonz**, where the carrier an admin or service provider key creates
    on this path belongs to no tenant (neither the path's account nor a provider), so
    that the service provider key can neither see nor delete it; and where the name is
    compared with every carrier of the provider, other accounts' included, which tells
    an account key what another account named its carriers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        predefined_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        predefined_carrier_sid=predefined_carrier_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    predefined_carrier_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Created | None:
    """Create a carrier of an account from a predefined carrier

     As `POST /ServiceProviders/{ServiceProviderSid}/PredefinedCarriers/{PredefinedCarrierSid}`,
    the carrier being the account's own (`account_sid` the path's account,
    `service_provider_sid` its provider's). Its name is taken when one of the carriers the
    account sees has it: the account's own and its provider's SP-wide carriers.

    Admin keys, service provider keys for the accounts of their provider, and account
    keys for their own account. 404 when the account is not within the key's scope
    (jambonz answers 403) or the template does not exist.

    **Differs from jambonz**, where the carrier an admin or service provider key creates
    on this path belongs to no tenant (neither the path's account nor a provider), so
    that the service provider key can neither see nor delete it; and where the name is
    compared with every carrier of the provider, other accounts' included, which tells
    an account key what another account named its carriers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
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
            account_sid=account_sid,
            predefined_carrier_sid=predefined_carrier_sid,
            client=client,
        )
    ).parsed
