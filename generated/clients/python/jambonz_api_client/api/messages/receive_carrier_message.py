from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.inbound_message import InboundMessage
from ...types import Response


def _get_kwargs(
    provider: str,
    *,
    body: InboundMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/{provider}".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Created | None:
    if response.status_code == 200:
        response_200 = Created.from_dict(response.json())

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
    provider: str,
    *,
    client: AuthenticatedClient | Client,
    body: InboundMessage,
) -> Response[ApiError | Created]:
    """Deliver an inbound SMS (carrier ingress)

     Where an HTTP SMS provider delivers messages for the platform's numbers. Not
    authenticated by API keys: the carrier named `Provider` authenticates with HTTP
    basic auth using its `sms_inbound_username` and `sms_inbound_password` (a carrier
    without both cannot deliver). Wrong or missing credentials, or an unknown carrier,
    answer 401 with `WWW-Authenticate: Basic`. The credentials are checked before the
    body is read: without them no body is parsed, validated or quoted. **Differs from
    jambonz** (which checks none).

    The message is routed by `to` to the phone number's application, as `POST
    /Accounts/{AccountSid}/SimulatedMessages` describes (the same payload to the
    `messaging_hook`, the same handling of `message` verbs in its answer); the number
    must belong to an account that may use the carrier (its own carrier or an SP-wide
    one of its service provider) and have an application with a `messaging_hook`, else
    404. The answer, 200 `{"sid"}` as in jambonz, does not wait for the application.

    **Differs from jambonz**, where provider plug-ins translate each carrier's own
    format and no credentials are checked: this endpoint takes one documented JSON
    format (`InboundMessage`) and requires the carrier's credentials.

    Args:
        provider (str):  Example: globex-sms.
        body (InboundMessage): An SMS a carrier delivers. `text` and/or `media`: at least one (400
            otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: InboundMessage,
) -> ApiError | Created | None:
    """Deliver an inbound SMS (carrier ingress)

     Where an HTTP SMS provider delivers messages for the platform's numbers. Not
    authenticated by API keys: the carrier named `Provider` authenticates with HTTP
    basic auth using its `sms_inbound_username` and `sms_inbound_password` (a carrier
    without both cannot deliver). Wrong or missing credentials, or an unknown carrier,
    answer 401 with `WWW-Authenticate: Basic`. The credentials are checked before the
    body is read: without them no body is parsed, validated or quoted. **Differs from
    jambonz** (which checks none).

    The message is routed by `to` to the phone number's application, as `POST
    /Accounts/{AccountSid}/SimulatedMessages` describes (the same payload to the
    `messaging_hook`, the same handling of `message` verbs in its answer); the number
    must belong to an account that may use the carrier (its own carrier or an SP-wide
    one of its service provider) and have an application with a `messaging_hook`, else
    404. The answer, 200 `{"sid"}` as in jambonz, does not wait for the application.

    **Differs from jambonz**, where provider plug-ins translate each carrier's own
    format and no credentials are checked: this endpoint takes one documented JSON
    format (`InboundMessage`) and requires the carrier's credentials.

    Args:
        provider (str):  Example: globex-sms.
        body (InboundMessage): An SMS a carrier delivers. `text` and/or `media`: at least one (400
            otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
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
    body: InboundMessage,
) -> Response[ApiError | Created]:
    """Deliver an inbound SMS (carrier ingress)

     Where an HTTP SMS provider delivers messages for the platform's numbers. Not
    authenticated by API keys: the carrier named `Provider` authenticates with HTTP
    basic auth using its `sms_inbound_username` and `sms_inbound_password` (a carrier
    without both cannot deliver). Wrong or missing credentials, or an unknown carrier,
    answer 401 with `WWW-Authenticate: Basic`. The credentials are checked before the
    body is read: without them no body is parsed, validated or quoted. **Differs from
    jambonz** (which checks none).

    The message is routed by `to` to the phone number's application, as `POST
    /Accounts/{AccountSid}/SimulatedMessages` describes (the same payload to the
    `messaging_hook`, the same handling of `message` verbs in its answer); the number
    must belong to an account that may use the carrier (its own carrier or an SP-wide
    one of its service provider) and have an application with a `messaging_hook`, else
    404. The answer, 200 `{"sid"}` as in jambonz, does not wait for the application.

    **Differs from jambonz**, where provider plug-ins translate each carrier's own
    format and no credentials are checked: this endpoint takes one documented JSON
    format (`InboundMessage`) and requires the carrier's credentials.

    Args:
        provider (str):  Example: globex-sms.
        body (InboundMessage): An SMS a carrier delivers. `text` and/or `media`: at least one (400
            otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: InboundMessage,
) -> ApiError | Created | None:
    """Deliver an inbound SMS (carrier ingress)

     Where an HTTP SMS provider delivers messages for the platform's numbers. Not
    authenticated by API keys: the carrier named `Provider` authenticates with HTTP
    basic auth using its `sms_inbound_username` and `sms_inbound_password` (a carrier
    without both cannot deliver). Wrong or missing credentials, or an unknown carrier,
    answer 401 with `WWW-Authenticate: Basic`. The credentials are checked before the
    body is read: without them no body is parsed, validated or quoted. **Differs from
    jambonz** (which checks none).

    The message is routed by `to` to the phone number's application, as `POST
    /Accounts/{AccountSid}/SimulatedMessages` describes (the same payload to the
    `messaging_hook`, the same handling of `message` verbs in its answer); the number
    must belong to an account that may use the carrier (its own carrier or an SP-wide
    one of its service provider) and have an application with a `messaging_hook`, else
    404. The answer, 200 `{"sid"}` as in jambonz, does not wait for the application.

    **Differs from jambonz**, where provider plug-ins translate each carrier's own
    format and no credentials are checked: this endpoint takes one documented JSON
    format (`InboundMessage`) and requires the carrier's credentials.

    Args:
        provider (str):  Example: globex-sms.
        body (InboundMessage): An SMS a carrier delivers. `text` and/or `media`: at least one (400
            otherwise).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
