from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.google_custom_voice_create import GoogleCustomVoiceCreate
from ...types import Response


def _get_kwargs(
    *,
    body: GoogleCustomVoiceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/GoogleCustomVoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Created | None:
    if response.status_code == 201:
        response_201 = Created.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Created]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GoogleCustomVoiceCreate,
) -> Response[ApiError | Created]:
    """Add a custom voice to a Google speech credential

     Names a custom voice model of a Google speech credential, for its synthesizers.
    The credential must be one the key may change (its own account's for an account
    key; the provider's or its accounts' for a service provider key): 400 `missing
    speech_credential_sid` without one and, as jambonz answers, 400 `Invalid
    speech_credential_sid` for an admin key naming none that exists; 403
    `Insufficient privileges` for any other key naming one it may not change (whether
    or not it exists).

    Args:
        body (GoogleCustomVoiceCreate): A custom voice of a Google speech credential.
            `speech_credential_sid` is needed:
            400 `missing speech_credential_sid` without it (jambonz's words; it is optional in
            the schema only so that the answer is jambonz's).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: GoogleCustomVoiceCreate,
) -> ApiError | Created | None:
    """Add a custom voice to a Google speech credential

     Names a custom voice model of a Google speech credential, for its synthesizers.
    The credential must be one the key may change (its own account's for an account
    key; the provider's or its accounts' for a service provider key): 400 `missing
    speech_credential_sid` without one and, as jambonz answers, 400 `Invalid
    speech_credential_sid` for an admin key naming none that exists; 403
    `Insufficient privileges` for any other key naming one it may not change (whether
    or not it exists).

    Args:
        body (GoogleCustomVoiceCreate): A custom voice of a Google speech credential.
            `speech_credential_sid` is needed:
            400 `missing speech_credential_sid` without it (jambonz's words; it is optional in
            the schema only so that the answer is jambonz's).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GoogleCustomVoiceCreate,
) -> Response[ApiError | Created]:
    """Add a custom voice to a Google speech credential

     Names a custom voice model of a Google speech credential, for its synthesizers.
    The credential must be one the key may change (its own account's for an account
    key; the provider's or its accounts' for a service provider key): 400 `missing
    speech_credential_sid` without one and, as jambonz answers, 400 `Invalid
    speech_credential_sid` for an admin key naming none that exists; 403
    `Insufficient privileges` for any other key naming one it may not change (whether
    or not it exists).

    Args:
        body (GoogleCustomVoiceCreate): A custom voice of a Google speech credential.
            `speech_credential_sid` is needed:
            400 `missing speech_credential_sid` without it (jambonz's words; it is optional in
            the schema only so that the answer is jambonz's).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GoogleCustomVoiceCreate,
) -> ApiError | Created | None:
    """Add a custom voice to a Google speech credential

     Names a custom voice model of a Google speech credential, for its synthesizers.
    The credential must be one the key may change (its own account's for an account
    key; the provider's or its accounts' for a service provider key): 400 `missing
    speech_credential_sid` without one and, as jambonz answers, 400 `Invalid
    speech_credential_sid` for an admin key naming none that exists; 403
    `Insufficient privileges` for any other key naming one it may not change (whether
    or not it exists).

    Args:
        body (GoogleCustomVoiceCreate): A custom voice of a Google speech credential.
            `speech_credential_sid` is needed:
            400 `missing speech_credential_sid` without it (jambonz's words; it is optional in
            the schema only so that the answer is jambonz's).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
