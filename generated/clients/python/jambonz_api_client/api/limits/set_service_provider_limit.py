from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.limit_create import LimitCreate
from ...types import Response


def _get_kwargs(
    service_provider_sid: str,
    *,
    body: LimitCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ServiceProviders/{service_provider_sid}/Limits".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Created]:
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
    body: LimitCreate,
) -> Response[ApiError | Created]:
    """Set one of a service provider's limits

     Sets the provider's cap in one category; it applies to each of the provider's accounts
    that has no limit of its own in that category. Creates the limits row, or replaces the
    `quantity` of the existing one (which keeps its sid); answers 201 with the row's sid
    either way (as jambonz).

    Admin keys and the provider's own keys; account keys get 403 (as jambonz). A provider
    outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LimitCreate,
) -> ApiError | Created | None:
    """Set one of a service provider's limits

     Sets the provider's cap in one category; it applies to each of the provider's accounts
    that has no limit of its own in that category. Creates the limits row, or replaces the
    `quantity` of the existing one (which keeps its sid); answers 201 with the row's sid
    either way (as jambonz).

    Admin keys and the provider's own keys; account keys get 403 (as jambonz). A provider
    outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LimitCreate,
) -> Response[ApiError | Created]:
    """Set one of a service provider's limits

     Sets the provider's cap in one category; it applies to each of the provider's accounts
    that has no limit of its own in that category. Creates the limits row, or replaces the
    `quantity` of the existing one (which keeps its sid); answers 201 with the row's sid
    either way (as jambonz).

    Admin keys and the provider's own keys; account keys get 403 (as jambonz). A provider
    outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LimitCreate,
) -> ApiError | Created | None:
    """Set one of a service provider's limits

     Sets the provider's cap in one category; it applies to each of the provider's accounts
    that has no limit of its own in that category. Creates the limits row, or replaces the
    `quantity` of the existing one (which keeps its sid); answers 201 with the row's sid
    either way (as jambonz).

    Admin keys and the provider's own keys; account keys get 403 (as jambonz). A provider
    outside the key's scope is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            client=client,
            body=body,
        )
    ).parsed
