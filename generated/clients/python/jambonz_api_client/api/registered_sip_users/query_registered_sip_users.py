from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sip_registration import SipRegistration
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    body: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/RegisteredSipUsers".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    if isinstance(body, list):
        _kwargs["json"] = body

    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[SipRegistration] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SipRegistration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[SipRegistration]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | None | Unset = UNSET,
) -> Response[ApiError | list[SipRegistration]]:
    """Look up the registrations of SIP users

     With a list of user names: for each, its registration and `registered_status`
    (`active`, or `inactive` with `contact` and `protocol` null and `expiryTime` 0).
    Without a body, or with an empty list: every registration of the account's realm,
    without the SBC's address. The rules of the `GET` apply (400 without a
    `sip_realm`).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[str] | None | Unset): The names of the users to look up; empty, `null` or left
            out for every registered
            one.
             Example: ['alice', 'carol'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[SipRegistration]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | None | Unset = UNSET,
) -> ApiError | list[SipRegistration] | None:
    """Look up the registrations of SIP users

     With a list of user names: for each, its registration and `registered_status`
    (`active`, or `inactive` with `contact` and `protocol` null and `expiryTime` 0).
    Without a body, or with an empty list: every registration of the account's realm,
    without the SBC's address. The rules of the `GET` apply (400 without a
    `sip_realm`).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[str] | None | Unset): The names of the users to look up; empty, `null` or left
            out for every registered
            one.
             Example: ['alice', 'carol'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[SipRegistration]
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | None | Unset = UNSET,
) -> Response[ApiError | list[SipRegistration]]:
    """Look up the registrations of SIP users

     With a list of user names: for each, its registration and `registered_status`
    (`active`, or `inactive` with `contact` and `protocol` null and `expiryTime` 0).
    Without a body, or with an empty list: every registration of the account's realm,
    without the SBC's address. The rules of the `GET` apply (400 without a
    `sip_realm`).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[str] | None | Unset): The names of the users to look up; empty, `null` or left
            out for every registered
            one.
             Example: ['alice', 'carol'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[SipRegistration]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | None | Unset = UNSET,
) -> ApiError | list[SipRegistration] | None:
    """Look up the registrations of SIP users

     With a list of user names: for each, its registration and `registered_status`
    (`active`, or `inactive` with `contact` and `protocol` null and `expiryTime` 0).
    Without a body, or with an empty list: every registration of the account's realm,
    without the SBC's address. The rules of the `GET` apply (400 without a
    `sip_realm`).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (list[str] | None | Unset): The names of the users to look up; empty, `null` or left
            out for every registered
            one.
             Example: ['alice', 'carol'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[SipRegistration]
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
