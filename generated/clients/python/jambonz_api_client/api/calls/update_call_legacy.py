from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.call_update import CallUpdate
from ...models.feature_server_answer import FeatureServerAnswer
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    body: CallUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Calls/{call_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | FeatureServerAnswer | str | None:
    if response.status_code == 200:
        response_200 = FeatureServerAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

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

    if response.status_code == 480:
        response_480 = ApiError.from_dict(response.json())

        return response_480

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | FeatureServerAnswer | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Response[Any | ApiError | FeatureServerAnswer | str]:
    """Control a live call (legacy alias)

     The same as `PUT` on this path, kept for older jambonz clients.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | FeatureServerAnswer | str]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Any | ApiError | FeatureServerAnswer | str | None:
    """Control a live call (legacy alias)

     The same as `PUT` on this path, kept for older jambonz clients.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | FeatureServerAnswer | str
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Response[Any | ApiError | FeatureServerAnswer | str]:
    """Control a live call (legacy alias)

     The same as `PUT` on this path, kept for older jambonz clients.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | FeatureServerAnswer | str]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Any | ApiError | FeatureServerAnswer | str | None:
    """Control a live call (legacy alias)

     The same as `PUT` on this path, kept for older jambonz clients.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | FeatureServerAnswer | str
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
            body=body,
        )
    ).parsed
