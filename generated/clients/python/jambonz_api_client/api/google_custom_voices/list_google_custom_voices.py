from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.google_custom_voice import GoogleCustomVoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    speech_credential_sid: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["speech_credential_sid"] = speech_credential_sid

    params["account_sid"] = account_sid

    params["service_provider_sid"] = service_provider_sid

    params["label"] = label

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/GoogleCustomVoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[GoogleCustomVoice] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_google_custom_voice_list_item_data in _response_200:
            componentsschemas_google_custom_voice_list_item = GoogleCustomVoice.from_dict(
                componentsschemas_google_custom_voice_list_item_data
            )

            response_200.append(componentsschemas_google_custom_voice_list_item)

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
) -> Response[ApiError | list[GoogleCustomVoice]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    speech_credential_sid: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> Response[ApiError | list[GoogleCustomVoice]]:
    """List custom voices

     The voices of one credential (`speech_credential_sid`), or those of the credentials
    an account or a provider uses with a `label` (see the parameters). Without
    `speech_credential_sid`, an account or provider is needed: the key's own, or
    `account_sid` / `service_provider_sid` for an admin key (400 `missing account_sid
    or service_provider_sid in query parameters` otherwise, jambonz's words).

    Args:
        speech_credential_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str | Unset): A resource id to filter by, or empty for none: the portal sends
            `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[GoogleCustomVoice]]
    """

    kwargs = _get_kwargs(
        speech_credential_sid=speech_credential_sid,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        label=label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    speech_credential_sid: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> ApiError | list[GoogleCustomVoice] | None:
    """List custom voices

     The voices of one credential (`speech_credential_sid`), or those of the credentials
    an account or a provider uses with a `label` (see the parameters). Without
    `speech_credential_sid`, an account or provider is needed: the key's own, or
    `account_sid` / `service_provider_sid` for an admin key (400 `missing account_sid
    or service_provider_sid in query parameters` otherwise, jambonz's words).

    Args:
        speech_credential_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str | Unset): A resource id to filter by, or empty for none: the portal sends
            `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[GoogleCustomVoice]
    """

    return sync_detailed(
        client=client,
        speech_credential_sid=speech_credential_sid,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        label=label,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    speech_credential_sid: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> Response[ApiError | list[GoogleCustomVoice]]:
    """List custom voices

     The voices of one credential (`speech_credential_sid`), or those of the credentials
    an account or a provider uses with a `label` (see the parameters). Without
    `speech_credential_sid`, an account or provider is needed: the key's own, or
    `account_sid` / `service_provider_sid` for an admin key (400 `missing account_sid
    or service_provider_sid in query parameters` otherwise, jambonz's words).

    Args:
        speech_credential_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str | Unset): A resource id to filter by, or empty for none: the portal sends
            `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[GoogleCustomVoice]]
    """

    kwargs = _get_kwargs(
        speech_credential_sid=speech_credential_sid,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        label=label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    speech_credential_sid: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> ApiError | list[GoogleCustomVoice] | None:
    """List custom voices

     The voices of one credential (`speech_credential_sid`), or those of the credentials
    an account or a provider uses with a `label` (see the parameters). Without
    `speech_credential_sid`, an account or provider is needed: the key's own, or
    `account_sid` / `service_provider_sid` for an admin key (400 `missing account_sid
    or service_provider_sid in query parameters` otherwise, jambonz's words).

    Args:
        speech_credential_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str | Unset): A resource id to filter by, or empty for none: the portal sends
            `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id to filter by, or empty for none: the
            portal sends `account_sid=` when
            no account is chosen, which jambonz reads as not given, and so does this server.
             Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[GoogleCustomVoice]
    """

    return (
        await asyncio_detailed(
            client=client,
            speech_credential_sid=speech_credential_sid,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            label=label,
        )
    ).parsed
