from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invite_codes_create import InviteCodesCreate
from ...models.invite_codes_created import InviteCodesCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InviteCodesCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/BetaInviteCodes",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InviteCodesCreated | None:
    if response.status_code == 200:
        response_200 = InviteCodesCreated.from_dict(response.json())

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
) -> Response[ApiError | InviteCodesCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InviteCodesCreate | Unset = UNSET,
) -> Response[ApiError | InviteCodesCreated]:
    """Create invite codes

     Creates `count` new invite codes (default 1), each six characters of
    `0123456789ABCXZ`, unused, and answers them, as jambonz does (200, not 201). Admin
    keys only (403 otherwise). **Differs from jambonz**, which creates any number in one
    statement: at most 1000 a request here (400 beyond).

    Args:
        body (InviteCodesCreate | Unset): How many codes to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InviteCodesCreated]
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
    body: InviteCodesCreate | Unset = UNSET,
) -> ApiError | InviteCodesCreated | None:
    """Create invite codes

     Creates `count` new invite codes (default 1), each six characters of
    `0123456789ABCXZ`, unused, and answers them, as jambonz does (200, not 201). Admin
    keys only (403 otherwise). **Differs from jambonz**, which creates any number in one
    statement: at most 1000 a request here (400 beyond).

    Args:
        body (InviteCodesCreate | Unset): How many codes to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InviteCodesCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InviteCodesCreate | Unset = UNSET,
) -> Response[ApiError | InviteCodesCreated]:
    """Create invite codes

     Creates `count` new invite codes (default 1), each six characters of
    `0123456789ABCXZ`, unused, and answers them, as jambonz does (200, not 201). Admin
    keys only (403 otherwise). **Differs from jambonz**, which creates any number in one
    statement: at most 1000 a request here (400 beyond).

    Args:
        body (InviteCodesCreate | Unset): How many codes to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InviteCodesCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InviteCodesCreate | Unset = UNSET,
) -> ApiError | InviteCodesCreated | None:
    """Create invite codes

     Creates `count` new invite codes (default 1), each six characters of
    `0123456789ABCXZ`, unused, and answers them, as jambonz does (200, not 201). Admin
    keys only (403 otherwise). **Differs from jambonz**, which creates any number in one
    statement: at most 1000 a request here (400 beyond).

    Args:
        body (InviteCodesCreate | Unset): How many codes to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InviteCodesCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
