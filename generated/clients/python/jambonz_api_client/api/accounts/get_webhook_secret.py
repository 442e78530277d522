from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.webhook_secret import WebhookSecret
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    regenerate: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["regenerate"] = regenerate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/WebhookSecret".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | WebhookSecret | None:
    if response.status_code == 200:
        response_200 = WebhookSecret.from_dict(response.json())

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
) -> Response[ApiError | WebhookSecret]:
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
    regenerate: bool | Unset = False,
) -> Response[ApiError | WebhookSecret]:
    """Get (or regenerate) an account's webhook secret

     The secret the platform signs the account's webhook requests with. With
    `regenerate=true` a new secret replaces the old one first and is returned; the old
    one stops being valid at once. Same keys as `GET /Accounts/{AccountSid}`.
    `regenerate` takes `true` or `false` (**differs from jambonz**, which regenerates on
    any non-empty value).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        regenerate (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookSecret]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        regenerate=regenerate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    regenerate: bool | Unset = False,
) -> ApiError | WebhookSecret | None:
    """Get (or regenerate) an account's webhook secret

     The secret the platform signs the account's webhook requests with. With
    `regenerate=true` a new secret replaces the old one first and is returned; the old
    one stops being valid at once. Same keys as `GET /Accounts/{AccountSid}`.
    `regenerate` takes `true` or `false` (**differs from jambonz**, which regenerates on
    any non-empty value).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        regenerate (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookSecret
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        regenerate=regenerate,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    regenerate: bool | Unset = False,
) -> Response[ApiError | WebhookSecret]:
    """Get (or regenerate) an account's webhook secret

     The secret the platform signs the account's webhook requests with. With
    `regenerate=true` a new secret replaces the old one first and is returned; the old
    one stops being valid at once. Same keys as `GET /Accounts/{AccountSid}`.
    `regenerate` takes `true` or `false` (**differs from jambonz**, which regenerates on
    any non-empty value).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        regenerate (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookSecret]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        regenerate=regenerate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    regenerate: bool | Unset = False,
) -> ApiError | WebhookSecret | None:
    """Get (or regenerate) an account's webhook secret

     The secret the platform signs the account's webhook requests with. With
    `regenerate=true` a new secret replaces the old one first and is returned; the old
    one stops being valid at once. Same keys as `GET /Accounts/{AccountSid}`.
    `regenerate` takes `true` or `false` (**differs from jambonz**, which regenerates on
    any non-empty value).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        regenerate (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookSecret
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            regenerate=regenerate,
        )
    ).parsed
