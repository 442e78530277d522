from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sbc import Sbc
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_provider_sid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_provider_sid"] = service_provider_sid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Sbcs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | list[Sbc] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Sbc.from_dict(response_200_item_data)

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

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[Sbc]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_provider_sid: str | Unset = UNSET,
) -> Response[ApiError | list[Sbc]]:
    """List the SBC addresses of a service provider

     The addresses of one service provider, as jambonz chooses it: an account key's
    provider, a provider key's own, or for an admin key the `service_provider_sid`
    query parameter. When that provider has none of its own (or an admin key names
    none), the shared addresses. A non-admin key naming another provider answers 403
    (**differs from jambonz**, which ignores the parameter for them).

    Args:
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Sbc]]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_provider_sid: str | Unset = UNSET,
) -> ApiError | list[Sbc] | None:
    """List the SBC addresses of a service provider

     The addresses of one service provider, as jambonz chooses it: an account key's
    provider, a provider key's own, or for an admin key the `service_provider_sid`
    query parameter. When that provider has none of its own (or an admin key names
    none), the shared addresses. A non-admin key naming another provider answers 403
    (**differs from jambonz**, which ignores the parameter for them).

    Args:
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Sbc]
    """

    return sync_detailed(
        client=client,
        service_provider_sid=service_provider_sid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_provider_sid: str | Unset = UNSET,
) -> Response[ApiError | list[Sbc]]:
    """List the SBC addresses of a service provider

     The addresses of one service provider, as jambonz chooses it: an account key's
    provider, a provider key's own, or for an admin key the `service_provider_sid`
    query parameter. When that provider has none of its own (or an admin key names
    none), the shared addresses. A non-admin key naming another provider answers 403
    (**differs from jambonz**, which ignores the parameter for them).

    Args:
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Sbc]]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_provider_sid: str | Unset = UNSET,
) -> ApiError | list[Sbc] | None:
    """List the SBC addresses of a service provider

     The addresses of one service provider, as jambonz chooses it: an account key's
    provider, a provider key's own, or for an admin key the `service_provider_sid`
    query parameter. When that provider has none of its own (or an admin key names
    none), the shared addresses. A non-admin key naming another provider answers 403
    (**differs from jambonz**, which ignores the parameter for them).

    Args:
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Sbc]
    """

    return (
        await asyncio_detailed(
            client=client,
            service_provider_sid=service_provider_sid,
        )
    ).parsed
