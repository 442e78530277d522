from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.simulated_registration_create import SimulatedRegistrationCreate
from ...models.sip_registration import SipRegistration
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: SimulatedRegistrationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/SimulatedRegistrations".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SipRegistration | None:
    if response.status_code == 201:
        response_201 = SipRegistration.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SipRegistration]:
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
    body: SimulatedRegistrationCreate,
) -> Response[ApiError | SipRegistration]:
    """Register a simulated SIP device

     This server's own (not in jambonz, which has no simulator): registers a simulated
    device as `<username>@<the account's sip_realm>`, writing into Redis exactly what
    jambonz's SBC registrar writes for a real one (`user:<user>@<realm>` with the
    expiry as its TTL, and the `active-user` sorted set), so that it shows in
    `RegisteredSipUsers` like a real device. It registers through a simulated SBC at
    `192.0.2.1:5060`. Registering again replaces the registration. Needs a Redis
    (`JAMBONZ_REDIS_URL`): without one it answers 422. An account without a
    `sip_realm` answers 400 `account does not have sip_realm configuration`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedRegistrationCreate): A simulated device registering as one of the account's
            SIP users. Example: {'username': 'alice', 'expires': 600, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SipRegistration]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SimulatedRegistrationCreate,
) -> ApiError | SipRegistration | None:
    """Register a simulated SIP device

     This server's own (not in jambonz, which has no simulator): registers a simulated
    device as `<username>@<the account's sip_realm>`, writing into Redis exactly what
    jambonz's SBC registrar writes for a real one (`user:<user>@<realm>` with the
    expiry as its TTL, and the `active-user` sorted set), so that it shows in
    `RegisteredSipUsers` like a real device. It registers through a simulated SBC at
    `192.0.2.1:5060`. Registering again replaces the registration. Needs a Redis
    (`JAMBONZ_REDIS_URL`): without one it answers 422. An account without a
    `sip_realm` answers 400 `account does not have sip_realm configuration`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedRegistrationCreate): A simulated device registering as one of the account's
            SIP users. Example: {'username': 'alice', 'expires': 600, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SipRegistration
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SimulatedRegistrationCreate,
) -> Response[ApiError | SipRegistration]:
    """Register a simulated SIP device

     This server's own (not in jambonz, which has no simulator): registers a simulated
    device as `<username>@<the account's sip_realm>`, writing into Redis exactly what
    jambonz's SBC registrar writes for a real one (`user:<user>@<realm>` with the
    expiry as its TTL, and the `active-user` sorted set), so that it shows in
    `RegisteredSipUsers` like a real device. It registers through a simulated SBC at
    `192.0.2.1:5060`. Registering again replaces the registration. Needs a Redis
    (`JAMBONZ_REDIS_URL`): without one it answers 422. An account without a
    `sip_realm` answers 400 `account does not have sip_realm configuration`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedRegistrationCreate): A simulated device registering as one of the account's
            SIP users. Example: {'username': 'alice', 'expires': 600, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SipRegistration]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SimulatedRegistrationCreate,
) -> ApiError | SipRegistration | None:
    """Register a simulated SIP device

     This server's own (not in jambonz, which has no simulator): registers a simulated
    device as `<username>@<the account's sip_realm>`, writing into Redis exactly what
    jambonz's SBC registrar writes for a real one (`user:<user>@<realm>` with the
    expiry as its TTL, and the `active-user` sorted set), so that it shows in
    `RegisteredSipUsers` like a real device. It registers through a simulated SBC at
    `192.0.2.1:5060`. Registering again replaces the registration. Needs a Redis
    (`JAMBONZ_REDIS_URL`): without one it answers 422. An account without a
    `sip_realm` answers 400 `account does not have sip_realm configuration`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedRegistrationCreate): A simulated device registering as one of the account's
            SIP users. Example: {'username': 'alice', 'expires': 600, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SipRegistration
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
