from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.phone_number_create import PhoneNumberCreate
from ...types import Response


def _get_kwargs(
    *,
    body: PhoneNumberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/PhoneNumbers",
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
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberCreate,
) -> Response[ApiError | Created]:
    """Provision a phone number

     Registers a number so that inbound calls and messages to it reach an application.
    The number is stored normalised: a leading `+` is dropped, so `+15085550100` and
    `15085550100` are the same number.

    **A number is unique across the whole platform** (422 `phone number <number> already
    exists`, also under concurrent requests). **Differs from jambonz**, which only
    refuses the same number on the same carrier, so the same number can exist several
    times and inbound routing becomes ambiguous. The 422 necessarily tells the caller
    that the number is taken, but never by whom.

    Who owns the number:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403 otherwise);
    - a service provider key: its own provider; `account_sid` is optional and must be an
      account of that provider (403 otherwise); without it the number is an SP-level
      (test) number;
    - an admin key: `account_sid`, `service_provider_sid` (when both are given the
      account must belong to that provider: 422), or neither, as in jambonz: the number
      then takes the provider of its SP-wide carrier, or belongs to no tenant at all (on
      a carrier of the platform), and only admin keys see it until it is given to an
      account with `PUT`.

    `service_provider_sid` is stored whenever there is one: for an account's number it is
    the account's provider (**differs from jambonz**, which leaves it null when an account
    key creates the number).

    `voip_carrier_sid` (optional) must be usable by the owner: a carrier of that account,
    an SP-wide carrier (no account) of its provider, or a carrier of the platform (no
    owner at all); for an SP-level number an SP-wide carrier of that provider or of the
    platform. Otherwise 400 `voip_carrier_sid ... is not usable by ...`; 403 when the
    carrier is outside the key's scope entirely (or, for a non-admin key, does not
    exist); 400 `voip_carrier not found for sid ...` to an admin key (as jambonz).
    `application_sid` (optional) must be an application of the number's account (400
    otherwise, and 400 for a number with no account; 403 when outside the key's scope).
    **Differs from jambonz**, which does not check carriers and applications against
    the number's account (a number of one tenant could route to another's
    application).

    Args:
        body (PhoneNumberCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
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
    body: PhoneNumberCreate,
) -> ApiError | Created | None:
    """Provision a phone number

     Registers a number so that inbound calls and messages to it reach an application.
    The number is stored normalised: a leading `+` is dropped, so `+15085550100` and
    `15085550100` are the same number.

    **A number is unique across the whole platform** (422 `phone number <number> already
    exists`, also under concurrent requests). **Differs from jambonz**, which only
    refuses the same number on the same carrier, so the same number can exist several
    times and inbound routing becomes ambiguous. The 422 necessarily tells the caller
    that the number is taken, but never by whom.

    Who owns the number:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403 otherwise);
    - a service provider key: its own provider; `account_sid` is optional and must be an
      account of that provider (403 otherwise); without it the number is an SP-level
      (test) number;
    - an admin key: `account_sid`, `service_provider_sid` (when both are given the
      account must belong to that provider: 422), or neither, as in jambonz: the number
      then takes the provider of its SP-wide carrier, or belongs to no tenant at all (on
      a carrier of the platform), and only admin keys see it until it is given to an
      account with `PUT`.

    `service_provider_sid` is stored whenever there is one: for an account's number it is
    the account's provider (**differs from jambonz**, which leaves it null when an account
    key creates the number).

    `voip_carrier_sid` (optional) must be usable by the owner: a carrier of that account,
    an SP-wide carrier (no account) of its provider, or a carrier of the platform (no
    owner at all); for an SP-level number an SP-wide carrier of that provider or of the
    platform. Otherwise 400 `voip_carrier_sid ... is not usable by ...`; 403 when the
    carrier is outside the key's scope entirely (or, for a non-admin key, does not
    exist); 400 `voip_carrier not found for sid ...` to an admin key (as jambonz).
    `application_sid` (optional) must be an application of the number's account (400
    otherwise, and 400 for a number with no account; 403 when outside the key's scope).
    **Differs from jambonz**, which does not check carriers and applications against
    the number's account (a number of one tenant could route to another's
    application).

    Args:
        body (PhoneNumberCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberCreate,
) -> Response[ApiError | Created]:
    """Provision a phone number

     Registers a number so that inbound calls and messages to it reach an application.
    The number is stored normalised: a leading `+` is dropped, so `+15085550100` and
    `15085550100` are the same number.

    **A number is unique across the whole platform** (422 `phone number <number> already
    exists`, also under concurrent requests). **Differs from jambonz**, which only
    refuses the same number on the same carrier, so the same number can exist several
    times and inbound routing becomes ambiguous. The 422 necessarily tells the caller
    that the number is taken, but never by whom.

    Who owns the number:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403 otherwise);
    - a service provider key: its own provider; `account_sid` is optional and must be an
      account of that provider (403 otherwise); without it the number is an SP-level
      (test) number;
    - an admin key: `account_sid`, `service_provider_sid` (when both are given the
      account must belong to that provider: 422), or neither, as in jambonz: the number
      then takes the provider of its SP-wide carrier, or belongs to no tenant at all (on
      a carrier of the platform), and only admin keys see it until it is given to an
      account with `PUT`.

    `service_provider_sid` is stored whenever there is one: for an account's number it is
    the account's provider (**differs from jambonz**, which leaves it null when an account
    key creates the number).

    `voip_carrier_sid` (optional) must be usable by the owner: a carrier of that account,
    an SP-wide carrier (no account) of its provider, or a carrier of the platform (no
    owner at all); for an SP-level number an SP-wide carrier of that provider or of the
    platform. Otherwise 400 `voip_carrier_sid ... is not usable by ...`; 403 when the
    carrier is outside the key's scope entirely (or, for a non-admin key, does not
    exist); 400 `voip_carrier not found for sid ...` to an admin key (as jambonz).
    `application_sid` (optional) must be an application of the number's account (400
    otherwise, and 400 for a number with no account; 403 when outside the key's scope).
    **Differs from jambonz**, which does not check carriers and applications against
    the number's account (a number of one tenant could route to another's
    application).

    Args:
        body (PhoneNumberCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Created]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberCreate,
) -> ApiError | Created | None:
    """Provision a phone number

     Registers a number so that inbound calls and messages to it reach an application.
    The number is stored normalised: a leading `+` is dropped, so `+15085550100` and
    `15085550100` are the same number.

    **A number is unique across the whole platform** (422 `phone number <number> already
    exists`, also under concurrent requests). **Differs from jambonz**, which only
    refuses the same number on the same carrier, so the same number can exist several
    times and inbound routing becomes ambiguous. The 422 necessarily tells the caller
    that the number is taken, but never by whom.

    Who owns the number:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403 otherwise);
    - a service provider key: its own provider; `account_sid` is optional and must be an
      account of that provider (403 otherwise); without it the number is an SP-level
      (test) number;
    - an admin key: `account_sid`, `service_provider_sid` (when both are given the
      account must belong to that provider: 422), or neither, as in jambonz: the number
      then takes the provider of its SP-wide carrier, or belongs to no tenant at all (on
      a carrier of the platform), and only admin keys see it until it is given to an
      account with `PUT`.

    `service_provider_sid` is stored whenever there is one: for an account's number it is
    the account's provider (**differs from jambonz**, which leaves it null when an account
    key creates the number).

    `voip_carrier_sid` (optional) must be usable by the owner: a carrier of that account,
    an SP-wide carrier (no account) of its provider, or a carrier of the platform (no
    owner at all); for an SP-level number an SP-wide carrier of that provider or of the
    platform. Otherwise 400 `voip_carrier_sid ... is not usable by ...`; 403 when the
    carrier is outside the key's scope entirely (or, for a non-admin key, does not
    exist); 400 `voip_carrier not found for sid ...` to an admin key (as jambonz).
    `application_sid` (optional) must be an application of the number's account (400
    otherwise, and 400 for a number with no account; 403 when outside the key's scope).
    **Differs from jambonz**, which does not check carriers and applications against
    the number's account (a number of one tenant could route to another's
    application).

    Args:
        body (PhoneNumberCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Created
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
