from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.tts_cache_size import TtsCacheSize
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/TtsCache",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | TtsCacheSize | None:
    if response.status_code == 200:
        response_200 = TtsCacheSize.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | TtsCacheSize]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | TtsCacheSize]:
    """Count the platform's cached synthesized texts

     jambonz's feature servers keep each text they synthesize in Redis (keys
    `tts:<sha1>` and, per account, `tts:<account_sid>:<sha1>`); this counts every such
    key (`tts:*`). With `JAMBONZ_REDIS_URL` set, in the Redis server the feature
    servers share; without it the cache is empty (`{"size": 0}`): this server
    synthesizes nothing itself. Admin keys only (403 otherwise). 503 with `Retry-After`
    when the configured Redis cannot be reached (**differs from jambonz**, which
    answers 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TtsCacheSize]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | TtsCacheSize | None:
    """Count the platform's cached synthesized texts

     jambonz's feature servers keep each text they synthesize in Redis (keys
    `tts:<sha1>` and, per account, `tts:<account_sid>:<sha1>`); this counts every such
    key (`tts:*`). With `JAMBONZ_REDIS_URL` set, in the Redis server the feature
    servers share; without it the cache is empty (`{"size": 0}`): this server
    synthesizes nothing itself. Admin keys only (403 otherwise). 503 with `Retry-After`
    when the configured Redis cannot be reached (**differs from jambonz**, which
    answers 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TtsCacheSize
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | TtsCacheSize]:
    """Count the platform's cached synthesized texts

     jambonz's feature servers keep each text they synthesize in Redis (keys
    `tts:<sha1>` and, per account, `tts:<account_sid>:<sha1>`); this counts every such
    key (`tts:*`). With `JAMBONZ_REDIS_URL` set, in the Redis server the feature
    servers share; without it the cache is empty (`{"size": 0}`): this server
    synthesizes nothing itself. Admin keys only (403 otherwise). 503 with `Retry-After`
    when the configured Redis cannot be reached (**differs from jambonz**, which
    answers 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TtsCacheSize]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | TtsCacheSize | None:
    """Count the platform's cached synthesized texts

     jambonz's feature servers keep each text they synthesize in Redis (keys
    `tts:<sha1>` and, per account, `tts:<account_sid>:<sha1>`); this counts every such
    key (`tts:*`). With `JAMBONZ_REDIS_URL` set, in the Redis server the feature
    servers share; without it the cache is empty (`{"size": 0}`): this server
    synthesizes nothing itself. Admin keys only (403 otherwise). 503 with `Retry-After`
    when the configured Redis cannot be reached (**differs from jambonz**, which
    answers 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TtsCacheSize
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
