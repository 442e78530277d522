from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.limit_category import LimitCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_provider_sid: str,
    *,
    category: LimitCategory | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/ServiceProviders/{service_provider_sid}/Limits".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    category: LimitCategory | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Remove a service provider's limits

     Removes the provider's limit in `category`, or, without `category`, all of the
    provider's limits; removing a limit that is not set is not an error. Accounts' own
    limits are not touched. Admin keys and the provider's own keys; account keys get 403.
    A provider outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        category (LimitCategory | Unset): What a limit caps: `api_rate` (the rate of API
            requests), `voice_call_session`
            (simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call
            minutes), and the `_license` variants of the two call caps (the licensed amounts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        category=category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    category: LimitCategory | Unset = UNSET,
) -> Any | ApiError | None:
    """Remove a service provider's limits

     Removes the provider's limit in `category`, or, without `category`, all of the
    provider's limits; removing a limit that is not set is not an error. Accounts' own
    limits are not touched. Admin keys and the provider's own keys; account keys get 403.
    A provider outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        category (LimitCategory | Unset): What a limit caps: `api_rate` (the rate of API
            requests), `voice_call_session`
            (simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call
            minutes), and the `_license` variants of the two call caps (the licensed amounts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        client=client,
        category=category,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    category: LimitCategory | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Remove a service provider's limits

     Removes the provider's limit in `category`, or, without `category`, all of the
    provider's limits; removing a limit that is not set is not an error. Accounts' own
    limits are not touched. Admin keys and the provider's own keys; account keys get 403.
    A provider outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        category (LimitCategory | Unset): What a limit caps: `api_rate` (the rate of API
            requests), `voice_call_session`
            (simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call
            minutes), and the `_license` variants of the two call caps (the licensed amounts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    category: LimitCategory | Unset = UNSET,
) -> Any | ApiError | None:
    """Remove a service provider's limits

     Removes the provider's limit in `category`, or, without `category`, all of the
    provider's limits; removing a limit that is not set is not an error. Accounts' own
    limits are not touched. Admin keys and the provider's own keys; account keys get 403.
    A provider outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        category (LimitCategory | Unset): What a limit caps: `api_rate` (the rate of API
            requests), `voice_call_session`
            (simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call
            minutes), and the `_license` variants of the two call caps (the licensed amounts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            client=client,
            category=category,
        )
    ).parsed
