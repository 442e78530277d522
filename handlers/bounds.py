"""Bounds at the HTTP edge that uvicorn does not have: the size of a request body, the
shape of a JSON body, and carriers authenticated before their bodies are read.

uvicorn bounds the request head and the time a request takes to arrive
(handlers/http_protocol.py); nothing bounds a body. `BodyLimit` answers 413 to a body
larger than `JAMBONZ_MAX_BODY_BYTES` without reading it (its `Content-Length` says so), or,
for a chunked body, as soon as the bytes counted so far pass the limit: at most the limit
is ever held in memory, however much a client sends.

`parse_json` is the one JSON parser of request bodies, on the fast path and in Connexion's
validator alike: besides what `json.loads` refuses, it refuses (400) JSON nested deeper
than `JAMBONZ_MAX_JSON_DEPTH`, a number of more than `JAMBONZ_MAX_NUMBER_DIGITS` digits
(Python's own limits raise RecursionError and ValueError, which were 500s), `NaN` and
`Infinity`; and (422) the NUL character in any string (PostgreSQL cannot store it, SQLite
can: one rule for both stores) and control characters in names.

`CarrierGate` checks the Basic credentials of `POST /messaging/{Provider}` (and its
`/status`) before anything reads the body: an unauthenticated client cannot make the
server parse, validate or quote a body at all.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers.context import core
from jambonz.config import Settings
from jambonz.errors import JambonzError
from jambonz.services import messages

TOO_LARGE = "request body is too large: at most {} bytes are accepted"
TOO_DEEP = "request body is nested too deeply: at most {} levels are accepted"
TOO_MANY_DIGITS = "request body has a number of more than {} digits"
NOT_A_NUMBER = "request body is not valid JSON: NaN and Infinity are not numbers"
NUL = "must not contain the NUL character"
CONTROL = "must not contain control characters"

# Names are shown, compared and used as identifiers: no control character belongs in one.
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_NAME_KEYS = ("name", "username")


class BodyRefused(ValueError):
    """A JSON body outside the bounds; `msg` says which, in plain words. 400 for a body
    that is not JSON this server reads (too deep, too long a number, NaN); 422 for
    characters no store keeps alike, in a body the schema may well accept (this API's
    status for schema-valid data that breaks a rule the schema cannot say)."""

    def __init__(self, msg: str, status: int = 400) -> None:
        super().__init__(msg)
        self.msg = msg
        self.status = status


def _is_name(key: str) -> bool:
    return key in _NAME_KEYS or key.endswith("_name")


def _digits(token: str) -> int:
    return sum(char.isdigit() for char in token)


def parse_json(text: str | bytes, settings: Settings) -> Any:
    """The body's value, or `BodyRefused` (a ValueError, like any JSON that does not
    parse). Bounded first while parsing (numbers), then by one walk over the value
    (depth, NUL, control characters in names); the walk is iterative, so no depth of
    nesting can exhaust the stack."""
    most = settings.max_number_digits

    def parse_int(token: str) -> int:
        if _digits(token) > most:
            raise BodyRefused(TOO_MANY_DIGITS.format(most))
        return int(token)

    def parse_float(token: str) -> float:
        if _digits(token) > most:
            raise BodyRefused(TOO_MANY_DIGITS.format(most))
        return float(token)

    def parse_constant(_token: str) -> Any:
        raise BodyRefused(NOT_A_NUMBER)

    try:
        value = json.loads(
            text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant
        )
    except RecursionError:
        raise BodyRefused(TOO_DEEP.format(settings.max_json_depth)) from None
    check_value(value, settings.max_json_depth)
    return value


def _where(path: tuple[str, ...]) -> str:
    return ".".join(path) if path else "request body"


def check_value(value: Any, max_depth: int) -> None:
    """`BodyRefused` for a value nested deeper than `max_depth`, a NUL in any string or
    key, or a control character in a name."""
    stack: list[tuple[Any, int, tuple[str, ...]]] = [(value, 1, ())]
    while stack:
        item, depth, path = stack.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                raise BodyRefused(TOO_DEEP.format(max_depth))
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in pairs:
                name = str(key)
                if "\x00" in name:
                    raise BodyRefused(f"{_where(path)}: a property name {NUL}", 422)
                is_name = isinstance(key, str) and _is_name(key)
                if is_name and isinstance(child, str) and _CONTROL.search(child):
                    raise BodyRefused(f"{_where((*path, name))}: {CONTROL}", 422)
                stack.append((child, depth + 1, (*path, name)))
        elif isinstance(item, str) and "\x00" in item:
            raise BodyRefused(f"{_where(path)}: {NUL}", 422)


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value
    return None


async def send_json(
    send: Send, status: int, msg: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps({"msg": msg}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """413 for a body larger than `max_body_bytes`, never holding more than that.

    A declared `Content-Length` over the limit is answered at once, before a byte of the
    body is read (uvicorn then closes the connection instead of reading the rest). Any
    other body is read here, counted as it arrives (a chunked one is refused as soon as it
    passes the limit), and replayed to the app with its `Content-Length`, which Connexion
    needs to see a chunked body at all. A client that goes away (or is cut off by the body
    timeout, handlers/http_protocol.py) while sending ends the request here, quietly:
    nothing behind this layer ever waits on a body that does not come."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = _header(scope, b"content-length")
        declared = int(length) if length is not None and length.strip().isdigit() else None
        if declared is not None and declared > self.limit:
            return await send_json(send, 413, TOO_LARGE.format(self.limit), _CLOSE)
        chunked = b"chunked" in (_header(scope, b"transfer-encoding") or b"").lower()
        if not declared and not chunked:
            return await self.app(scope, receive, send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await send_json(send, 413, TOO_LARGE.format(self.limit), _CLOSE)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if chunked:
            headers = [(k, v) for k, v in scope["headers"] if k != b"transfer-encoding"]
            headers.append((b"content-length", str(len(body)).encode()))
            scope = {**scope, "headers": headers}
        await self.app(scope, _replay(body, receive), send)


_CLOSE = [(b"connection", b"close")]


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class CarrierGate:
    """A carrier's Basic credentials are checked before its body is read: 401 with the
    Basic challenge otherwise, as the handler itself would answer."""

    def __init__(self, app: ASGIApp, base_path: str) -> None:
        self.app = app
        self.prefix = base_path + "/messaging/"

    def _provider(self, scope: Scope) -> str | None:
        if scope["type"] != "http" or scope["method"] != "POST":
            return None
        path: str = scope["path"]
        if not path.startswith(self.prefix):
            return None
        rest = path[len(self.prefix) :].split("/")
        if len(rest) == 1 or (len(rest) == 2 and rest[1] == "status"):
            return rest[0] or None
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        provider = self._provider(scope)
        if provider is not None:
            authorization = _header(scope, b"authorization")
            try:
                await messages.authenticate_carrier(
                    core().db, provider, authorization.decode("latin-1") if authorization else None
                )
            except messages.CarrierUnauthorized as exc:
                # The unread body is not worth reading: the connection is closed.
                challenge = [(b"www-authenticate", messages.BASIC_CHALLENGE.encode()), *_CLOSE]
                return await send_json(send, 401, exc.msg, challenge)
            except JambonzError as exc:  # the database is unavailable (503)
                retry = [(b"retry-after", b"1")] if exc.status == 503 else []
                return await send_json(send, exc.status, exc.msg, retry)
        await self.app(scope, receive, send)
