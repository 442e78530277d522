"""Live-call requests of a multi-worker server go to the worker that runs the calls.

Calls, conferences and queues live in the memory of one worker, the holder of the engine
lease (jambonz/calls/lease.py). That worker also serves the app on a private Unix socket;
every other worker passes each request for an operation whose handler is marked
`@uses_engine` (placing and steering calls, conferences, queues) through to it over that
socket, unchanged, and relays the answer. Everything else, call records included, is
served by whichever worker takes the request. A request that cannot reach the engine
worker (it is restarting) gets a 503 `{"msg"}` with `Retry-After`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import aiohttp
import uvicorn
import yarl
from connexion.utils import sort_routes
from starlette.routing import compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

from handlers import errors
from handlers.context import core
from handlers.fastpath import VERBS, resolve, send_response

log = logging.getLogger("jambonz.http")

_HOP_BY_HOP = {b"connection", b"keep-alive", b"transfer-encoding", b"upgrade", b"host"}
FORWARD_TIMEOUT = 30.0
ENGINE_ORIGIN = "http://engine"
# Headers aiohttp would add of its own: the request goes through as the client sent it.
_NOT_ADDED = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


def engine_routes(spec: dict, base_path: str) -> list[tuple[str, Any]]:
    """(method, path regex) of every operation whose handler is marked `@uses_engine`, in
    Connexion's route order. Reads of call records (the database) are not among them."""
    routes = []
    paths = spec.get("paths", {})
    for path in sort_routes(list(paths)):
        for method in VERBS:
            operation = paths[path].get(method)
            if operation and getattr(resolve(operation["operationId"]), "uses_engine", False):
                routes.append((method.upper(), compile_path(base_path + path)[0]))
    return routes


class LiveProxy:
    """In a worker without the lease, forward live-call paths to the one that has it."""

    def __init__(self, app: ASGIApp, spec: dict, base_path: str) -> None:
        self.app = app
        self.routes = engine_routes(spec, base_path)
        self._clients: dict[str, aiohttp.ClientSession] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not core().runs_live_calls:
            method, path = scope["method"], scope["path"]
            if any(m == method and p.match(path) for m, p in self.routes):
                return await self._forward(scope, receive, send)
        await self.app(scope, receive, send)

    def _client(self, socket_path: str) -> aiohttp.ClientSession:
        """aiohttp over the socket: its connection pool costs a small constant per request,
        where httpx's grew with the requests in flight (the relay of a burst of call
        set-ups spent most of its time there)."""
        client = self._clients.get(socket_path)
        if client is None:
            client = self._clients[socket_path] = relay_session(
                aiohttp.UnixConnector(path=socket_path, limit=0)
            )
        return client

    async def _forward(self, scope: Scope, receive: Receive, send: Send) -> None:
        lease = core().lease
        assert lease is not None
        body = await read_body(receive)
        if body is None:
            return
        url = yarl.URL(ENGINE_ORIGIN + request_target(scope), encoded=True)
        try:
            await relay(self._client(lease.socket_path), url, scope, body, send)
        except Exception as exc:  # any failure to forward is a 503 of ours
            log.warning("live-call request not forwarded to the engine worker: %r", exc)
            # The engine worker is restarting: the next request starts a fresh session.
            stale = self._clients.pop(lease.socket_path, None)
            if stale is not None:
                await stale.close()
            await send_unreachable(send, "the worker running live calls is not reachable; retry")

    async def close(self) -> None:
        for client in self._clients.values():
            await client.close()
        self._clients.clear()


def relay_session(connector: aiohttp.BaseConnector) -> aiohttp.ClientSession:
    """A session that passes requests on as the client sent them (no headers of its own,
    no decompression, no cookies), for `relay`."""
    return aiohttp.ClientSession(
        connector=connector,
        timeout=aiohttp.ClientTimeout(total=FORWARD_TIMEOUT),
        auto_decompress=False,
        skip_auto_headers=_NOT_ADDED,
        cookie_jar=aiohttp.DummyCookieJar(),
    )


async def read_body(receive: Receive) -> bytes | None:
    """The whole request body; None when the client went away first."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def request_target(scope: Scope) -> str:
    """The path as the client sent it (percent-encoded, not decoded), with its query."""
    target = scope.get("raw_path") or scope["path"].encode()
    if scope["query_string"]:
        target += b"?" + scope["query_string"]
    return target.decode("latin-1")


async def relay(
    client: aiohttp.ClientSession,
    url: yarl.URL,
    scope: Scope,
    body: bytes,
    send: Send,
    extra_headers: dict[str, str] | None = None,
) -> None:
    """Send the request on to `url` as the client sent it and its answer back as it
    came; raises when the request could not be made (nothing was sent back then)."""
    headers = [
        (k.decode("latin-1"), v.decode("latin-1"))
        for k, v in scope["headers"]
        if k not in _HOP_BY_HOP
    ]
    headers.extend((extra_headers or {}).items())
    async with client.request(scope["method"], url, headers=headers, data=body) as response:
        status = response.status
        raw_headers = response.raw_headers
        content = await response.read()
    out = [
        (k, v)
        for k, v in raw_headers
        if k.lower() not in _HOP_BY_HOP and k.lower() not in (b"date", b"server")
    ]
    await send({"type": "http.response.start", "status": status, "headers": out})
    await send({"type": "http.response.body", "body": content})


async def send_unreachable(send: Send, msg: str) -> None:
    await send_response(
        send, errors.error_response(503, msg, {"Retry-After": errors.RETRY_AFTER_SECONDS})
    )


class _SocketServer(uvicorn.Server):
    """uvicorn's server, minus signal handling: the worker's own server owns the signals,
    and its shutdown stops this one (`EngineSocket.stop`)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def install_signal_handlers(self) -> None:  # the name in older uvicorn versions
        return None


class EngineSocket:
    """The private Unix-socket server of the worker that holds the lease."""

    def __init__(self) -> None:
        self._server: _SocketServer | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self, app: ASGIApp, socket_path: str) -> None:
        # log_config=None: leave the worker's logging as it is. The socket's requests were
        # logged by the worker that took them, so it logs none (access_log=False); but
        # uvicorn then strips the process's access logger of its handlers, which silenced
        # the access log of every request this worker takes itself: they are put back.
        access = logging.getLogger("uvicorn.access")
        handlers, propagate = list(access.handlers), access.propagate
        config = uvicorn.Config(
            app, uds=socket_path, lifespan="off", access_log=False, log_config=None
        )
        access.handlers[:], access.propagate = handlers, propagate
        self._server = server = _SocketServer(config)
        self._task = asyncio.create_task(server.serve())
        while not server.started:
            if self._task.done():
                self._task.result()  # raises what stopped it
                raise RuntimeError(f"the engine socket {socket_path} did not start")
            await asyncio.sleep(0.01)
        log.info("this worker runs the live calls; the others reach it on %s", socket_path)

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, timeout=10)
        self._server = self._task = None
