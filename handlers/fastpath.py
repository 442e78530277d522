"""A compiled dispatcher in front of Connexion for the requests that need nothing unusual.

Connexion does a great deal per request: it matches the path in four nested routers, wraps
the request in several objects, deep-copies every parameter's schema and builds a new
jsonschema validator for it, sets up the security and parameter decorators, and inspects
the handler. Measured on this machine (`make bench`, bench/README.md) that is most of the
time of a request, and none of it depends on the request: it can be done once.

`FastPath` does it once. At start-up it compiles, for each operation of the contract, the
route (Connexion's own route order and Starlette's path compiler), the parameters
(pythonic names, types, defaults, one compiled validator each), the JSON body's check (a
compiled schema that accepts only what Connexion's nullable-aware validator accepts,
`handlers.validation.compiled_check`), the response validators, and the handler (the
operationId). A request that matches an operation is then authenticated, parsed, validated
and dispatched in one pass.

It only ever takes the **happy path**. Whenever a request is anything but plainly valid
(an unknown route or method, a malformed `Authorization` header, an unknown, repeated,
empty or unparsable query parameter, a parameter or body the contract rejects, another
content type) it is handed, untouched (its body replayed), to Connexion, which answers it
exactly as before. So the contract is enforced as strictly as ever, and every error that
validation can produce still comes from one place. The only answers FastPath gives on its
own besides the handler's are the 401s of a missing or unknown token, which are the same
as Connexion's (`tests/test_fastpath.py` compares both paths request by request).

Operations whose security is not the bearer token, or whose parameters are not plain
path/query scalars, are never compiled: they always go through Connexion.
`JAMBONZ_FAST_PATH=false` sends everything through Connexion.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import orjson
from connexion.datastructures import NoContent
from connexion.decorators.parameter import pythonic
from connexion.json_schema import resolve_refs
from connexion.lifecycle import ConnexionResponse
from connexion.utils import sort_routes
from jsonschema import Draft4Validator
from pydantic import ValidationError
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers import errors
from handlers.bounds import parse_json
from handlers.context import core
from handlers.security import principal_for
from handlers.validation import RequestValidator, ResponseValidator, compiled_check
from jambonz.errors import JambonzError

log = logging.getLogger("jambonz.http")

VERBS = ("get", "put", "post", "delete", "patch")
_BEARER_ONLY = [{"bearerAuth": []}]
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_JSON_TYPES = (b"application/json", b"application/json; charset=utf-8")
_MISSING = object()
_MAX_INTEGER_CHARS = 64


class _Delegate(Exception):
    """The request is not plainly valid: Connexion answers it."""


@dataclass(frozen=True, slots=True)
class _Param:
    name: str
    arg: str
    required: bool
    kind: str
    validator: Callable[[Any], bool]
    default: Any


@dataclass(slots=True)
class _Operation:
    method: str
    regex: re.Pattern[str]
    function: Callable[..., Any]
    accepts: frozenset[str]
    path_params: dict[str, _Param]
    query_params: dict[str, _Param]
    query_defaults: dict[str, Any]
    required_query: frozenset[str]
    body_validator: Callable[[Any], bool] | None
    body_arg: str
    responses: dict[str, Any]


def _default(value: Any) -> Any:
    """As Connexion's JSONEncoder, for the types orjson leaves to us."""
    if isinstance(value, datetime.datetime):
        return value.isoformat("T") if value.tzinfo else value.isoformat("T") + "Z"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(data: Any) -> bytes:
    return orjson.dumps(data, default=_default, option=orjson.OPT_PASSTHROUGH_DATETIME)


def _param_kind(schema: dict) -> str | None:
    kind = schema.get("type", "string")
    if kind in ("string", "integer", "number", "boolean") and not schema.get("nullable"):
        return kind
    return None


def _compile_param(param: dict) -> _Param | None:
    schema = param.get("schema", {})
    kind = _param_kind(schema)
    if kind is None or "content" in param or "style" in param or "explode" in param:
        return None
    return _Param(
        name=param["name"],
        arg=pythonic(param["name"]),
        required=bool(param.get("required")),
        kind=kind,
        validator=compiled_check(schema)
        or Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).is_valid,
        default=schema.get("default", param.get("default", _MISSING)),
    )


def resolve(operation_id: str) -> Callable[..., Any]:
    module, _, name = operation_id.rpartition(".")
    return getattr(importlib.import_module(module), name)


