from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.login_request import LoginRequest
from ...models.login_result import LoginResult
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | LoginResult | None:
    if response.status_code == 200:
        response_200 = LoginResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

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
) -> Response[ApiError | LoginResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[ApiError | LoginResult]:
    """Sign a user in

     Needs no token. Answers jambonz's body: a session `token` (a JWT signed with the
    server's secret, valid `JAMBONZ_JWT_EXPIRES_IN` minutes, 60 by default), the
    user's sid, scope, `force_change` and permissions, and its owners' sids and names.
    The token is then accepted wherever an API key is, with the user's scope, until
    it expires or the session ends (`POST /logout`). A view-only user's token reads
    and never writes (403 `User has view-only access`).

    A wrong password, an unknown user name and an inactive user all answer the same
    403, after the same work (the password is checked against a stand-in hash when
    there is no user), so the answer does not tell whether the user exists. Failed
    sign-ins wait a random moment (up to `JAMBONZ_LOGIN_FAILURE_DELAY` seconds) and
    are counted per user name and per client address over a sliding window
    (`JAMBONZ_LOGIN_FAILURE_WINDOW`, 1800 s): at `JAMBONZ_LOGIN_MAX_FAILURES` (6) for
    a name, or `JAMBONZ_LOGIN_MAX_FAILURES_PER_ADDRESS` (30) for an address, sign-ins
    are refused with 403, even with the right password, until the window passes. A
    success clears the name's count.

    **Differs from jambonz**: the 403s are JSON `{"msg"}` (jambonz answers the text
    `Forbidden`, or `{"error"}` once locked out); unknown names are counted too (jambonz
    counts only existing users, which tells them apart); the client address is
    counted; inactive users cannot sign in (jambonz lets them).

    Args:
        body (LoginRequest): A user's name (not its e-mail) and password. Example: {'username':
            'admin', 'password': 'correct-Horse-7'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LoginResult]
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
    body: LoginRequest,
) -> ApiError | LoginResult | None:
    """Sign a user in

     Needs no token. Answers jambonz's body: a session `token` (a JWT signed with the
    server's secret, valid `JAMBONZ_JWT_EXPIRES_IN` minutes, 60 by default), the
    user's sid, scope, `force_change` and permissions, and its owners' sids and names.
    The token is then accepted wherever an API key is, with the user's scope, until
    it expires or the session ends (`POST /logout`). A view-only user's token reads
    and never writes (403 `User has view-only access`).

    A wrong password, an unknown user name and an inactive user all answer the same
    403, after the same work (the password is checked against a stand-in hash when
    there is no user), so the answer does not tell whether the user exists. Failed
    sign-ins wait a random moment (up to `JAMBONZ_LOGIN_FAILURE_DELAY` seconds) and
    are counted per user name and per client address over a sliding window
    (`JAMBONZ_LOGIN_FAILURE_WINDOW`, 1800 s): at `JAMBONZ_LOGIN_MAX_FAILURES` (6) for
    a name, or `JAMBONZ_LOGIN_MAX_FAILURES_PER_ADDRESS` (30) for an address, sign-ins
    are refused with 403, even with the right password, until the window passes. A
    success clears the name's count.

    **Differs from jambonz**: the 403s are JSON `{"msg"}` (jambonz answers the text
    `Forbidden`, or `{"error"}` once locked out); unknown names are counted too (jambonz
    counts only existing users, which tells them apart); the client address is
    counted; inactive users cannot sign in (jambonz lets them).

    Args:
        body (LoginRequest): A user's name (not its e-mail) and password. Example: {'username':
            'admin', 'password': 'correct-Horse-7'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LoginResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[ApiError | LoginResult]:
    """Sign a user in

     Needs no token. Answers jambonz's body: a session `token` (a JWT signed with the
    server's secret, valid `JAMBONZ_JWT_EXPIRES_IN` minutes, 60 by default), the
    user's sid, scope, `force_change` and permissions, and its owners' sids and names.
    The token is then accepted wherever an API key is, with the user's scope, until
    it expires or the session ends (`POST /logout`). A view-only user's token reads
    and never writes (403 `User has view-only access`).

    A wrong password, an unknown user name and an inactive user all answer the same
    403, after the same work (the password is checked against a stand-in hash when
    there is no user), so the answer does not tell whether the user exists. Failed
    sign-ins wait a random moment (up to `JAMBONZ_LOGIN_FAILURE_DELAY` seconds) and
    are counted per user name and per client address over a sliding window
    (`JAMBONZ_LOGIN_FAILURE_WINDOW`, 1800 s): at `JAMBONZ_LOGIN_MAX_FAILURES` (6) for
    a name, or `JAMBONZ_LOGIN_MAX_FAILURES_PER_ADDRESS` (30) for an address, sign-ins
    are refused with 403, even with the right password, until the window passes. A
    success clears the name's count.

    **Differs from jambonz**: the 403s are JSON `{"msg"}` (jambonz answers the text
    `Forbidden`, or `{"error"}` once locked out); unknown names are counted too (jambonz
    counts only existing users, which tells them apart); the client address is
    counted; inactive users cannot sign in (jambonz lets them).

    Args:
        body (LoginRequest): A user's name (not its e-mail) and password. Example: {'username':
            'admin', 'password': 'correct-Horse-7'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LoginResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> ApiError | LoginResult | None:
    """Sign a user in

     Needs no token. Answers jambonz's body: a session `token` (a JWT signed with the
    server's secret, valid `JAMBONZ_JWT_EXPIRES_IN` minutes, 60 by default), the
    user's sid, scope, `force_change` and permissions, and its owners' sids and names.
    The token is then accepted wherever an API key is, with the user's scope, until
    it expires or the session ends (`POST /logout`). A view-only user's token reads
    and never writes (403 `User has view-only access`).

    A wrong password, an unknown user name and an inactive user all answer the same
    403, after the same work (the password is checked against a stand-in hash when
    there is no user), so the answer does not tell whether the user exists. Failed
    sign-ins wait a random moment (up to `JAMBONZ_LOGIN_FAILURE_DELAY` seconds) and
    are counted per user name and per client address over a sliding window
    (`JAMBONZ_LOGIN_FAILURE_WINDOW`, 1800 s): at `JAMBONZ_LOGIN_MAX_FAILURES` (6) for
    a name, or `JAMBONZ_LOGIN_MAX_FAILURES_PER_ADDRESS` (30) for an address, sign-ins
    are refused with 403, even with the right password, until the window passes. A
    success clears the name's count.

    **Differs from jambonz**: the 403s are JSON `{"msg"}` (jambonz answers the text
    `Forbidden`, or `{"error"}` once locked out); unknown names are counted too (jambonz
    counts only existing users, which tells them apart); the client address is
    counted; inactive users cannot sign in (jambonz lets them).

    Args:
        body (LoginRequest): A user's name (not its e-mail) and password. Example: {'username':
            'admin', 'password': 'correct-Horse-7'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LoginResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
