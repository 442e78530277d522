from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_update import AccountUpdate
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: AccountUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Accounts/{account_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
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
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccountUpdate,
) -> Response[Any | ApiError]:
    """Update an account

     Admin keys, keys of the account's service provider and the account's own keys;
    another tenant's account is 403 `insufficient permissions` (as jambonz), one that
    does not exist 404. Only the properties present are changed.
    - `service_provider_sid` may not be modified: any other value than the current one
      is 400 `service_provider_sid may not be modified` (as jambonz).
    - An account key may not change what the operator decides about the account:
      `sip_realm`, `is_active`, `plan_type`, `trial_end_date`, `deactivated_reason`,
      `stripe_customer_id` — 403 naming them (**differs from jambonz**, which answers
      400 for `sip_realm` and lets an account key change the others); sending the
      current value is accepted.
    - A hook (a URL string, or an object with no `webhook_sid` or the one the hook
      already has) updates the hook's webhook row in place, or creates it; another
      `webhook_sid` is 422. `null`, or a hook whose `url` is empty (as jambonz and its
      portal send it), removes the hook and its webhook row.
    - `bucket_credential` replaces the stored one; `null` or vendor `none` removes it. A
      secret sent back exactly as it was read (obscured) keeps the stored secret.
    - `device_calling_application_sid` and `siprec_hook_sid` must name applications of
      this account (400 otherwise); `null` clears them.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (AccountUpdate): The properties to change; at least one. `webhook_secret` sets the
            key of the
            account's webhook signatures to the one given, as jambonz does (the portal sends the
            account's current secret back with every change); it is sealed at rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccountUpdate,
) -> Any | ApiError | None:
    """Update an account

     Admin keys, keys of the account's service provider and the account's own keys;
    another tenant's account is 403 `insufficient permissions` (as jambonz), one that
    does not exist 404. Only the properties present are changed.
    - `service_provider_sid` may not be modified: any other value than the current one
      is 400 `service_provider_sid may not be modified` (as jambonz).
    - An account key may not change what the operator decides about the account:
      `sip_realm`, `is_active`, `plan_type`, `trial_end_date`, `deactivated_reason`,
      `stripe_customer_id` — 403 naming them (**differs from jambonz**, which answers
      400 for `sip_realm` and lets an account key change the others); sending the
      current value is accepted.
    - A hook (a URL string, or an object with no `webhook_sid` or the one the hook
      already has) updates the hook's webhook row in place, or creates it; another
      `webhook_sid` is 422. `null`, or a hook whose `url` is empty (as jambonz and its
      portal send it), removes the hook and its webhook row.
    - `bucket_credential` replaces the stored one; `null` or vendor `none` removes it. A
      secret sent back exactly as it was read (obscured) keeps the stored secret.
    - `device_calling_application_sid` and `siprec_hook_sid` must name applications of
      this account (400 otherwise); `null` clears them.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (AccountUpdate): The properties to change; at least one. `webhook_secret` sets the
            key of the
            account's webhook signatures to the one given, as jambonz does (the portal sends the
            account's current secret back with every change); it is sealed at rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccountUpdate,
) -> Response[Any | ApiError]:
    """Update an account

     Admin keys, keys of the account's service provider and the account's own keys;
    another tenant's account is 403 `insufficient permissions` (as jambonz), one that
    does not exist 404. Only the properties present are changed.
    - `service_provider_sid` may not be modified: any other value than the current one
      is 400 `service_provider_sid may not be modified` (as jambonz).
    - An account key may not change what the operator decides about the account:
      `sip_realm`, `is_active`, `plan_type`, `trial_end_date`, `deactivated_reason`,
      `stripe_customer_id` — 403 naming them (**differs from jambonz**, which answers
      400 for `sip_realm` and lets an account key change the others); sending the
      current value is accepted.
    - A hook (a URL string, or an object with no `webhook_sid` or the one the hook
      already has) updates the hook's webhook row in place, or creates it; another
      `webhook_sid` is 422. `null`, or a hook whose `url` is empty (as jambonz and its
      portal send it), removes the hook and its webhook row.
    - `bucket_credential` replaces the stored one; `null` or vendor `none` removes it. A
      secret sent back exactly as it was read (obscured) keeps the stored secret.
    - `device_calling_application_sid` and `siprec_hook_sid` must name applications of
      this account (400 otherwise); `null` clears them.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (AccountUpdate): The properties to change; at least one. `webhook_secret` sets the
            key of the
            account's webhook signatures to the one given, as jambonz does (the portal sends the
            account's current secret back with every change); it is sealed at rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccountUpdate,
) -> Any | ApiError | None:
    """Update an account

     Admin keys, keys of the account's service provider and the account's own keys;
    another tenant's account is 403 `insufficient permissions` (as jambonz), one that
    does not exist 404. Only the properties present are changed.
    - `service_provider_sid` may not be modified: any other value than the current one
      is 400 `service_provider_sid may not be modified` (as jambonz).
    - An account key may not change what the operator decides about the account:
      `sip_realm`, `is_active`, `plan_type`, `trial_end_date`, `deactivated_reason`,
      `stripe_customer_id` — 403 naming them (**differs from jambonz**, which answers
      400 for `sip_realm` and lets an account key change the others); sending the
      current value is accepted.
    - A hook (a URL string, or an object with no `webhook_sid` or the one the hook
      already has) updates the hook's webhook row in place, or creates it; another
      `webhook_sid` is 422. `null`, or a hook whose `url` is empty (as jambonz and its
      portal send it), removes the hook and its webhook row.
    - `bucket_credential` replaces the stored one; `null` or vendor `none` removes it. A
      secret sent back exactly as it was read (obscured) keeps the stored secret.
    - `device_calling_application_sid` and `siprec_hook_sid` must name applications of
      this account (400 otherwise); `null` clears them.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (AccountUpdate): The properties to change; at least one. `webhook_secret` sets the
            key of the
            account's webhook signatures to the one given, as jambonz does (the portal sends the
            account's current secret back with every change); it is sealed at rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
