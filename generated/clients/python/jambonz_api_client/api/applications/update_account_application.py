from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.application_update import ApplicationUpdate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    application_sid: str,
    *,
    body: ApplicationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Accounts/{account_sid}/Applications/{application_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            application_sid=quote(str(application_sid), safe=""),
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
    account_sid: str,
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationUpdate,
) -> Response[Any | ApiError]:
    """Update an application of an account

     As `PUT /Applications/{ApplicationSid}`; 404 also when the application belongs to
    another account than the path's.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ApplicationUpdate): The properties to change; at least one. `account_sid` and
            `application_sid`
            cannot be changed: the portal sends them back with every change, so a value that
            repeats the application's own is ignored, and another one answers 400 `account_sid
            may not be modified` (**differs from jambonz**, which moves the application).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        application_sid=application_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationUpdate,
) -> Any | ApiError | None:
    """Update an application of an account

     As `PUT /Applications/{ApplicationSid}`; 404 also when the application belongs to
    another account than the path's.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ApplicationUpdate): The properties to change; at least one. `account_sid` and
            `application_sid`
            cannot be changed: the portal sends them back with every change, so a value that
            repeats the application's own is ignored, and another one answers 400 `account_sid
            may not be modified` (**differs from jambonz**, which moves the application).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        account_sid=account_sid,
        application_sid=application_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationUpdate,
) -> Response[Any | ApiError]:
    """Update an application of an account

     As `PUT /Applications/{ApplicationSid}`; 404 also when the application belongs to
    another account than the path's.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ApplicationUpdate): The properties to change; at least one. `account_sid` and
            `application_sid`
            cannot be changed: the portal sends them back with every change, so a value that
            repeats the application's own is ignored, and another one answers 400 `account_sid
            may not be modified` (**differs from jambonz**, which moves the application).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        application_sid=application_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationUpdate,
) -> Any | ApiError | None:
    """Update an application of an account

     As `PUT /Applications/{ApplicationSid}`; 404 also when the application belongs to
    another account than the path's.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (ApplicationUpdate): The properties to change; at least one. `account_sid` and
            `application_sid`
            cannot be changed: the portal sends them back with every change, so a value that
            repeats the application's own is ignored, and another one answers 400 `account_sid
            may not be modified` (**differs from jambonz**, which moves the application).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            application_sid=application_sid,
            client=client,
            body=body,
        )
    ).parsed
