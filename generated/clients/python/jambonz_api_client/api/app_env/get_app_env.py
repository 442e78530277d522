from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.app_env_schema import AppEnvSchema
from ...types import UNSET, Response


def _get_kwargs(
    *,
    url_query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/AppEnv",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | AppEnvSchema | None:
    if response.status_code == 200:
        response_200 = AppEnvSchema.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ApiError | AppEnvSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
) -> Response[Any | ApiError | AppEnvSchema]:
    """Read the environment variables an application declares

     Asks the application at `url` (its `call_hook`) which environment variables it
    takes: sends it `OPTIONS <url>` with `Accept: application/json` (a `ws://` or
    `wss://` URL is requested as `http://` or `https://`), unsigned, as jambonz does.
    Any key's scope may ask.

    | the application answers | this operation answers |
    |---|---|
    | 2xx with JSON that is an env-schema (see `AppEnvSchema`) | 200 with that schema |
    | 2xx with JSON that is not one | 400 `{"msg": "Invalid appenv schema"}` |
    | 2xx without JSON (or `null`, `false`, `0`, `""`), any other status, or nothing | 204 |

    The request obeys the server's outbound policy, as every request the server makes
    (webhooks, SMS providers): link-local and cloud-metadata addresses are never
    requested, and loopback and private networks only when `JAMBONZ_WEBHOOK_ALLOW_PRIVATE`
    is on (the default, for a development machine; turn it off in production) or the
    address is in `JAMBONZ_WEBHOOK_ALLOW_NETWORKS`. Every address the host resolves to
    is checked and the connection is made to the address checked. Up to 5 redirects are
    followed, each checked again. The whole request must finish within
    `JAMBONZ_APPENV_TIMEOUT` seconds (default 5) and its answer be at most 256 KiB.
    A refused, failed, slow or oversized request is answered 204 like any application
    without variables, so the answer tells nothing of the server's network.

    **Differs from jambonz**: a missing `url`, or one that is not an absolute
    `http(s)`/`ws(s)` URL with a host, is 400 `{"msg"}` (jambonz answers 500 `{}`);
    jambonz requests any address, follows 20 redirects, and waits and reads without
    bound.

    Args:
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | AppEnvSchema]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
) -> Any | ApiError | AppEnvSchema | None:
    """Read the environment variables an application declares

     Asks the application at `url` (its `call_hook`) which environment variables it
    takes: sends it `OPTIONS <url>` with `Accept: application/json` (a `ws://` or
    `wss://` URL is requested as `http://` or `https://`), unsigned, as jambonz does.
    Any key's scope may ask.

    | the application answers | this operation answers |
    |---|---|
    | 2xx with JSON that is an env-schema (see `AppEnvSchema`) | 200 with that schema |
    | 2xx with JSON that is not one | 400 `{"msg": "Invalid appenv schema"}` |
    | 2xx without JSON (or `null`, `false`, `0`, `""`), any other status, or nothing | 204 |

    The request obeys the server's outbound policy, as every request the server makes
    (webhooks, SMS providers): link-local and cloud-metadata addresses are never
    requested, and loopback and private networks only when `JAMBONZ_WEBHOOK_ALLOW_PRIVATE`
    is on (the default, for a development machine; turn it off in production) or the
    address is in `JAMBONZ_WEBHOOK_ALLOW_NETWORKS`. Every address the host resolves to
    is checked and the connection is made to the address checked. Up to 5 redirects are
    followed, each checked again. The whole request must finish within
    `JAMBONZ_APPENV_TIMEOUT` seconds (default 5) and its answer be at most 256 KiB.
    A refused, failed, slow or oversized request is answered 204 like any application
    without variables, so the answer tells nothing of the server's network.

    **Differs from jambonz**: a missing `url`, or one that is not an absolute
    `http(s)`/`ws(s)` URL with a host, is 400 `{"msg"}` (jambonz answers 500 `{}`);
    jambonz requests any address, follows 20 redirects, and waits and reads without
    bound.

    Args:
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | AppEnvSchema
    """

    return sync_detailed(
        client=client,
        url_query=url_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
) -> Response[Any | ApiError | AppEnvSchema]:
    """Read the environment variables an application declares

     Asks the application at `url` (its `call_hook`) which environment variables it
    takes: sends it `OPTIONS <url>` with `Accept: application/json` (a `ws://` or
    `wss://` URL is requested as `http://` or `https://`), unsigned, as jambonz does.
    Any key's scope may ask.

    | the application answers | this operation answers |
    |---|---|
    | 2xx with JSON that is an env-schema (see `AppEnvSchema`) | 200 with that schema |
    | 2xx with JSON that is not one | 400 `{"msg": "Invalid appenv schema"}` |
    | 2xx without JSON (or `null`, `false`, `0`, `""`), any other status, or nothing | 204 |

    The request obeys the server's outbound policy, as every request the server makes
    (webhooks, SMS providers): link-local and cloud-metadata addresses are never
    requested, and loopback and private networks only when `JAMBONZ_WEBHOOK_ALLOW_PRIVATE`
    is on (the default, for a development machine; turn it off in production) or the
    address is in `JAMBONZ_WEBHOOK_ALLOW_NETWORKS`. Every address the host resolves to
    is checked and the connection is made to the address checked. Up to 5 redirects are
    followed, each checked again. The whole request must finish within
    `JAMBONZ_APPENV_TIMEOUT` seconds (default 5) and its answer be at most 256 KiB.
    A refused, failed, slow or oversized request is answered 204 like any application
    without variables, so the answer tells nothing of the server's network.

    **Differs from jambonz**: a missing `url`, or one that is not an absolute
    `http(s)`/`ws(s)` URL with a host, is 400 `{"msg"}` (jambonz answers 500 `{}`);
    jambonz requests any address, follows 20 redirects, and waits and reads without
    bound.

    Args:
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | AppEnvSchema]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    url_query: str,
) -> Any | ApiError | AppEnvSchema | None:
    """Read the environment variables an application declares

     Asks the application at `url` (its `call_hook`) which environment variables it
    takes: sends it `OPTIONS <url>` with `Accept: application/json` (a `ws://` or
    `wss://` URL is requested as `http://` or `https://`), unsigned, as jambonz does.
    Any key's scope may ask.

    | the application answers | this operation answers |
    |---|---|
    | 2xx with JSON that is an env-schema (see `AppEnvSchema`) | 200 with that schema |
    | 2xx with JSON that is not one | 400 `{"msg": "Invalid appenv schema"}` |
    | 2xx without JSON (or `null`, `false`, `0`, `""`), any other status, or nothing | 204 |

    The request obeys the server's outbound policy, as every request the server makes
    (webhooks, SMS providers): link-local and cloud-metadata addresses are never
    requested, and loopback and private networks only when `JAMBONZ_WEBHOOK_ALLOW_PRIVATE`
    is on (the default, for a development machine; turn it off in production) or the
    address is in `JAMBONZ_WEBHOOK_ALLOW_NETWORKS`. Every address the host resolves to
    is checked and the connection is made to the address checked. Up to 5 redirects are
    followed, each checked again. The whole request must finish within
    `JAMBONZ_APPENV_TIMEOUT` seconds (default 5) and its answer be at most 256 KiB.
    A refused, failed, slow or oversized request is answered 204 like any application
    without variables, so the answer tells nothing of the server's network.

    **Differs from jambonz**: a missing `url`, or one that is not an absolute
    `http(s)`/`ws(s)` URL with a host, is 400 `{"msg"}` (jambonz answers 500 `{}`);
    jambonz requests any address, follows 20 redirects, and waits and reads without
    bound.

    Args:
        url_query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | AppEnvSchema
    """

    return (
        await asyncio_detailed(
            client=client,
            url_query=url_query,
        )
    ).parsed
