from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.recent_call_page import RecentCallPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    answered: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    trunk: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["days"] = days

    params["start"] = start

    params["end"] = end

    params["answered"] = answered

    params["direction"] = direction

    params["filter"] = filter_

    params["trunk"] = trunk

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/RecentCalls".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | RecentCallPage | None:
    if response.status_code == 200:
        response_200 = RecentCallPage.from_dict(response.json())

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
) -> Response[ApiError | RecentCallPage]:
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
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    answered: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    trunk: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[ApiError | RecentCallPage]:
    """List the account's recent calls

     The account's calls that have ended, newest first (by `attempted_at`), one
    page of `count` at a time, in jambonz's envelope. They are this server's own
    call records (every leg, `dial` legs included), mapped onto jambonz's CDR
    fields. Filters combine; `days` (else `start`/`end`) bounds the time. `page`
    and `count` are required (400 `missing or invalid "page" query arg` / `...
    "count" query arg`, in jambonz's words).

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    **Differs from jambonz**: calls are kept as long as their records are (a
    `DELETE` of a call forgets it), not for InfluxDB's retention period; `count`
    above 500 or below 1 is 400 (jambonz takes 0).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        answered (str | Unset):
        direction (str | Unset):
        filter_ (str | Unset):
        trunk (str | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RecentCallPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        page=page,
        count=count,
        days=days,
        start=start,
        end=end,
        answered=answered,
        direction=direction,
        filter_=filter_,
        trunk=trunk,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    answered: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    trunk: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> ApiError | RecentCallPage | None:
    """List the account's recent calls

     The account's calls that have ended, newest first (by `attempted_at`), one
    page of `count` at a time, in jambonz's envelope. They are this server's own
    call records (every leg, `dial` legs included), mapped onto jambonz's CDR
    fields. Filters combine; `days` (else `start`/`end`) bounds the time. `page`
    and `count` are required (400 `missing or invalid "page" query arg` / `...
    "count" query arg`, in jambonz's words).

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    **Differs from jambonz**: calls are kept as long as their records are (a
    `DELETE` of a call forgets it), not for InfluxDB's retention period; `count`
    above 500 or below 1 is 400 (jambonz takes 0).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        answered (str | Unset):
        direction (str | Unset):
        filter_ (str | Unset):
        trunk (str | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RecentCallPage
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        page=page,
        count=count,
        days=days,
        start=start,
        end=end,
        answered=answered,
        direction=direction,
        filter_=filter_,
        trunk=trunk,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    answered: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    trunk: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[ApiError | RecentCallPage]:
    """List the account's recent calls

     The account's calls that have ended, newest first (by `attempted_at`), one
    page of `count` at a time, in jambonz's envelope. They are this server's own
    call records (every leg, `dial` legs included), mapped onto jambonz's CDR
    fields. Filters combine; `days` (else `start`/`end`) bounds the time. `page`
    and `count` are required (400 `missing or invalid "page" query arg` / `...
    "count" query arg`, in jambonz's words).

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    **Differs from jambonz**: calls are kept as long as their records are (a
    `DELETE` of a call forgets it), not for InfluxDB's retention period; `count`
    above 500 or below 1 is 400 (jambonz takes 0).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        answered (str | Unset):
        direction (str | Unset):
        filter_ (str | Unset):
        trunk (str | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RecentCallPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        page=page,
        count=count,
        days=days,
        start=start,
        end=end,
        answered=answered,
        direction=direction,
        filter_=filter_,
        trunk=trunk,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int,
    count: int,
    days: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    answered: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    trunk: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> ApiError | RecentCallPage | None:
    """List the account's recent calls

     The account's calls that have ended, newest first (by `attempted_at`), one
    page of `count` at a time, in jambonz's envelope. They are this server's own
    call records (every leg, `dial` legs included), mapped onto jambonz's CDR
    fields. Filters combine; `days` (else `start`/`end`) bounds the time. `page`
    and `count` are required (400 `missing or invalid "page" query arg` / `...
    "count" query arg`, in jambonz's words).

    Admin keys, keys of the account's service provider and the account's own
    keys; an account outside the key's scope is 404 (**differs from jambonz**,
    whose admin keys read any sid, even one of no account).

    **Differs from jambonz**: calls are kept as long as their records are (a
    `DELETE` of a call forgets it), not for InfluxDB's retention period; `count`
    above 500 or below 1 is 400 (jambonz takes 0).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int):
        count (int):
        days (int | Unset):
        start (str | Unset):
        end (str | Unset):
        answered (str | Unset):
        direction (str | Unset):
        filter_ (str | Unset):
        trunk (str | Unset):
        from_ (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RecentCallPage
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            page=page,
            count=count,
            days=days,
            start=start,
            end=end,
            answered=answered,
            direction=direction,
            filter_=filter_,
            trunk=trunk,
            from_=from_,
            to=to,
        )
    ).parsed
