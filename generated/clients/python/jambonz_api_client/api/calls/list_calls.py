from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.call import Call
from ...models.call_direction import CallDirection
from ...models.call_status import CallStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    direction: CallDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    call_status: CallStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["from"] = from_

    params["to"] = to

    json_call_status: str | Unset = UNSET
    if not isinstance(call_status, Unset):
        json_call_status = call_status

    params["callStatus"] = json_call_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Calls".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | list[Call] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Call.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[Call]]:
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
    direction: CallDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    call_status: CallStatus | Unset = UNSET,
) -> Response[ApiError | list[Call]]:
    """List the account's calls

     Live calls, and calls that ended within the last hour (as jambonz keeps them),
    newest first. Filters match exactly. A trailing slash on the path is accepted
    (jambonz clients send it).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the calls are those the
    feature servers keep in the cluster's Redis (`call:<AccountSid>:<call_sid>` hashes
    listed in `active-call-sids`), oldest first, as jambonz's api-server lists them:
    each hash's keys from camelCase to snake_case, `duration` and `sip_status` as
    integers, the filters matched against the stored strings. They come in this
    API's `Call` shape: what Redis does not hold is null (`customerData`,
    `voip_carrier_sid`, `trunk`, `answered_at`, `ended_at`) or empty
    (`status_history`), `created_at` is the record's first write and
    `service_provider_sid` the account's; the hash's other fields follow
    (`service_url`, `fs_sip_address`, ...). A record whose hash has expired is left
    out (jambonz lists it as `{}`). Redis unreachable: 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (CallDirection | Unset):
        from_ (str | Unset):
        to (str | Unset):
        call_status (CallStatus | Unset): `trying`, `ringing`, `early-media`, `in-progress`, then
            a final `completed` (after
            answer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by
            the list filter, as in jambonz, and never emitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Call]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        direction=direction,
        from_=from_,
        to=to,
        call_status=call_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    direction: CallDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    call_status: CallStatus | Unset = UNSET,
) -> ApiError | list[Call] | None:
    """List the account's calls

     Live calls, and calls that ended within the last hour (as jambonz keeps them),
    newest first. Filters match exactly. A trailing slash on the path is accepted
    (jambonz clients send it).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the calls are those the
    feature servers keep in the cluster's Redis (`call:<AccountSid>:<call_sid>` hashes
    listed in `active-call-sids`), oldest first, as jambonz's api-server lists them:
    each hash's keys from camelCase to snake_case, `duration` and `sip_status` as
    integers, the filters matched against the stored strings. They come in this
    API's `Call` shape: what Redis does not hold is null (`customerData`,
    `voip_carrier_sid`, `trunk`, `answered_at`, `ended_at`) or empty
    (`status_history`), `created_at` is the record's first write and
    `service_provider_sid` the account's; the hash's other fields follow
    (`service_url`, `fs_sip_address`, ...). A record whose hash has expired is left
    out (jambonz lists it as `{}`). Redis unreachable: 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (CallDirection | Unset):
        from_ (str | Unset):
        to (str | Unset):
        call_status (CallStatus | Unset): `trying`, `ringing`, `early-media`, `in-progress`, then
            a final `completed` (after
            answer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by
            the list filter, as in jambonz, and never emitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Call]
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        direction=direction,
        from_=from_,
        to=to,
        call_status=call_status,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    direction: CallDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    call_status: CallStatus | Unset = UNSET,
) -> Response[ApiError | list[Call]]:
    """List the account's calls

     Live calls, and calls that ended within the last hour (as jambonz keeps them),
    newest first. Filters match exactly. A trailing slash on the path is accepted
    (jambonz clients send it).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the calls are those the
    feature servers keep in the cluster's Redis (`call:<AccountSid>:<call_sid>` hashes
    listed in `active-call-sids`), oldest first, as jambonz's api-server lists them:
    each hash's keys from camelCase to snake_case, `duration` and `sip_status` as
    integers, the filters matched against the stored strings. They come in this
    API's `Call` shape: what Redis does not hold is null (`customerData`,
    `voip_carrier_sid`, `trunk`, `answered_at`, `ended_at`) or empty
    (`status_history`), `created_at` is the record's first write and
    `service_provider_sid` the account's; the hash's other fields follow
    (`service_url`, `fs_sip_address`, ...). A record whose hash has expired is left
    out (jambonz lists it as `{}`). Redis unreachable: 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (CallDirection | Unset):
        from_ (str | Unset):
        to (str | Unset):
        call_status (CallStatus | Unset): `trying`, `ringing`, `early-media`, `in-progress`, then
            a final `completed` (after
            answer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by
            the list filter, as in jambonz, and never emitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Call]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        direction=direction,
        from_=from_,
        to=to,
        call_status=call_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    direction: CallDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    call_status: CallStatus | Unset = UNSET,
) -> ApiError | list[Call] | None:
    """List the account's calls

     Live calls, and calls that ended within the last hour (as jambonz keeps them),
    newest first. Filters match exactly. A trailing slash on the path is accepted
    (jambonz clients send it).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the calls are those the
    feature servers keep in the cluster's Redis (`call:<AccountSid>:<call_sid>` hashes
    listed in `active-call-sids`), oldest first, as jambonz's api-server lists them:
    each hash's keys from camelCase to snake_case, `duration` and `sip_status` as
    integers, the filters matched against the stored strings. They come in this
    API's `Call` shape: what Redis does not hold is null (`customerData`,
    `voip_carrier_sid`, `trunk`, `answered_at`, `ended_at`) or empty
    (`status_history`), `created_at` is the record's first write and
    `service_provider_sid` the account's; the hash's other fields follow
    (`service_url`, `fs_sip_address`, ...). A record whose hash has expired is left
    out (jambonz lists it as `{}`). Redis unreachable: 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (CallDirection | Unset):
        from_ (str | Unset):
        to (str | Unset):
        call_status (CallStatus | Unset): `trying`, `ringing`, `early-media`, `in-progress`, then
            a final `completed` (after
            answer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by
            the list filter, as in jambonz, and never emitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Call]
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            direction=direction,
            from_=from_,
            to=to,
            call_status=call_status,
        )
    ).parsed
