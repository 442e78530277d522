from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    service_provider_sid: str,
    call_sid: str,
    year: str,
    month: str,
    day: str,
    format_: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/ServiceProviders/{service_provider_sid}/RecentCalls/{call_sid}/record/{year}/{month}/{day}/{format_}".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
            year=quote(str(year), safe=""),
            month=quote(str(month), safe=""),
            day=quote(str(day), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

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
    service_provider_sid: str,
    call_sid: str,
    year: str,
    month: str,
    day: str,
    format_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """Delete the recording of one of the service provider's calls

     jambonz deletes the recording of the call from the account's storage bucket
    (204). This server keeps no recordings, so there is none to delete: the
    answer is always 404 `{"msg"}`, once the service provider is known to be
    within the key's scope (jambonz too answers 404 for any problem).

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        year (str):
        month (str):
        day (str):
        format_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        call_sid=call_sid,
        year=year,
        month=month,
        day=day,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    call_sid: str,
    year: str,
    month: str,
    day: str,
    format_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiError | None:
    """Delete the recording of one of the service provider's calls

     jambonz deletes the recording of the call from the account's storage bucket
    (204). This server keeps no recordings, so there is none to delete: the
    answer is always 404 `{"msg"}`, once the service provider is known to be
    within the key's scope (jambonz too answers 404 for any problem).

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        year (str):
        month (str):
        day (str):
        format_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        call_sid=call_sid,
        year=year,
        month=month,
        day=day,
        format_=format_,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    call_sid: str,
    year: str,
    month: str,
    day: str,
    format_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """Delete the recording of one of the service provider's calls

     jambonz deletes the recording of the call from the account's storage bucket
    (204). This server keeps no recordings, so there is none to delete: the
    answer is always 404 `{"msg"}`, once the service provider is known to be
    within the key's scope (jambonz too answers 404 for any problem).

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        year (str):
        month (str):
        day (str):
        format_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        call_sid=call_sid,
        year=year,
        month=month,
        day=day,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    call_sid: str,
    year: str,
    month: str,
    day: str,
    format_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiError | None:
    """Delete the recording of one of the service provider's calls

     jambonz deletes the recording of the call from the account's storage bucket
    (204). This server keeps no recordings, so there is none to delete: the
    answer is always 404 `{"msg"}`, once the service provider is known to be
    within the key's scope (jambonz too answers 404 for any problem).

    Admin keys and the provider's own keys; any other key is 403 `insufficient
    privileges` (as jambonz). A provider that does not exist is 404.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        year (str):
        month (str):
        day (str):
        format_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            call_sid=call_sid,
            year=year,
            month=month,
            day=day,
            format_=format_,
            client=client,
        )
    ).parsed
