from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.name_created import NameCreated
from ...models.queue_create import QueueCreate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: QueueCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Queues".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | NameCreated | None:
    if response.status_code == 201:
        response_201 = NameCreated.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | NameCreated]:
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
    body: QueueCreate,
) -> Response[ApiError | NameCreated]:
    """Create a queue ahead of time

     **An extension of this project** (jambonz makes a queue when a call first enters
    it, and forgets it when the last one leaves; a queue made through the API stays
    until deleted). With `max_size`, a call finding the queue full is not queued: its
    `enqueue` actionHook gets `queue_result: error` with `queue_error` saying why. 422
    when the account already has a queue of that name, or 1000 queues. On a jambonz
    cluster (`JAMBONZ_CALL_ENGINE=jambonz`) queues run on its feature servers and none
    is made ahead: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueueCreate): A queue made ahead of time. With `max_size`, a call that finds it full
            is not
            queued: its `enqueue` actionHook gets `queue_result: error` with `queue_error`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NameCreated]
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
    body: QueueCreate,
) -> ApiError | NameCreated | None:
    """Create a queue ahead of time

     **An extension of this project** (jambonz makes a queue when a call first enters
    it, and forgets it when the last one leaves; a queue made through the API stays
    until deleted). With `max_size`, a call finding the queue full is not queued: its
    `enqueue` actionHook gets `queue_result: error` with `queue_error` saying why. 422
    when the account already has a queue of that name, or 1000 queues. On a jambonz
    cluster (`JAMBONZ_CALL_ENGINE=jambonz`) queues run on its feature servers and none
    is made ahead: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueueCreate): A queue made ahead of time. With `max_size`, a call that finds it full
            is not
            queued: its `enqueue` actionHook gets `queue_result: error` with `queue_error`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NameCreated
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
    body: QueueCreate,
) -> Response[ApiError | NameCreated]:
    """Create a queue ahead of time

     **An extension of this project** (jambonz makes a queue when a call first enters
    it, and forgets it when the last one leaves; a queue made through the API stays
    until deleted). With `max_size`, a call finding the queue full is not queued: its
    `enqueue` actionHook gets `queue_result: error` with `queue_error` saying why. 422
    when the account already has a queue of that name, or 1000 queues. On a jambonz
    cluster (`JAMBONZ_CALL_ENGINE=jambonz`) queues run on its feature servers and none
    is made ahead: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueueCreate): A queue made ahead of time. With `max_size`, a call that finds it full
            is not
            queued: its `enqueue` actionHook gets `queue_result: error` with `queue_error`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NameCreated]
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
    body: QueueCreate,
) -> ApiError | NameCreated | None:
    """Create a queue ahead of time

     **An extension of this project** (jambonz makes a queue when a call first enters
    it, and forgets it when the last one leaves; a queue made through the API stays
    until deleted). With `max_size`, a call finding the queue full is not queued: its
    `enqueue` actionHook gets `queue_result: error` with `queue_error` saying why. 422
    when the account already has a queue of that name, or 1000 queues. On a jambonz
    cluster (`JAMBONZ_CALL_ENGINE=jambonz`) queues run on its feature servers and none
    is made ahead: 422.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueueCreate): A queue made ahead of time. With `max_size`, a call that finds it full
            is not
            queued: its `enqueue` actionHook gets `queue_result: error` with `queue_error`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NameCreated
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
