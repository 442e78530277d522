from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_key import ApiKey
from ...types import Response


def _get_kwargs(
    account_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/ApiKeys".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[ApiKey] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ApiKey.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[ApiKey]]:
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
) -> Response[ApiError | list[ApiKey]]:
    """List an account's API keys

     The account's keys, oldest first. Admin keys, keys of the account's service provider
    and the account's own keys; an account outside the key's scope is 404. Each row's
    `token` is masked, all but its last 4 characters (**differs from jambonz**, which
    lists every token in clear; this server keeps only hashes).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[ApiKey]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[ApiKey] | None:
    """List an account's API keys

     The account's keys, oldest first. Admin keys, keys of the account's service provider
    and the account's own keys; an account outside the key's scope is 404. Each row's
    `token` is masked, all but its last 4 characters (**differs from jambonz**, which
    lists every token in clear; this server keeps only hashes).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[ApiKey]
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[ApiKey]]:
    """List an account's API keys

     The account's keys, oldest first. Admin keys, keys of the account's service provider
    and the account's own keys; an account outside the key's scope is 404. Each row's
    `token` is masked, all but its last 4 characters (**differs from jambonz**, which
    lists every token in clear; this server keeps only hashes).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[ApiKey]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[ApiKey] | None:
    """List an account's API keys

     The account's keys, oldest first. Admin keys, keys of the account's service provider
    and the account's own keys; an account outside the key's scope is 404. Each row's
    `token` is masked, all but its last 4 characters (**differs from jambonz**, which
    lists every token in clear; this server keeps only hashes).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[ApiKey]
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
        )
    ).parsed
