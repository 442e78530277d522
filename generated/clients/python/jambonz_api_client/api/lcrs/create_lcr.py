from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.lcr_create import LcrCreate
from ...types import Response


def _get_kwargs(
    *,
    body: LcrCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Lcrs",
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
    body: LcrCreate,
) -> Response[ApiError | Created]:
    """Create a least-cost routing table

     Who owns the new table, as jambonz decides it: an account key's table is its
    account's; a service provider key's is its provider's (`account_sid` null; a body
    `account_sid` is ignored, as in jambonz); an admin key's belongs to the body's
    `account_sid` when it names one (400 `unknown account_sid`), else to its
    `service_provider_sid` (400 `unknown service_provider_sid`), else to nobody. An
    account's table is stored with `service_provider_sid` null. An empty string is no
    sid (the portal sends `"account_sid": ""`).

    Each owner has at most one table: a second answers 400 `Account: <name> already
    has an active call routing table.` or `Service Provider: <name> already has an
    active call routing table.` (jambonz's words, without the stray double space and
    line break jambonz's messages carry). `name` is required: 400 `missing field name`.

    **Differs from jambonz**: a body `account_sid` or `service_provider_sid` outside
    the key's scope answers 403 (jambonz silently replaces an account key's
    `account_sid` and a provider key's `service_provider_sid` with its own).

    Args:
        body (LcrCreate): A new routing table. `name` is required (400 `missing field name` when
            absent, in
            jambonz's words). Who owns it: see `POST /Lcrs`. `default_carrier_set_entry_sid`
            is accepted because the portal sends it, but a new table has no entries yet: only
            `null` or an empty string is valid (400 `unknown default_carrier_set_entry_sid`).
             Example: {'name': 'sp1-lcr', 'is_active': True, 'service_provider_sid':
            '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33'}.

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
    body: LcrCreate,
) -> ApiError | Created | None:
    """Create a least-cost routing table

     Who owns the new table, as jambonz decides it: an account key's table is its
    account's; a service provider key's is its provider's (`account_sid` null; a body
    `account_sid` is ignored, as in jambonz); an admin key's belongs to the body's
    `account_sid` when it names one (400 `unknown account_sid`), else to its
    `service_provider_sid` (400 `unknown service_provider_sid`), else to nobody. An
    account's table is stored with `service_provider_sid` null. An empty string is no
    sid (the portal sends `"account_sid": ""`).

    Each owner has at most one table: a second answers 400 `Account: <name> already
    has an active call routing table.` or `Service Provider: <name> already has an
    active call routing table.` (jambonz's words, without the stray double space and
    line break jambonz's messages carry). `name` is required: 400 `missing field name`.

    **Differs from jambonz**: a body `account_sid` or `service_provider_sid` outside
    the key's scope answers 403 (jambonz silently replaces an account key's
    `account_sid` and a provider key's `service_provider_sid` with its own).

    Args:
        body (LcrCreate): A new routing table. `name` is required (400 `missing field name` when
            absent, in
            jambonz's words). Who owns it: see `POST /Lcrs`. `default_carrier_set_entry_sid`
            is accepted because the portal sends it, but a new table has no entries yet: only
            `null` or an empty string is valid (400 `unknown default_carrier_set_entry_sid`).
             Example: {'name': 'sp1-lcr', 'is_active': True, 'service_provider_sid':
            '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33'}.

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
    body: LcrCreate,
) -> Response[ApiError | Created]:
    """Create a least-cost routing table

     Who owns the new table, as jambonz decides it: an account key's table is its
    account's; a service provider key's is its provider's (`account_sid` null; a body
    `account_sid` is ignored, as in jambonz); an admin key's belongs to the body's
    `account_sid` when it names one (400 `unknown account_sid`), else to its
    `service_provider_sid` (400 `unknown service_provider_sid`), else to nobody. An
    account's table is stored with `service_provider_sid` null. An empty string is no
    sid (the portal sends `"account_sid": ""`).

    Each owner has at most one table: a second answers 400 `Account: <name> already
    has an active call routing table.` or `Service Provider: <name> already has an
    active call routing table.` (jambonz's words, without the stray double space and
    line break jambonz's messages carry). `name` is required: 400 `missing field name`.

    **Differs from jambonz**: a body `account_sid` or `service_provider_sid` outside
    the key's scope answers 403 (jambonz silently replaces an account key's
    `account_sid` and a provider key's `service_provider_sid` with its own).

    Args:
        body (LcrCreate): A new routing table. `name` is required (400 `missing field name` when
            absent, in
            jambonz's words). Who owns it: see `POST /Lcrs`. `default_carrier_set_entry_sid`
            is accepted because the portal sends it, but a new table has no entries yet: only
            `null` or an empty string is valid (400 `unknown default_carrier_set_entry_sid`).
             Example: {'name': 'sp1-lcr', 'is_active': True, 'service_provider_sid':
            '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33'}.

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
    body: LcrCreate,
) -> ApiError | Created | None:
    """Create a least-cost routing table

     Who owns the new table, as jambonz decides it: an account key's table is its
    account's; a service provider key's is its provider's (`account_sid` null; a body
    `account_sid` is ignored, as in jambonz); an admin key's belongs to the body's
    `account_sid` when it names one (400 `unknown account_sid`), else to its
    `service_provider_sid` (400 `unknown service_provider_sid`), else to nobody. An
    account's table is stored with `service_provider_sid` null. An empty string is no
    sid (the portal sends `"account_sid": ""`).

    Each owner has at most one table: a second answers 400 `Account: <name> already
    has an active call routing table.` or `Service Provider: <name> already has an
    active call routing table.` (jambonz's words, without the stray double space and
    line break jambonz's messages carry). `name` is required: 400 `missing field name`.

    **Differs from jambonz**: a body `account_sid` or `service_provider_sid` outside
    the key's scope answers 403 (jambonz silently replaces an account key's
    `account_sid` and a provider key's `service_provider_sid` with its own).

    Args:
        body (LcrCreate): A new routing table. `name` is required (400 `missing field name` when
            absent, in
            jambonz's words). Who owns it: see `POST /Lcrs`. `default_carrier_set_entry_sid`
            is accepted because the portal sends it, but a new table has no entries yet: only
            `null` or an empty string is valid (400 `unknown default_carrier_set_entry_sid`).
             Example: {'name': 'sp1-lcr', 'is_active': True, 'service_provider_sid':
            '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33'}.

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
