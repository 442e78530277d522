from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.created import Created
from ...models.voip_carrier_create import VoipCarrierCreate
from ...types import Response


def _get_kwargs(
    *,
    body: VoipCarrierCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/VoipCarriers",
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
    body: VoipCarrierCreate,
) -> Response[ApiError | Created]:
    """Create a carrier

     Creates a carrier (SIP trunk) owned either by a service provider (SP-wide: every
    account of the provider may use it) or by one account.

    Who owns it:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403; **differs from jambonz**, which silently overrides it);
    - a service provider key: its own provider, SP-wide unless `account_sid` names one
      of its accounts (403 for anything outside its provider); **differs from jambonz**,
      which does not fill `service_provider_sid` in;
    - an admin key: `service_provider_sid`, `account_sid` (400 `unknown account_sid`
      when it does not exist; 422 when the two disagree), or neither: a carrier of the
      platform that belongs to no tenant, as in jambonz. Only admin keys see, change
      and delete such a carrier, and any account's phone numbers may use it.

    An account-owned carrier also stores its account's `service_provider_sid`. The
    registration and routing rules are jambonz's, with its answers (400): with
    `requires_register`, `register_username is required when requires_register is true`,
    `register_username must not contain whitespace`, `register_password is required
    when requires_register is true`; `register_sip_realm must not be empty string; use
    null to fall back to gateway IP`; a realm or from-domain that is neither a name with
    a dot nor an IPv4 address (or has `sip:` or spaces) `... must be a valid domain or IP
    address (no sip: prefix, no spaces)`; `application_sid` without an account
    `account_sid missing`, an unknown one `unknown application_sid`, another account's
    `application_sid does not exist for specified account_sid`.

    Args:
        body (VoipCarrierCreate): A new carrier. Cross-field rules the schema cannot express
            answer 400 in jambonz's
            words (listed under `POST /VoipCarriers`): `requires_register` true needs a
            non-empty `register_username` (without whitespace) and `register_password`;
            `application_sid` needs an account-owned carrier and an application of that account.

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
    body: VoipCarrierCreate,
) -> ApiError | Created | None:
    """Create a carrier

     Creates a carrier (SIP trunk) owned either by a service provider (SP-wide: every
    account of the provider may use it) or by one account.

    Who owns it:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403; **differs from jambonz**, which silently overrides it);
    - a service provider key: its own provider, SP-wide unless `account_sid` names one
      of its accounts (403 for anything outside its provider); **differs from jambonz**,
      which does not fill `service_provider_sid` in;
    - an admin key: `service_provider_sid`, `account_sid` (400 `unknown account_sid`
      when it does not exist; 422 when the two disagree), or neither: a carrier of the
      platform that belongs to no tenant, as in jambonz. Only admin keys see, change
      and delete such a carrier, and any account's phone numbers may use it.

    An account-owned carrier also stores its account's `service_provider_sid`. The
    registration and routing rules are jambonz's, with its answers (400): with
    `requires_register`, `register_username is required when requires_register is true`,
    `register_username must not contain whitespace`, `register_password is required
    when requires_register is true`; `register_sip_realm must not be empty string; use
    null to fall back to gateway IP`; a realm or from-domain that is neither a name with
    a dot nor an IPv4 address (or has `sip:` or spaces) `... must be a valid domain or IP
    address (no sip: prefix, no spaces)`; `application_sid` without an account
    `account_sid missing`, an unknown one `unknown application_sid`, another account's
    `application_sid does not exist for specified account_sid`.

    Args:
        body (VoipCarrierCreate): A new carrier. Cross-field rules the schema cannot express
            answer 400 in jambonz's
            words (listed under `POST /VoipCarriers`): `requires_register` true needs a
            non-empty `register_username` (without whitespace) and `register_password`;
            `application_sid` needs an account-owned carrier and an application of that account.

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
    body: VoipCarrierCreate,
) -> Response[ApiError | Created]:
    """Create a carrier

     Creates a carrier (SIP trunk) owned either by a service provider (SP-wide: every
    account of the provider may use it) or by one account.

    Who owns it:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403; **differs from jambonz**, which silently overrides it);
    - a service provider key: its own provider, SP-wide unless `account_sid` names one
      of its accounts (403 for anything outside its provider); **differs from jambonz**,
      which does not fill `service_provider_sid` in;
    - an admin key: `service_provider_sid`, `account_sid` (400 `unknown account_sid`
      when it does not exist; 422 when the two disagree), or neither: a carrier of the
      platform that belongs to no tenant, as in jambonz. Only admin keys see, change
      and delete such a carrier, and any account's phone numbers may use it.

    An account-owned carrier also stores its account's `service_provider_sid`. The
    registration and routing rules are jambonz's, with its answers (400): with
    `requires_register`, `register_username is required when requires_register is true`,
    `register_username must not contain whitespace`, `register_password is required
    when requires_register is true`; `register_sip_realm must not be empty string; use
    null to fall back to gateway IP`; a realm or from-domain that is neither a name with
    a dot nor an IPv4 address (or has `sip:` or spaces) `... must be a valid domain or IP
    address (no sip: prefix, no spaces)`; `application_sid` without an account
    `account_sid missing`, an unknown one `unknown application_sid`, another account's
    `application_sid does not exist for specified account_sid`.

    Args:
        body (VoipCarrierCreate): A new carrier. Cross-field rules the schema cannot express
            answer 400 in jambonz's
            words (listed under `POST /VoipCarriers`): `requires_register` true needs a
            non-empty `register_username` (without whitespace) and `register_password`;
            `application_sid` needs an account-owned carrier and an application of that account.

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
    body: VoipCarrierCreate,
) -> ApiError | Created | None:
    """Create a carrier

     Creates a carrier (SIP trunk) owned either by a service provider (SP-wide: every
    account of the provider may use it) or by one account.

    Who owns it:
    - an account key: always its own account (`account_sid`, if given, must be that
      account: 403; **differs from jambonz**, which silently overrides it);
    - a service provider key: its own provider, SP-wide unless `account_sid` names one
      of its accounts (403 for anything outside its provider); **differs from jambonz**,
      which does not fill `service_provider_sid` in;
    - an admin key: `service_provider_sid`, `account_sid` (400 `unknown account_sid`
      when it does not exist; 422 when the two disagree), or neither: a carrier of the
      platform that belongs to no tenant, as in jambonz. Only admin keys see, change
      and delete such a carrier, and any account's phone numbers may use it.

    An account-owned carrier also stores its account's `service_provider_sid`. The
    registration and routing rules are jambonz's, with its answers (400): with
    `requires_register`, `register_username is required when requires_register is true`,
    `register_username must not contain whitespace`, `register_password is required
    when requires_register is true`; `register_sip_realm must not be empty string; use
    null to fall back to gateway IP`; a realm or from-domain that is neither a name with
    a dot nor an IPv4 address (or has `sip:` or spaces) `... must be a valid domain or IP
    address (no sip: prefix, no spaces)`; `application_sid` without an account
    `account_sid missing`, an unknown one `unknown application_sid`, another account's
    `application_sid does not exist for specified account_sid`.

    Args:
        body (VoipCarrierCreate): A new carrier. Cross-field rules the schema cannot express
            answer 400 in jambonz's
            words (listed under `POST /VoipCarriers`): `requires_register` true needs a
            non-empty `register_username` (without whitespace) and `register_password`;
            `application_sid` needs an account-owned carrier and an application of that account.

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
