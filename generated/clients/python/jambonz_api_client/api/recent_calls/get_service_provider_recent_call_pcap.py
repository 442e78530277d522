from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import File, Response


def _get_kwargs(
    service_provider_sid: str,
    sip_call_id: str,
    method: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ServiceProviders/{service_provider_sid}/RecentCalls/{sip_call_id}/{method}/pcap".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
            sip_call_id=quote(str(sip_call_id), safe=""),
            method=quote(str(method), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

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

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_provider_sid: str,
    sip_call_id: str,
    method: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | File]:
    """Get a pcap of one of the service provider's calls

     jambonz answers the SIP messages of one method of the call as a pcap file
    (`application/octet-stream`, from its Homer server). This server keeps no
    SIP capture: the answer is always 404 `{"msg"}`, once the service provider
    is known to be within the key's scope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):
        method (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        sip_call_id=sip_call_id,
        method=method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    sip_call_id: str,
    method: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | File | None:
    """Get a pcap of one of the service provider's calls

     jambonz answers the SIP messages of one method of the call as a pcap file
    (`application/octet-stream`, from its Homer server). This server keeps no
    SIP capture: the answer is always 404 `{"msg"}`, once the service provider
    is known to be within the key's scope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):
        method (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        sip_call_id=sip_call_id,
        method=method,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    sip_call_id: str,
    method: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | File]:
    """Get a pcap of one of the service provider's calls

     jambonz answers the SIP messages of one method of the call as a pcap file
    (`application/octet-stream`, from its Homer server). This server keeps no
    SIP capture: the answer is always 404 `{"msg"}`, once the service provider
    is known to be within the key's scope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):
        method (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        sip_call_id=sip_call_id,
        method=method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    sip_call_id: str,
    method: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | File | None:
    """Get a pcap of one of the service provider's calls

     jambonz answers the SIP messages of one method of the call as a pcap file
    (`application/octet-stream`, from its Homer server). This server keeps no
    SIP capture: the answer is always 404 `{"msg"}`, once the service provider
    is known to be within the key's scope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):
        method (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            sip_call_id=sip_call_id,
            method=method,
            client=client,
        )
    ).parsed
