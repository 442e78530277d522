"""`GET /v1/openapi.json`: the contract as written, `$ref`s and named schemas kept.

Connexion's own copy is dereferenced (about 1 MB, every schema inlined), which loses the
names a client generator gives its types and takes Swagger UI seconds to render. This one
is the bundled document, serialised once at start-up, served gzip-compressed to clients
that accept it, with an `ETag` and `Cache-Control`, so that a reload is a 304.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

from starlette.types import Receive, Scope, Send

MAX_AGE_SECONDS = 300


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return ""


class ServedContract:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.plain = json.dumps(
            spec, ensure_ascii=False, separators=(",", ":"), default=str
        ).encode()
        self.compressed = gzip.compress(self.plain, compresslevel=9, mtime=0)
        self.etag = '"' + hashlib.sha256(self.plain).hexdigest()[:32] + '"'

    async def __call__(self, scope: Scope, _receive: Receive, send: Send) -> None:
        headers = [
            (b"content-type", b"application/json"),
            (b"etag", self.etag.encode()),
            (b"cache-control", f"public, max-age={MAX_AGE_SECONDS}".encode()),
            (b"vary", b"Accept-Encoding"),
        ]
        if self.etag in _header(scope, b"if-none-match"):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        body = self.plain
        if "gzip" in _header(scope, b"accept-encoding").lower():
            body = self.compressed
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )
