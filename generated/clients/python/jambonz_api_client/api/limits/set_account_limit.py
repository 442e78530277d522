from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.limit_create import LimitCreate
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: LimitCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Limits".format(
            account_sid=quote(str(account_sid), safe=""),
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
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LimitCreate,
) -> Response[ApiError | Created]:
    """Set one of an account's limits

     Sets the account's cap in one category. If the account has no limit in that category
    a limits row is created; if it has one, its `quantity` is replaced and the row keeps
    its sid. Either way the answer is 201 with the sid of the limits row (as jambonz).

    Admin keys and keys of the account's service provider. Account keys get 403, even for
    their own account: they may read their limits but not raise them (**differs from
    jambonz**, which lets an account key set its own account's limits). An account
    outside the key's scope is 404.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: LimitCreate,
) -> ApiError | Created | None:
    """Set one of an account's limits

     Sets the account's cap in one category. If the account has no limit in that category
    a limits row is created; if it has one, its `quantity` is replaced and the row keeps
    its sid. Either way the answer is 201 with the sid of the limits row (as jambonz).

    Admin keys and keys of the account's service provider. Account keys get 403, even for
    their own account: they may read their limits but not raise them (**differs from
    jambonz**, which lets an account key set its own account's limits). An account
    outside the key's scope is 404.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
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
    body: LimitCreate,
) -> Response[ApiError | Created]:
    """Set one of an account's limits

     Sets the account's cap in one category. If the account has no limit in that category
    a limits row is created; if it has one, its `quantity` is replaced and the row keeps
    its sid. Either way the answer is 201 with the sid of the limits row (as jambonz).

    Admin keys and keys of the account's service provider. Account keys get 403, even for
    their own account: they may read their limits but not raise them (**differs from
    jambonz**, which lets an account key set its own account's limits). An account
    outside the key's scope is 404.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: LimitCreate,
) -> ApiError | Created | None:
    """Set one of an account's limits

     Sets the account's cap in one category. If the account has no limit in that category
    a limits row is created; if it has one, its `quantity` is replaced and the row keeps
    its sid. Either way the answer is 201 with the sid of the limits row (as jambonz).

    Admin keys and keys of the account's service provider. Account keys get 403, even for
    their own account: they may read their limits but not raise them (**differs from
    jambonz**, which lets an account key set its own account's limits). An account
    outside the key's scope is 404.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (LimitCreate): One limit to set (create, or replace the quantity of) for its
            category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
