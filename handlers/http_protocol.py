"""uvicorn's httptools protocol with the bounds it lacks: the request head's size and
header count (431), and the time the head and the body may take to arrive (408).

uvicorn bounds none of these with httptools (its `h11_max_incomplete_event_size` is for
h11 only, `timeout_keep_alive` only runs between requests): a 20 MB header, 50,000
headers, or a client sending a byte now and then held memory or a connection for ever.

- The head (request line and headers) is counted as its bytes arrive, before httptools
  has gathered them into a header: more than `JAMBONZ_MAX_HEADER_BYTES`, or more than
  `JAMBONZ_MAX_HEADERS` headers, answers 431 and closes the connection.
- The head must arrive within `JAMBONZ_HEADER_TIMEOUT` seconds of the connection opening
  or of the request's first byte, and the body within `JAMBONZ_BODY_TIMEOUT` seconds of
  the head. Else a request that has begun gets 408 (when no answer has started) and the
  connection is closed; an idle new connection is just closed.

The settings are read from the environment, as every worker reads them
(handlers/server.py).
"""

from __future__ import annotations

import asyncio
import functools
import json
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from jambonz.config import Settings

HEAD_TOO_LARGE = "request headers are too large: at most {} bytes are accepted"
TOO_MANY_HEADERS = "too many request headers: at most {} are accepted"
HEAD_TIMEOUT = "request headers took too long: they must arrive within {:g} seconds"
BODY_TIMEOUT = "request body took too long: it must arrive within {:g} seconds"


@functools.cache
def _settings() -> Settings:
    return Settings.from_env()


class _HeadRefused(Exception):
    """Raised from a parser callback: the head passed a bound."""


def _answer(status: int, msg: str) -> bytes:
    body = json.dumps({"msg": msg}).encode()
    return b"".join(
        [
            STATUS_LINE[status],
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"connection: close\r\n\r\n",
            body,
        ]
    )


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """See the module's docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = _settings()
        self.max_head = settings.max_header_bytes
        self.max_headers = settings.max_headers
        self.head_timeout = settings.header_timeout
        self.body_timeout = settings.body_timeout
        self.in_head = True  # reading a request line and headers (or waiting for one)
        self.head_bytes = 0
        self.header_count = 0
        self.head_size = 0  # the request line's target and the headers, as parsed
        self.began = False  # a byte of the current request has arrived
        self.timer: asyncio.TimerHandle | None = None

    def _arm(self, seconds: float, callback: Any) -> None:
        self._disarm()
        self.timer = self.loop.call_later(seconds, callback)

    def _disarm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _refuse(self, status: int, msg: str) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(_answer(status, msg))
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.head_timeout, self._head_timed_out)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """As uvicorn's, with the head counted: the raw bytes of a head still incomplete
        (httptools holds them until a header ends), and each header as it ends."""
        if self.in_head:
            self.began = True
            self.head_bytes += len(data)
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return
        except httptools.HttpParserError as exc:
            refused = exc.__context__
            if isinstance(refused, _HeadRefused):
                self._refuse(431, str(refused))
                return
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("Invalid HTTP request received.")
            return
        if self.in_head and self.head_bytes > self.max_head:
            self._refuse(431, HEAD_TOO_LARGE.format(self.max_head))

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.in_head = True
        self.header_count = 0
        self.head_size = 0
        if self.timer is None:  # a pipelined request, or the next one on the connection
            self._arm(self.head_timeout, self._head_timed_out)

    def on_url(self, url: bytes) -> None:
        self.head_size += len(url)
        if self.head_size > self.max_head:
            raise _HeadRefused(HEAD_TOO_LARGE.format(self.max_head))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self.header_count += 1
        self.head_size += len(name) + len(value) + 4  # ": " and CRLF
        if self.header_count > self.max_headers:
            raise _HeadRefused(TOO_MANY_HEADERS.format(self.max_headers))
        if self.head_size > self.max_head:
            raise _HeadRefused(HEAD_TOO_LARGE.format(self.max_head))
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self.in_head = False
        self.head_bytes = 0
        self._disarm()
        super().on_headers_complete()
        if self.cycle is not None and self.cycle.more_body:
            self._arm(self.body_timeout, self._body_timed_out)

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()
        self.in_head = True
        self.began = False

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # Waiting for the next request: uvicorn's keep-alive timeout closes an idle
        # connection; the head timeout starts with the next request's first byte.
        if self.in_head and not self.began:
            self._disarm()

    def _head_timed_out(self) -> None:
        self.timer = None
        if self.began:
            self._refuse(408, HEAD_TIMEOUT.format(self.head_timeout))
        elif not self.transport.is_closing():
            self.transport.close()

    def _body_timed_out(self) -> None:
        self.timer = None
        cycle = self.cycle
        if cycle is None or not cycle.more_body:
            return
        if cycle.response_complete:  # answered early (a 401): the rest will not come
            self.transport.close()
            return
        if not cycle.response_started:
            self.transport.write(_answer(408, BODY_TIMEOUT.format(self.body_timeout)))
        # The app's receive() now answers `http.disconnect` and its answer is dropped.
        cycle.disconnected = True
        cycle.message_event.set()
        self.transport.close()
