"""The ASGI application: Connexion routes each operationId of the contract to a handler."""

from __future__ import annotations

import copy
import functools
import gc
import json
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import connexion
import yaml
from connexion.exceptions import ProblemException
from connexion.options import SwaggerUIOptions
from pydantic import ValidationError
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers import connexion_shims, errors
from handlers.bounds import BodyLimit, CarrierGate
from handlers.context import CoreContext
from handlers.contract import ServedContract
from handlers.errors import TRAILING_SLASH
from handlers.fastpath import FastPath
from handlers.live import WorkerListener
from handlers.owner_proxy import OwnerProxy
from handlers.validation import validator_map
from jambonz.errors import JambonzError
from jambonz.predefined import catalogue
from jambonz.runtime import Core
from jambonz.speech_catalogue import catalogue as speech_catalogue

SPEC_DIR = Path(__file__).resolve().parent.parent / "generated"
SPEC_FILE = "openapi.yaml"  # the contract bundled from openapi/ (tools/bundle_spec.py)
BASE_PATH = "/v1"
CONTRACT_PATH = BASE_PATH + "/openapi.json"
_HEALTH_BODY = b'{"status":"ok"}'
_SLASHES = re.compile(r"/{2,}")
_SLASHES_RAW = re.compile(rb"/{2,}")


_SpecLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 8x faster


@functools.lru_cache(maxsize=4)
def _parsed_spec(path: Path, mtime_ns: int) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SpecLoader)  # a safe loader


def load_spec() -> dict:
    """The bundled contract, parsed once per process (and again if the file changes):
    each app gets its own copy, since Connexion and the fast path annotate theirs."""
    path = SPEC_DIR / SPEC_FILE
    return copy.deepcopy(_parsed_spec(path, path.stat().st_mtime_ns))


class Edge:
    """What is answered before Connexion's routing.

    `GET /` and `GET /health` answer 200 without auth, as in jambonz; a trailing slash on
    an API path is dropped (jambonz clients send `.../Calls/`), except under the docs, and
    repeated slashes are read as one (the portal sends `/v1//Accounts/...`). The
    slashed spelling is a courtesy to those clients, served for the methods its path has:
    another method there is "no route" (404), as jambonz answers it, where the contract's
    own spelling answers 405 with `Allow`.
    `GET /v1/openapi.json` serves the contract as written (handlers/contract.py).
    """

    def __init__(
        self,
        app: ASGIApp,
        contract: ServedContract,
        static_methods: dict[str, list[str]] | None = None,
    ) -> None:
        self.app = app
        self.contract = contract
        # The methods of each contract path without parameters: a method it lacks is 405
        # here, before the router could take the path for a sid (`PUT /Users/me` would
        # otherwise reach `PUT /Users/{UserSid}` and be refused as a malformed sid).
        self.static_methods = static_methods or {}

    async def _no_route(self, scope: Scope, send: Send, path: str) -> None:
        body = json.dumps({"msg": f"no route for {scope['method']} {path}"}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 404, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _not_allowed(self, scope: Scope, send: Send, allowed: list[str]) -> None:
        msg = f"method {scope['method']} not allowed on {scope['path']}"
        msg = errors.short(msg)
        body = json.dumps({"msg": msg}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"allow", ", ".join(allowed).encode()),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 405, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            if path in ("/", "/health") and scope["method"] in ("GET", "HEAD"):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [(b"content-type", b"application/json")],
                    }
                )
                await send({"type": "http.response.body", "body": _HEALTH_BODY})
                return
            if path == CONTRACT_PATH and scope["method"] in ("GET", "HEAD"):
                await self.contract(scope, receive, send)
                return
            if "//" in path and path.startswith(BASE_PATH + "/"):
                # The portal joins its base URL and paths with a slash too many
                # (`/v1//Accounts/...`), which jambonz serves: so is it here.
                path = _SLASHES.sub("/", path)
                raw_path = _SLASHES_RAW.sub(b"/", scope.get("raw_path") or path.encode())
                scope = {**scope, "path": path, "raw_path": raw_path}
            if (
                len(path) > len(BASE_PATH) + 1
                and path.endswith("/")
                and path.startswith(BASE_PATH + "/")
                and not path.startswith(BASE_PATH + "/docs")
            ):
                raw_path = scope.get("raw_path") or path.encode()
                scope = {
                    **scope,
                    "path": path.rstrip("/"),
                    "raw_path": raw_path.rstrip(b"/"),
                    TRAILING_SLASH: True,
                }
            allowed = self.static_methods.get(scope["path"])
            method = scope["method"]
            if (
                allowed is not None
                and method not in allowed
                and not (method == "HEAD" and "GET" in allowed)
            ):
                if scope.get(TRAILING_SLASH):
                    return await self._no_route(scope, send, path)
                return await self._not_allowed(scope, send, allowed)
        await self.app(scope, receive, send)


CORS_METHODS = b"GET,HEAD,PUT,PATCH,POST,DELETE"
_VERBS = ("get", "put", "post", "delete", "patch")


