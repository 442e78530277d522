from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.queued_call_update import QueuedCallUpdate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    queue_name: str,
    call_sid: str,
    *,
    body: QueuedCallUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Accounts/{account_sid}/Queues/{queue_name}/Calls/{call_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            queue_name=quote(str(queue_name), safe=""),
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
    queue_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueuedCallUpdate,
) -> Response[Any | ApiError]:
    """Take a queued call into another application

     **An extension of this project**, the same as `PUT .../Calls/{CallSid}` with
    `call_hook` on a call that is in the queue: it leaves the queue (the queue event
    hook gets `leave`, no actionHook) and runs the application `call_hook` answers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        queue_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or
            `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueuedCallUpdate): Take the call out of the queue into another application:
            `call_hook` is requested
            (`session:redirect`) and its verbs replace the call's; `call_status_hook` may come
            with it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        queue_name=queue_name,
        call_sid=call_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    queue_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueuedCallUpdate,
) -> Any | ApiError | None:
    """Take a queued call into another application

     **An extension of this project**, the same as `PUT .../Calls/{CallSid}` with
    `call_hook` on a call that is in the queue: it leaves the queue (the queue event
    hook gets `leave`, no actionHook) and runs the application `call_hook` answers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        queue_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or
            `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueuedCallUpdate): Take the call out of the queue into another application:
            `call_hook` is requested
            (`session:redirect`) and its verbs replace the call's; `call_status_hook` may come
            with it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        account_sid=account_sid,
        queue_name=queue_name,
        call_sid=call_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    queue_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueuedCallUpdate,
) -> Response[Any | ApiError]:
    """Take a queued call into another application

     **An extension of this project**, the same as `PUT .../Calls/{CallSid}` with
    `call_hook` on a call that is in the queue: it leaves the queue (the queue event
    hook gets `leave`, no actionHook) and runs the application `call_hook` answers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        queue_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or
            `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueuedCallUpdate): Take the call out of the queue into another application:
            `call_hook` is requested
            (`session:redirect`) and its verbs replace the call's; `call_status_hook` may come
            with it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        queue_name=queue_name,
        call_sid=call_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    queue_name: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueuedCallUpdate,
) -> Any | ApiError | None:
    """Take a queued call into another application

     **An extension of this project**, the same as `PUT .../Calls/{CallSid}` with
    `call_hook` on a call that is in the queue: it leaves the queue (the queue event
    hook gets `leave`, no actionHook) and runs the application `call_hook` answers.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        queue_name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or
            `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (QueuedCallUpdate): Take the call out of the queue into another application:
            `call_hook` is requested
            (`session:redirect`) and its verbs replace the call's; `call_status_hook` may come
            with it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            queue_name=queue_name,
            call_sid=call_sid,
            client=client,
            body=body,
        )
    ).parsed
