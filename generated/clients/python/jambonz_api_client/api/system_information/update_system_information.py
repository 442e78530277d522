from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.system_information import SystemInformation
from ...models.system_information_update import SystemInformationUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: SystemInformationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/SystemInformation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SystemInformation | None:
    if response.status_code == 201:
        response_201 = SystemInformation.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SystemInformation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SystemInformationUpdate,
) -> Response[ApiError | SystemInformation]:
    """Set the platform's settings

     Admin callers only (403 otherwise). Stores the given settings (the first time, the
    others are `null` and `log_level` is `info`); those left out keep their value.
    Answers 201 with every setting, as jambonz. A `log_level` other than `info` or
    `debug`, or an unknown property, is 400 (**differs from jambonz**, whose process
    exits on them).

    Args:
        body (SystemInformationUpdate): The settings to change; `null` clears one. Example:
            {'domain_name': 'example.com', 'log_level': 'debug'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SystemInformation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SystemInformationUpdate,
) -> ApiError | SystemInformation | None:
    """Set the platform's settings

     Admin callers only (403 otherwise). Stores the given settings (the first time, the
    others are `null` and `log_level` is `info`); those left out keep their value.
    Answers 201 with every setting, as jambonz. A `log_level` other than `info` or
    `debug`, or an unknown property, is 400 (**differs from jambonz**, whose process
    exits on them).

    Args:
        body (SystemInformationUpdate): The settings to change; `null` clears one. Example:
            {'domain_name': 'example.com', 'log_level': 'debug'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SystemInformation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SystemInformationUpdate,
) -> Response[ApiError | SystemInformation]:
    """Set the platform's settings

     Admin callers only (403 otherwise). Stores the given settings (the first time, the
    others are `null` and `log_level` is `info`); those left out keep their value.
    Answers 201 with every setting, as jambonz. A `log_level` other than `info` or
    `debug`, or an unknown property, is 400 (**differs from jambonz**, whose process
    exits on them).

    Args:
        body (SystemInformationUpdate): The settings to change; `null` clears one. Example:
            {'domain_name': 'example.com', 'log_level': 'debug'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SystemInformation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SystemInformationUpdate,
) -> ApiError | SystemInformation | None:
    """Set the platform's settings

     Admin callers only (403 otherwise). Stores the given settings (the first time, the
    others are `null` and `log_level` is `info`); those left out keep their value.
    Answers 201 with every setting, as jambonz. A `log_level` other than `info` or
    `debug`, or an unknown property, is 400 (**differs from jambonz**, whose process
    exits on them).

    Args:
        body (SystemInformationUpdate): The settings to change; `null` clears one. Example:
            {'domain_name': 'example.com', 'log_level': 'debug'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SystemInformation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