def _compile_operation(
    path: str, method: str, item: dict, operation: dict, global_security: list
) -> _Operation | None:
    if operation.get("security", global_security) != _BEARER_ONLY:
        return None
    params: dict[tuple[str, str], dict] = {}
    for param in [*item.get("parameters", []), *operation.get("parameters", [])]:
        params[(param["in"], param["name"])] = param
    path_params: dict[str, _Param] = {}
    query_params: dict[str, _Param] = {}
    for (location, name), param in params.items():
        compiled = _compile_param(param)
        if compiled is None or location not in ("path", "query"):
            return None
        (path_params if location == "path" else query_params)[name] = compiled
    body_validator = None
    if (body := operation.get("requestBody")) is not None:
        content = body.get("content", {})
        if list(content) != ["application/json"] or not body.get("required"):
            return None
        schema = content["application/json"]["schema"]
        body_validator = compiled_check(schema) or (
            RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).is_valid
        )
    function = resolve(operation["operationId"])
    signature = inspect.signature(function)
    if any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values()):
        return None
    responses = {}
    for status, response in operation.get("responses", {}).items():
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            responses[str(status)] = ResponseValidator(
                schema, format_checker=Draft4Validator.FORMAT_CHECKER
            )
    regex, _, _ = compile_path(path)
    return _Operation(
        method=method.upper(),
        regex=regex,
        function=function,
        accepts=frozenset(signature.parameters),
        path_params=path_params,
        query_params=query_params,
        query_defaults={
            p.arg: p.default for p in query_params.values() if p.default is not _MISSING
        },
        required_query=frozenset(p.name for p in query_params.values() if p.required),
        body_validator=body_validator,
        body_arg=pythonic(operation.get("x-body-name", "body")),
        responses=responses,
    )


class Routes:
    """The compiled operations, in Connexion's route order, grouped by segment count."""

    def __init__(self, spec: dict, base_path: str) -> None:
        resolved = resolve_refs(spec)
        global_security = resolved.get("security", [])
        self.by_segments: dict[int, list[_Operation]] = {}
        self.compiled: list[str] = []
        for path in sort_routes(list(resolved.get("paths", {}))):
            item = resolved["paths"][path]
            for method in VERBS:
                if method not in item:
                    continue
                op = _compile_operation(
                    base_path + path, method, item, item[method], global_security
                )
                if op is not None:
                    self.by_segments.setdefault((base_path + path).count("/"), []).append(op)
                    self.compiled.append(item[method]["operationId"])

    def match(self, method: str, path: str) -> tuple[_Operation, dict[str, str]] | None:
        """The operation Connexion would route to, or None (Connexion decides then).

        As Starlette's router, which Connexion uses: the first route, in Connexion's
        order, whose path and method both match. Templates have no multi-segment
        parameters, so only those with as many segments as the path can match."""
        for op in self.by_segments.get(path.count("/"), ()):
            if op.method == method and (found := op.regex.match(path)) is not None:
                return op, found.groupdict()
        return None


def _coerce(param: _Param, raw: str) -> Any:
    if param.kind == "string":
        value: Any = raw
    elif param.kind == "integer" and len(raw) <= _MAX_INTEGER_CHARS and _INTEGER.fullmatch(raw):
        value = int(raw)  # longer ones (Python refuses 4,300 digits) go to Connexion: 400
    elif param.kind == "number" and _NUMBER.fullmatch(raw):
        value = float(raw)
    elif param.kind == "boolean" and raw in ("true", "false"):
        value = raw == "true"
    else:
        raise _Delegate
    if not param.validator(value):
        raise _Delegate
    return value


def _arguments(op: _Operation, path_values: dict[str, str], query: bytes) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(op.query_defaults)
    for name, raw in path_values.items():
        param = op.path_params.get(name)
        if param is None:
            raise _Delegate
        kwargs[param.arg] = _coerce(param, raw)
    seen: set[str] = set()
    if query:
        for name, raw in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            param = op.query_params.get(name)
            if param is None or name in seen or raw == "":
                raise _Delegate
            seen.add(name)
            kwargs[param.arg] = _coerce(param, raw)
    if not op.required_query <= seen:
        raise _Delegate
    return {k: v for k, v in kwargs.items() if k in op.accepts}


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise _Delegate
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def send_response(send: Send, response: ConnexionResponse) -> None:
    headers = [(k.lower().encode(), str(v).encode()) for k, v in (response.headers or {}).items()]
    if not any(name == b"content-type" for name, _ in headers):
        headers.append((b"content-type", (response.content_type or "application/json").encode()))
    body = response.body if isinstance(response.body, bytes) else str(response.body).encode()
    await _send(send, response.status_code, body, headers)


