from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.google_custom_voice import GoogleCustomVoice
from ...types import Response


def _get_kwargs(
    google_custom_voice_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/GoogleCustomVoices/{google_custom_voice_sid}".format(
            google_custom_voice_sid=quote(str(google_custom_voice_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GoogleCustomVoice | None:
    if response.status_code == 200:
        response_200 = GoogleCustomVoice.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GoogleCustomVoice]:
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
) -> Response[ApiError | GoogleCustomVoice]:
    """Get a custom voice

     A voice of a credential the key can see; 404 otherwise (**differs from jambonz**,
    which checks no scope here and shows any tenant's voice to any key).

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GoogleCustomVoice]
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
) -> ApiError | GoogleCustomVoice | None:
    """Get a custom voice

     A voice of a credential the key can see; 404 otherwise (**differs from jambonz**,
    which checks no scope here and shows any tenant's voice to any key).

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GoogleCustomVoice
    """

    return sync_detailed(
        google_custom_voice_sid=google_custom_voice_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    google_custom_voice_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | GoogleCustomVoice]:
    """Get a custom voice

     A voice of a credential the key can see; 404 otherwise (**differs from jambonz**,
    which checks no scope here and shows any tenant's voice to any key).

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GoogleCustomVoice]
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
) -> ApiError | GoogleCustomVoice | None:
    """Get a custom voice

     A voice of a credential the key can see; 404 otherwise (**differs from jambonz**,
    which checks no scope here and shows any tenant's voice to any key).

    Args:
        google_custom_voice_sid (str): A resource id to filter by, or empty for none: the portal
            sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GoogleCustomVoice
    """

    return (
        await asyncio_detailed(
            google_custom_voice_sid=google_custom_voice_sid,
            client=client,
        )
    ).parsed
