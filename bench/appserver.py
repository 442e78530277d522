"""The voice application the benchmark's calls reach: answers every webhook as fast as it
can, and counts what it got (GET /stats).

    .venv/bin/python bench/appserver.py --port 3100
    .venv/bin/python bench/appserver.py --port 3100 --hold 10 --record-arrivals

By default every webhook is answered `[{"verb":"hangup"}]` (the wrk `call_create`
scenario of bench/run.py). For bench/calls.py, `--hold N` answers the call_hook (`/call`)
with `[{"verb":"pause","length":N},{"verb":"hangup"}]` so that calls stay up and overlap,
and `--record-arrivals` notes the wall-clock time (`time.time()`) at which each `/call`
request arrived, keyed by the `call_sid` of its JSON body; GET /arrivals returns them as
`{"<call_sid>": <seconds since the epoch>}`.

A raw ASGI app under uvicorn (no framework), in its own process so that its CPU is not
counted as the API server's.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from typing import Any

import uvicorn

HANGUP = b'[{"verb":"hangup"}]'
CONFERENCE = b'[{"verb":"conference","name":"bench","beep":false}]'
JSON_HEADERS = [(b"content-type", b"application/json")]
counts: Counter[str] = Counter()
arrivals: dict[str, float] = {}


def hold_document(seconds: float) -> bytes:
    """The call_hook's answer: hold the call `seconds`, then hang up (hang up at once for 0)."""
    if seconds <= 0:
        return HANGUP
    length = int(seconds) if float(seconds).is_integer() else seconds
    verbs = [{"verb": "pause", "length": length}, {"verb": "hangup"}]
    return json.dumps(verbs, separators=(",", ":")).encode()


class Config:
    call_answer: bytes = HANGUP
    record_arrivals: bool = False


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
    arrived = time.time()  # the request's head has been read: it has arrived
    path = scope["path"]
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    if scope["method"] == "GET" and path == "/stats":
        body = json.dumps(dict(counts)).encode()
    elif scope["method"] == "GET" and path == "/arrivals":
        body = json.dumps(arrivals).encode()
    else:
        counts[path] += 1
        body = HANGUP
        if path == "/conference":  # bench/instances.py's steered call: a room of its own
            body = CONFERENCE
        if path == "/call":
            body = Config.call_answer
            if Config.record_arrivals:
                _record(arrived, b"".join(chunks))
    await send({"type": "http.response.start", "status": 200, "headers": JSON_HEADERS})
    await send({"type": "http.response.body", "body": body})


def _record(arrived: float, raw: bytes) -> None:
    """Keep the first arrival of each call's call_hook request (a retry must not count)."""
    try:
        call_sid = json.loads(raw).get("call_sid")
    except (ValueError, AttributeError):
        counts["unparsed /call"] += 1
        return
    if isinstance(call_sid, str):
        arrivals.setdefault(call_sid, arrived)


def main() -> None:
    parser = argparse.ArgumentParser(description="benchmark voice app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3100)
    parser.add_argument(
        "--hold",
        type=float,
        default=0,
        help="seconds the call_hook's answer pauses before hanging up (default 0)",
    )
    parser.add_argument(
        "--record-arrivals",
        action="store_true",
        help="record when each /call request arrived (GET /arrivals)",
    )
    args = parser.parse_args()
    Config.call_answer = hold_document(args.hold)
    Config.record_arrivals = args.record_arrivals
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        backlog=4096,
    )


if __name__ == "__main__":
    main()
