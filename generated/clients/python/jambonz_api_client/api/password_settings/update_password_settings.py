from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.password_settings_update import PasswordSettingsUpdate
from ...models.update_password_settings_response_201 import UpdatePasswordSettingsResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: PasswordSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/PasswordSettings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | UpdatePasswordSettingsResponse201 | None:
    if response.status_code == 201:
        response_201 = UpdatePasswordSettingsResponse201.from_dict(response.json())

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
) -> Response[ApiError | UpdatePasswordSettingsResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordSettingsUpdate,
) -> Response[ApiError | UpdatePasswordSettingsResponse201]:
    """Set the password policy

     Admin callers only (403 otherwise). Sets the given rules; those left out keep their
    value (a first policy starts from 8 characters, no digit, no special character).
    `min_password_length` must be 8 to 20: 400 otherwise (**differs from jambonz**,
    which stores a 0 and then checks no length). Answers 201 `{}`, as jambonz.
    The policy applies to every password set from then on (`POST /Users`, `PUT
    /Users/{UserSid}`): with a stored policy there is no maximum length but the
    contract's 1024 characters.

    Args:
        body (PasswordSettingsUpdate): The rules to set. Example: {'min_password_length': 12,
            'require_digit': True, 'require_special_character': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UpdatePasswordSettingsResponse201]
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
    body: PasswordSettingsUpdate,
) -> ApiError | UpdatePasswordSettingsResponse201 | None:
    """Set the password policy

     Admin callers only (403 otherwise). Sets the given rules; those left out keep their
    value (a first policy starts from 8 characters, no digit, no special character).
    `min_password_length` must be 8 to 20: 400 otherwise (**differs from jambonz**,
    which stores a 0 and then checks no length). Answers 201 `{}`, as jambonz.
    The policy applies to every password set from then on (`POST /Users`, `PUT
    /Users/{UserSid}`): with a stored policy there is no maximum length but the
    contract's 1024 characters.

    Args:
        body (PasswordSettingsUpdate): The rules to set. Example: {'min_password_length': 12,
            'require_digit': True, 'require_special_character': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UpdatePasswordSettingsResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordSettingsUpdate,
) -> Response[ApiError | UpdatePasswordSettingsResponse201]:
    """Set the password policy

     Admin callers only (403 otherwise). Sets the given rules; those left out keep their
    value (a first policy starts from 8 characters, no digit, no special character).
    `min_password_length` must be 8 to 20: 400 otherwise (**differs from jambonz**,
    which stores a 0 and then checks no length). Answers 201 `{}`, as jambonz.
    The policy applies to every password set from then on (`POST /Users`, `PUT
    /Users/{UserSid}`): with a stored policy there is no maximum length but the
    contract's 1024 characters.

    Args:
        body (PasswordSettingsUpdate): The rules to set. Example: {'min_password_length': 12,
            'require_digit': True, 'require_special_character': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UpdatePasswordSettingsResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordSettingsUpdate,
) -> ApiError | UpdatePasswordSettingsResponse201 | None:
    """Set the password policy

     Admin callers only (403 otherwise). Sets the given rules; those left out keep their
    value (a first policy starts from 8 characters, no digit, no special character).
    `min_password_length` must be 8 to 20: 400 otherwise (**differs from jambonz**,
    which stores a 0 and then checks no length). Answers 201 `{}`, as jambonz.
    The policy applies to every password set from then on (`POST /Users`, `PUT
    /Users/{UserSid}`): with a stored policy there is no maximum length but the
    contract's 1024 characters.

    Args:
        body (PasswordSettingsUpdate): The rules to set. Example: {'min_password_length': 12,
            'require_digit': True, 'require_special_character': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UpdatePasswordSettingsResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
