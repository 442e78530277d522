from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.simulated_message_create import SimulatedMessageCreate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: SimulatedMessageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/SimulatedMessages".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Created | None:
    if response.status_code == 201:
        response_201 = Created.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Created]:
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
    body: SimulatedMessageCreate,
) -> Response[ApiError | Created]:
    """Make a simulated SMS arrive

     **An extension of this project** (not in jambonz): an SMS from `from` arrives on the
    account's phone number `to` exactly as one from a carrier would (`POST
    /messaging/{Provider}`): it is stored (`inbound`, `received`) and, in the
    background, sent to the number's application's `messaging_hook`. The answer (201
    with the message's `sid`) does not wait for the application.

    The application receives (signed with the account's webhook secret) `{"message_sid",
    "account_sid", "service_provider_sid", "application_sid", "carrier", "from", "to",
    "cc", "text", "media"}` and may answer with a verb array: its `message` verbs
    (`{"verb": "message", "to", "from", "text", "media", "carrier", "actionHook"}`) are
    sent one after the other, exactly as `POST .../Messages` sends (the carrier the
    message arrived through is preferred when it has an outbound route); other verbs are
    ignored. Each `message` verb's `actionHook` receives `{"message_sid",
    "message_status", "carrier", "carrier_message_id", "message_failure_reason"}` with
    `message_status` `success`, `failure`, `no carriers` or `system error`, as in
    jambonz. When the application cannot be reached or answers something unusable, the
    inbound message's `error` says so.

    `carrier` names the carrier the message arrives through: one the account may use
    (422 otherwise); by default the number's carrier, else `simulator`. 404 when no
    number of the account matches `to` or when the number has no application with a
    `messaging_hook`. Admin keys, the account's service provider's keys and its own.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedMessageCreate): An SMS arriving on one of the account's numbers. `text`
            and/or `media`: at least
            one (422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: SimulatedMessageCreate,
) -> ApiError | Created | None:
    """Make a simulated SMS arrive

     **An extension of this project** (not in jambonz): an SMS from `from` arrives on the
    account's phone number `to` exactly as one from a carrier would (`POST
    /messaging/{Provider}`): it is stored (`inbound`, `received`) and, in the
    background, sent to the number's application's `messaging_hook`. The answer (201
    with the message's `sid`) does not wait for the application.

    The application receives (signed with the account's webhook secret) `{"message_sid",
    "account_sid", "service_provider_sid", "application_sid", "carrier", "from", "to",
    "cc", "text", "media"}` and may answer with a verb array: its `message` verbs
    (`{"verb": "message", "to", "from", "text", "media", "carrier", "actionHook"}`) are
    sent one after the other, exactly as `POST .../Messages` sends (the carrier the
    message arrived through is preferred when it has an outbound route); other verbs are
    ignored. Each `message` verb's `actionHook` receives `{"message_sid",
    "message_status", "carrier", "carrier_message_id", "message_failure_reason"}` with
    `message_status` `success`, `failure`, `no carriers` or `system error`, as in
    jambonz. When the application cannot be reached or answers something unusable, the
    inbound message's `error` says so.

    `carrier` names the carrier the message arrives through: one the account may use
    (422 otherwise); by default the number's carrier, else `simulator`. 404 when no
    number of the account matches `to` or when the number has no application with a
    `messaging_hook`. Admin keys, the account's service provider's keys and its own.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedMessageCreate): An SMS arriving on one of the account's numbers. `text`
            and/or `media`: at least
            one (422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
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
    body: SimulatedMessageCreate,
) -> Response[ApiError | Created]:
    """Make a simulated SMS arrive

     **An extension of this project** (not in jambonz): an SMS from `from` arrives on the
    account's phone number `to` exactly as one from a carrier would (`POST
    /messaging/{Provider}`): it is stored (`inbound`, `received`) and, in the
    background, sent to the number's application's `messaging_hook`. The answer (201
    with the message's `sid`) does not wait for the application.

    The application receives (signed with the account's webhook secret) `{"message_sid",
    "account_sid", "service_provider_sid", "application_sid", "carrier", "from", "to",
    "cc", "text", "media"}` and may answer with a verb array: its `message` verbs
    (`{"verb": "message", "to", "from", "text", "media", "carrier", "actionHook"}`) are
    sent one after the other, exactly as `POST .../Messages` sends (the carrier the
    message arrived through is preferred when it has an outbound route); other verbs are
    ignored. Each `message` verb's `actionHook` receives `{"message_sid",
    "message_status", "carrier", "carrier_message_id", "message_failure_reason"}` with
    `message_status` `success`, `failure`, `no carriers` or `system error`, as in
    jambonz. When the application cannot be reached or answers something unusable, the
    inbound message's `error` says so.

    `carrier` names the carrier the message arrives through: one the account may use
    (422 otherwise); by default the number's carrier, else `simulator`. 404 when no
    number of the account matches `to` or when the number has no application with a
    `messaging_hook`. Admin keys, the account's service provider's keys and its own.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedMessageCreate): An SMS arriving on one of the account's numbers. `text`
            and/or `media`: at least
            one (422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: SimulatedMessageCreate,
) -> ApiError | Created | None:
    """Make a simulated SMS arrive

     **An extension of this project** (not in jambonz): an SMS from `from` arrives on the
    account's phone number `to` exactly as one from a carrier would (`POST
    /messaging/{Provider}`): it is stored (`inbound`, `received`) and, in the
    background, sent to the number's application's `messaging_hook`. The answer (201
    with the message's `sid`) does not wait for the application.

    The application receives (signed with the account's webhook secret) `{"message_sid",
    "account_sid", "service_provider_sid", "application_sid", "carrier", "from", "to",
    "cc", "text", "media"}` and may answer with a verb array: its `message` verbs
    (`{"verb": "message", "to", "from", "text", "media", "carrier", "actionHook"}`) are
    sent one after the other, exactly as `POST .../Messages` sends (the carrier the
    message arrived through is preferred when it has an outbound route); other verbs are
    ignored. Each `message` verb's `actionHook` receives `{"message_sid",
    "message_status", "carrier", "carrier_message_id", "message_failure_reason"}` with
    `message_status` `success`, `failure`, `no carriers` or `system error`, as in
    jambonz. When the application cannot be reached or answers something unusable, the
    inbound message's `error` says so.

    `carrier` names the carrier the message arrives through: one the account may use
    (422 otherwise); by default the number's carrier, else `simulator`. 404 when no
    number of the account matches `to` or when the number has no application with a
    `messaging_hook`. Admin keys, the account's service provider's keys and its own.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SimulatedMessageCreate): An SMS arriving on one of the account's numbers. `text`
            and/or `media`: at least
            one (422 otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
