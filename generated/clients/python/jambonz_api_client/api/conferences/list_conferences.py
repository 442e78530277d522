from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    account_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Conferences".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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
) -> Response[ApiError | list[str]]:
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
) -> Response[ApiError | list[str]]:
    """List the account's conferences

     The names of the account's conference rooms, as jambonz answers (a bare array of
    strings, sorted here; `[]` when there is none). A room exists while a call's
    `conference` verb is in it (waiting for a moderator, or started), and from its
    creation through the API until it ends. **Differs from jambonz**, which lists only
    rooms in progress. Admin keys, the account's service provider's keys and the
    account's own keys; another account is 404, and an account that does not exist is
    `[]` to an admin key (as jambonz). Rooms live in this server's memory,
    like live calls (not shared between processes, gone after a restart). With a
    Redis (`JAMBONZ_REDIS_URL`), the list also holds the rooms jambonz's feature
    servers keep there (the hashes `conf:<account_sid>:<name>`), so that inside a
    jambonz cluster the whole platform's rooms are listed; a Redis that cannot be
    reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[str]]
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
) -> ApiError | list[str] | None:
    """List the account's conferences

     The names of the account's conference rooms, as jambonz answers (a bare array of
    strings, sorted here; `[]` when there is none). A room exists while a call's
    `conference` verb is in it (waiting for a moderator, or started), and from its
    creation through the API until it ends. **Differs from jambonz**, which lists only
    rooms in progress. Admin keys, the account's service provider's keys and the
    account's own keys; another account is 404, and an account that does not exist is
    `[]` to an admin key (as jambonz). Rooms live in this server's memory,
    like live calls (not shared between processes, gone after a restart). With a
    Redis (`JAMBONZ_REDIS_URL`), the list also holds the rooms jambonz's feature
    servers keep there (the hashes `conf:<account_sid>:<name>`), so that inside a
    jambonz cluster the whole platform's rooms are listed; a Redis that cannot be
    reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[str]
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[str]]:
    """List the account's conferences

     The names of the account's conference rooms, as jambonz answers (a bare array of
    strings, sorted here; `[]` when there is none). A room exists while a call's
    `conference` verb is in it (waiting for a moderator, or started), and from its
    creation through the API until it ends. **Differs from jambonz**, which lists only
    rooms in progress. Admin keys, the account's service provider's keys and the
    account's own keys; another account is 404, and an account that does not exist is
    `[]` to an admin key (as jambonz). Rooms live in this server's memory,
    like live calls (not shared between processes, gone after a restart). With a
    Redis (`JAMBONZ_REDIS_URL`), the list also holds the rooms jambonz's feature
    servers keep there (the hashes `conf:<account_sid>:<name>`), so that inside a
    jambonz cluster the whole platform's rooms are listed; a Redis that cannot be
    reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[str]]
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
) -> ApiError | list[str] | None:
    """List the account's conferences

     The names of the account's conference rooms, as jambonz answers (a bare array of
    strings, sorted here; `[]` when there is none). A room exists while a call's
    `conference` verb is in it (waiting for a moderator, or started), and from its
    creation through the API until it ends. **Differs from jambonz**, which lists only
    rooms in progress. Admin keys, the account's service provider's keys and the
    account's own keys; another account is 404, and an account that does not exist is
    `[]` to an admin key (as jambonz). Rooms live in this server's memory,
    like live calls (not shared between processes, gone after a restart). With a
    Redis (`JAMBONZ_REDIS_URL`), the list also holds the rooms jambonz's feature
    servers keep there (the hashes `conf:<account_sid>:<name>`), so that inside a
    jambonz cluster the whole platform's rooms are listed; a Redis that cannot be
    reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[str]
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
        )
    ).parsed
