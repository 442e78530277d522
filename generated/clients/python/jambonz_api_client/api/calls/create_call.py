from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_create import CallCreate
from ...models.call_created_body import CallCreatedBody
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: CallCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Calls".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallCreatedBody | Error | None:
    if response.status_code == 201:
        response_201 = CallCreatedBody.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallCreatedBody | Error]:
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
    body: CallCreate,
) -> Response[CallCreatedBody | Error]:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**: the far end answers
    after a one-second ring unless the target asks otherwise (`X-Sim-*` headers on the
    target, `sim-*` SIP URI parameters, or the reserved numbers `1500555…` — see the
    README's "Test your voice app without a phone line").

    Admin keys and the account's own keys. **Differs from jambonz**: service provider
    keys get 403 (jambonz: 400); the five speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (422 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallCreatedBody | Error]
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
    body: CallCreate,
) -> CallCreatedBody | Error | None:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**: the far end answers
    after a one-second ring unless the target asks otherwise (`X-Sim-*` headers on the
    target, `sim-*` SIP URI parameters, or the reserved numbers `1500555…` — see the
    README's "Test your voice app without a phone line").

    Admin keys and the account's own keys. **Differs from jambonz**: service provider
    keys get 403 (jambonz: 400); the five speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (422 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallCreatedBody | Error
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
    body: CallCreate,
) -> Response[CallCreatedBody | Error]:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**: the far end answers
    after a one-second ring unless the target asks otherwise (`X-Sim-*` headers on the
    target, `sim-*` SIP URI parameters, or the reserved numbers `1500555…` — see the
    README's "Test your voice app without a phone line").

    Admin keys and the account's own keys. **Differs from jambonz**: service provider
    keys get 403 (jambonz: 400); the five speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (422 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallCreatedBody | Error]
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
    body: CallCreate,
) -> CallCreatedBody | Error | None:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**: the far end answers
    after a one-second ring unless the target asks otherwise (`X-Sim-*` headers on the
    target, `sim-*` SIP URI parameters, or the reserved numbers `1500555…` — see the
    README's "Test your voice app without a phone line").

    Admin keys and the account's own keys. **Differs from jambonz**: service provider
    keys get 403 (jambonz: 400); the five speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (422 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallCreatedBody | Error
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
