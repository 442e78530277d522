"""The voice application the POST /Calls scenario's calls reach: answers every webhook with
`[{"verb":"hangup"}]` as fast as it can, and counts what it got (GET /stats).

    .venv/bin/python bench/appserver.py --port 3100

A raw ASGI app under uvicorn (no framework), in its own process so that its CPU is not
counted as the API server's.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

import uvicorn

HANGUP = b'[{"verb":"hangup"}]'
JSON_HEADERS = [(b"content-type", b"application/json")]
counts: Counter[str] = Counter()


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    if scope["method"] == "GET" and scope["path"] == "/stats":
        body = json.dumps(dict(counts)).encode()
    else:
        counts[scope["path"]] += 1
        body = HANGUP
    await send({"type": "http.response.start", "status": 200, "headers": JSON_HEADERS})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser(description="benchmark voice app: always hangs up")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3100)
    args = parser.parse_args()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