class Cors:
    """Cross-origin requests as jambonz allows them (its `cors` middleware with the
    defaults): every answer says `Access-Control-Allow-Origin: *`, and a preflight
    (`OPTIONS` on any path, no token needed) is answered 204 here, allowing jambonz's
    methods and whatever headers the browser asks for. The jambonz portal is served from
    another origin and cannot sign in without this.

    `origins` is `JAMBONZ_CORS_ORIGINS`: `*`, a comma-separated list of origins (the
    request's `Origin` is echoed when listed, with `Vary: Origin`; others get no CORS
    header), or empty, which turns CORS off (OPTIONS then answers as any unknown method).
    """

    def __init__(self, app: ASGIApp, origins: str) -> None:
        self.app = app
        listed = [o.strip().rstrip("/") for o in origins.split(",") if o.strip()]
        self.any = "*" in listed
        self.allowed = {o.lower() for o in listed if o != "*"}
        self.enabled = bool(listed)

    def _origin_headers(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        if self.any:
            return [(b"access-control-allow-origin", b"*")]
        origin = next((v for k, v in scope["headers"] if k == b"origin"), None)
        if origin is not None and origin.decode("latin-1").lower() in self.allowed:
            return [(b"access-control-allow-origin", origin), (b"vary", b"Origin")]
        return [(b"vary", b"Origin")]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.enabled:
            return await self.app(scope, receive, send)
        headers = self._origin_headers(scope)
        if scope["method"] == "OPTIONS":
            asked = next(
                (v for k, v in scope["headers"] if k == b"access-control-request-headers"), None
            )
            headers.append((b"access-control-allow-methods", CORS_METHODS))
            if asked:
                headers += [
                    (b"access-control-allow-headers", asked),
                    (b"vary", b"Access-Control-Request-Headers"),
                ]
            headers.append((b"content-length", b"0"))
            await send({"type": "http.response.start", "status": 204, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        await self.app(scope, receive, with_cors)


def settle_the_heap() -> None:
    """What start-up made (the contract, the routes, the models, the catalogues) lives as
    long as the process: moved out of the collector's reach (`gc.freeze`), so that a
    collection walks only what requests and calls make. And a collection every 50,000
    new objects rather than 700: with a thousand live calls the youngest generation filled
    a few times per request, and the collector's walks were a tenth of the CPU (py-spy,
    bench/calls.py at 1,000 calls)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def create_app(
    core: Core,
    *,
    validate_responses: bool | None = None,
    fast_path: bool | None = None,
    worker_socket: socket.socket | None = None,
) -> ASGIApp:
    """Build the app for one `Core` (several may live in one process, e.g. in tests);
    `worker_socket` is the worker's own port, with several workers (jambonz/workers.py)."""
    connexion_shims.install()
    spec = load_spec()
    # Serialised before Connexion reads the dict (it resolves references as it goes).
    contract = ServedContract(spec)
    catalogue()  # a broken catalogue of predefined carriers stops the start, not a request
    speech_catalogue()  # as does a broken catalogue of speech vendors' languages and voices
    if validate_responses is None:
        validate_responses = core.settings.validate_responses

    served: dict[str, ASGIApp] = {}
    listener = WorkerListener()

    @asynccontextmanager
    async def lifespan(_app: object) -> AsyncIterator[None]:
        await core.start()
        settle_the_heap()
        if worker_socket is not None:
            await listener.start(served["app"], worker_socket)
        try:
            yield
        finally:
            await listener.stop()
            await owners.close()
            await core.close()

    app = connexion.AsyncApp(__name__, specification_dir=SPEC_DIR, lifespan=lifespan)
    app.add_api(
        spec,
        base_path=BASE_PATH,
        pythonic_params=True,
        strict_validation=True,
        validate_responses=validate_responses,
        swagger_ui_options=SwaggerUIOptions(spec_path="/openapi.json", swagger_ui_path="/docs"),
        validator_map=validator_map(),
    )
    app.add_error_handler(JambonzError, errors.on_domain_error)
    app.add_error_handler(ProblemException, errors.on_problem)
    app.add_error_handler(ValidationError, errors.on_validation_error)
    app.add_error_handler(UnicodeError, errors.on_unicode_error)
    app.add_error_handler(
        HTTPException, errors.http_error_handler(errors.MethodIndex(spec, BASE_PATH))
    )
    app.add_error_handler(Exception, errors.on_unexpected)
    inner: ASGIApp = app
    if core.settings.fast_path if fast_path is None else fast_path:
        inner = FastPath(app, spec, BASE_PATH, validate_responses=validate_responses)
    owners = OwnerProxy(inner, BASE_PATH)
    # A worker's own port serves requests other workers relay: their answers pass back
    # through the relaying worker's `Cors`, so that port gets the app without it.
    static_methods = {
        BASE_PATH + template: sorted(m.upper() for m in item if m in _VERBS)
        for template, item in spec["paths"].items()
        if "{" not in template
    }
    # Before anything reads a body: a carrier's credentials, then the body's size (413).
    bounded = CarrierGate(BodyLimit(owners, core.settings.max_body_bytes), BASE_PATH)
    served["app"] = CoreContext(Edge(bounded, contract, static_methods), core)
    return Cors(served["app"], core.settings.cors_origins)
