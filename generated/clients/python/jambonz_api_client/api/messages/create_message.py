from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message_create import MessageCreate
from ...models.message_created_body import MessageCreatedBody
from ...models.message_refusal import MessageRefusal
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: MessageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Messages".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MessageCreatedBody | MessageRefusal | None:
    if response.status_code == 201:
        response_201 = MessageCreatedBody.from_dict(response.json())

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

    if response.status_code == 480:
        response_480 = MessageRefusal.from_dict(response.json())

        return response_480

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MessageCreatedBody | MessageRefusal]:
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
    body: MessageCreate,
) -> Response[ApiError | MessageCreatedBody | MessageRefusal]:
    """Send an SMS

     Sends `text` and/or `media` (at least one: 422 otherwise) from `from` to `to` (E.164
    numbers, the `+` optional and dropped) and stores the message. Answers once the
    provider has answered: 201 with the message's `sid` and the provider's answer
    (`providerResponse`); the message is then `sent`, and later `delivered` or `failed`
    when the provider reports it. A provider that refuses the message, answers with an
    error or does not answer within `JAMBONZ_SMS_PROVIDER_TIMEOUT` seconds (10 by
    default) makes the message `failed` and answers **480** `{"sid", "msg"}` naming
    the reason; the message stays readable with `GET .../Messages/{MessageSid}`.

    **Which provider.** The carriers considered are the active carriers the account may
    use (its own and its service provider's SP-wide ones) that have an outbound SMS
    route: an `sms_outbound_url` (an HTTP provider) or an outbound SMPP gateway.
    - `provider` (or its synonym `carrier`, the name the `message` verb uses) names one
      of them; the account's own carrier wins over an SP-wide one of the same name.
      `simulator` names the embedded simulator when no carrier has that name. An unknown
      name answers 422.
    - Without a name: the only such carrier; the simulator when there is none; 422
      naming them when there are several.

    **The HTTP provider** receives `POST <sms_outbound_url>` with `Content-Type:
    application/json` and the body `{"message_sid", "account_sid", "from", "to",
    "text", "media"}` (`media` an array of URLs, possibly empty; numbers with a leading
    `+` when the carrier has `e164_leading_plus`), with `Authorization: Bearer
    <sms_bearer_token>` when set, else basic auth when `sms_username` and
    `sms_password` are both set. A 2xx answer accepts the message: its JSON object
    becomes `providerResponse` (any other body is wrapped as `{"body": "<text>"}`), and
    its `carrier_message_id` (or `message_id`, or `id`) is stored, so that the
    provider's delivery receipts (`POST /messaging/{Provider}/status`) can name it. Any
    other status is a refusal.

    **SMPP** is not spoken by this server: a carrier whose route is an SMPP gateway is
    served by the simulator (its name is recorded as the message's `carrier`).

    **The simulator** accepts every message at once (`providerResponse` carries
    `"simulated": true` and a `carrier_message_id`) and reports it `delivered` one
    simulated second later, except for these `to` numbers, which let applications test
    their error paths:
    - `15005550001`: refused at once (480, `failed`);
    - `15005550002`: accepted (201, `sent`), then `failed` one simulated second later
      (a failed delivery receipt);
    - `15005550003`: the provider times out (480, `failed`), without the wait;
    - `15005550004`: accepted, and never reported delivered (stays `sent`).

    **Status hook.** `status_hook` (a URL or hook object) receives every status change
    after the message is queued (`sent`, `delivered`, `failed`), in order; the body is
    the message as `GET .../Messages/{MessageSid}` returns it, signed with the
    account's webhook secret (`Jambonz-Signature`) like every webhook.

    Only the account's own keys may send (as jambonz: admin and service provider keys
    get 400 `unauthorized createMessage request for account ...`); a message with
    neither `text` nor `media` is 400 (as jambonz). **Differs from jambonz**: success is
    201 `{"sid", "providerResponse"}` as
    jambonz documents it (its feature server answers 200 `{"sid", "carrierResponse"}`,
    and its api-server currently fails to reach it at all).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (MessageCreate): An SMS to send. Give `text` and/or `media`: at least one (400
            otherwise, as jambonz:
            a rule across properties, which this contract keeps out of the schema so that generated
            clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MessageCreatedBody | MessageRefusal]
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
    body: MessageCreate,
) -> ApiError | MessageCreatedBody | MessageRefusal | None:
    """Send an SMS

     Sends `text` and/or `media` (at least one: 422 otherwise) from `from` to `to` (E.164
    numbers, the `+` optional and dropped) and stores the message. Answers once the
    provider has answered: 201 with the message's `sid` and the provider's answer
    (`providerResponse`); the message is then `sent`, and later `delivered` or `failed`
    when the provider reports it. A provider that refuses the message, answers with an
    error or does not answer within `JAMBONZ_SMS_PROVIDER_TIMEOUT` seconds (10 by
    default) makes the message `failed` and answers **480** `{"sid", "msg"}` naming
    the reason; the message stays readable with `GET .../Messages/{MessageSid}`.

    **Which provider.** The carriers considered are the active carriers the account may
    use (its own and its service provider's SP-wide ones) that have an outbound SMS
    route: an `sms_outbound_url` (an HTTP provider) or an outbound SMPP gateway.
    - `provider` (or its synonym `carrier`, the name the `message` verb uses) names one
      of them; the account's own carrier wins over an SP-wide one of the same name.
      `simulator` names the embedded simulator when no carrier has that name. An unknown
      name answers 422.
    - Without a name: the only such carrier; the simulator when there is none; 422
      naming them when there are several.

    **The HTTP provider** receives `POST <sms_outbound_url>` with `Content-Type:
    application/json` and the body `{"message_sid", "account_sid", "from", "to",
    "text", "media"}` (`media` an array of URLs, possibly empty; numbers with a leading
    `+` when the carrier has `e164_leading_plus`), with `Authorization: Bearer
    <sms_bearer_token>` when set, else basic auth when `sms_username` and
    `sms_password` are both set. A 2xx answer accepts the message: its JSON object
    becomes `providerResponse` (any other body is wrapped as `{"body": "<text>"}`), and
    its `carrier_message_id` (or `message_id`, or `id`) is stored, so that the
    provider's delivery receipts (`POST /messaging/{Provider}/status`) can name it. Any
    other status is a refusal.

    **SMPP** is not spoken by this server: a carrier whose route is an SMPP gateway is
    served by the simulator (its name is recorded as the message's `carrier`).

    **The simulator** accepts every message at once (`providerResponse` carries
    `"simulated": true` and a `carrier_message_id`) and reports it `delivered` one
    simulated second later, except for these `to` numbers, which let applications test
    their error paths:
    - `15005550001`: refused at once (480, `failed`);
    - `15005550002`: accepted (201, `sent`), then `failed` one simulated second later
      (a failed delivery receipt);
    - `15005550003`: the provider times out (480, `failed`), without the wait;
    - `15005550004`: accepted, and never reported delivered (stays `sent`).

    **Status hook.** `status_hook` (a URL or hook object) receives every status change
    after the message is queued (`sent`, `delivered`, `failed`), in order; the body is
    the message as `GET .../Messages/{MessageSid}` returns it, signed with the
    account's webhook secret (`Jambonz-Signature`) like every webhook.

    Only the account's own keys may send (as jambonz: admin and service provider keys
    get 400 `unauthorized createMessage request for account ...`); a message with
    neither `text` nor `media` is 400 (as jambonz). **Differs from jambonz**: success is
    201 `{"sid", "providerResponse"}` as
    jambonz documents it (its feature server answers 200 `{"sid", "carrierResponse"}`,
    and its api-server currently fails to reach it at all).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (MessageCreate): An SMS to send. Give `text` and/or `media`: at least one (400
            otherwise, as jambonz:
            a rule across properties, which this contract keeps out of the schema so that generated
            clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MessageCreatedBody | MessageRefusal
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
    body: MessageCreate,
) -> Response[ApiError | MessageCreatedBody | MessageRefusal]:
    """Send an SMS

     Sends `text` and/or `media` (at least one: 422 otherwise) from `from` to `to` (E.164
    numbers, the `+` optional and dropped) and stores the message. Answers once the
    provider has answered: 201 with the message's `sid` and the provider's answer
    (`providerResponse`); the message is then `sent`, and later `delivered` or `failed`
    when the provider reports it. A provider that refuses the message, answers with an
    error or does not answer within `JAMBONZ_SMS_PROVIDER_TIMEOUT` seconds (10 by
    default) makes the message `failed` and answers **480** `{"sid", "msg"}` naming
    the reason; the message stays readable with `GET .../Messages/{MessageSid}`.

    **Which provider.** The carriers considered are the active carriers the account may
    use (its own and its service provider's SP-wide ones) that have an outbound SMS
    route: an `sms_outbound_url` (an HTTP provider) or an outbound SMPP gateway.
    - `provider` (or its synonym `carrier`, the name the `message` verb uses) names one
      of them; the account's own carrier wins over an SP-wide one of the same name.
      `simulator` names the embedded simulator when no carrier has that name. An unknown
      name answers 422.
    - Without a name: the only such carrier; the simulator when there is none; 422
      naming them when there are several.

    **The HTTP provider** receives `POST <sms_outbound_url>` with `Content-Type:
    application/json` and the body `{"message_sid", "account_sid", "from", "to",
    "text", "media"}` (`media` an array of URLs, possibly empty; numbers with a leading
    `+` when the carrier has `e164_leading_plus`), with `Authorization: Bearer
    <sms_bearer_token>` when set, else basic auth when `sms_username` and
    `sms_password` are both set. A 2xx answer accepts the message: its JSON object
    becomes `providerResponse` (any other body is wrapped as `{"body": "<text>"}`), and
    its `carrier_message_id` (or `message_id`, or `id`) is stored, so that the
    provider's delivery receipts (`POST /messaging/{Provider}/status`) can name it. Any
    other status is a refusal.

    **SMPP** is not spoken by this server: a carrier whose route is an SMPP gateway is
    served by the simulator (its name is recorded as the message's `carrier`).

    **The simulator** accepts every message at once (`providerResponse` carries
    `"simulated": true` and a `carrier_message_id`) and reports it `delivered` one
    simulated second later, except for these `to` numbers, which let applications test
    their error paths:
    - `15005550001`: refused at once (480, `failed`);
    - `15005550002`: accepted (201, `sent`), then `failed` one simulated second later
      (a failed delivery receipt);
    - `15005550003`: the provider times out (480, `failed`), without the wait;
    - `15005550004`: accepted, and never reported delivered (stays `sent`).

    **Status hook.** `status_hook` (a URL or hook object) receives every status change
    after the message is queued (`sent`, `delivered`, `failed`), in order; the body is
    the message as `GET .../Messages/{MessageSid}` returns it, signed with the
    account's webhook secret (`Jambonz-Signature`) like every webhook.

    Only the account's own keys may send (as jambonz: admin and service provider keys
    get 400 `unauthorized createMessage request for account ...`); a message with
    neither `text` nor `media` is 400 (as jambonz). **Differs from jambonz**: success is
    201 `{"sid", "providerResponse"}` as
    jambonz documents it (its feature server answers 200 `{"sid", "carrierResponse"}`,
    and its api-server currently fails to reach it at all).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (MessageCreate): An SMS to send. Give `text` and/or `media`: at least one (400
            otherwise, as jambonz:
            a rule across properties, which this contract keeps out of the schema so that generated
            clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MessageCreatedBody | MessageRefusal]
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
    body: MessageCreate,
) -> ApiError | MessageCreatedBody | MessageRefusal | None:
    """Send an SMS

     Sends `text` and/or `media` (at least one: 422 otherwise) from `from` to `to` (E.164
    numbers, the `+` optional and dropped) and stores the message. Answers once the
    provider has answered: 201 with the message's `sid` and the provider's answer
    (`providerResponse`); the message is then `sent`, and later `delivered` or `failed`
    when the provider reports it. A provider that refuses the message, answers with an
    error or does not answer within `JAMBONZ_SMS_PROVIDER_TIMEOUT` seconds (10 by
    default) makes the message `failed` and answers **480** `{"sid", "msg"}` naming
    the reason; the message stays readable with `GET .../Messages/{MessageSid}`.

    **Which provider.** The carriers considered are the active carriers the account may
    use (its own and its service provider's SP-wide ones) that have an outbound SMS
    route: an `sms_outbound_url` (an HTTP provider) or an outbound SMPP gateway.
    - `provider` (or its synonym `carrier`, the name the `message` verb uses) names one
      of them; the account's own carrier wins over an SP-wide one of the same name.
      `simulator` names the embedded simulator when no carrier has that name. An unknown
      name answers 422.
    - Without a name: the only such carrier; the simulator when there is none; 422
      naming them when there are several.

    **The HTTP provider** receives `POST <sms_outbound_url>` with `Content-Type:
    application/json` and the body `{"message_sid", "account_sid", "from", "to",
    "text", "media"}` (`media` an array of URLs, possibly empty; numbers with a leading
    `+` when the carrier has `e164_leading_plus`), with `Authorization: Bearer
    <sms_bearer_token>` when set, else basic auth when `sms_username` and
    `sms_password` are both set. A 2xx answer accepts the message: its JSON object
    becomes `providerResponse` (any other body is wrapped as `{"body": "<text>"}`), and
    its `carrier_message_id` (or `message_id`, or `id`) is stored, so that the
    provider's delivery receipts (`POST /messaging/{Provider}/status`) can name it. Any
    other status is a refusal.

    **SMPP** is not spoken by this server: a carrier whose route is an SMPP gateway is
    served by the simulator (its name is recorded as the message's `carrier`).

    **The simulator** accepts every message at once (`providerResponse` carries
    `"simulated": true` and a `carrier_message_id`) and reports it `delivered` one
    simulated second later, except for these `to` numbers, which let applications test
    their error paths:
    - `15005550001`: refused at once (480, `failed`);
    - `15005550002`: accepted (201, `sent`), then `failed` one simulated second later
      (a failed delivery receipt);
    - `15005550003`: the provider times out (480, `failed`), without the wait;
    - `15005550004`: accepted, and never reported delivered (stays `sent`).

    **Status hook.** `status_hook` (a URL or hook object) receives every status change
    after the message is queued (`sent`, `delivered`, `failed`), in order; the body is
    the message as `GET .../Messages/{MessageSid}` returns it, signed with the
    account's webhook secret (`Jambonz-Signature`) like every webhook.

    Only the account's own keys may send (as jambonz: admin and service provider keys
    get 400 `unauthorized createMessage request for account ...`); a message with
    neither `text` nor `media` is 400 (as jambonz). **Differs from jambonz**: success is
    201 `{"sid", "providerResponse"}` as
    jambonz documents it (its feature server answers 200 `{"sid", "carrierResponse"}`,
    and its api-server currently fails to reach it at all).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (MessageCreate): An SMS to send. Give `text` and/or `media`: at least one (400
            otherwise, as jambonz:
            a rule across properties, which this contract keeps out of the schema so that generated
            clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MessageCreatedBody | MessageRefusal
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
