from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.availability import Availability
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Availability",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Availability | None:
    if response.status_code == 200:
        response_200 = Availability.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Availability]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[ApiError | Availability]:
    """Is a user e-mail, phone or SIP realm still free?

     Whether no user has this `email` (or `phone`), or no account this SIP realm
    (`subdomain`), platform-wide, as jambonz answers it to any valid key or session:
    the portal asks before it offers a name. E-mails and realms are compared without
    regard to case, as jambonz's MySQL collation compares them. A `type` other than
    the three is 400 `invalid type: <type>` in jambonz's words; **differs from
    jambonz**: a missing `value` is 400 (jambonz 500).

    Args:
        type_ (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Availability]
    """

    kwargs = _get_kwargs(
        type_=type_,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> ApiError | Availability | None:
    """Is a user e-mail, phone or SIP realm still free?

     Whether no user has this `email` (or `phone`), or no account this SIP realm
    (`subdomain`), platform-wide, as jambonz answers it to any valid key or session:
    the portal asks before it offers a name. E-mails and realms are compared without
    regard to case, as jambonz's MySQL collation compares them. A `type` other than
    the three is 400 `invalid type: <type>` in jambonz's words; **differs from
    jambonz**: a missing `value` is 400 (jambonz 500).

    Args:
        type_ (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Availability
    """

    return sync_detailed(
        client=client,
        type_=type_,
        value=value,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[ApiError | Availability]:
    """Is a user e-mail, phone or SIP realm still free?

     Whether no user has this `email` (or `phone`), or no account this SIP realm
    (`subdomain`), platform-wide, as jambonz answers it to any valid key or session:
    the portal asks before it offers a name. E-mails and realms are compared without
    regard to case, as jambonz's MySQL collation compares them. A `type` other than
    the three is 400 `invalid type: <type>` in jambonz's words; **differs from
    jambonz**: a missing `value` is 400 (jambonz 500).

    Args:
        type_ (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Availability]
    """

    kwargs = _get_kwargs(
        type_=type_,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> ApiError | Availability | None:
    """Is a user e-mail, phone or SIP realm still free?

     Whether no user has this `email` (or `phone`), or no account this SIP realm
    (`subdomain`), platform-wide, as jambonz answers it to any valid key or session:
    the portal asks before it offers a name. E-mails and realms are compared without
    regard to case, as jambonz's MySQL collation compares them. A `type` other than
    the three is 400 `invalid type: <type>` in jambonz's words; **differs from
    jambonz**: a missing `value` is 400 (jambonz 500).

    Args:
        type_ (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Availability
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            value=value,
        )
    ).parsed
