"""`GET /AppEnv`: ask an application which environment variables it takes.

The portal shows an application's variables by asking the application itself: an
`OPTIONS` request to its call_hook, answered with an env-schema (variable names mapped to
their type, description, default, ...). The request is a tenant-chosen URL like any hook,
so it goes through the outbound policy (`jambonz.outbound.fetch`): checked addresses,
bounded redirects, a deadline and a size bound. Every way of not getting a usable answer
is the same "no schema" (None), so the caller learns nothing about the network.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from jambonz import outbound
from jambonz.errors import BadRequest

__all__ = [
    "INVALID_SCHEMA",
    "MAX_BYTES",
    "env_vars_error",
    "fetch_schema",
    "is_env_schema",
    "request_url",
    "schema_of",
]

log = logging.getLogger("jambonz.appenv")

INVALID_SCHEMA = "Invalid appenv schema"
BAD_URL = "url must be an absolute http, https, ws or wss URL"
# An env-schema is a few variables; a larger answer is not one worth reading.
MAX_BYTES = 256 * 1024
_SCHEMES = {"http": "http", "https": "https", "ws": "http", "wss": "https"}
_NAME = re.compile(r"[a-zA-Z0-9_]+")
_TYPES = {"string", "number", "boolean"}


def request_url(url: str | None) -> str:
    """The URL to request for `url`: ws/wss spelled as http/https, the rest as given.
    Raises BadRequest when it is missing or not an absolute URL of those schemes."""
    if not url or not isinstance(url, str):
        raise BadRequest(BAD_URL)
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        _ = parts.port  # raises for a port that is not one
    except ValueError as exc:
        raise BadRequest(BAD_URL) from exc
    scheme = _SCHEMES.get(parts.scheme.lower())
    if scheme is None or not host:
        raise BadRequest(BAD_URL)
    target = parts._replace(scheme=scheme).geturl()
    try:
        httpx.URL(target)  # a host name IDNA refuses, a bad port, ...
    except httpx.InvalidURL as exc:
        raise BadRequest(BAD_URL) from exc
    return target


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_variable(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    if value.get("type") not in _TYPES or not isinstance(value.get("description"), str):
        return False
    for flag in ("required", "obscure"):
        if flag in value and not isinstance(value[flag], bool):
            return False
    if "default" in value:
        default = value["default"]
        if not (isinstance(default, str | bool) or _is_number(default)):
            return False
    return "enum" not in value or isinstance(value["enum"], list)


def is_env_schema(value: Any) -> bool:
    """True for an env-schema: a non-empty object whose every key is letters, digits and
    `_`, each mapped to a variable with a `type` (string, number or boolean) and a
    `description` string, and, when present, a boolean `required` and `obscure`, a
    string, number or boolean `default` and an array `enum` (other keys are allowed)."""
    if not isinstance(value, dict) or not value:
        return False
    return all(_NAME.fullmatch(name) and _is_variable(v) for name, v in value.items())


async def fetch_schema(
    client: httpx.AsyncClient, url: str | None, *, timeout: float
) -> dict[str, Any] | None:
    """The env-schema the application at `url` declares, or None when it declares none or
    cannot be asked. Raises BadRequest for a URL that is not one and for a 2xx JSON
    answer that is not an env-schema (jambonz's `Invalid appenv schema`)."""
    target = request_url(url)
    try:
        answer = await outbound.fetch(
            client,
            "OPTIONS",
            target,
            headers={"Accept": "application/json"},
            timeout=timeout,
            max_bytes=MAX_BYTES,
        )
    except outbound.OutboundFailed as exc:
        log.info("app env schema of %s not fetched: %s", target, exc.detail)
        return None
    if not 200 <= answer.status < 300:
        log.info("app env schema of %s: HTTP %s", target, answer.status)
        return None
    try:
        schema = json.loads(answer.content)
    except ValueError:
        return None
    if schema is None or schema is False or schema == "" or (_is_number(schema) and not schema):
        return None  # what JavaScript calls falsy is no schema, as in jambonz
    if not is_env_schema(schema):
        raise BadRequest(INVALID_SCHEMA)
    return schema


# What fetches an application's env-schema from its call_hook URL (None: it declares none).
SchemaFetcher = Callable[[str], Awaitable[dict[str, Any] | None]]


async def schema_of(fetch: SchemaFetcher, url: str | None) -> dict[str, Any] | None:
    """The env-schema the application at `url` declares, for checking its env_vars; a URL
    that cannot be asked, or an answer that is no env-schema, is none (jambonz then
    accepts the env_vars as they are)."""
    if not url:
        return None
    try:
        return await fetch(url)
    except BadRequest:
        return None


def _js_type(value: Any) -> str:
    """JavaScript's `typeof` of a JSON value, which jambonz compares with `type`."""
    if isinstance(value, bool):
        return "boolean"
    if _is_number(value):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object"


def _same(a: Any, b: Any) -> bool:
    """JavaScript's `includes` equality for JSON scalars (`1` is not `true`)."""
    return _js_type(a) == _js_type(b) and a == b


def env_vars_error(schema: Mapping[str, Any] | None, data: Mapping[str, Any]) -> str | None:
    """What is wrong with an application's `env_vars` against the env-schema its app
    declares, in jambonz's words (a required variable missing, a value of another type
    or outside its `enum`), or None. As jambonz, the last problem found is the one told."""
    if not schema:
        return None
    error = None
    for name, variable in schema.items():
        if isinstance(variable, Mapping) and variable.get("required") and name not in data:
            error = f"Missing required value env_vars.{name}"
    for name, value in data.items():
        variable = schema.get(name)
        if not isinstance(variable, Mapping):
            continue
        allowed = variable.get("enum")
        if _js_type(value) != variable.get("type") or (
            isinstance(allowed, list) and not any(_same(value, a) for a in allowed)
        ):
            error = f"Invalid value/type for env_vars.{name}"
    return error
