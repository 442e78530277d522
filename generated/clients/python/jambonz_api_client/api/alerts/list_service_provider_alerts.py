from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.service_provider_alert_page import ServiceProviderAlertPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_provider_sid: str,
    *,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    alert_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["days"] = days

    params["start"] = start

    params["end"] = end

    params["alert_type"] = alert_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ServiceProviders/{service_provider_sid}/Alerts".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ServiceProviderAlertPage | None:
    if response.status_code == 200:
        response_200 = ServiceProviderAlertPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ServiceProviderAlertPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    alert_type: str | Unset = UNSET,
) -> Response[ApiError | ServiceProviderAlertPage]:
    """List the service provider's alerts

     The alerts of the provider's accounts (see `GET /Accounts/{AccountSid}/Alerts`),
    newest first, with only the fields jambonz shows a provider: `time`,
    `service_provider_sid`, `message` and `detail`. Same parameters and envelope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        alert_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ServiceProviderAlertPage]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        page=page,
        count=count,
        days=days,
        start=start,
        end=end,
        alert_type=alert_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    alert_type: str | Unset = UNSET,
) -> ApiError | ServiceProviderAlertPage | None:
    """List the service provider's alerts

     The alerts of the provider's accounts (see `GET /Accounts/{AccountSid}/Alerts`),
    newest first, with only the fields jambonz shows a provider: `time`,
    `service_provider_sid`, `message` and `detail`. Same parameters and envelope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        alert_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ServiceProviderAlertPage
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        client=client,
        page=page,
        count=count,
        days=days,
        start=start,
        end=end,
        alert_type=alert_type,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    alert_type: str | Unset = UNSET,
) -> Response[ApiError | ServiceProviderAlertPage]:
    """List the service provider's alerts

     The alerts of the provider's accounts (see `GET /Accounts/{AccountSid}/Alerts`),
    newest first, with only the fields jambonz shows a provider: `time`,
    `service_provider_sid`, `message` and `detail`. Same parameters and envelope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        alert_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ServiceProviderAlertPage]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        page=page,
        count=count,
        days=days,
        start=start,
        end=end,
        alert_type=alert_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    alert_type: str | Unset = UNSET,
) -> ApiError | ServiceProviderAlertPage | None:
    """List the service provider's alerts

     The alerts of the provider's accounts (see `GET /Accounts/{AccountSid}/Alerts`),
    newest first, with only the fields jambonz shows a provider: `time`,
    `service_provider_sid`, `message` and `detail`. Same parameters and envelope.

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        alert_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ServiceProviderAlertPage
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            client=client,
            page=page,
            count=count,
            days=days,
            start=start,
            end=end,
            alert_type=alert_type,
        )
    ).parsed
