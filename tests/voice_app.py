"""A real HTTP server playing a voice application, for end-to-end call tests.

It runs `ThreadingHTTPServer` on 127.0.0.1 in a background thread, records every request
(method, path, headers, raw body, parsed JSON) and answers each path from a table of
canned responses that a test sets up: a verb array, another status, a delay, or nothing.
A path can be held (`hold`): its requests wait until the test releases them one by one,
and the most requests in flight at once is kept, so a bound on concurrency is checked
by events rather than by timing.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    raw: bytes
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.raw) if self.raw else None


@dataclass
class Reply:
    body: Any = field(default_factory=list)
    status: int = 200
    delay: float = 0.0
    content_type: str = "application/json"


class _Server(ThreadingHTTPServer):
    # Hundreds of simultaneous calls connect at once: a deep accept queue, so that none
    # is reset (the default of 5 is for toy servers).
    request_queue_size = 1024


class VoiceApp:
    """`with VoiceApp() as app:` gives `app.url` and the requests in `app.requests`."""

    def __init__(self) -> None:
        self.replies: dict[str, Reply | list[Reply]] = {}
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        self._gates: dict[str, threading.Semaphore] = {}
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        app = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                with app._lock:
                    app.requests.append(
                        Received(
                            self.command,
                            parts.path,
                            dict(parse_qsl(parts.query)),
                            {k.lower(): v for k, v in self.headers.items()},
                            raw,
                            time.time(),
                        )
                    )
                    reply = app.replies.get(parts.path, Reply())
                    if isinstance(reply, list):
                        reply = reply.pop(0) if len(reply) > 1 else reply[0]
                    gate = app._gates.get(parts.path)
                    now = app.in_flight[parts.path] = app.in_flight.get(parts.path, 0) + 1
                    app.max_in_flight[parts.path] = max(app.max_in_flight.get(parts.path, 0), now)
                try:
                    if gate is not None:
                        gate.acquire(timeout=30)
                finally:
                    with app._lock:
                        app.in_flight[parts.path] -= 1
                if reply.delay:
                    time.sleep(reply.delay)
                body = (
                    b""
                    if reply.body is None
                    else (
                        reply.body
                        if isinstance(reply.body, bytes)
                        else json.dumps(reply.body).encode()
                    )
                )
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _handle

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> VoiceApp:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reply(self, path: str, *replies: Reply | list[Any]) -> None:
        """Answer `path` with these replies in turn (the last one repeats)."""
        made = [r if isinstance(r, Reply) else Reply(body=r) for r in replies]
        self.replies[path] = made if len(made) > 1 else made[0]

    def hold(self, path: str) -> None:
        """Requests to `path` wait, from now on, until `release` lets them go."""
        self._gates[path] = threading.Semaphore(0)

    def release(self, path: str, count: int = 1) -> None:
        """Let `count` held requests to `path` go on."""
        self._gates[path].release(count)

    def at(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    async def wait_for(self, path: str, count: int = 1, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.at(path)
            if len(got) >= count:
                return got
            await asyncio.sleep(0.01)
        raise AssertionError(f"{path}: wanted {count} requests, got {len(self.at(path))}")

    def statuses(self, path: str = "/status") -> list[str]:
        return [r.json["call_status"] for r in self.at(path)]
