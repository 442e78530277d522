from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_key_create import ApiKeyCreate
from ...models.api_key_created import ApiKeyCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ApiKeyCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ApiKeys",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiKeyCreated | None:
    if response.status_code == 201:
        response_201 = ApiKeyCreated.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiKeyCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate | Unset = UNSET,
) -> Response[ApiError | ApiKeyCreated]:
    """Create an API key

     Creates a key and answers with its `sid` and `token`. The token is shown **only in
    this answer**: the server stores just a hash of it, so a lost token cannot be
    recovered, only replaced (**differs from jambonz**, which stores tokens in clear and
    shows them in lists).

    The body alone decides what kind of key is made:
    - no owner (an empty body or no body) -> an `admin` key;
    - `service_provider_sid` -> a `service_provider` key for that provider;
    - `account_sid` -> an `account` key for that account;
    - both -> 422 (a key has one owner).

    Who may create what: an admin key any kind; a service provider key keys for its own
    provider and for that provider's accounts; an account key only keys for its own
    account. Anything else is 400 in jambonz's words: `an account level token can only
    be used to create account level tokens for the same account`, `service provider
    token may not be used to create admin token` (a service provider key with an empty
    body), `a service provider token can only be used to create tokens for the same
    service provider`. An owner that does not exist is 400 to an admin key (`unknown
    account_sid`).

    `expires_at`, when given, must be in the future (422 otherwise); from then on the
    token is refused with 401 (**differs from jambonz**, which stores but never checks
    `expires_at`). 422 is this API's answer to a body that the schema accepts but a
    rule refuses; 400 means the body does not match the schema.

    Args:
        body (ApiKeyCreate | Unset): The owner of the new key (at most one) and when it expires. A
            request without a
            body means `{}` (an admin key). Giving both `account_sid` and
            `service_provider_sid` is refused with 422 (`null` counts as not given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiKeyCreated]
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
    body: ApiKeyCreate | Unset = UNSET,
) -> ApiError | ApiKeyCreated | None:
    """Create an API key

     Creates a key and answers with its `sid` and `token`. The token is shown **only in
    this answer**: the server stores just a hash of it, so a lost token cannot be
    recovered, only replaced (**differs from jambonz**, which stores tokens in clear and
    shows them in lists).

    The body alone decides what kind of key is made:
    - no owner (an empty body or no body) -> an `admin` key;
    - `service_provider_sid` -> a `service_provider` key for that provider;
    - `account_sid` -> an `account` key for that account;
    - both -> 422 (a key has one owner).

    Who may create what: an admin key any kind; a service provider key keys for its own
    provider and for that provider's accounts; an account key only keys for its own
    account. Anything else is 400 in jambonz's words: `an account level token can only
    be used to create account level tokens for the same account`, `service provider
    token may not be used to create admin token` (a service provider key with an empty
    body), `a service provider token can only be used to create tokens for the same
    service provider`. An owner that does not exist is 400 to an admin key (`unknown
    account_sid`).

    `expires_at`, when given, must be in the future (422 otherwise); from then on the
    token is refused with 401 (**differs from jambonz**, which stores but never checks
    `expires_at`). 422 is this API's answer to a body that the schema accepts but a
    rule refuses; 400 means the body does not match the schema.

    Args:
        body (ApiKeyCreate | Unset): The owner of the new key (at most one) and when it expires. A
            request without a
            body means `{}` (an admin key). Giving both `account_sid` and
            `service_provider_sid` is refused with 422 (`null` counts as not given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiKeyCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate | Unset = UNSET,
) -> Response[ApiError | ApiKeyCreated]:
    """Create an API key

     Creates a key and answers with its `sid` and `token`. The token is shown **only in
    this answer**: the server stores just a hash of it, so a lost token cannot be
    recovered, only replaced (**differs from jambonz**, which stores tokens in clear and
    shows them in lists).

    The body alone decides what kind of key is made:
    - no owner (an empty body or no body) -> an `admin` key;
    - `service_provider_sid` -> a `service_provider` key for that provider;
    - `account_sid` -> an `account` key for that account;
    - both -> 422 (a key has one owner).

    Who may create what: an admin key any kind; a service provider key keys for its own
    provider and for that provider's accounts; an account key only keys for its own
    account. Anything else is 400 in jambonz's words: `an account level token can only
    be used to create account level tokens for the same account`, `service provider
    token may not be used to create admin token` (a service provider key with an empty
    body), `a service provider token can only be used to create tokens for the same
    service provider`. An owner that does not exist is 400 to an admin key (`unknown
    account_sid`).

    `expires_at`, when given, must be in the future (422 otherwise); from then on the
    token is refused with 401 (**differs from jambonz**, which stores but never checks
    `expires_at`). 422 is this API's answer to a body that the schema accepts but a
    rule refuses; 400 means the body does not match the schema.

    Args:
        body (ApiKeyCreate | Unset): The owner of the new key (at most one) and when it expires. A
            request without a
            body means `{}` (an admin key). Giving both `account_sid` and
            `service_provider_sid` is refused with 422 (`null` counts as not given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiKeyCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCreate | Unset = UNSET,
) -> ApiError | ApiKeyCreated | None:
    """Create an API key

     Creates a key and answers with its `sid` and `token`. The token is shown **only in
    this answer**: the server stores just a hash of it, so a lost token cannot be
    recovered, only replaced (**differs from jambonz**, which stores tokens in clear and
    shows them in lists).

    The body alone decides what kind of key is made:
    - no owner (an empty body or no body) -> an `admin` key;
    - `service_provider_sid` -> a `service_provider` key for that provider;
    - `account_sid` -> an `account` key for that account;
    - both -> 422 (a key has one owner).

    Who may create what: an admin key any kind; a service provider key keys for its own
    provider and for that provider's accounts; an account key only keys for its own
    account. Anything else is 400 in jambonz's words: `an account level token can only
    be used to create account level tokens for the same account`, `service provider
    token may not be used to create admin token` (a service provider key with an empty
    body), `a service provider token can only be used to create tokens for the same
    service provider`. An owner that does not exist is 400 to an admin key (`unknown
    account_sid`).

    `expires_at`, when given, must be in the future (422 otherwise); from then on the
    token is refused with 401 (**differs from jambonz**, which stores but never checks
    `expires_at`). 422 is this API's answer to a body that the schema accepts but a
    rule refuses; 400 means the body does not match the schema.

    Args:
        body (ApiKeyCreate | Unset): The owner of the new key (at most one) and when it expires. A
            request without a
            body means `{}` (an admin key). Giving both `account_sid` and
            `service_provider_sid` is refused with 422 (`null` counts as not given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiKeyCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
