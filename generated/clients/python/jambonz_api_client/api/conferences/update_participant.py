from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.participant_update import ParticipantUpdate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    conference_name: str,
    call_sid: str,
    *,
    body: ParticipantUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Accounts/{account_sid}/Conferences/{conference_name}/Participants/{call_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            conference_name=quote(str(conference_name), safe=""),
            call_sid=quote(str(call_sid), safe=""),
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
    account_sid: str,
    conference_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantUpdate,
) -> Response[Any | ApiError]:
    """Mute or hold a participant

     **An extension of this project**: the same as jambonz's per-member controls through
    the call (`mute_status`, `conf_hold_status` with `wait_hook`). A member on hold with
    a `wait_hook` hears its play/say/pause verbs, requested again after each round,
    until it is taken off hold. Setting a waiting caller's state takes effect when it
    joins.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        conference_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~`
            or `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ParticipantUpdate): `mute_status`, `hold_status` (with `wait_hook`, a hook whose
            play/say/pause verbs
            the member hears while on hold, requested again after each round) or both.
            `wait_hook` without `hold_status: hold` answers 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        conference_name=conference_name,
        call_sid=call_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    conference_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantUpdate,
) -> Any | ApiError | None:
    """Mute or hold a participant

     **An extension of this project**: the same as jambonz's per-member controls through
    the call (`mute_status`, `conf_hold_status` with `wait_hook`). A member on hold with
    a `wait_hook` hears its play/say/pause verbs, requested again after each round,
    until it is taken off hold. Setting a waiting caller's state takes effect when it
    joins.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        conference_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~`
            or `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ParticipantUpdate): `mute_status`, `hold_status` (with `wait_hook`, a hook whose
            play/say/pause verbs
            the member hears while on hold, requested again after each round) or both.
            `wait_hook` without `hold_status: hold` answers 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        account_sid=account_sid,
        conference_name=conference_name,
        call_sid=call_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    conference_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantUpdate,
) -> Response[Any | ApiError]:
    """Mute or hold a participant

     **An extension of this project**: the same as jambonz's per-member controls through
    the call (`mute_status`, `conf_hold_status` with `wait_hook`). A member on hold with
    a `wait_hook` hears its play/say/pause verbs, requested again after each round,
    until it is taken off hold. Setting a waiting caller's state takes effect when it
    joins.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        conference_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~`
            or `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ParticipantUpdate): `mute_status`, `hold_status` (with `wait_hook`, a hook whose
            play/say/pause verbs
            the member hears while on hold, requested again after each round) or both.
            `wait_hook` without `hold_status: hold` answers 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        conference_name=conference_name,
        call_sid=call_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    conference_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ParticipantUpdate,
) -> Any | ApiError | None:
    """Mute or hold a participant

     **An extension of this project**: the same as jambonz's per-member controls through
    the call (`mute_status`, `conf_hold_status` with `wait_hook`). A member on hold with
    a `wait_hook` hears its play/say/pause verbs, requested again after each round,
    until it is taken off hold. Setting a waiting caller's state takes effect when it
    joins.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        conference_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~`
            or `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ParticipantUpdate): `mute_status`, `hold_status` (with `wait_hook`, a hook whose
            play/say/pause verbs
            the member hears while on hold, requested again after each round) or both.
            `wait_hook` without `hold_status: hold` answers 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            conference_name=conference_name,
            call_sid=call_sid,
            client=client,
            body=body,
        )
    ).parsed
