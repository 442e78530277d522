from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.call_created_body import CallCreatedBody
from ...models.simulated_call_create import SimulatedCallCreate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: SimulatedCallCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/SimulatedCalls".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CallCreatedBody | None:
    if response.status_code == 201:
        response_201 = CallCreatedBody.from_dict(response.json())

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
) -> Response[ApiError | CallCreatedBody]:
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
    body: SimulatedCallCreate,
) -> Response[ApiError | CallCreatedBody]:
    """Make a simulated inbound call arrive

     **An extension of this project** (not in jambonz): a call from `from` arrives on the
    account's phone number `to` and is routed exactly as jambonz routes an inbound call
    from a carrier — to the number's application, with direction `inbound`,
    `originating_sip_ip` and `originating_sip_trunk_name` from the number's carrier.
    The application is requested at once (`session:new` with `sip`, `caller_name`,
    `originating_sip_trunk_name`, ... as jambonz sends them), and the call is answered
    by the first verb that needs media; an unusable first answer rejects the call
    (`failed`, 480). The caller's behaviour follows the far-end rules of `POST
    /Accounts/{AccountSid}/Calls` applied to `from` and `headers`: a reserved `from`
    number or `X-Sim-Hangup-After`, `X-Sim-Digits`, `X-Sim-Speech` in `headers`
    (ringing and refusal settings do not apply). 404 when no number of the account
    matches `to` or when the number has no application; the account's
    `voice_call_session` limit applies (422). On a jambonz cluster
    (`JAMBONZ_CALL_ENGINE=jambonz`, where calls arrive from its SBCs) there is nothing
    to simulate: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedCallCreate): An inbound call for the simulator to deliver.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CallCreatedBody]
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
    body: SimulatedCallCreate,
) -> ApiError | CallCreatedBody | None:
    """Make a simulated inbound call arrive

     **An extension of this project** (not in jambonz): a call from `from` arrives on the
    account's phone number `to` and is routed exactly as jambonz routes an inbound call
    from a carrier — to the number's application, with direction `inbound`,
    `originating_sip_ip` and `originating_sip_trunk_name` from the number's carrier.
    The application is requested at once (`session:new` with `sip`, `caller_name`,
    `originating_sip_trunk_name`, ... as jambonz sends them), and the call is answered
    by the first verb that needs media; an unusable first answer rejects the call
    (`failed`, 480). The caller's behaviour follows the far-end rules of `POST
    /Accounts/{AccountSid}/Calls` applied to `from` and `headers`: a reserved `from`
    number or `X-Sim-Hangup-After`, `X-Sim-Digits`, `X-Sim-Speech` in `headers`
    (ringing and refusal settings do not apply). 404 when no number of the account
    matches `to` or when the number has no application; the account's
    `voice_call_session` limit applies (422). On a jambonz cluster
    (`JAMBONZ_CALL_ENGINE=jambonz`, where calls arrive from its SBCs) there is nothing
    to simulate: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedCallCreate): An inbound call for the simulator to deliver.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CallCreatedBody
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
    body: SimulatedCallCreate,
) -> Response[ApiError | CallCreatedBody]:
    """Make a simulated inbound call arrive

     **An extension of this project** (not in jambonz): a call from `from` arrives on the
    account's phone number `to` and is routed exactly as jambonz routes an inbound call
    from a carrier — to the number's application, with direction `inbound`,
    `originating_sip_ip` and `originating_sip_trunk_name` from the number's carrier.
    The application is requested at once (`session:new` with `sip`, `caller_name`,
    `originating_sip_trunk_name`, ... as jambonz sends them), and the call is answered
    by the first verb that needs media; an unusable first answer rejects the call
    (`failed`, 480). The caller's behaviour follows the far-end rules of `POST
    /Accounts/{AccountSid}/Calls` applied to `from` and `headers`: a reserved `from`
    number or `X-Sim-Hangup-After`, `X-Sim-Digits`, `X-Sim-Speech` in `headers`
    (ringing and refusal settings do not apply). 404 when no number of the account
    matches `to` or when the number has no application; the account's
    `voice_call_session` limit applies (422). On a jambonz cluster
    (`JAMBONZ_CALL_ENGINE=jambonz`, where calls arrive from its SBCs) there is nothing
    to simulate: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedCallCreate): An inbound call for the simulator to deliver.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CallCreatedBody]
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
    body: SimulatedCallCreate,
) -> ApiError | CallCreatedBody | None:
    """Make a simulated inbound call arrive

     **An extension of this project** (not in jambonz): a call from `from` arrives on the
    account's phone number `to` and is routed exactly as jambonz routes an inbound call
    from a carrier — to the number's application, with direction `inbound`,
    `originating_sip_ip` and `originating_sip_trunk_name` from the number's carrier.
    The application is requested at once (`session:new` with `sip`, `caller_name`,
    `originating_sip_trunk_name`, ... as jambonz sends them), and the call is answered
    by the first verb that needs media; an unusable first answer rejects the call
    (`failed`, 480). The caller's behaviour follows the far-end rules of `POST
    /Accounts/{AccountSid}/Calls` applied to `from` and `headers`: a reserved `from`
    number or `X-Sim-Hangup-After`, `X-Sim-Digits`, `X-Sim-Speech` in `headers`
    (ringing and refusal settings do not apply). 404 when no number of the account
    matches `to` or when the number has no application; the account's
    `voice_call_session` limit applies (422). On a jambonz cluster
    (`JAMBONZ_CALL_ENGINE=jambonz`, where calls arrive from its SBCs) there is nothing
    to simulate: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedCallCreate): An inbound call for the simulator to deliver.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CallCreatedBody
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
