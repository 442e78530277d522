from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lcr_carrier_set_entry_update import LcrCarrierSetEntryUpdate
from ...types import Response


def _get_kwargs(
    lcr_carrier_set_entry_sid: str,
    *,
    body: LcrCarrierSetEntryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/LcrCarrierSetEntries/{lcr_carrier_set_entry_sid}".format(
            lcr_carrier_set_entry_sid=quote(str(lcr_carrier_set_entry_sid), safe=""),
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lcr_carrier_set_entry_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrCarrierSetEntryUpdate,
) -> Response[Any | ApiError]:
    """Update a carrier entry

     404 for an entry of a table the key does not see. A `lcr_route_sid` or
    `voip_carrier_sid` is checked as by `POST` (400 `unknown lcr_route_sid`, `unknown
    voip_carrier_sid`). An entry that moves to another table stops being its former
    table's default entry. **Differs from jambonz**, which checks no scope here.

    Args:
        lcr_carrier_set_entry_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrCarrierSetEntryUpdate): Changes to an entry; only the properties sent change. A
            `lcr_route_sid` moves the
            entry to that route (400 `unknown lcr_route_sid` unless the key may change it); a
            `voip_carrier_sid` must be a carrier the routing table's owner may use (400 `unknown
            voip_carrier_sid`).
             Example: {'priority': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        lcr_carrier_set_entry_sid=lcr_carrier_set_entry_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lcr_carrier_set_entry_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrCarrierSetEntryUpdate,
) -> Any | ApiError | None:
    """Update a carrier entry

     404 for an entry of a table the key does not see. A `lcr_route_sid` or
    `voip_carrier_sid` is checked as by `POST` (400 `unknown lcr_route_sid`, `unknown
    voip_carrier_sid`). An entry that moves to another table stops being its former
    table's default entry. **Differs from jambonz**, which checks no scope here.

    Args:
        lcr_carrier_set_entry_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrCarrierSetEntryUpdate): Changes to an entry; only the properties sent change. A
            `lcr_route_sid` moves the
            entry to that route (400 `unknown lcr_route_sid` unless the key may change it); a
            `voip_carrier_sid` must be a carrier the routing table's owner may use (400 `unknown
            voip_carrier_sid`).
             Example: {'priority': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        lcr_carrier_set_entry_sid=lcr_carrier_set_entry_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lcr_carrier_set_entry_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrCarrierSetEntryUpdate,
) -> Response[Any | ApiError]:
    """Update a carrier entry

     404 for an entry of a table the key does not see. A `lcr_route_sid` or
    `voip_carrier_sid` is checked as by `POST` (400 `unknown lcr_route_sid`, `unknown
    voip_carrier_sid`). An entry that moves to another table stops being its former
    table's default entry. **Differs from jambonz**, which checks no scope here.

    Args:
        lcr_carrier_set_entry_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrCarrierSetEntryUpdate): Changes to an entry; only the properties sent change. A
            `lcr_route_sid` moves the
            entry to that route (400 `unknown lcr_route_sid` unless the key may change it); a
            `voip_carrier_sid` must be a carrier the routing table's owner may use (400 `unknown
            voip_carrier_sid`).
             Example: {'priority': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        lcr_carrier_set_entry_sid=lcr_carrier_set_entry_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lcr_carrier_set_entry_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LcrCarrierSetEntryUpdate,
) -> Any | ApiError | None:
    """Update a carrier entry

     404 for an entry of a table the key does not see. A `lcr_route_sid` or
    `voip_carrier_sid` is checked as by `POST` (400 `unknown lcr_route_sid`, `unknown
    voip_carrier_sid`). An entry that moves to another table stops being its former
    table's default entry. **Differs from jambonz**, which checks no scope here.

    Args:
        lcr_carrier_set_entry_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LcrCarrierSetEntryUpdate): Changes to an entry; only the properties sent change. A
            `lcr_route_sid` moves the
            entry to that route (400 `unknown lcr_route_sid` unless the key may change it); a
            `voip_carrier_sid` must be a carrier the routing table's owner may use (400 `unknown
            voip_carrier_sid`).
             Example: {'priority': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            lcr_carrier_set_entry_sid=lcr_carrier_set_entry_sid,
            client=client,
            body=body,
        )
    ).parsed
