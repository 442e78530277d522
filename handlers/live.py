"""Relaying a request to another instance as the client sent it, and a worker's own port.

A request that steers a call another instance (or worker) runs is sent on to it unchanged
(handlers/owner_proxy.py) with `relay`, over a `relay_session`, and its answer comes
back as it came. With several workers each also serves the app on a port of its own
(`WorkerListener`, jambonz/workers.py): the shared port reaches any worker, that one
reaches this worker alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator

import aiohttp
import uvicorn
import yarl
from starlette.types import ASGIApp, Receive, Scope, Send

from handlers import errors
from handlers.fastpath import send_response

log = logging.getLogger("jambonz.http")

_HOP_BY_HOP = {b"connection", b"keep-alive", b"transfer-encoding", b"upgrade", b"host"}
FORWARD_TIMEOUT = 30.0
# Headers aiohttp would add of its own: the request goes through as the client sent it.
_NOT_ADDED = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


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
    and its shutdown stops this one (`WorkerListener.stop`)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def install_signal_handlers(self) -> None:  # the name in older uvicorn versions
        return None


class WorkerListener:
    """The app served on this worker's own port, for the requests other instances and
    workers send on to it (they were logged where they arrived: no access log here)."""

    def __init__(self) -> None:
        self._server: _SocketServer | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self, app: ASGIApp, sock: socket.socket) -> None:
        # log_config=None: leave the worker's logging as it is. uvicorn then strips the
        # process's access logger of its handlers (access_log=False), which would silence
        # the access log of every request this worker takes itself: they are put back.
        access = logging.getLogger("uvicorn.access")
        handlers, propagate = list(access.handlers), access.propagate
        config = uvicorn.Config(app, lifespan="off", access_log=False, log_config=None)
        access.handlers[:], access.propagate = handlers, propagate
        self._server = server = _SocketServer(config)
        self._task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            if self._task.done():
                self._task.result()  # raises what stopped it
                raise RuntimeError("this worker's own port did not open")
            await asyncio.sleep(0.01)
        log.info("this worker's own port: %s", sock.getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, timeout=10)
        self._server = self._task = None
