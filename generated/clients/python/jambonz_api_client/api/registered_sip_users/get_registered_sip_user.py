from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sip_user_status import SipUserStatus
from ...types import Response


def _get_kwargs(
    account_sid: str,
    client_path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/RegisteredSipUsers/{client_path}".format(
            account_sid=quote(str(account_sid), safe=""),
            client_path=quote(str(client_path), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SipUserStatus | None:
    if response.status_code == 200:
        response_200 = SipUserStatus.from_dict(response.json())

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
) -> Response[ApiError | SipUserStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    client_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | SipUserStatus]:
    """Get a SIP user's registration

     The user's registration (`registered_status` `inactive`, `contact`, `protocol`
    and `proxy` null, `expiryTime` 0 when not registered) and the calling permissions
    of the account's SIP client of that name (0 when there is none). An account
    without a `sip_realm` has nobody registered.

    **Differs from jambonz**: an account outside the key's scope is 404 (jambonz:
    403); without a `sip_realm` jambonz looks the user up in the realm `null`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        client_path (str): A SIP user name: the characters RFC 3261 allows in a SIP URI's user
            part
            (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SipUserStatus]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        client_path=client_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    client_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | SipUserStatus | None:
    """Get a SIP user's registration

     The user's registration (`registered_status` `inactive`, `contact`, `protocol`
    and `proxy` null, `expiryTime` 0 when not registered) and the calling permissions
    of the account's SIP client of that name (0 when there is none). An account
    without a `sip_realm` has nobody registered.

    **Differs from jambonz**: an account outside the key's scope is 404 (jambonz:
    403); without a `sip_realm` jambonz looks the user up in the realm `null`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        client_path (str): A SIP user name: the characters RFC 3261 allows in a SIP URI's user
            part
            (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SipUserStatus
    """

    return sync_detailed(
        account_sid=account_sid,
        client_path=client_path,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    client_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | SipUserStatus]:
    """Get a SIP user's registration

     The user's registration (`registered_status` `inactive`, `contact`, `protocol`
    and `proxy` null, `expiryTime` 0 when not registered) and the calling permissions
    of the account's SIP client of that name (0 when there is none). An account
    without a `sip_realm` has nobody registered.

    **Differs from jambonz**: an account outside the key's scope is 404 (jambonz:
    403); without a `sip_realm` jambonz looks the user up in the realm `null`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        client_path (str): A SIP user name: the characters RFC 3261 allows in a SIP URI's user
            part
            (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SipUserStatus]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        client_path=client_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    client_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | SipUserStatus | None:
    """Get a SIP user's registration

     The user's registration (`registered_status` `inactive`, `contact`, `protocol`
    and `proxy` null, `expiryTime` 0 when not registered) and the calling permissions
    of the account's SIP client of that name (0 when there is none). An account
    without a `sip_realm` has nobody registered.

    **Differs from jambonz**: an account outside the key's scope is 404 (jambonz:
    403); without a `sip_realm` jambonz looks the user up in the realm `null`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        client_path (str): A SIP user name: the characters RFC 3261 allows in a SIP URI's user
            part
            (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SipUserStatus
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client_path=client_path,
            client=client,
        )
    ).parsed
