from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.speech_languages_and_voices import SpeechLanguagesAndVoices
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_provider_sid: str,
    *,
    vendor: str | Unset = UNSET,
    label: str | Unset = UNSET,
    create_new: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vendor"] = vendor

    params["label"] = label

    params["create_new"] = create_new

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ServiceProviders/{service_provider_sid}/SpeechCredentials/speech/supportedLanguagesAndVoices".format(
            service_provider_sid=quote(str(service_provider_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SpeechLanguagesAndVoices | None:
    if response.status_code == 200:
        response_200 = SpeechLanguagesAndVoices.from_dict(response.json())

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
) -> Response[ApiError | SpeechLanguagesAndVoices]:
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
    vendor: str | Unset = UNSET,
    label: str | Unset = UNSET,
    create_new: str | Unset = UNSET,
) -> Response[ApiError | SpeechLanguagesAndVoices]:
    """List a speech vendor's languages and voices

     The languages, voices and models of a vendor, for building a synthesizer or
    recognizer setting (`vendor`: 400 `vendor is required` without it; 422 `Invalid
    vendor <vendor>` for one jambonz has no list for, its words). The lists are this
    server's own catalogue, a selection from the vendors' published documentation, the
    same whoever asks.

    **Differs from jambonz**, which, when the caller has a credential of the vendor
    (with `label`), asks the vendor for its live list and answers 422 when that fails;
    this server reaches no vendor, so `label` and `create_new` do not change the
    answer. The path's provider is checked as for the list (jambonz does not check it).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        vendor (str | Unset):
        label (str | Unset):
        create_new (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SpeechLanguagesAndVoices]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        vendor=vendor,
        label=label,
        create_new=create_new,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    vendor: str | Unset = UNSET,
    label: str | Unset = UNSET,
    create_new: str | Unset = UNSET,
) -> ApiError | SpeechLanguagesAndVoices | None:
    """List a speech vendor's languages and voices

     The languages, voices and models of a vendor, for building a synthesizer or
    recognizer setting (`vendor`: 400 `vendor is required` without it; 422 `Invalid
    vendor <vendor>` for one jambonz has no list for, its words). The lists are this
    server's own catalogue, a selection from the vendors' published documentation, the
    same whoever asks.

    **Differs from jambonz**, which, when the caller has a credential of the vendor
    (with `label`), asks the vendor for its live list and answers 422 when that fails;
    this server reaches no vendor, so `label` and `create_new` do not change the
    answer. The path's provider is checked as for the list (jambonz does not check it).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        vendor (str | Unset):
        label (str | Unset):
        create_new (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SpeechLanguagesAndVoices
    """

    return sync_detailed(
        service_provider_sid=service_provider_sid,
        client=client,
        vendor=vendor,
        label=label,
        create_new=create_new,
    ).parsed


async def asyncio_detailed(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    vendor: str | Unset = UNSET,
    label: str | Unset = UNSET,
    create_new: str | Unset = UNSET,
) -> Response[ApiError | SpeechLanguagesAndVoices]:
    """List a speech vendor's languages and voices

     The languages, voices and models of a vendor, for building a synthesizer or
    recognizer setting (`vendor`: 400 `vendor is required` without it; 422 `Invalid
    vendor <vendor>` for one jambonz has no list for, its words). The lists are this
    server's own catalogue, a selection from the vendors' published documentation, the
    same whoever asks.

    **Differs from jambonz**, which, when the caller has a credential of the vendor
    (with `label`), asks the vendor for its live list and answers 422 when that fails;
    this server reaches no vendor, so `label` and `create_new` do not change the
    answer. The path's provider is checked as for the list (jambonz does not check it).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        vendor (str | Unset):
        label (str | Unset):
        create_new (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SpeechLanguagesAndVoices]
    """

    kwargs = _get_kwargs(
        service_provider_sid=service_provider_sid,
        vendor=vendor,
        label=label,
        create_new=create_new,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_sid: str,
    *,
    client: AuthenticatedClient | Client,
    vendor: str | Unset = UNSET,
    label: str | Unset = UNSET,
    create_new: str | Unset = UNSET,
) -> ApiError | SpeechLanguagesAndVoices | None:
    """List a speech vendor's languages and voices

     The languages, voices and models of a vendor, for building a synthesizer or
    recognizer setting (`vendor`: 400 `vendor is required` without it; 422 `Invalid
    vendor <vendor>` for one jambonz has no list for, its words). The lists are this
    server's own catalogue, a selection from the vendors' published documentation, the
    same whoever asks.

    **Differs from jambonz**, which, when the caller has a credential of the vendor
    (with `label`), asks the vendor for its live list and answers 422 when that fails;
    this server reaches no vendor, so `label` and `create_new` do not change the
    answer. The path's provider is checked as for the list (jambonz does not check it).

    Args:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        vendor (str | Unset):
        label (str | Unset):
        create_new (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SpeechLanguagesAndVoices
    """

    return (
        await asyncio_detailed(
            service_provider_sid=service_provider_sid,
            client=client,
            vendor=vendor,
            label=label,
            create_new=create_new,
        )
    ).parsed
