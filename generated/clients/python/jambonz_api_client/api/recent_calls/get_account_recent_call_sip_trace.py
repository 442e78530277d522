from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_account_recent_call_sip_trace_response_200 import GetAccountRecentCallSipTraceResponse200
from ...types import Response


def _get_kwargs(
    account_sid: str,
    sip_call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/RecentCalls/{sip_call_id}".format(
            account_sid=quote(str(account_sid), safe=""),
            sip_call_id=quote(str(sip_call_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetAccountRecentCallSipTraceResponse200 | None:
    if response.status_code == 200:
        response_200 = GetAccountRecentCallSipTraceResponse200.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GetAccountRecentCallSipTraceResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    sip_call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | GetAccountRecentCallSipTraceResponse200]:
    """Get the SIP messages of one of the account's calls

     jambonz answers the SIP messages of the call (its Homer server's ladder
    diagram). This server keeps no SIP capture: the answer is always 404
    `{"msg"}`, once the account is known to be within the key's scope. **Differs
    from jambonz**, which answers 400 with no JSON body when no Homer server is
    configured.

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetAccountRecentCallSipTraceResponse200]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        sip_call_id=sip_call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    sip_call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | GetAccountRecentCallSipTraceResponse200 | None:
    """Get the SIP messages of one of the account's calls

     jambonz answers the SIP messages of the call (its Homer server's ladder
    diagram). This server keeps no SIP capture: the answer is always 404
    `{"msg"}`, once the account is known to be within the key's scope. **Differs
    from jambonz**, which answers 400 with no JSON body when no Homer server is
    configured.

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetAccountRecentCallSipTraceResponse200
    """

    return sync_detailed(
        account_sid=account_sid,
        sip_call_id=sip_call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    sip_call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | GetAccountRecentCallSipTraceResponse200]:
    """Get the SIP messages of one of the account's calls

     jambonz answers the SIP messages of the call (its Homer server's ladder
    diagram). This server keeps no SIP capture: the answer is always 404
    `{"msg"}`, once the account is known to be within the key's scope. **Differs
    from jambonz**, which answers 400 with no JSON body when no Homer server is
    configured.

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetAccountRecentCallSipTraceResponse200]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        sip_call_id=sip_call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    sip_call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | GetAccountRecentCallSipTraceResponse200 | None:
    """Get the SIP messages of one of the account's calls

     jambonz answers the SIP messages of the call (its Homer server's ladder
    diagram). This server keeps no SIP capture: the answer is always 404
    `{"msg"}`, once the account is known to be within the key's scope. **Differs
    from jambonz**, which answers 400 with no JSON body when no Homer server is
    configured.

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetAccountRecentCallSipTraceResponse200
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            sip_call_id=sip_call_id,
            client=client,
        )
    ).parsed
