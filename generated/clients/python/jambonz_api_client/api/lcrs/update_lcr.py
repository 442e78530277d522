from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lcr_update import LcrUpdate
from ...types import Response


def _get_kwargs(
    lcr_sid: str,
    *,
    body: LcrUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Lcrs/{lcr_sid}".format(
            lcr_sid=quote(str(lcr_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrUpdate,
) -> Response[Any | ApiError]:
    """Update a least-cost routing table

     A table the key does not see answers 400 `unknown lcr_sid` (jambonz's answer, for
    a table that does not exist too). A body `account_sid` moves the table to that
    account, else a `service_provider_sid` to that provider; an empty string or leaving
    them out keeps the owner. The one-table-per-owner rule of `POST /Lcrs` applies.

    **Differs from jambonz**: the new owner must be within the key's scope (403
    otherwise; jambonz moved a provider's table to another provider's account).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrUpdate): Changes to a routing table; only the properties sent change. Naming an
            owner moves
            the table to it (an account, or with no account a service provider), within the
            key's scope; the one-table-per-owner rule applies. `default_carrier_set_entry_sid`
            names one of this table's entries (400 `unknown default_carrier_set_entry_sid`
            otherwise); `null` or an empty string clears it.
             Example: {'name': 'sp1-lcr', 'is_active': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        lcr_sid=lcr_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrUpdate,
) -> Any | ApiError | None:
    """Update a least-cost routing table

     A table the key does not see answers 400 `unknown lcr_sid` (jambonz's answer, for
    a table that does not exist too). A body `account_sid` moves the table to that
    account, else a `service_provider_sid` to that provider; an empty string or leaving
    them out keeps the owner. The one-table-per-owner rule of `POST /Lcrs` applies.

    **Differs from jambonz**: the new owner must be within the key's scope (403
    otherwise; jambonz moved a provider's table to another provider's account).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrUpdate): Changes to a routing table; only the properties sent change. Naming an
            owner moves
            the table to it (an account, or with no account a service provider), within the
            key's scope; the one-table-per-owner rule applies. `default_carrier_set_entry_sid`
            names one of this table's entries (400 `unknown default_carrier_set_entry_sid`
            otherwise); `null` or an empty string clears it.
             Example: {'name': 'sp1-lcr', 'is_active': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        lcr_sid=lcr_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrUpdate,
) -> Response[Any | ApiError]:
    """Update a least-cost routing table

     A table the key does not see answers 400 `unknown lcr_sid` (jambonz's answer, for
    a table that does not exist too). A body `account_sid` moves the table to that
    account, else a `service_provider_sid` to that provider; an empty string or leaving
    them out keeps the owner. The one-table-per-owner rule of `POST /Lcrs` applies.

    **Differs from jambonz**: the new owner must be within the key's scope (403
    otherwise; jambonz moved a provider's table to another provider's account).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrUpdate): Changes to a routing table; only the properties sent change. Naming an
            owner moves
            the table to it (an account, or with no account a service provider), within the
            key's scope; the one-table-per-owner rule applies. `default_carrier_set_entry_sid`
            names one of this table's entries (400 `unknown default_carrier_set_entry_sid`
            otherwise); `null` or an empty string clears it.
             Example: {'name': 'sp1-lcr', 'is_active': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        lcr_sid=lcr_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lcr_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrUpdate,
) -> Any | ApiError | None:
    """Update a least-cost routing table

     A table the key does not see answers 400 `unknown lcr_sid` (jambonz's answer, for
    a table that does not exist too). A body `account_sid` moves the table to that
    account, else a `service_provider_sid` to that provider; an empty string or leaving
    them out keeps the owner. The one-table-per-owner rule of `POST /Lcrs` applies.

    **Differs from jambonz**: the new owner must be within the key's scope (403
    otherwise; jambonz moved a provider's table to another provider's account).

    Args:
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrUpdate): Changes to a routing table; only the properties sent change. Naming an
            owner moves
            the table to it (an account, or with no account a service provider), within the
            key's scope; the one-table-per-owner rule applies. `default_carrier_set_entry_sid`
            names one of this table's entries (400 `unknown default_carrier_set_entry_sid`
            otherwise); `null` or an empty string clears it.
             Example: {'name': 'sp1-lcr', 'is_active': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            lcr_sid=lcr_sid,
            client=client,
            body=body,
        )
    ).parsed
