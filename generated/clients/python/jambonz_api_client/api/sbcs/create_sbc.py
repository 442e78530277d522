from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.sbc_create import SbcCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SbcCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Sbcs",
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
    *,
    client: AuthenticatedClient | Client,
    body: SbcCreate,
) -> Response[ApiError | Created]:
    """Add an SBC address

     Admin keys only. A body without `service_provider_sid` adds an address shared by the
    whole platform. Other keys answer 403 `insufficient permissions` (**differs from
    jambonz**, which answers them 500).

    Args:
        body (SbcCreate): A new SBC address. Example: {'ipv4': '192.0.2.10', 'port': 5060,
            'service_provider_sid': '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SbcCreate,
) -> ApiError | Created | None:
    """Add an SBC address

     Admin keys only. A body without `service_provider_sid` adds an address shared by the
    whole platform. Other keys answer 403 `insufficient permissions` (**differs from
    jambonz**, which answers them 500).

    Args:
        body (SbcCreate): A new SBC address. Example: {'ipv4': '192.0.2.10', 'port': 5060,
            'service_provider_sid': '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SbcCreate,
) -> Response[ApiError | Created]:
    """Add an SBC address

     Admin keys only. A body without `service_provider_sid` adds an address shared by the
    whole platform. Other keys answer 403 `insufficient permissions` (**differs from
    jambonz**, which answers them 500).

    Args:
        body (SbcCreate): A new SBC address. Example: {'ipv4': '192.0.2.10', 'port': 5060,
            'service_provider_sid': '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SbcCreate,
) -> ApiError | Created | None:
    """Add an SBC address

     Admin keys only. A body without `service_provider_sid` adds an address shared by the
    whole platform. Other keys answer 403 `insufficient permissions` (**differs from
    jambonz**, which answers them 500).

    Args:
        body (SbcCreate): A new SBC address. Example: {'ipv4': '192.0.2.10', 'port': 5060,
            'service_provider_sid': '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
