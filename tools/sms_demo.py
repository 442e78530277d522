"""A demo peer for the README's SMS walkthrough: an application and an HTTP SMS provider.

    .venv/bin/python -m tools.sms_demo --port 3100

- `POST /sms` plays a messaging application: it answers every inbound SMS with a
  `message` verb that replies "You said: <text>" to the sender, with an actionHook.
- `POST /sms-sent` receives those actionHooks (`message_status`, ...).
- `POST /send` plays an HTTP SMS provider: it accepts every message and answers
  `{"carrier_message_id": "demo-<n>", "status": "accepted"}`.

Every request is printed as one JSON line (`path`, `body`, and whether it carried a
`Jambonz-Signature` or an `Authorization` header). Standard library only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_ids = itertools.count(1)
_lock = threading.Lock()


def answer(path: str, body: Any) -> tuple[int, Any]:
    """The status and JSON answer for one request."""
    if path == "/sms" and isinstance(body, dict):
        return 200, [
            {
                "verb": "message",
                "from": body.get("to"),
                "to": body.get("from"),
                "text": f"You said: {body.get('text') or '(media)'}",
                "actionHook": "/sms-sent",
            }
        ]
    if path == "/send" and isinstance(body, dict):
        with _lock:
            number = next(_ids)
        return 200, {"carrier_message_id": f"demo-{number}", "status": "accepted"}
    if path == "/sms-sent":
        return 200, None
    return 404, {"msg": f"nothing at {path}"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        path = self.path.split("?", 1)[0]
        record = {
            "path": path,
            "body": body,
            "signed": "Jambonz-Signature" in self.headers,
            "authorization": (self.headers.get("Authorization") or "").split(" ", 1)[0] or None,
        }
        print(json.dumps(record), flush=True)
        status, reply = answer(path, body)
        data = b"" if reply is None else json.dumps(reply).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3100)
    args = parser.parse_args(argv)
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print(f"sms demo listening on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
