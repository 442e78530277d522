from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sip_gateway_update import SipGatewayUpdate
from ...types import Response


def _get_kwargs(
    sip_gateway_sid: str,
    *,
    body: SipGatewayUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/SipGateways/{sip_gateway_sid}".format(
            sip_gateway_sid=quote(str(sip_gateway_sid), safe=""),
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
    sip_gateway_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SipGatewayUpdate,
) -> Response[Any | ApiError]:
    """Update a SIP gateway

     Only the properties present are changed. 404 when the key cannot see the gateway's
    carrier (**differs from jambonz**, which answers 400 `invalid sip_gateway_sid` to an
    unknown gateway); 403 when it can see but not change it (an account key and an
    SP-wide carrier). The rules of `POST /SipGateways` apply to the result (400).

    Args:
        sip_gateway_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SipGatewayUpdate): The properties to change; at least one. `voip_carrier_sid` and
            `sip_gateway_sid`
            cannot be changed: the portal sends them back, so values that repeat the gateway's
            own are ignored, and others answer 400 `<property> may not be modified`. The rules
            of `SipGatewayCreate` apply to the gateway as it would be after the change (400).
             Example: {'port': 5080, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        sip_gateway_sid=sip_gateway_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sip_gateway_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SipGatewayUpdate,
) -> Any | ApiError | None:
    """Update a SIP gateway

     Only the properties present are changed. 404 when the key cannot see the gateway's
    carrier (**differs from jambonz**, which answers 400 `invalid sip_gateway_sid` to an
    unknown gateway); 403 when it can see but not change it (an account key and an
    SP-wide carrier). The rules of `POST /SipGateways` apply to the result (400).

    Args:
        sip_gateway_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SipGatewayUpdate): The properties to change; at least one. `voip_carrier_sid` and
            `sip_gateway_sid`
            cannot be changed: the portal sends them back, so values that repeat the gateway's
            own are ignored, and others answer 400 `<property> may not be modified`. The rules
            of `SipGatewayCreate` apply to the gateway as it would be after the change (400).
             Example: {'port': 5080, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        sip_gateway_sid=sip_gateway_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sip_gateway_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SipGatewayUpdate,
) -> Response[Any | ApiError]:
    """Update a SIP gateway

     Only the properties present are changed. 404 when the key cannot see the gateway's
    carrier (**differs from jambonz**, which answers 400 `invalid sip_gateway_sid` to an
    unknown gateway); 403 when it can see but not change it (an account key and an
    SP-wide carrier). The rules of `POST /SipGateways` apply to the result (400).

    Args:
        sip_gateway_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SipGatewayUpdate): The properties to change; at least one. `voip_carrier_sid` and
            `sip_gateway_sid`
            cannot be changed: the portal sends them back, so values that repeat the gateway's
            own are ignored, and others answer 400 `<property> may not be modified`. The rules
            of `SipGatewayCreate` apply to the gateway as it would be after the change (400).
             Example: {'port': 5080, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        sip_gateway_sid=sip_gateway_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sip_gateway_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SipGatewayUpdate,
) -> Any | ApiError | None:
    """Update a SIP gateway

     Only the properties present are changed. 404 when the key cannot see the gateway's
    carrier (**differs from jambonz**, which answers 400 `invalid sip_gateway_sid` to an
    unknown gateway); 403 when it can see but not change it (an account key and an
    SP-wide carrier). The rules of `POST /SipGateways` apply to the result (400).

    Args:
        sip_gateway_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SipGatewayUpdate): The properties to change; at least one. `voip_carrier_sid` and
            `sip_gateway_sid`
            cannot be changed: the portal sends them back, so values that repeat the gateway's
            own are ignored, and others answer 400 `<property> may not be modified`. The rules
            of `SipGatewayCreate` apply to the gateway as it would be after the change (400).
             Example: {'port': 5080, 'protocol': 'tcp'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            sip_gateway_sid=sip_gateway_sid,
            client=client,
            body=body,
        )
    ).parsed
