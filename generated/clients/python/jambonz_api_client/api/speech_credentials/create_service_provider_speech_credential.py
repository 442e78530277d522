from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.speech_credential_create import SpeechCredentialCreate
from ...types import Response


def _get_kwargs(
    service_provider_sid: str,
    *,
    body: SpeechCredentialCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ServiceProviders/{service_provider_sid}/SpeechCredentials".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
        ),
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Created]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialCreate,
) -> Response[ApiError | Created]:
    """Add a speech credential to a service provider

     Stores the credentials of a speech vendor (text-to-speech, speech-to-text) that
    jambonz's feature servers use for the provider's calls. Without `account_sid` it is
    the provider's own credential, which every account of the provider may use; with
    `account_sid` (an account of the provider) it is that account's. An account key
    always adds a credential of its own account, as in jambonz.

    What each vendor needs (400 in jambonz's words otherwise, where jambonz answers
    500; an empty string counts as missing):
    - `google`: `service_key`, the text of a service account key file holding
      `client_email` and `private_key` (`invalid json key: service_key is required`,
      `invalid google service account key - not JSON`, `invalid google service
      account key`); optional `model_id` (Gemini TTS);
    - `aws`: nothing (`access_key_id` and `secret_access_key`, or `role_arn`, or the
      instance's role), `aws_region`;
    - `microsoft`: `region` and `api_key` unless a `custom_tts_endpoint_url` or
      `custom_stt_endpoint_url` is given (`invalid azure speech credential: region is
      required`);
    - `deepgram`: `api_key` unless both `deepgram_stt_uri` and `deepgram_tts_uri` (on
      premises); optional `deepgram_stt_use_tls`, `model_id`;
    - `elevenlabs`, `rimelabs`, `inworld`, `whisper`, `openai`: `api_key` and
      `model_id`; `cartesia`: `api_key`, with `model_id` when `use_for_tts` is given
      true and `stt_model_id` when `use_for_stt` is;
    - `wellsaid`, `soniox`, `voxist`, `resemble`, `deepgramflux`, `assemblyai`:
      `api_key`; `speechmatics`: `api_key` and `speechmatics_stt_uri`; `playht`:
      `api_key`, `user_id`, `voice_engine`;
    - `nuance`: `client_id` and `secret`, or `nuance_tts_uri` or `nuance_stt_uri`;
      `nvidia`: `riva_server_uri`; `cobalt`: `cobalt_server_uri`; `houndify`:
      `client_id`, `client_key`, `user_id`; `verbio`: `client_id`, `client_secret`,
      `engine_version`; `ibm`, `gladia` and `custom:<name>`: nothing.
    The messages read `invalid <vendor> speech credential: <property> is required`.

    A `label` the owner already uses for that vendor (an account: its own credentials
    and its provider's; a provider: any of its credentials) answers 422 `Label <label>
    is already in use for another speech credential`, as in jambonz.

    Admin keys; service provider keys for their own provider; account keys for their
    own provider (the credential is the account's). Another provider answers 403
    `Insufficient privileges` to a service provider or account key (whether or not it
    exists), 404 to an admin key when it does not exist.

    **Differs from jambonz**: the vendor's properties are sealed with AES-256-GCM under a
    key derived from this server's `JAMBONZ_ENCRYPTION_SECRET` (jambonz uses AES-CBC with
    one IV per process and a key from `ENCRYPTION_SECRET`/`JWT_SECRET`), so rows are not
    interchangeable with a jambonz database; an invalid credential or vendor is 400, not
    500; unknown properties are 400, not ignored; and an account key's credential also
    records its account's provider.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialCreate): A new speech credential: `vendor`, what it is used for, an
            optional `label`, and
            the vendor's own properties (which ones each vendor needs is in the description of
            the create operation). Properties another vendor uses are accepted and not stored,
            as in jambonz. The vendor's properties are stored encrypted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialCreate,
) -> ApiError | Created | None:
    """Add a speech credential to a service provider

     Stores the credentials of a speech vendor (text-to-speech, speech-to-text) that
    jambonz's feature servers use for the provider's calls. Without `account_sid` it is
    the provider's own credential, which every account of the provider may use; with
    `account_sid` (an account of the provider) it is that account's. An account key
    always adds a credential of its own account, as in jambonz.

    What each vendor needs (400 in jambonz's words otherwise, where jambonz answers
    500; an empty string counts as missing):
    - `google`: `service_key`, the text of a service account key file holding
      `client_email` and `private_key` (`invalid json key: service_key is required`,
      `invalid google service account key - not JSON`, `invalid google service
      account key`); optional `model_id` (Gemini TTS);
    - `aws`: nothing (`access_key_id` and `secret_access_key`, or `role_arn`, or the
      instance's role), `aws_region`;
    - `microsoft`: `region` and `api_key` unless a `custom_tts_endpoint_url` or
      `custom_stt_endpoint_url` is given (`invalid azure speech credential: region is
      required`);
    - `deepgram`: `api_key` unless both `deepgram_stt_uri` and `deepgram_tts_uri` (on
      premises); optional `deepgram_stt_use_tls`, `model_id`;
    - `elevenlabs`, `rimelabs`, `inworld`, `whisper`, `openai`: `api_key` and
      `model_id`; `cartesia`: `api_key`, with `model_id` when `use_for_tts` is given
      true and `stt_model_id` when `use_for_stt` is;
    - `wellsaid`, `soniox`, `voxist`, `resemble`, `deepgramflux`, `assemblyai`:
      `api_key`; `speechmatics`: `api_key` and `speechmatics_stt_uri`; `playht`:
      `api_key`, `user_id`, `voice_engine`;
    - `nuance`: `client_id` and `secret`, or `nuance_tts_uri` or `nuance_stt_uri`;
      `nvidia`: `riva_server_uri`; `cobalt`: `cobalt_server_uri`; `houndify`:
      `client_id`, `client_key`, `user_id`; `verbio`: `client_id`, `client_secret`,
      `engine_version`; `ibm`, `gladia` and `custom:<name>`: nothing.
    The messages read `invalid <vendor> speech credential: <property> is required`.

    A `label` the owner already uses for that vendor (an account: its own credentials
    and its provider's; a provider: any of its credentials) answers 422 `Label <label>
    is already in use for another speech credential`, as in jambonz.

    Admin keys; service provider keys for their own provider; account keys for their
    own provider (the credential is the account's). Another provider answers 403
    `Insufficient privileges` to a service provider or account key (whether or not it
    exists), 404 to an admin key when it does not exist.

    **Differs from jambonz**: the vendor's properties are sealed with AES-256-GCM under a
    key derived from this server's `JAMBONZ_ENCRYPTION_SECRET` (jambonz uses AES-CBC with
    one IV per process and a key from `ENCRYPTION_SECRET`/`JWT_SECRET`), so rows are not
    interchangeable with a jambonz database; an invalid credential or vendor is 400, not
    500; unknown properties are 400, not ignored; and an account key's credential also
    records its account's provider.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialCreate): A new speech credential: `vendor`, what it is used for, an
            optional `label`, and
            the vendor's own properties (which ones each vendor needs is in the description of
            the create operation). Properties another vendor uses are accepted and not stored,
            as in jambonz. The vendor's properties are stored encrypted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialCreate,
) -> Response[ApiError | Created]:
    """Add a speech credential to a service provider

     Stores the credentials of a speech vendor (text-to-speech, speech-to-text) that
    jambonz's feature servers use for the provider's calls. Without `account_sid` it is
    the provider's own credential, which every account of the provider may use; with
    `account_sid` (an account of the provider) it is that account's. An account key
    always adds a credential of its own account, as in jambonz.

    What each vendor needs (400 in jambonz's words otherwise, where jambonz answers
    500; an empty string counts as missing):
    - `google`: `service_key`, the text of a service account key file holding
      `client_email` and `private_key` (`invalid json key: service_key is required`,
      `invalid google service account key - not JSON`, `invalid google service
      account key`); optional `model_id` (Gemini TTS);
    - `aws`: nothing (`access_key_id` and `secret_access_key`, or `role_arn`, or the
      instance's role), `aws_region`;
    - `microsoft`: `region` and `api_key` unless a `custom_tts_endpoint_url` or
      `custom_stt_endpoint_url` is given (`invalid azure speech credential: region is
      required`);
    - `deepgram`: `api_key` unless both `deepgram_stt_uri` and `deepgram_tts_uri` (on
      premises); optional `deepgram_stt_use_tls`, `model_id`;
    - `elevenlabs`, `rimelabs`, `inworld`, `whisper`, `openai`: `api_key` and
      `model_id`; `cartesia`: `api_key`, with `model_id` when `use_for_tts` is given
      true and `stt_model_id` when `use_for_stt` is;
    - `wellsaid`, `soniox`, `voxist`, `resemble`, `deepgramflux`, `assemblyai`:
      `api_key`; `speechmatics`: `api_key` and `speechmatics_stt_uri`; `playht`:
      `api_key`, `user_id`, `voice_engine`;
    - `nuance`: `client_id` and `secret`, or `nuance_tts_uri` or `nuance_stt_uri`;
      `nvidia`: `riva_server_uri`; `cobalt`: `cobalt_server_uri`; `houndify`:
      `client_id`, `client_key`, `user_id`; `verbio`: `client_id`, `client_secret`,
      `engine_version`; `ibm`, `gladia` and `custom:<name>`: nothing.
    The messages read `invalid <vendor> speech credential: <property> is required`.

    A `label` the owner already uses for that vendor (an account: its own credentials
    and its provider's; a provider: any of its credentials) answers 422 `Label <label>
    is already in use for another speech credential`, as in jambonz.

    Admin keys; service provider keys for their own provider; account keys for their
    own provider (the credential is the account's). Another provider answers 403
    `Insufficient privileges` to a service provider or account key (whether or not it
    exists), 404 to an admin key when it does not exist.

    **Differs from jambonz**: the vendor's properties are sealed with AES-256-GCM under a
    key derived from this server's `JAMBONZ_ENCRYPTION_SECRET` (jambonz uses AES-CBC with
    one IV per process and a key from `ENCRYPTION_SECRET`/`JWT_SECRET`), so rows are not
    interchangeable with a jambonz database; an invalid credential or vendor is 400, not
    500; unknown properties are 400, not ignored; and an account key's credential also
    records its account's provider.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialCreate): A new speech credential: `vendor`, what it is used for, an
            optional `label`, and
            the vendor's own properties (which ones each vendor needs is in the description of
            the create operation). Properties another vendor uses are accepted and not stored,
            as in jambonz. The vendor's properties are stored encrypted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpeechCredentialCreate,
) -> ApiError | Created | None:
    """Add a speech credential to a service provider

     Stores the credentials of a speech vendor (text-to-speech, speech-to-text) that
    jambonz's feature servers use for the provider's calls. Without `account_sid` it is
    the provider's own credential, which every account of the provider may use; with
    `account_sid` (an account of the provider) it is that account's. An account key
    always adds a credential of its own account, as in jambonz.

    What each vendor needs (400 in jambonz's words otherwise, where jambonz answers
    500; an empty string counts as missing):
    - `google`: `service_key`, the text of a service account key file holding
      `client_email` and `private_key` (`invalid json key: service_key is required`,
      `invalid google service account key - not JSON`, `invalid google service
      account key`); optional `model_id` (Gemini TTS);
    - `aws`: nothing (`access_key_id` and `secret_access_key`, or `role_arn`, or the
      instance's role), `aws_region`;
    - `microsoft`: `region` and `api_key` unless a `custom_tts_endpoint_url` or
      `custom_stt_endpoint_url` is given (`invalid azure speech credential: region is
      required`);
    - `deepgram`: `api_key` unless both `deepgram_stt_uri` and `deepgram_tts_uri` (on
      premises); optional `deepgram_stt_use_tls`, `model_id`;
    - `elevenlabs`, `rimelabs`, `inworld`, `whisper`, `openai`: `api_key` and
      `model_id`; `cartesia`: `api_key`, with `model_id` when `use_for_tts` is given
      true and `stt_model_id` when `use_for_stt` is;
    - `wellsaid`, `soniox`, `voxist`, `resemble`, `deepgramflux`, `assemblyai`:
      `api_key`; `speechmatics`: `api_key` and `speechmatics_stt_uri`; `playht`:
      `api_key`, `user_id`, `voice_engine`;
    - `nuance`: `client_id` and `secret`, or `nuance_tts_uri` or `nuance_stt_uri`;
      `nvidia`: `riva_server_uri`; `cobalt`: `cobalt_server_uri`; `houndify`:
      `client_id`, `client_key`, `user_id`; `verbio`: `client_id`, `client_secret`,
      `engine_version`; `ibm`, `gladia` and `custom:<name>`: nothing.
    The messages read `invalid <vendor> speech credential: <property> is required`.

    A `label` the owner already uses for that vendor (an account: its own credentials
    and its provider's; a provider: any of its credentials) answers 422 `Label <label>
    is already in use for another speech credential`, as in jambonz.

    Admin keys; service provider keys for their own provider; account keys for their
    own provider (the credential is the account's). Another provider answers 403
    `Insufficient privileges` to a service provider or account key (whether or not it
    exists), 404 to an admin key when it does not exist.

    **Differs from jambonz**: the vendor's properties are sealed with AES-256-GCM under a
    key derived from this server's `JAMBONZ_ENCRYPTION_SECRET` (jambonz uses AES-CBC with
    one IV per process and a key from `ENCRYPTION_SECRET`/`JWT_SECRET`), so rows are not
    interchangeable with a jambonz database; an invalid credential or vendor is 400, not
    500; unknown properties are 400, not ignored; and an account key's credential also
    records its account's provider.

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (SpeechCredentialCreate): A new speech credential: `vendor`, what it is used for, an
            optional `label`, and
            the vendor's own properties (which ones each vendor needs is in the description of
            the create operation). Properties another vendor uses are accepted and not stored,
            as in jambonz. The vendor's properties are stored encrypted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            client=client,
            body=body,
        )
    ).parsed
