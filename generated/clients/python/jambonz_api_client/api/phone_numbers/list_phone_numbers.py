from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.phone_number import PhoneNumber
from ...models.phone_number_page import PhoneNumberPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["account_sid"] = account_sid

    params["service_provider_sid"] = service_provider_sid

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/PhoneNumbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[PhoneNumber] | PhoneNumberPage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[PhoneNumber] | PhoneNumberPage:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_phone_number_list_type_0 = []
                _componentsschemas_phone_number_list_type_0 = data
                for componentsschemas_phone_number_list_type_0_item_data in _componentsschemas_phone_number_list_type_0:
                    componentsschemas_phone_number_list_type_0_item = PhoneNumber.from_dict(
                        componentsschemas_phone_number_list_type_0_item_data
                    )

                    componentsschemas_phone_number_list_type_0.append(componentsschemas_phone_number_list_type_0_item)

                return componentsschemas_phone_number_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_phone_number_list_type_1 = PhoneNumberPage.from_dict(data)

            return componentsschemas_phone_number_list_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[PhoneNumber] | PhoneNumberPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[PhoneNumber] | PhoneNumberPage]:
    """List phone numbers

     The numbers visible to the key, sorted by number: all for an admin key; the numbers
    of the provider's accounts and its SP-level numbers for a service provider key; the
    account's own numbers for an account key.

    Filters narrow the list further: `filter` (digits the number contains),
    `account_sid` and `service_provider_sid`. A filter naming an account or a service
    provider outside the key's scope answers 403, whether or not it exists (**differs
    from jambonz**, where `service_provider_sid` works for admin keys only and is
    ignored otherwise); an admin key filtering on an unknown sid gets an empty list.
    Without `page` the answer is a bare array; with `page` it is one `PhoneNumberPage`.

    Args:
        filter_ (str | Unset):  Example: 508555.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[PhoneNumber] | PhoneNumberPage]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[PhoneNumber] | PhoneNumberPage | None:
    """List phone numbers

     The numbers visible to the key, sorted by number: all for an admin key; the numbers
    of the provider's accounts and its SP-level numbers for a service provider key; the
    account's own numbers for an account key.

    Filters narrow the list further: `filter` (digits the number contains),
    `account_sid` and `service_provider_sid`. A filter naming an account or a service
    provider outside the key's scope answers 403, whether or not it exists (**differs
    from jambonz**, where `service_provider_sid` works for admin keys only and is
    ignored otherwise); an admin key filtering on an unknown sid gets an empty list.
    Without `page` the answer is a bare array; with `page` it is one `PhoneNumberPage`.

    Args:
        filter_ (str | Unset):  Example: 508555.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[PhoneNumber] | PhoneNumberPage
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | list[PhoneNumber] | PhoneNumberPage]:
    """List phone numbers

     The numbers visible to the key, sorted by number: all for an admin key; the numbers
    of the provider's accounts and its SP-level numbers for a service provider key; the
    account's own numbers for an account key.

    Filters narrow the list further: `filter` (digits the number contains),
    `account_sid` and `service_provider_sid`. A filter naming an account or a service
    provider outside the key's scope answers 403, whether or not it exists (**differs
    from jambonz**, where `service_provider_sid` works for admin keys only and is
    ignored otherwise); an admin key filtering on an unknown sid gets an empty list.
    Without `page` the answer is a bare array; with `page` it is one `PhoneNumberPage`.

    Args:
        filter_ (str | Unset):  Example: 508555.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[PhoneNumber] | PhoneNumberPage]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
    service_provider_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | list[PhoneNumber] | PhoneNumberPage | None:
    """List phone numbers

     The numbers visible to the key, sorted by number: all for an admin key; the numbers
    of the provider's accounts and its SP-level numbers for a service provider key; the
    account's own numbers for an account key.

    Filters narrow the list further: `filter` (digits the number contains),
    `account_sid` and `service_provider_sid`. A filter naming an account or a service
    provider outside the key's scope answers 403, whether or not it exists (**differs
    from jambonz**, where `service_provider_sid` works for admin keys only and is
    ignored otherwise); an admin key filtering on an unknown sid gets an empty list.
    Without `page` the answer is a bare array; with `page` it is one `PhoneNumberPage`.

    Args:
        filter_ (str | Unset):  Example: 508555.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output).
            Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on
            output). Example: 2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[PhoneNumber] | PhoneNumberPage
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            page=page,
            page_size=page_size,
        )
    ).parsed
