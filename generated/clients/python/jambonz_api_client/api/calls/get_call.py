from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.call import Call
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Calls/{call_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Call | None:
    if response.status_code == 200:
        response_200 = Call.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Call]:
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
) -> Response[ApiError | Call]:
    """Get a call

     The live call, or after it ended its stored record with its final status,
    `sip_status` and `duration`. Records are kept until deleted (**differs from
    jambonz**, which forgets them an hour after the call ends).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is the one the
    feature servers keep in the cluster's Redis, as in the list (404 when there is
    none, as jambonz answers; the feature servers keep a record an hour after the
    call ended).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Call]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
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
) -> ApiError | Call | None:
    """Get a call

     The live call, or after it ended its stored record with its final status,
    `sip_status` and `duration`. Records are kept until deleted (**differs from
    jambonz**, which forgets them an hour after the call ends).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is the one the
    feature servers keep in the cluster's Redis, as in the list (404 when there is
    none, as jambonz answers; the feature servers keep a record an hour after the
    call ended).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Call
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Call]:
    """Get a call

     The live call, or after it ended its stored record with its final status,
    `sip_status` and `duration`. Records are kept until deleted (**differs from
    jambonz**, which forgets them an hour after the call ends).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is the one the
    feature servers keep in the cluster's Redis, as in the list (404 when there is
    none, as jambonz answers; the feature servers keep a record an hour after the
    call ended).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Call]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Call | None:
    """Get a call

     The live call, or after it ended its stored record with its final status,
    `sip_status` and `duration`. Records are kept until deleted (**differs from
    jambonz**, which forgets them an hour after the call ends).

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is the one the
    feature servers keep in the cluster's Redis, as in the list (404 when there is
    none, as jambonz answers; the feature servers keep a record an hour after the
    call ended).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Call
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
        )
    ).parsed
