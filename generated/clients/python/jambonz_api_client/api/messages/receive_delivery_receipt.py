from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.delivery_receipt import DeliveryReceipt
from ...types import Response


def _get_kwargs(
    provider: str,
    *,
    body: DeliveryReceipt,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/{provider}/status".format(
            provider=quote(str(provider), safe=""),
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
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryReceipt,
) -> Response[Any | ApiError]:
    """Report a message's delivery (carrier delivery receipt)

     Where an HTTP SMS provider reports what became of a message it accepted, naming it
    by `carrier_message_id` (the id its answer to the send carried) or by
    `message_sid`. Authenticated as `POST /messaging/{Provider}` (401 with
    `WWW-Authenticate: Basic` otherwise). The message must have been sent through this
    carrier (404 otherwise).

    The message takes the reported status (`sent`, `delivered` or `failed`, with
    `error`) and its `status_hook`, if any, is told. A receipt repeating the current
    status changes nothing; `delivered` and `failed` are final, and a receipt that
    would change a final status answers 422. Not in jambonz.

    Args:
        provider (str):  Example: globex-sms.
        body (DeliveryReceipt): What became of a message a carrier accepted. Name the message by
            `carrier_message_id` or `message_sid` (at least one; 422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryReceipt,
) -> Any | ApiError | None:
    """Report a message's delivery (carrier delivery receipt)

     Where an HTTP SMS provider reports what became of a message it accepted, naming it
    by `carrier_message_id` (the id its answer to the send carried) or by
    `message_sid`. Authenticated as `POST /messaging/{Provider}` (401 with
    `WWW-Authenticate: Basic` otherwise). The message must have been sent through this
    carrier (404 otherwise).

    The message takes the reported status (`sent`, `delivered` or `failed`, with
    `error`) and its `status_hook`, if any, is told. A receipt repeating the current
    status changes nothing; `delivered` and `failed` are final, and a receipt that
    would change a final status answers 422. Not in jambonz.

    Args:
        provider (str):  Example: globex-sms.
        body (DeliveryReceipt): What became of a message a carrier accepted. Name the message by
            `carrier_message_id` or `message_sid` (at least one; 422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        provider=provider,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryReceipt,
) -> Response[Any | ApiError]:
    """Report a message's delivery (carrier delivery receipt)

     Where an HTTP SMS provider reports what became of a message it accepted, naming it
    by `carrier_message_id` (the id its answer to the send carried) or by
    `message_sid`. Authenticated as `POST /messaging/{Provider}` (401 with
    `WWW-Authenticate: Basic` otherwise). The message must have been sent through this
    carrier (404 otherwise).

    The message takes the reported status (`sent`, `delivered` or `failed`, with
    `error`) and its `status_hook`, if any, is told. A receipt repeating the current
    status changes nothing; `delivered` and `failed` are final, and a receipt that
    would change a final status answers 422. Not in jambonz.

    Args:
        provider (str):  Example: globex-sms.
        body (DeliveryReceipt): What became of a message a carrier accepted. Name the message by
            `carrier_message_id` or `message_sid` (at least one; 422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryReceipt,
) -> Any | ApiError | None:
    """Report a message's delivery (carrier delivery receipt)

     Where an HTTP SMS provider reports what became of a message it accepted, naming it
    by `carrier_message_id` (the id its answer to the send carried) or by
    `message_sid`. Authenticated as `POST /messaging/{Provider}` (401 with
    `WWW-Authenticate: Basic` otherwise). The message must have been sent through this
    carrier (404 otherwise).

    The message takes the reported status (`sent`, `delivered` or `failed`, with
    `error`) and its `status_hook`, if any, is told. A receipt repeating the current
    status changes nothing; `delivered` and `failed` are final, and a receipt that
    would change a final status answers 422. Not in jambonz.

    Args:
        provider (str):  Example: globex-sms.
        body (DeliveryReceipt): What became of a message a carrier accepted. Name the message by
            `carrier_message_id` or `message_sid` (at least one; 422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
