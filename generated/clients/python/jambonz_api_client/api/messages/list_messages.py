import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message import Message
from ...models.message_direction import MessageDirection
from ...models.message_page import MessagePage
from ...models.message_status import MessageStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    direction: MessageDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["from"] = from_

    params["to"] = to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Messages".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Message] | MessagePage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Message] | MessagePage:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_list_type_0 = []
                _componentsschemas_message_list_type_0 = data
                for componentsschemas_message_list_type_0_item_data in _componentsschemas_message_list_type_0:
                    componentsschemas_message_list_type_0_item = Message.from_dict(
                        componentsschemas_message_list_type_0_item_data
                    )

                    componentsschemas_message_list_type_0.append(componentsschemas_message_list_type_0_item)

                return componentsschemas_message_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_list_type_1 = MessagePage.from_dict(data)

            return componentsschemas_message_list_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ApiError | list[Message] | MessagePage]:
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
    direction: MessageDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[Message] | MessagePage]:
    """List the account's messages

     The account's messages, sent and received, newest first; the filters match exactly
    (`from` and `to` as numbers, the `+` optional) and `start`/`end` bound `created_at`
    (`start` inclusive, `end` exclusive). With `page` the answer is one page `{"total",
    "page", "page_size", "data"}`; without it a bare array of every match.

    Admin keys, the account's service provider's keys and the account's own keys; an
    account outside the key's scope is 404. Not in jambonz, which keeps no messages.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (MessageDirection | Unset): `outbound`: sent by the platform; `inbound`:
            received from a carrier.
        from_ (str | Unset): A phone number in E.164 form (1 to 15 digits, optionally after a `+`,
            which is
            dropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and
            digits).
             Example: +15085550100.
        to (str | Unset): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+`
            (no spaces,
            dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
            and `15085550100` are the same number. **Differs from jambonz**, which accepts any
            text without whitespace.
             Example: +15085550100.
        status (MessageStatus | Unset): Outbound: `queued` (stored, being handed to the provider),
            then `sent` (the
            provider accepted it) and later `delivered` (the provider reported delivery) or
            `failed` (refused, no answer in time, or a failed delivery reported; `error` says
            why). Inbound messages are `received`.
        start (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        end (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Message] | MessagePage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        direction=direction,
        from_=from_,
        to=to,
        status=status,
        start=start,
        end=end,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    direction: MessageDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[Message] | MessagePage | None:
    """List the account's messages

     The account's messages, sent and received, newest first; the filters match exactly
    (`from` and `to` as numbers, the `+` optional) and `start`/`end` bound `created_at`
    (`start` inclusive, `end` exclusive). With `page` the answer is one page `{"total",
    "page", "page_size", "data"}`; without it a bare array of every match.

    Admin keys, the account's service provider's keys and the account's own keys; an
    account outside the key's scope is 404. Not in jambonz, which keeps no messages.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (MessageDirection | Unset): `outbound`: sent by the platform; `inbound`:
            received from a carrier.
        from_ (str | Unset): A phone number in E.164 form (1 to 15 digits, optionally after a `+`,
            which is
            dropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and
            digits).
             Example: +15085550100.
        to (str | Unset): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+`
            (no spaces,
            dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
            and `15085550100` are the same number. **Differs from jambonz**, which accepts any
            text without whitespace.
             Example: +15085550100.
        status (MessageStatus | Unset): Outbound: `queued` (stored, being handed to the provider),
            then `sent` (the
            provider accepted it) and later `delivered` (the provider reported delivery) or
            `failed` (refused, no answer in time, or a failed delivery reported; `error` says
            why). Inbound messages are `received`.
        start (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        end (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Message] | MessagePage
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        direction=direction,
        from_=from_,
        to=to,
        status=status,
        start=start,
        end=end,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    direction: MessageDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[Message] | MessagePage]:
    """List the account's messages

     The account's messages, sent and received, newest first; the filters match exactly
    (`from` and `to` as numbers, the `+` optional) and `start`/`end` bound `created_at`
    (`start` inclusive, `end` exclusive). With `page` the answer is one page `{"total",
    "page", "page_size", "data"}`; without it a bare array of every match.

    Admin keys, the account's service provider's keys and the account's own keys; an
    account outside the key's scope is 404. Not in jambonz, which keeps no messages.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (MessageDirection | Unset): `outbound`: sent by the platform; `inbound`:
            received from a carrier.
        from_ (str | Unset): A phone number in E.164 form (1 to 15 digits, optionally after a `+`,
            which is
            dropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and
            digits).
             Example: +15085550100.
        to (str | Unset): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+`
            (no spaces,
            dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
            and `15085550100` are the same number. **Differs from jambonz**, which accepts any
            text without whitespace.
             Example: +15085550100.
        status (MessageStatus | Unset): Outbound: `queued` (stored, being handed to the provider),
            then `sent` (the
            provider accepted it) and later `delivered` (the provider reported delivery) or
            `failed` (refused, no answer in time, or a failed delivery reported; `error` says
            why). Inbound messages are `received`.
        start (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        end (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Message] | MessagePage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        direction=direction,
        from_=from_,
        to=to,
        status=status,
        start=start,
        end=end,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    direction: MessageDirection | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[Message] | MessagePage | None:
    """List the account's messages

     The account's messages, sent and received, newest first; the filters match exactly
    (`from` and `to` as numbers, the `+` optional) and `start`/`end` bound `created_at`
    (`start` inclusive, `end` exclusive). With `page` the answer is one page `{"total",
    "page", "page_size", "data"}`; without it a bare array of every match.

    Admin keys, the account's service provider's keys and the account's own keys; an
    account outside the key's scope is 404. Not in jambonz, which keeps no messages.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        direction (MessageDirection | Unset): `outbound`: sent by the platform; `inbound`:
            received from a carrier.
        from_ (str | Unset): A phone number in E.164 form (1 to 15 digits, optionally after a `+`,
            which is
            dropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and
            digits).
             Example: +15085550100.
        to (str | Unset): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+`
            (no spaces,
            dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
            and `15085550100` are the same number. **Differs from jambonz**, which accepts any
            text without whitespace.
             Example: +15085550100.
        status (MessageStatus | Unset): Outbound: `queued` (stored, being handed to the provider),
            then `sent` (the
            provider accepted it) and later `delivered` (the provider reported delivery) or
            `failed` (refused, no answer in time, or a failed delivery reported; `error` says
            why). Inbound messages are `received`.
        start (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        end (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example:
            2024-05-01T12:00:00.000Z.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Message] | MessagePage
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            direction=direction,
            from_=from_,
            to=to,
            status=status,
            start=start,
            end=end,
            page=page,
            page_size=page_size,
        )
    ).parsed
