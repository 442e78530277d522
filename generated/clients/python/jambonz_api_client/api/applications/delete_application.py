from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    application_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/Applications/{application_sid}".format(
            application_sid=quote(str(application_sid), safe=""),
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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

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
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """Delete an application

     Any key whose scope covers the application's account (404 otherwise; **differs from
    jambonz**, which answers 422 to an account key). The application and its webhook
    rows are deleted in one transaction; accounts that used it as their device-calling
    or SIPREC application are left without one. While phone numbers route to it, or
    rows of jambonz's `call_routes` table (which other jambonz components write) point
    to it, the answer is 422 naming them (**differs from jambonz** for call routes,
    where the database's foreign key makes jambonz answer 500).

    Args:
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        application_sid=application_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiError | None:
    """Delete an application

     Any key whose scope covers the application's account (404 otherwise; **differs from
    jambonz**, which answers 422 to an account key). The application and its webhook
    rows are deleted in one transaction; accounts that used it as their device-calling
    or SIPREC application are left without one. While phone numbers route to it, or
    rows of jambonz's `call_routes` table (which other jambonz components write) point
    to it, the answer is 422 naming them (**differs from jambonz** for call routes,
    where the database's foreign key makes jambonz answer 500).

    Args:
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        application_sid=application_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """Delete an application

     Any key whose scope covers the application's account (404 otherwise; **differs from
    jambonz**, which answers 422 to an account key). The application and its webhook
    rows are deleted in one transaction; accounts that used it as their device-calling
    or SIPREC application are left without one. While phone numbers route to it, or
    rows of jambonz's `call_routes` table (which other jambonz components write) point
    to it, the answer is 422 naming them (**differs from jambonz** for call routes,
    where the database's foreign key makes jambonz answer 500).

    Args:
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        application_sid=application_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiError | None:
    """Delete an application

     Any key whose scope covers the application's account (404 otherwise; **differs from
    jambonz**, which answers 422 to an account key). The application and its webhook
    rows are deleted in one transaction; accounts that used it as their device-calling
    or SIPREC application are left without one. While phone numbers route to it, or
    rows of jambonz's `call_routes` table (which other jambonz components write) point
    to it, the answer is 422 naming them (**differs from jambonz** for call routes,
    where the database's foreign key makes jambonz answer 500).

    Args:
        application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            application_sid=application_sid,
            client=client,
        )
    ).parsed
