"""Every error leaves the server as JSON `{"msg": ...}` with the right status.

Connexion answers its own errors as `application/problem+json`, and 404/405 come from
Starlette's router; these handlers turn all of them, and the core's `JambonzError`s, into
the documented `{"msg"}` shape. A 405 lists every method the path supports in `Allow`
(Starlette lists only the first operation's).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from jambonz.errors import JambonzError
from jambonz.services.timeline import query_problem

log = logging.getLogger("jambonz.http")

WWW_AUTHENTICATE = 'Bearer realm="jambonz"'
# Set in the ASGI scope by the edge (handlers/app.py) when it dropped a trailing slash.
TRAILING_SLASH = "jambonz.trailing_slash"
NO_TOKEN = "No authorization token provided"
BAD_TOKEN = "invalid or expired token"


# The longest `msg` an error carries. Messages quote values (a parameter Connexion
# refused, a name already taken): whatever quotes one, the answer stays short.
MAX_MSG_CHARS = 300


def short(msg: str) -> str:
    """`msg`, cut to `MAX_MSG_CHARS` characters (with an ellipsis) when longer."""
    return msg if len(msg) <= MAX_MSG_CHARS else msg[: MAX_MSG_CHARS - 1] + "…"


def error_response(
    status: int, msg: str, headers: dict[str, str] | None = None
) -> ConnexionResponse:
    msg = short(msg)
    return ConnexionResponse(
        status_code=status,
        mimetype="application/json",
        content_type="application/json",
        body=json.dumps({"msg": msg}),
        headers=headers or {},
    )


def _auth_headers(status: int, msg: str) -> dict[str, str]:
    if status != 401:
        return {}
    if "provided" in msg.lower() and "no " in msg.lower():
        return {"WWW-Authenticate": WWW_AUTHENTICATE}
    return {"WWW-Authenticate": WWW_AUTHENTICATE + ', error="invalid_token"'}


RETRY_AFTER_SECONDS = "1"


async def on_domain_error(_request: ConnexionRequest, exc: JambonzError) -> ConnexionResponse:
    headers = _auth_headers(exc.status, exc.msg)
    if exc.status == 503:  # the database is unavailable: the client may retry
        headers["Retry-After"] = RETRY_AFTER_SECONDS
    return error_response(exc.status, exc.msg, headers)


# The lists whose `page` and `count` jambonz refuses in its own words (its clients and
# its test suite compare them), and whose other parameters' refusals name them:
# `.../RecentCalls` and `.../Alerts`.
_JAMBONZ_PAGED = re.compile(r"/v1/(Accounts|ServiceProviders)/[^/]+/(RecentCalls|Alerts)/?$")
# A value quoted in one of Connexion's parameter messages (`'<value>' is too long`).
_QUOTED = re.compile(r"'([^']{40})[^']+'")


def _paging_message(request: ConnexionRequest, status: int, msg: str) -> str:
    if status != 400 or not _JAMBONZ_PAGED.search(request.url.path):
        return msg
    return query_problem(request.query_params) or msg


async def on_problem(request: ConnexionRequest, exc: ProblemException) -> ConnexionResponse:
    msg = str(exc.detail or exc.title or "error").split("\n\n", 1)[0]
    msg = _paging_message(request, exc.status, msg)
    msg = _QUOTED.sub(lambda found: f"'{found.group(1)}…'", msg)
    if exc.status == 401:
        msg = BAD_TOKEN if "not valid" in msg else NO_TOKEN
    headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() != "content-type"}
    headers.update(_auth_headers(exc.status, msg))
    return error_response(exc.status, msg, headers)


async def on_validation_error(
    _request: ConnexionRequest, exc: ValidationError
) -> ConnexionResponse:
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": str(exc)}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return error_response(400, f"{where}: {first['msg']}" if where else first["msg"])


async def on_unicode_error(_request: ConnexionRequest, _exc: UnicodeError) -> ConnexionResponse:
    return error_response(400, "request body is not valid UTF-8")


async def on_unexpected(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal server error")


def http_error_handler(
    allowed_methods: Callable[[str], list[str]],
) -> Callable[[ConnexionRequest, HTTPException], object]:
    async def on_http_error(request: ConnexionRequest, exc: HTTPException) -> ConnexionResponse:
        status = exc.status_code
        if status == 404 or (status == 405 and request.scope.get(TRAILING_SLASH)):
            return error_response(404, f"no route for {request.method} {request.url.path}")
        if status == 405:
            allow = allowed_methods(request.url.path)
            return error_response(
                405,
                f"method {request.method} not allowed on {request.url.path}",
                {"Allow": ", ".join(allow)},
            )
        return error_response(status, str(exc.detail))

    return on_http_error


class MethodIndex:
    """Which methods each path template of the contract supports (for `Allow`)."""

    def __init__(self, spec: dict, base_path: str) -> None:
        self._routes: list[tuple[re.Pattern[str], list[str]]] = []
        verbs = ("get", "put", "post", "delete", "patch", "options", "head")
        for template, item in spec.get("paths", {}).items():
            regex = re.sub(
                r"\{[^/}]+\}", "[^/]+", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")
            )
            pattern = re.compile("^" + re.escape(base_path) + regex + "/?$")
            methods = sorted(m.upper() for m in item if m in verbs)
            self._routes.append((pattern, methods))

    def __call__(self, path: str) -> list[str]:
        for pattern, methods in self._routes:
            if pattern.match(path):
                return methods
        return []
