from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.queue_summary import QueueSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Queues".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[QueueSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = QueueSummary.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[QueueSummary]]:
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
    search: str | Unset = UNSET,
) -> Response[ApiError | list[QueueSummary]]:
    """List the account's queues

     The account's queues with the number of calls waiting in each, as jambonz answers
    (`[{"name", "length"}]`, sorted by name here; `[]` when there is none), optionally
    only those whose name matches the `search` glob. A queue exists while calls wait in
    it, and from its creation through the API until it is deleted. Admin keys, the
    account's service provider's keys and the account's own keys; another account is
    404, and an account that does not exist is `[]` to an admin key (as jambonz).
    Queues live in this server's memory, like live calls. With a Redis
    (`JAMBONZ_REDIS_URL`), the list also holds the queues jambonz's feature servers
    keep there (the sorted sets `queue:<account_sid>:<name>`, their length the number
    of members), so that inside a jambonz cluster the whole platform's queues are
    listed; a Redis that cannot be reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        search (str | Unset):  Example: support*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[QueueSummary]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> ApiError | list[QueueSummary] | None:
    """List the account's queues

     The account's queues with the number of calls waiting in each, as jambonz answers
    (`[{"name", "length"}]`, sorted by name here; `[]` when there is none), optionally
    only those whose name matches the `search` glob. A queue exists while calls wait in
    it, and from its creation through the API until it is deleted. Admin keys, the
    account's service provider's keys and the account's own keys; another account is
    404, and an account that does not exist is `[]` to an admin key (as jambonz).
    Queues live in this server's memory, like live calls. With a Redis
    (`JAMBONZ_REDIS_URL`), the list also holds the queues jambonz's feature servers
    keep there (the sorted sets `queue:<account_sid>:<name>`, their length the number
    of members), so that inside a jambonz cluster the whole platform's queues are
    listed; a Redis that cannot be reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        search (str | Unset):  Example: support*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[QueueSummary]
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        search=search,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[ApiError | list[QueueSummary]]:
    """List the account's queues

     The account's queues with the number of calls waiting in each, as jambonz answers
    (`[{"name", "length"}]`, sorted by name here; `[]` when there is none), optionally
    only those whose name matches the `search` glob. A queue exists while calls wait in
    it, and from its creation through the API until it is deleted. Admin keys, the
    account's service provider's keys and the account's own keys; another account is
    404, and an account that does not exist is `[]` to an admin key (as jambonz).
    Queues live in this server's memory, like live calls. With a Redis
    (`JAMBONZ_REDIS_URL`), the list also holds the queues jambonz's feature servers
    keep there (the sorted sets `queue:<account_sid>:<name>`, their length the number
    of members), so that inside a jambonz cluster the whole platform's queues are
    listed; a Redis that cannot be reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        search (str | Unset):  Example: support*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[QueueSummary]]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> ApiError | list[QueueSummary] | None:
    """List the account's queues

     The account's queues with the number of calls waiting in each, as jambonz answers
    (`[{"name", "length"}]`, sorted by name here; `[]` when there is none), optionally
    only those whose name matches the `search` glob. A queue exists while calls wait in
    it, and from its creation through the API until it is deleted. Admin keys, the
    account's service provider's keys and the account's own keys; another account is
    404, and an account that does not exist is `[]` to an admin key (as jambonz).
    Queues live in this server's memory, like live calls. With a Redis
    (`JAMBONZ_REDIS_URL`), the list also holds the queues jambonz's feature servers
    keep there (the sorted sets `queue:<account_sid>:<name>`, their length the number
    of members), so that inside a jambonz cluster the whole platform's queues are
    listed; a Redis that cannot be reached is 503.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        search (str | Unset):  Example: support*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[QueueSummary]
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            search=search,
        )
    ).parsed
