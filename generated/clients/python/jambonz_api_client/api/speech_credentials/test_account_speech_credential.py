from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.speech_credential_test_result import SpeechCredentialTestResult
from ...types import Response


def _get_kwargs(
    account_sid: str,
    speech_credential_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/SpeechCredentials/{speech_credential_sid}/test".format(
            account_sid=quote(str(account_sid), safe=""),
            speech_credential_sid=quote(str(speech_credential_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SpeechCredentialTestResult | None:
    if response.status_code == 200:
        response_200 = SpeechCredentialTestResult.from_dict(response.json())

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
) -> Response[ApiError | SpeechCredentialTestResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | SpeechCredentialTestResult]:
    """Test a speech credential of an account

     As `GET /ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}/test`
    (never `ok`: this server reaches no speech vendor), for a credential of the
    account's list; an account key may test its provider's credentials too.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SpeechCredentialTestResult]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        speech_credential_sid=speech_credential_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | SpeechCredentialTestResult | None:
    """Test a speech credential of an account

     As `GET /ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}/test`
    (never `ok`: this server reaches no speech vendor), for a credential of the
    account's list; an account key may test its provider's credentials too.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SpeechCredentialTestResult
    """

    return sync_detailed(
        account_sid=account_sid,
        speech_credential_sid=speech_credential_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | SpeechCredentialTestResult]:
    """Test a speech credential of an account

     As `GET /ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}/test`
    (never `ok`: this server reaches no speech vendor), for a credential of the
    account's list; an account key may test its provider's credentials too.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SpeechCredentialTestResult]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        speech_credential_sid=speech_credential_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    speech_credential_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | SpeechCredentialTestResult | None:
    """Test a speech credential of an account

     As `GET /ServiceProviders/{ServiceProviderSid}/SpeechCredentials/{SpeechCredentialSid}/test`
    (never `ok`: this server reaches no speech vendor), for a credential of the
    account's list; an account key may test its provider's credentials too.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SpeechCredentialTestResult
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            speech_credential_sid=speech_credential_sid,
            client=client,
        )
    ).parsed
