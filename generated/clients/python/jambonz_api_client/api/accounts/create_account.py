from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_create import AccountCreate
from ...models.api_error import ApiError
from ...models.created import Created
from ...types import Response


def _get_kwargs(
    *,
    body: AccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts",
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
    body: AccountCreate,
) -> Response[ApiError | Created]:
    """Create an account

     Admin and service provider keys; an account key gets 403 `insufficient
    permissions` (as jambonz).
    - An admin key must name the account's `service_provider_sid` (400 naming it
      otherwise); a provider that does not exist is 400 `unknown service_provider_sid`.
    - A service provider key creates accounts in its own provider: `service_provider_sid`
      may be omitted, and naming any other provider is 403 whether or not it exists
      (**differs from jambonz**, which silently moves the account into the key's
      provider).

    The `webhook_secret` is generated (`wh_secret_` + 22 base58 characters) unless the
    client gives one, as jambonz allows; it is sealed at rest (AES-256-GCM), as are the
    hooks' passwords (**differs from jambonz**, which stores both in plain text).
    `sip_realm` is stored lower-cased and must be
    unique across the platform (422). `device_calling_application_sid` and
    `siprec_hook_sid` must name applications of this account; a new account has none,
    so set them with `PUT` once the application exists (400 otherwise). Hook methods
    may be given in any case (`post`); a hook whose `url` is empty means no hook. Hooks may be objects
    or bare URL strings (**differs from
    jambonz**, which wants objects); each is stored as its own webhook row owned by the
    account.

    Args:
        body (AccountCreate):

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
    body: AccountCreate,
) -> ApiError | Created | None:
    """Create an account

     Admin and service provider keys; an account key gets 403 `insufficient
    permissions` (as jambonz).
    - An admin key must name the account's `service_provider_sid` (400 naming it
      otherwise); a provider that does not exist is 400 `unknown service_provider_sid`.
    - A service provider key creates accounts in its own provider: `service_provider_sid`
      may be omitted, and naming any other provider is 403 whether or not it exists
      (**differs from jambonz**, which silently moves the account into the key's
      provider).

    The `webhook_secret` is generated (`wh_secret_` + 22 base58 characters) unless the
    client gives one, as jambonz allows; it is sealed at rest (AES-256-GCM), as are the
    hooks' passwords (**differs from jambonz**, which stores both in plain text).
    `sip_realm` is stored lower-cased and must be
    unique across the platform (422). `device_calling_application_sid` and
    `siprec_hook_sid` must name applications of this account; a new account has none,
    so set them with `PUT` once the application exists (400 otherwise). Hook methods
    may be given in any case (`post`); a hook whose `url` is empty means no hook. Hooks may be objects
    or bare URL strings (**differs from
    jambonz**, which wants objects); each is stored as its own webhook row owned by the
    account.

    Args:
        body (AccountCreate):

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
    body: AccountCreate,
) -> Response[ApiError | Created]:
    """Create an account

     Admin and service provider keys; an account key gets 403 `insufficient
    permissions` (as jambonz).
    - An admin key must name the account's `service_provider_sid` (400 naming it
      otherwise); a provider that does not exist is 400 `unknown service_provider_sid`.
    - A service provider key creates accounts in its own provider: `service_provider_sid`
      may be omitted, and naming any other provider is 403 whether or not it exists
      (**differs from jambonz**, which silently moves the account into the key's
      provider).

    The `webhook_secret` is generated (`wh_secret_` + 22 base58 characters) unless the
    client gives one, as jambonz allows; it is sealed at rest (AES-256-GCM), as are the
    hooks' passwords (**differs from jambonz**, which stores both in plain text).
    `sip_realm` is stored lower-cased and must be
    unique across the platform (422). `device_calling_application_sid` and
    `siprec_hook_sid` must name applications of this account; a new account has none,
    so set them with `PUT` once the application exists (400 otherwise). Hook methods
    may be given in any case (`post`); a hook whose `url` is empty means no hook. Hooks may be objects
    or bare URL strings (**differs from
    jambonz**, which wants objects); each is stored as its own webhook row owned by the
    account.

    Args:
        body (AccountCreate):

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
    body: AccountCreate,
) -> ApiError | Created | None:
    """Create an account

     Admin and service provider keys; an account key gets 403 `insufficient
    permissions` (as jambonz).
    - An admin key must name the account's `service_provider_sid` (400 naming it
      otherwise); a provider that does not exist is 400 `unknown service_provider_sid`.
    - A service provider key creates accounts in its own provider: `service_provider_sid`
      may be omitted, and naming any other provider is 403 whether or not it exists
      (**differs from jambonz**, which silently moves the account into the key's
      provider).

    The `webhook_secret` is generated (`wh_secret_` + 22 base58 characters) unless the
    client gives one, as jambonz allows; it is sealed at rest (AES-256-GCM), as are the
    hooks' passwords (**differs from jambonz**, which stores both in plain text).
    `sip_realm` is stored lower-cased and must be
    unique across the platform (422). `device_calling_application_sid` and
    `siprec_hook_sid` must name applications of this account; a new account has none,
    so set them with `PUT` once the application exists (400 otherwise). Hook methods
    may be given in any case (`post`); a hook whose `url` is empty means no hook. Hooks may be objects
    or bare URL strings (**differs from
    jambonz**, which wants objects); each is stored as its own webhook row owned by the
    account.

    Args:
        body (AccountCreate):

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
