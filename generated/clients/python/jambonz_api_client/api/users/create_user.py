from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user_create import UserCreate
from ...models.user_created_body import UserCreatedBody
from ...types import Response


def _get_kwargs(
    *,
    body: UserCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | UserCreatedBody | None:
    if response.status_code == 201:
        response_201 = UserCreatedBody.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | UserCreatedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserCreate,
) -> Response[ApiError | UserCreatedBody]:
    """Create a user

     Creates a user who signs in (`POST /login`) with `name` and `initial_password`.
    The password must meet the password policy (`GET /PasswordSettings`): 400 names
    the rule it breaks. A `name` or `email` another user has is 422 `invalid username
    or email`, as in jambonz.

    The user's scope follows from its owners, as a key's does: none = admin, a service
    provider = service provider, an account (and its provider) = account. An admin
    caller may create any user; a service provider caller only users of its provider
    (its `service_provider_sid` is implied) and of its accounts; an account caller
    only users of its account (its `account_sid` is implied). An account of another
    provider, or another account, is 403 (**differs from jambonz**, which lets a
    service provider key attach a user to any account, and makes a user of an account
    key a platform admin). With only `account_sid`, the account's provider is
    implied. `is_view_only: true` gives the user the `VIEW_ONLY` permission: it then
    reads and never writes.

    Args:
        body (UserCreate): A new user. Owner sids of `null` mean none (what the portal sends).
            Example: {'name': 'jane', 'email': 'jane@example.com', 'initial_password': 'correct-
            Horse-7', 'force_change': True, 'is_active': True, 'service_provider_sid':
            '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserCreatedBody]
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
    body: UserCreate,
) -> ApiError | UserCreatedBody | None:
    """Create a user

     Creates a user who signs in (`POST /login`) with `name` and `initial_password`.
    The password must meet the password policy (`GET /PasswordSettings`): 400 names
    the rule it breaks. A `name` or `email` another user has is 422 `invalid username
    or email`, as in jambonz.

    The user's scope follows from its owners, as a key's does: none = admin, a service
    provider = service provider, an account (and its provider) = account. An admin
    caller may create any user; a service provider caller only users of its provider
    (its `service_provider_sid` is implied) and of its accounts; an account caller
    only users of its account (its `account_sid` is implied). An account of another
    provider, or another account, is 403 (**differs from jambonz**, which lets a
    service provider key attach a user to any account, and makes a user of an account
    key a platform admin). With only `account_sid`, the account's provider is
    implied. `is_view_only: true` gives the user the `VIEW_ONLY` permission: it then
    reads and never writes.

    Args:
        body (UserCreate): A new user. Owner sids of `null` mean none (what the portal sends).
            Example: {'name': 'jane', 'email': 'jane@example.com', 'initial_password': 'correct-
            Horse-7', 'force_change': True, 'is_active': True, 'service_provider_sid':
            '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserCreatedBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserCreate,
) -> Response[ApiError | UserCreatedBody]:
    """Create a user

     Creates a user who signs in (`POST /login`) with `name` and `initial_password`.
    The password must meet the password policy (`GET /PasswordSettings`): 400 names
    the rule it breaks. A `name` or `email` another user has is 422 `invalid username
    or email`, as in jambonz.

    The user's scope follows from its owners, as a key's does: none = admin, a service
    provider = service provider, an account (and its provider) = account. An admin
    caller may create any user; a service provider caller only users of its provider
    (its `service_provider_sid` is implied) and of its accounts; an account caller
    only users of its account (its `account_sid` is implied). An account of another
    provider, or another account, is 403 (**differs from jambonz**, which lets a
    service provider key attach a user to any account, and makes a user of an account
    key a platform admin). With only `account_sid`, the account's provider is
    implied. `is_view_only: true` gives the user the `VIEW_ONLY` permission: it then
    reads and never writes.

    Args:
        body (UserCreate): A new user. Owner sids of `null` mean none (what the portal sends).
            Example: {'name': 'jane', 'email': 'jane@example.com', 'initial_password': 'correct-
            Horse-7', 'force_change': True, 'is_active': True, 'service_provider_sid':
            '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserCreatedBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserCreate,
) -> ApiError | UserCreatedBody | None:
    """Create a user

     Creates a user who signs in (`POST /login`) with `name` and `initial_password`.
    The password must meet the password policy (`GET /PasswordSettings`): 400 names
    the rule it breaks. A `name` or `email` another user has is 422 `invalid username
    or email`, as in jambonz.

    The user's scope follows from its owners, as a key's does: none = admin, a service
    provider = service provider, an account (and its provider) = account. An admin
    caller may create any user; a service provider caller only users of its provider
    (its `service_provider_sid` is implied) and of its accounts; an account caller
    only users of its account (its `account_sid` is implied). An account of another
    provider, or another account, is 403 (**differs from jambonz**, which lets a
    service provider key attach a user to any account, and makes a user of an account
    key a platform admin). With only `account_sid`, the account's provider is
    implied. `is_view_only: true` gives the user the `VIEW_ONLY` permission: it then
    reads and never writes.

    Args:
        body (UserCreate): A new user. Owner sids of `null` mean none (what the portal sends).
            Example: {'name': 'jane', 'email': 'jane@example.com', 'initial_password': 'correct-
            Horse-7', 'force_change': True, 'is_active': True, 'service_provider_sid':
            '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserCreatedBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
