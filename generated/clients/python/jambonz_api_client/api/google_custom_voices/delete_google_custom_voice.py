from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    google_custom_voice_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/GoogleCustomVoices/{google_custom_voice_sid}".format(
            google_custom_voice_sid=quote(str(google_custom_voice_sid), safe=""),
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
    google_custom_voice_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """Delete a custom voice

     As for changing it (**differs from jambonz**, which lets any key delete any voice).
    Deleting a speech credential deletes its voices too.

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        google_custom_voice_sid=google_custom_voice_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    google_custom_voice_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiError | None:
    """Delete a custom voice

     As for changing it (**differs from jambonz**, which lets any key delete any voice).
    Deleting a speech credential deletes its voices too.

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        google_custom_voice_sid=google_custom_voice_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    google_custom_voice_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """Delete a custom voice

     As for changing it (**differs from jambonz**, which lets any key delete any voice).
    Deleting a speech credential deletes its voices too.

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        google_custom_voice_sid=google_custom_voice_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    google_custom_voice_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiError | None:
    """Delete a custom voice

     As for changing it (**differs from jambonz**, which lets any key delete any voice).
    Deleting a speech credential deletes its voices too.

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            google_custom_voice_sid=google_custom_voice_sid,
            client=client,
        )
    ).parsed
