from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.application import Application
from ...types import Response


def _get_kwargs(
    service_provider_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ServiceProviders/{service_provider_sid}/Applications".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Application] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Application.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[Application]]:
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
) -> Response[ApiError | list[Application]]:
    """List the applications of a service provider

     The applications of the provider's accounts, by name: admin keys and the
    provider's own keys see them all, a key of one of its accounts only its account's.
    A provider outside the key's scope is 404.

    **Differs from jambonz**, which ignores the provider in the path and lists every
    application of the platform (narrowed only for account keys), other providers'
    included.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Application]]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[Application] | None:
    """List the applications of a service provider

     The applications of the provider's accounts, by name: admin keys and the
    provider's own keys see them all, a key of one of its accounts only its account's.
    A provider outside the key's scope is 404.

    **Differs from jambonz**, which ignores the provider in the path and lists every
    application of the platform (narrowed only for account keys), other providers'
    included.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Application]
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[Application]]:
    """List the applications of a service provider

     The applications of the provider's accounts, by name: admin keys and the
    provider's own keys see them all, a key of one of its accounts only its account's.
    A provider outside the key's scope is 404.

    **Differs from jambonz**, which ignores the provider in the path and lists every
    application of the platform (narrowed only for account keys), other providers'
    included.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Application]]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[Application] | None:
    """List the applications of a service provider

     The applications of the provider's accounts, by name: admin keys and the
    provider's own keys see them all, a key of one of its accounts only its account's.
    A provider outside the key's scope is 404.

    **Differs from jambonz**, which ignores the provider in the path and lists every
    application of the platform (narrowed only for account keys), other providers'
    included.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Application]
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            client=client,
        )
    ).parsed
