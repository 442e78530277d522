from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.current_user import CurrentUser
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Users/me",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | CurrentUser | None:
    if response.status_code == 200:
        response_200 = CurrentUser.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | CurrentUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CurrentUser]:
    """The signed-in user, its account and its service provider

     For a signed-in user's token only: an API key has no user, so it gets 403.
    `account` and `sp` are the user's account and service provider as `GET
    /Accounts/{AccountSid}` and `GET /ServiceProviders/{ServiceProviderSid}` read them,
    or `null` when it has none (**differs from jambonz**, which answers the raw rows,
    with the account's sealed bucket credential, or objects of nulls).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CurrentUser]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CurrentUser | None:
    """The signed-in user, its account and its service provider

     For a signed-in user's token only: an API key has no user, so it gets 403.
    `account` and `sp` are the user's account and service provider as `GET
    /Accounts/{AccountSid}` and `GET /ServiceProviders/{ServiceProviderSid}` read them,
    or `null` when it has none (**differs from jambonz**, which answers the raw rows,
    with the account's sealed bucket credential, or objects of nulls).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CurrentUser
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CurrentUser]:
    """The signed-in user, its account and its service provider

     For a signed-in user's token only: an API key has no user, so it gets 403.
    `account` and `sp` are the user's account and service provider as `GET
    /Accounts/{AccountSid}` and `GET /ServiceProviders/{ServiceProviderSid}` read them,
    or `null` when it has none (**differs from jambonz**, which answers the raw rows,
    with the account's sealed bucket credential, or objects of nulls).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CurrentUser]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CurrentUser | None:
    """The signed-in user, its account and its service provider

     For a signed-in user's token only: an API key has no user, so it gets 403.
    `account` and `sp` are the user's account and service provider as `GET
    /Accounts/{AccountSid}` and `GET /ServiceProviders/{ServiceProviderSid}` read them,
    or `null` when it has none (**differs from jambonz**, which answers the raw rows,
    with the account's sealed bucket credential, or objects of nulls).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CurrentUser
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
