from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user_update import UserUpdate
from ...types import Response


def _get_kwargs(
    user_sid: str,
    *,
    body: UserUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Users/{user_sid}".format(
            user_sid=quote(str(user_sid), safe=""),
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
    user_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
) -> Response[Any | ApiError]:
    """Change a user, or its password

     Who may: admin callers any user, others the users of their service provider or
    account (403 `insufficient permissions` otherwise), and every user itself. The
    change is made whole or not at all. jambonz's rules and words, in this order, each
    a 400:

    - `Invalid request: user may not be promoted` for an `account_sid` or
      `service_provider_sid` of `null` that the user has (a `null` the user already has
      changes nothing and is accepted, as the portal sends it);
    - an account caller may not change either owner, a service provider caller not
      `service_provider_sid` (`Invalid request: user may not be promoted or moved to
      another account` / `... service provider`);
    - `Invalid request: account_sid does not exist`, and `Invalid request: user may not
      be moved to another service provider` for an account of another provider;
    - `new_password and old_password both required` when one is given alone; the
      password policy on `new_password` and `initial_password`; `can not change name
      and password simultaneously`;
    - `no updates requested` for a body that changes nothing.

    `old_password` + `new_password` change the password: a wrong `old_password` is 403,
    a new password equal to the old is 400 (**differs from jambonz**: 500), and the
    change clears `force_change` (the portal's forced change at first sign-in).
    `initial_password` sets a new password without the old one. A view-only user may
    change its own password and nothing else (403 `User has view-only access`).

    Moving the user to other owners, deactivating it (`is_active: false`) or making it
    view-only ends its sessions at once (its tokens get 401); a password change does
    not, as in jambonz. **Differs from jambonz**: a property left out is left as it is
    (jambonz removes `VIEW_ONLY` whenever `is_view_only` is absent), `{"is_active":
    false}` alone is a change, and another tenant's API key is refused.

    Args:
        user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (UserUpdate): What to change; see the operation for the rules. `initial_password` of
            `null` or
            `""` changes nothing (the portal sends `null` when the field is left blank).
             Example: {'old_password': 'correct-Horse-7', 'new_password': 'battery-Staple-8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        user_sid=user_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
) -> Any | ApiError | None:
    """Change a user, or its password

     Who may: admin callers any user, others the users of their service provider or
    account (403 `insufficient permissions` otherwise), and every user itself. The
    change is made whole or not at all. jambonz's rules and words, in this order, each
    a 400:

    - `Invalid request: user may not be promoted` for an `account_sid` or
      `service_provider_sid` of `null` that the user has (a `null` the user already has
      changes nothing and is accepted, as the portal sends it);
    - an account caller may not change either owner, a service provider caller not
      `service_provider_sid` (`Invalid request: user may not be promoted or moved to
      another account` / `... service provider`);
    - `Invalid request: account_sid does not exist`, and `Invalid request: user may not
      be moved to another service provider` for an account of another provider;
    - `new_password and old_password both required` when one is given alone; the
      password policy on `new_password` and `initial_password`; `can not change name
      and password simultaneously`;
    - `no updates requested` for a body that changes nothing.

    `old_password` + `new_password` change the password: a wrong `old_password` is 403,
    a new password equal to the old is 400 (**differs from jambonz**: 500), and the
    change clears `force_change` (the portal's forced change at first sign-in).
    `initial_password` sets a new password without the old one. A view-only user may
    change its own password and nothing else (403 `User has view-only access`).

    Moving the user to other owners, deactivating it (`is_active: false`) or making it
    view-only ends its sessions at once (its tokens get 401); a password change does
    not, as in jambonz. **Differs from jambonz**: a property left out is left as it is
    (jambonz removes `VIEW_ONLY` whenever `is_view_only` is absent), `{"is_active":
    false}` alone is a change, and another tenant's API key is refused.

    Args:
        user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (UserUpdate): What to change; see the operation for the rules. `initial_password` of
            `null` or
            `""` changes nothing (the portal sends `null` when the field is left blank).
             Example: {'old_password': 'correct-Horse-7', 'new_password': 'battery-Staple-8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        user_sid=user_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
) -> Response[Any | ApiError]:
    """Change a user, or its password

     Who may: admin callers any user, others the users of their service provider or
    account (403 `insufficient permissions` otherwise), and every user itself. The
    change is made whole or not at all. jambonz's rules and words, in this order, each
    a 400:

    - `Invalid request: user may not be promoted` for an `account_sid` or
      `service_provider_sid` of `null` that the user has (a `null` the user already has
      changes nothing and is accepted, as the portal sends it);
    - an account caller may not change either owner, a service provider caller not
      `service_provider_sid` (`Invalid request: user may not be promoted or moved to
      another account` / `... service provider`);
    - `Invalid request: account_sid does not exist`, and `Invalid request: user may not
      be moved to another service provider` for an account of another provider;
    - `new_password and old_password both required` when one is given alone; the
      password policy on `new_password` and `initial_password`; `can not change name
      and password simultaneously`;
    - `no updates requested` for a body that changes nothing.

    `old_password` + `new_password` change the password: a wrong `old_password` is 403,
    a new password equal to the old is 400 (**differs from jambonz**: 500), and the
    change clears `force_change` (the portal's forced change at first sign-in).
    `initial_password` sets a new password without the old one. A view-only user may
    change its own password and nothing else (403 `User has view-only access`).

    Moving the user to other owners, deactivating it (`is_active: false`) or making it
    view-only ends its sessions at once (its tokens get 401); a password change does
    not, as in jambonz. **Differs from jambonz**: a property left out is left as it is
    (jambonz removes `VIEW_ONLY` whenever `is_view_only` is absent), `{"is_active":
    false}` alone is a change, and another tenant's API key is refused.

    Args:
        user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (UserUpdate): What to change; see the operation for the rules. `initial_password` of
            `null` or
            `""` changes nothing (the portal sends `null` when the field is left blank).
             Example: {'old_password': 'correct-Horse-7', 'new_password': 'battery-Staple-8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        user_sid=user_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserUpdate,
) -> Any | ApiError | None:
    """Change a user, or its password

     Who may: admin callers any user, others the users of their service provider or
    account (403 `insufficient permissions` otherwise), and every user itself. The
    change is made whole or not at all. jambonz's rules and words, in this order, each
    a 400:

    - `Invalid request: user may not be promoted` for an `account_sid` or
      `service_provider_sid` of `null` that the user has (a `null` the user already has
      changes nothing and is accepted, as the portal sends it);
    - an account caller may not change either owner, a service provider caller not
      `service_provider_sid` (`Invalid request: user may not be promoted or moved to
      another account` / `... service provider`);
    - `Invalid request: account_sid does not exist`, and `Invalid request: user may not
      be moved to another service provider` for an account of another provider;
    - `new_password and old_password both required` when one is given alone; the
      password policy on `new_password` and `initial_password`; `can not change name
      and password simultaneously`;
    - `no updates requested` for a body that changes nothing.

    `old_password` + `new_password` change the password: a wrong `old_password` is 403,
    a new password equal to the old is 400 (**differs from jambonz**: 500), and the
    change clears `force_change` (the portal's forced change at first sign-in).
    `initial_password` sets a new password without the old one. A view-only user may
    change its own password and nothing else (403 `User has view-only access`).

    Moving the user to other owners, deactivating it (`is_active: false`) or making it
    view-only ends its sessions at once (its tokens get 401); a password change does
    not, as in jambonz. **Differs from jambonz**: a property left out is left as it is
    (jambonz removes `VIEW_ONLY` whenever `is_view_only` is absent), `{"is_active":
    false}` alone is a change, and another tenant's API key is refused.

    Args:
        user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (UserUpdate): What to change; see the operation for the rules. `initial_password` of
            `null` or
            `""` changes nothing (the portal sends `null` when the field is left blank).
             Example: {'old_password': 'correct-Horse-7', 'new_password': 'battery-Staple-8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            user_sid=user_sid,
            client=client,
            body=body,
        )
    ).parsed
