from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.speech_credential_update import SpeechCredentialUpdate
from ...types import Response


def _get_kwargs(
    service_provider_sid: str,
    speech_credential_sid: str,
    *,
    body: SpeechCredentialUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ServiceProviders/{service_provider_sid}/SpeechCredentials/{speech_credential_sid}".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
            speech_credential_sid=quote(str(speech_credential_sid), safe=""),
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
    service_provider_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialUpdate,
) -> Response[Any | ApiError]:
    """Update a speech credential of a service provider

     Changes what the credential is used for and its vendor settings that are not
    secrets (see `SpeechCredentialUpdate`). The credential must then still be valid for
    its vendor (400 in the words of the create operation). Who may: as for reading it;
    an account key may not change its provider's credentials (403).

    **Differs from jambonz**, which erases every non-secret setting the body leaves
    out (an AWS credential updated with `{"use_for_stt": true}` loses its
    `aws_region`): here a setting left out is kept and one sent as `null` is removed;
    a change that leaves the credential invalid is 400, where jambonz changes only the
    flags and answers 204.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialUpdate): What to change: `use_for_tts` and/or `use_for_stt` (at
            least one of them: 422 `use_for_tts
            and use_for_stt are the only updateable fields` otherwise, jambonz's words), and
            with them the vendor's settings that are not secrets (regions, endpoints, models,
            options, versions). Secrets and identities (`api_key`, `service_key`,
            `secret_access_key`, `access_key_id`, `client_id`, `user_id`, ...) cannot be
            changed (create a new credential instead): sent back as read (obscured) or not,
            they are ignored, as are `vendor`, `label` and the owner sids, as in jambonz.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        speech_credential_sid=speech_credential_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialUpdate,
) -> Any | ApiError | None:
    """Update a speech credential of a service provider

     Changes what the credential is used for and its vendor settings that are not
    secrets (see `SpeechCredentialUpdate`). The credential must then still be valid for
    its vendor (400 in the words of the create operation). Who may: as for reading it;
    an account key may not change its provider's credentials (403).

    **Differs from jambonz**, which erases every non-secret setting the body leaves
    out (an AWS credential updated with `{"use_for_stt": true}` loses its
    `aws_region`): here a setting left out is kept and one sent as `null` is removed;
    a change that leaves the credential invalid is 400, where jambonz changes only the
    flags and answers 204.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialUpdate): What to change: `use_for_tts` and/or `use_for_stt` (at
            least one of them: 422 `use_for_tts
            and use_for_stt are the only updateable fields` otherwise, jambonz's words), and
            with them the vendor's settings that are not secrets (regions, endpoints, models,
            options, versions). Secrets and identities (`api_key`, `service_key`,
            `secret_access_key`, `access_key_id`, `client_id`, `user_id`, ...) cannot be
            changed (create a new credential instead): sent back as read (obscured) or not,
            they are ignored, as are `vendor`, `label` and the owner sids, as in jambonz.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        speech_credential_sid=speech_credential_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialUpdate,
) -> Response[Any | ApiError]:
    """Update a speech credential of a service provider

     Changes what the credential is used for and its vendor settings that are not
    secrets (see `SpeechCredentialUpdate`). The credential must then still be valid for
    its vendor (400 in the words of the create operation). Who may: as for reading it;
    an account key may not change its provider's credentials (403).

    **Differs from jambonz**, which erases every non-secret setting the body leaves
    out (an AWS credential updated with `{"use_for_stt": true}` loses its
    `aws_region`): here a setting left out is kept and one sent as `null` is removed;
    a change that leaves the credential invalid is 400, where jambonz changes only the
    flags and answers 204.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialUpdate): What to change: `use_for_tts` and/or `use_for_stt` (at
            least one of them: 422 `use_for_tts
            and use_for_stt are the only updateable fields` otherwise, jambonz's words), and
            with them the vendor's settings that are not secrets (regions, endpoints, models,
            options, versions). Secrets and identities (`api_key`, `service_key`,
            `secret_access_key`, `access_key_id`, `client_id`, `user_id`, ...) cannot be
            changed (create a new credential instead): sent back as read (obscured) or not,
            they are ignored, as are `vendor`, `label` and the owner sids, as in jambonz.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        speech_credential_sid=speech_credential_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialUpdate,
) -> Any | ApiError | None:
    """Update a speech credential of a service provider

     Changes what the credential is used for and its vendor settings that are not
    secrets (see `SpeechCredentialUpdate`). The credential must then still be valid for
    its vendor (400 in the words of the create operation). Who may: as for reading it;
    an account key may not change its provider's credentials (403).

    **Differs from jambonz**, which erases every non-secret setting the body leaves
    out (an AWS credential updated with `{"use_for_stt": true}` loses its
    `aws_region`): here a setting left out is kept and one sent as `null` is removed;
    a change that leaves the credential invalid is 400, where jambonz changes only the
    flags and answers 204.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialUpdate): What to change: `use_for_tts` and/or `use_for_stt` (at
            least one of them: 422 `use_for_tts
            and use_for_stt are the only updateable fields` otherwise, jambonz's words), and
            with them the vendor's settings that are not secrets (regions, endpoints, models,
            options, versions). Secrets and identities (`api_key`, `service_key`,
            `secret_access_key`, `access_key_id`, `client_id`, `user_id`, ...) cannot be
            changed (create a new credential instead): sent back as read (obscured) or not,
            they are ignored, as are `vendor`, `label` and the owner sids, as in jambonz.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            speech_credential_sid=speech_credential_sid,
            client=client,
            body=body,
        )
    ).parsed