_NO_TOKEN = errors.error_response(
    401, errors.NO_TOKEN, {"WWW-Authenticate": errors.WWW_AUTHENTICATE}
)
_BAD_TOKEN = errors.error_response(
    401,
    errors.BAD_TOKEN,
    {"WWW-Authenticate": errors.WWW_AUTHENTICATE + ', error="invalid_token"'},
)


class FastPath:
    """The ASGI layer that serves compiled operations and hands the rest to Connexion."""

    def __init__(
        self, app: ASGIApp, spec: dict, base_path: str, *, validate_responses: bool
    ) -> None:
        self.app = app
        self.routes = Routes(spec, base_path)
        self.validate_responses = validate_responses

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        route = self.routes.match(scope["method"], scope["path"])
        if route is None:
            return await self.app(scope, receive, send)
        op, path_values = route
        authorization = content_type = None
        for name, value in scope["headers"]:
            if name == b"authorization" and authorization is None:
                authorization = value
            elif name == b"content-type" and content_type is None:
                content_type = value
        if not authorization:
            return await send_response(send, _NO_TOKEN)
        scheme, _, token = authorization.decode("latin-1").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or " " in token:
            return await self.app(scope, receive, send)
        try:
            principal = await principal_for(token, scope["method"], scope["path"])
        except JambonzError as exc:  # a view-only user's write (403); no database (503)
            return await send_response(send, await errors.on_domain_error(None, exc))
        if principal is None:
            return await send_response(send, _BAD_TOKEN)
        body = b""
        try:
            kwargs = _arguments(op, path_values, scope["query_string"])
            if op.body_validator is not None:
                body = await _read_body(receive)
                kwargs[op.body_arg] = self._json_body(op, content_type, body)
        except _Delegate:
            return await self.app(scope, _replay(body, receive) if body else receive, send)
        if "token_info" in op.accepts:
            kwargs["token_info"] = {"sub": principal.subject, "principal": principal}
        await self._dispatch(op, kwargs, scope, send)

    @staticmethod
    def _json_body(op: _Operation, content_type: bytes | None, body: bytes) -> Any:
        if content_type is None or content_type.lower() not in _JSON_TYPES or not body:
            raise _Delegate
        try:
            value = parse_json(body.decode("utf-8"), core().settings)
        except ValueError:  # JSONDecodeError, UnicodeDecodeError and the bounds' BodyRefused
            raise _Delegate from None
        assert op.body_validator is not None
        if not op.body_validator(value):
            raise _Delegate
        return value

    async def _dispatch(self, op: _Operation, kwargs: dict, scope: Scope, send: Send) -> None:
        try:
            result = await op.function(**kwargs)
        except JambonzError as exc:
            return await send_response(send, await errors.on_domain_error(None, exc))
        except ValidationError as exc:
            return await send_response(send, await errors.on_validation_error(None, exc))
        except UnicodeError as exc:
            return await send_response(send, await errors.on_unicode_error(None, exc))
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            return await send_response(send, errors.error_response(500, "internal server error"))
        if isinstance(result, ConnexionResponse):  # a handler's own answer (a text body)
            return await send_response(send, result)
        data, status, *rest = result
        headers = [
            (k.lower().encode(), str(v).encode()) for k, v in (rest[0] if rest else {}).items()
        ]
        if data is NoContent or data is None:
            return await _send(send, status, b"", headers)
        if self.validate_responses and not self._conforms(op, status, data, scope):
            return await send_response(
                send,
                errors.error_response(500, "Response body does not conform to specification"),
            )
        headers.append((b"content-type", b"application/json"))
        await _send(send, status, dumps(data), headers)

    @staticmethod
    def _conforms(op: _Operation, status: int, data: Any, scope: Scope) -> bool:
        validator = op.responses.get(str(status)) or op.responses.get("default")
        if validator is None:
            return True
        error = next(iter(validator.iter_errors(json.loads(dumps(data)))), None)
        if error is None:
            return True
        log.error(
            "response of %s %s does not conform to the contract: %s",
            scope["method"],
            scope["path"],
            error.message,
        )
        return False
