from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/Accounts/{account_sid}/Calls/{call_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
    }

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
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiError]:
    """End a call and delete its record

     Hangs the call up if it is still live, then deletes its record. **Differs from
    jambonz**, which only forgets the record and leaves the call running. With several
    instances (`JAMBONZ_REDIS_URL`), a call another instance runs is hung up by it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) it does what jambonz
    does: the call's record is removed from the cluster's Redis (its hash and its
    member of `active-call-sids`) and the call goes on; 404 when there was no record.
    To end a call there, `PUT` `{"call_status": "completed"}`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
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
) -> Any | ApiError | None:
    """End a call and delete its record

     Hangs the call up if it is still live, then deletes its record. **Differs from
    jambonz**, which only forgets the record and leaves the call running. With several
    instances (`JAMBONZ_REDIS_URL`), a call another instance runs is hung up by it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) it does what jambonz
    does: the call's record is removed from the cluster's Redis (its hash and its
    member of `active-call-sids`) and the call goes on; 404 when there was no record.
    To end a call there, `PUT` `{"call_status": "completed"}`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
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
) -> Response[Any | ApiError]:
    """End a call and delete its record

     Hangs the call up if it is still live, then deletes its record. **Differs from
    jambonz**, which only forgets the record and leaves the call running. With several
    instances (`JAMBONZ_REDIS_URL`), a call another instance runs is hung up by it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) it does what jambonz
    does: the call's record is removed from the cluster's Redis (its hash and its
    member of `active-call-sids`) and the call goes on; 404 when there was no record.
    To end a call there, `PUT` `{"call_status": "completed"}`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
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
) -> Any | ApiError | None:
    """End a call and delete its record

     Hangs the call up if it is still live, then deletes its record. **Differs from
    jambonz**, which only forgets the record and leaves the call running. With several
    instances (`JAMBONZ_REDIS_URL`), a call another instance runs is hung up by it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) it does what jambonz
    does: the call's record is removed from the cluster's Redis (its hash and its
    member of `active-call-sids`) and the call goes on; 404 when there was no record.
    To end a call there, `PUT` `{"call_status": "completed"}`.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
        )
    ).parsed
