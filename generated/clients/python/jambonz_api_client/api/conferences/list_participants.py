from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.participant import Participant
from ...types import Response


def _get_kwargs(
    account_sid: str,
    conference_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Conferences/{conference_name}/Participants".format(
            account_sid=quote(str(account_sid), safe=""),
            conference_name=quote(str(conference_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Participant] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Participant.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[Participant]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[Participant]]:
    """List a conference's participants

     **An extension of this project** (jambonz has no participant listing). The calls in
    the room, in the order they came: members (`joined`) and callers waiting for a
    moderator (`waiting`).

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Participant]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        conference_name=conference_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[Participant] | None:
    """List a conference's participants

     **An extension of this project** (jambonz has no participant listing). The calls in
    the room, in the order they came: members (`joined`) and callers waiting for a
    moderator (`waiting`).

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Participant]
    """

    return sync_detailed(
        account_sid=account_sid,
        conference_name=conference_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | list[Participant]]:
    """List a conference's participants

     **An extension of this project** (jambonz has no participant listing). The calls in
    the room, in the order they came: members (`joined`) and callers waiting for a
    moderator (`waiting`).

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Participant]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        conference_name=conference_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | list[Participant] | None:
    """List a conference's participants

     **An extension of this project** (jambonz has no participant listing). The calls in
    the room, in the order they came: members (`joined`) and callers waiting for a
    moderator (`waiting`).

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Participant]
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            conference_name=conference_name,
            client=client,
        )
    ).parsed
