"""Webhook delivery (`jambonz.webhooks_out`) against a real HTTP server on 127.0.0.1.

The server is `http.server.ThreadingHTTPServer` in a background thread. Each test registers
the responses for its own path (`AppServer.route`) and reads back what arrived on the wire
(`AppServer.seen`): raw request line, headers and body bytes. Signatures are checked here
with hashlib/hmac directly, not with the module's `verify`.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generated.models import Hook
from jambonz.webhooks_out import (
    NEUTRAL_ERROR,
    USER_AGENT,
    HookTarget,
    RetryPolicy,
    WebhookSender,
    backoff_delay,
    parse_retry,
    sign,
    verify,
)

SECRET = "wh_secret_T3stS3cr3tValue"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    delay: float = 0.0


def json_reply(value: Any, status: int = 200, delay: float = 0.0) -> Reply:
    return Reply(status=status, body=json.dumps(value).encode(), delay=delay)


@dataclass
class Seen:
    method: str
    path: str  # the raw request target from the request line
    headers: dict[str, str]
    body: bytes

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query, keep_blank_values=True)


@dataclass
class AppServer:
    port: int
    routes: dict[str, list[Reply]] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: dict[str, int] = field(default_factory=dict)
    max_in_flight: dict[str, int] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def route(self, *replies: Reply) -> str:
        """A fresh path answering with `replies` in turn (the last one repeats)."""
        path = f"/{uuid.uuid4().hex}"
        self.routes[path] = list(replies) or [Reply(status=204, content_type=None)]
        return path

    def seen(self, path: str) -> list[Seen]:
        with self.lock:
            return [r for r in self.requests if urlsplit(r.path).path == path]

    def reply_for(self, path: str) -> Reply:
        with self.lock:
            replies = self.routes.get(path)
            if not replies:
                return Reply(status=404, body=b"no such route", content_type="text/plain")
            return replies.pop(0) if len(replies) > 1 else replies[0]


def make_handler(server: AppServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = urlsplit(self.path).path
            with server.lock:
                server.requests.append(Seen(self.command, self.path, dict(self.headers), body))
                server.in_flight[path] = server.in_flight.get(path, 0) + 1
                server.max_in_flight[path] = max(
                    server.max_in_flight.get(path, 0), server.in_flight[path]
                )
            reply = server.reply_for(path)
            if reply.delay:
                time.sleep(reply.delay)
            # Leave the in-flight count before answering: once the client has the
            # answer it may start its next request.
            with server.lock:
                server.in_flight[path] -= 1
            try:
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except OSError:  # the client gave up (timeout tests)
                pass

        do_GET = _handle
        do_POST = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture(scope="module")
def app_server() -> Iterator[AppServer]:
    state = AppServer(port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


class FakeSleep:
    """Records back-off waits instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def hmac_hex(secret: str, timestamp: str, body: bytes) -> str:
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def split_signature(header: str) -> tuple[str, str]:
    parts = dict(part.split("=", 1) for part in header.split(","))
    assert set(parts) == {"t", "v1"}
    return parts["t"], parts["v1"]


# --------------------------------------------------------------------------- POST / GET


async def test_post_sends_json_as_stringify_writes_it_signed_with_user_agent(
    app_server: AppServer,
) -> None:
    path = app_server.route(json_reply([{"verb": "say", "text": "hi"}]))
    payload = {"call_sid": "abc", "from": "15085550100", "customerData": {"k": "ü"}, "n": 3}
    async with WebhookSender() as sender:
        before = int(time.time())
        result = await sender.send(
            HookTarget(app_server.base + path), payload, secret=SECRET, expect_verbs=True
        )
        after = int(time.time())
    assert result.ok, result
    assert result.status == 200
    assert result.body == [{"verb": "say", "text": "hi"}]
    assert result.error is None
    assert result.attempts == 1
    assert result.elapsed > 0
    [seen] = app_server.seen(path)
    assert seen.method == "POST"
    # As JSON.stringify writes it: compact, and the non-ASCII text as UTF-8, not escaped.
    assert seen.body == json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    assert json.loads(seen.body) == payload
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("jambonz-api-simulator/")
    assert "Authorization" not in seen.headers
    timestamp, mac = split_signature(seen.headers["Jambonz-Signature"])
    assert before <= int(timestamp) <= after
    assert mac == hmac_hex(SECRET, timestamp, seen.body)
    assert mac == mac.lower() and len(mac) == 64


async def test_post_without_secret_has_no_signature_and_none_payload_is_empty_object(
    app_server: AppServer,
) -> None:
    path = app_server.route(Reply(status=204, content_type=None))
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(app_server.base + path), None, secret=None, expect_verbs=False
        )
    assert result.ok and result.status == 204 and result.body is None
    [seen] = app_server.seen(path)
    assert "Jambonz-Signature" not in seen.headers
    assert seen.body == b"{}"


async def test_basic_auth_only_with_username_and_password(app_server: AppServer) -> None:
    path = app_server.route(Reply(status=200, content_type=None))
    url = app_server.base + path
    async with WebhookSender() as sender:
        both = HookTarget(url, username="user", password="pässword")
        assert (await sender.send(both, {}, secret=None, expect_verbs=False)).ok
        only_user = HookTarget(url, username="user")
        assert (await sender.send(only_user, {}, secret=None, expect_verbs=False)).ok
    first, second = app_server.seen(path)
    expected = base64.b64encode("user:pässword".encode()).decode()
    assert first.headers["Authorization"] == f"Basic {expected}"
    assert "Authorization" not in second.headers


async def test_get_sends_scalars_as_query_no_body_signature_over_payload_json(
    app_server: AppServer,
) -> None:
    path = app_server.route(json_reply([]))
    payload = {
        "call_sid": "abc",
        "duration": 37,
        "ratio": 0.5,
        "has_recording": False,
        "customerData": {"nested": 1},
        "headers": ["x"],
        "sbc_callid": None,
        "mine": "payload",
    }
    target = HookTarget(f"{app_server.base}{path}?mine=url&keep=1", method="get")
    assert target.method == "GET"
    async with WebhookSender() as sender:
        result = await sender.send(target, payload, secret=SECRET, expect_verbs=True)
    assert result.ok and result.body == []
    [seen] = app_server.seen(path)
    assert seen.method == "GET"
    assert seen.body == b""
    assert "Content-Type" not in seen.headers
    assert seen.query == {
        "mine": ["url"],  # the URL's own parameter wins
        "keep": ["1"],
        "call_sid": ["abc"],
        "duration": ["37"],
        "ratio": ["0.5"],
        "has_recording": ["false"],
    }
    timestamp, mac = split_signature(seen.headers["Jambonz-Signature"])
    assert mac == hmac_hex(SECRET, timestamp, json.dumps(payload, separators=(",", ":")).encode())


async def test_get_without_payload_query_option_and_null_payload(app_server: AppServer) -> None:
    path = app_server.route(Reply(status=200, content_type=None))
    target = HookTarget(f"{app_server.base}{path}?own=1", method="GET")
    async with WebhookSender(get_payload_as_query=False) as sender:
        assert (await sender.send(target, {"call_sid": "x"}, secret=None, expect_verbs=False)).ok
        assert (await sender.send(target, None, secret=SECRET, expect_verbs=False)).ok
    first, second = app_server.seen(path)
    assert first.query == {"own": ["1"]}
    assert second.query == {"own": ["1"]}
    timestamp, mac = split_signature(second.headers["Jambonz-Signature"])
    assert mac == hmac_hex(SECRET, timestamp, b"null")


# --------------------------------------------------------------------------- targets


def test_from_value_accepts_string_mapping_model_and_target() -> None:
    assert HookTarget.from_value("https://a.example.com/x") == HookTarget("https://a.example.com/x")
    mapping = {"url": "http://h/x", "method": "get", "username": "u", "password": "p"}
    assert HookTarget.from_value(mapping) == HookTarget("http://h/x", "GET", "u", "p")
    model = Hook(url="https://app.example.com/call", method="GET", username="u", password="p")
    assert HookTarget.from_value(model) == HookTarget(
        "https://app.example.com/call", "GET", "u", "p"
    )
    assert HookTarget.from_value({"url": "http://h/x", "method": None}).method == "POST"
    target = HookTarget("http://h/x")
    assert HookTarget.from_value(target) == target


def test_from_value_resolves_relative_urls_against_call_hook() -> None:
    base = "https://user:pw@app.example.com:8443/calls/inbound?x=1#rc=3"
    resolved = HookTarget.from_value("/action?step=2#rc=1", base_url=base)
    assert resolved.url == "https://app.example.com:8443/action?step=2#rc=1"
    assert resolved.username is None
    from_dict = HookTarget.from_value({"url": "/status", "method": "GET"}, base_url=base)
    assert from_dict == HookTarget("https://app.example.com:8443/status", "GET")
    # A HookTarget base lends its credentials to relative hooks without their own.
    call_hook = HookTarget("http://app.example.com/call", username="u", password="p")
    inherited = HookTarget.from_value("/action", base_url=call_hook)
    assert (inherited.url, inherited.username, inherited.password) == (
        "http://app.example.com/action",
        "u",
        "p",
    )
    own = HookTarget.from_value(
        {"url": "/action", "username": "me", "password": "x"}, base_url=call_hook
    )
    assert (own.username, own.password) == ("me", "x")
    absolute = HookTarget.from_value("http://other.example.com/a", base_url=call_hook)
    assert absolute.username is None


@pytest.mark.parametrize(
    ("value", "base"),
    [
        ("/action", None),
        ({"url": "/action"}, ""),
        ("/action", "/relative/base"),
        ("", "http://h/"),
        ({"method": "POST"}, None),
        ({"url": "http://h/x", "method": "PUT"}, None),
        (42, None),
    ],
)
def test_from_value_rejects_bad_values(value: Any, base: str | None) -> None:
    with pytest.raises(ValueError):
        HookTarget.from_value(value, base_url=base)


async def test_relative_hook_is_delivered_to_the_call_hook_host(app_server: AppServer) -> None:
    path = app_server.route(json_reply([]))
    target = HookTarget.from_value(path, base_url=f"{app_server.base}/somewhere/else?q=1")
    async with WebhookSender() as sender:
        result = await sender.send(target, {"a": 1}, secret=None, expect_verbs=True)
    assert result.ok
    assert len(app_server.seen(path)) == 1


# --------------------------------------------------------------------------- outcomes


async def test_connection_refused(closed_port: int) -> None:
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(f"http://127.0.0.1:{closed_port}/x"), {}, secret=SECRET, expect_verbs=True
        )
    assert not result.ok
    assert result.status is None and result.body is None
    assert result.error == NEUTRAL_ERROR
    assert result.attempts == 1


async def test_timeout(app_server: AppServer) -> None:
    path = app_server.route(Reply(status=200, body=b"[]", delay=1.0))
    async with WebhookSender(timeout=0.2) as sender:
        started = time.perf_counter()
        result = await sender.send(
            HookTarget(app_server.base + path), {}, secret=None, expect_verbs=True
        )
    assert time.perf_counter() - started < 0.9
    assert not result.ok
    assert result.error == NEUTRAL_ERROR
    assert result.status is None
    assert result.attempts == 1


@pytest.mark.parametrize("status", [400, 404, 500, 503, 302])
async def test_error_statuses(app_server: AppServer, status: int) -> None:
    path = app_server.route(json_reply({"msg": "nope"}, status=status))
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(app_server.base + path), {}, secret=None, expect_verbs=False
        )
    assert not result.ok
    assert result.status == status
    assert result.error == f"HTTP {status}"
    assert result.body == {"msg": "nope"}
    assert len(app_server.seen(path)) == 1  # a 302 is not followed


@pytest.mark.parametrize("status", [200, 201, 202, 204])
async def test_success_statuses(app_server: AppServer, status: int) -> None:
    reply = json_reply([]) if status != 204 else Reply(status=204, content_type=None)
    reply.status = status
    path = app_server.route(reply)
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(app_server.base + path), {}, secret=None, expect_verbs=True
        )
    assert result.ok, result
    assert result.status == status
    assert result.body == []


async def test_non_json_body_is_treated_as_empty(app_server: AppServer) -> None:
    path = app_server.route(Reply(body=b'[{"verb":"hangup"}]', content_type="text/plain"))
    target = HookTarget(app_server.base + path)
    async with WebhookSender() as sender:
        verbs = await sender.send(target, {}, secret=None, expect_verbs=True)
        status = await sender.send(target, {}, secret=None, expect_verbs=False)
    assert verbs.ok and verbs.body == []
    assert status.ok and status.body is None


async def test_json_content_type_with_charset_is_parsed(app_server: AppServer) -> None:
    path = app_server.route(
        Reply(body=b'[{"verb":"hangup"}]', content_type="Application/JSON; charset=utf-8")
    )
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(app_server.base + path), {}, secret=None, expect_verbs=True
        )
    assert result.ok and result.body == [{"verb": "hangup"}]


async def test_non_array_json_when_verbs_are_expected(app_server: AppServer) -> None:
    path = app_server.route(json_reply({"verb": "hangup"}))
    target = HookTarget(app_server.base + path)
    async with WebhookSender() as sender:
        verbs = await sender.send(target, {}, secret=None, expect_verbs=True)
        status = await sender.send(target, {}, secret=None, expect_verbs=False)
    assert not verbs.ok
    assert verbs.error == "response is not a verb array"
    assert verbs.status == 200
    assert verbs.body == {"verb": "hangup"}
    assert status.ok and status.body == {"verb": "hangup"}


async def test_invalid_json_with_json_content_type(app_server: AppServer) -> None:
    path = app_server.route(Reply(body=b"[{not json"))
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(app_server.base + path), {}, secret=None, expect_verbs=True
        )
    assert not result.ok
    assert result.error == "invalid JSON response"
    assert result.status == 200


async def test_non_http_urls_fail_without_raising() -> None:
    async with WebhookSender() as sender:
        for url in ("wss://app.example.com/ws", "/relative"):
            result = await sender.send(HookTarget(url), {}, secret=None, expect_verbs=True)
            assert not result.ok
            assert result.error is not None and "http(s)" in result.error
            assert result.attempts == 1


# --------------------------------------------------------------------------- retries


def test_parse_retry() -> None:
    assert parse_retry("http://h/x") == RetryPolicy(0, frozenset({"ct"}))
    assert parse_retry("http://h/x#rc=3") == RetryPolicy(3, frozenset({"ct"}))
    assert parse_retry("http://h/x#rc=2&rp=rt,5xx") == RetryPolicy(2, frozenset({"rt", "5xx"}))
    assert parse_retry("http://h/x#rc=9&rp=bogus") == RetryPolicy(5, frozenset({"ct"}))
    assert parse_retry("http://h/x#rc=-1") == RetryPolicy(0, frozenset({"ct"}))
    assert parse_retry("http://h/x#rc=abc").count == 0
    every = parse_retry("http://h/x#rc=1&rp=all")
    assert every.on == frozenset({"ct", "rt", "4xx", "5xx"}) and every.other
    assert HookTarget("http://h/x?rc=4#rc=1&rp=4xx").retry == RetryPolicy(1, frozenset({"4xx"}))


def test_backoff_delays() -> None:
    assert [backoff_delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 6.0]
    with pytest.raises(ValueError):
        backoff_delay(0)


async def test_connection_errors_retry_by_default_policy(closed_port: int) -> None:
    sleep = FakeSleep()
    async with WebhookSender(sleep=sleep) as sender:
        result = await sender.send(
            HookTarget(f"http://127.0.0.1:{closed_port}/x#rc=5"), {}, secret=None, expect_verbs=True
        )
    assert not result.ok and result.error == NEUTRAL_ERROR
    assert result.attempts == 6
    assert sleep.calls == [0.5, 1.0, 2.0, 4.0, 6.0]


async def test_a_send_that_outlives_aclose_stops_retrying(closed_port: int) -> None:
    """The server stopping closes the sender while a retrying send waits: that send ends
    with its last answer and opens no new session (nobody would close it)."""
    sender = WebhookSender()

    async def close_while_waiting(seconds: float) -> None:
        await sender.aclose()

    sender._sleep = close_while_waiting
    target = HookTarget(f"http://127.0.0.1:{closed_port}/x#rc=5")
    result = await sender.send(target, {}, secret=None, expect_verbs=True)
    assert not result.ok and result.error == NEUTRAL_ERROR
    assert result.attempts == 1
    assert sender._session is None


async def test_http_errors_are_not_retried_by_default_policy(app_server: AppServer) -> None:
    path = app_server.route(Reply(status=500, content_type=None))
    sleep = FakeSleep()
    async with WebhookSender(sleep=sleep) as sender:
        result = await sender.send(
            HookTarget(f"{app_server.base}{path}#rc=3"), {}, secret=None, expect_verbs=True
        )
    assert result.error == "HTTP 500" and result.attempts == 1
    assert len(app_server.seen(path)) == 1
    assert sleep.calls == []


@pytest.mark.parametrize(
    ("policy", "status", "expected"),
    [
        ("5xx", 500, 3),
        ("5xx", 404, 1),
        ("4xx", 404, 3),
        ("4xx", 503, 1),
        ("4xx,5xx", 503, 3),
        ("all", 503, 3),
        ("all", 401, 3),
        ("ct", 503, 1),
        ("rt", 500, 1),
    ],
)
async def test_status_retries_follow_policy(
    app_server: AppServer, policy: str, status: int, expected: int
) -> None:
    path = app_server.route(Reply(status=status, content_type=None))
    sleep = FakeSleep()
    async with WebhookSender(sleep=sleep) as sender:
        result = await sender.send(
            HookTarget(f"{app_server.base}{path}#rc=2&rp={policy}"),
            {},
            secret=None,
            expect_verbs=False,
        )
    assert not result.ok and result.status == status
    assert result.attempts == expected
    assert len(app_server.seen(path)) == expected
    assert sleep.calls == [0.5, 1.0][: expected - 1]


async def test_retry_until_success_and_fragment_not_sent(app_server: AppServer) -> None:
    path = app_server.route(
        Reply(status=503, content_type=None),
        Reply(status=500, content_type=None),
        json_reply([{"verb": "hangup"}]),
    )
    sleep = FakeSleep()
    async with WebhookSender(sleep=sleep) as sender:
        result = await sender.send(
            HookTarget(f"{app_server.base}{path}?a=1#rc=4&rp=5xx"),
            {"x": 1},
            secret=SECRET,
            expect_verbs=True,
        )
    assert result.ok and result.body == [{"verb": "hangup"}]
    assert result.attempts == 3
    assert sleep.calls == [0.5, 1.0]
    seen = app_server.seen(path)
    assert len(seen) == 3
    for request in seen:
        assert request.path == f"{path}?a=1"
        assert "#" not in request.path and "rc=" not in request.path
        timestamp, mac = split_signature(request.headers["Jambonz-Signature"])
        assert mac == hmac_hex(SECRET, timestamp, request.body)


async def test_timeouts_retry_only_with_rt(app_server: AppServer) -> None:
    slow = Reply(status=200, body=b"[]", delay=0.6)
    for policy, expected in (("rt", 2), ("ct", 1)):
        path = app_server.route(slow)
        sleep = FakeSleep()
        async with WebhookSender(timeout=0.15, sleep=sleep) as sender:
            result = await sender.send(
                HookTarget(f"{app_server.base}{path}#rc=1&rp={policy}"),
                {},
                secret=None,
                expect_verbs=True,
            )
        assert result.error == NEUTRAL_ERROR
        assert result.attempts == expected
        assert len(app_server.seen(path)) == expected
        assert sleep.calls == [0.5][: expected - 1]


async def test_content_errors_are_never_retried(app_server: AppServer) -> None:
    path = app_server.route(json_reply({"not": "verbs"}))
    async with WebhookSender(sleep=FakeSleep()) as sender:
        result = await sender.send(
            HookTarget(f"{app_server.base}{path}#rc=3&rp=all"), {}, secret=None, expect_verbs=True
        )
    assert result.error == "response is not a verb array"
    assert result.attempts == 1
    assert len(app_server.seen(path)) == 1


# --------------------------------------------------------------------------- pooling


async def test_concurrency_bound_is_honoured(app_server: AppServer) -> None:
    path = app_server.route(Reply(status=200, body=b"[]", delay=0.15))
    async with WebhookSender(concurrency=3) as sender:
        target = HookTarget(app_server.base + path)
        results = await asyncio.gather(
            *(sender.send(target, {"i": i}, secret=None, expect_verbs=True) for i in range(12))
        )
    assert all(r.ok for r in results)
    assert len(app_server.seen(path)) == 12
    assert app_server.max_in_flight[path] == 3


async def test_client_is_lazy_and_reopens_after_close(app_server: AppServer) -> None:
    path = app_server.route(Reply(status=204, content_type=None))
    sender = WebhookSender()
    assert sender._session is None and sender._client is None
    target = HookTarget(app_server.base + path)
    assert (await sender.send(target, {}, secret=None, expect_verbs=False)).ok
    first = sender._session
    assert first is not None and sender._client is None  # webhooks need no httpx client
    await sender.aclose()
    assert sender._session is None and first.closed
    assert (await sender.send(target, {}, secret=None, expect_verbs=False)).ok
    await sender.aclose()
    await sender.aclose()  # idempotent


def test_sender_rejects_bad_settings() -> None:
    with pytest.raises(ValueError):
        WebhookSender(timeout=0)
    with pytest.raises(ValueError):
        WebhookSender(concurrency=0)


# --------------------------------------------------------------------------- signatures


def test_sign_matches_independent_hmac() -> None:
    body = '{"call_sid":"abc"}'
    header = sign(SECRET, body, 1_700_000_000)
    assert header == f"t=1700000000,v1={hmac_hex(SECRET, '1700000000', body.encode())}"
    assert sign(SECRET, body.encode(), 1_700_000_000) == header


def test_verify_accepts_valid_and_rejects_tampering_and_stale() -> None:
    body = '{"call_sid":"abc","n":1}'
    t = 1_700_000_000
    header = sign(SECRET, body, t)
    assert verify(SECRET, header, body, now=t)
    assert verify(SECRET, header, body.encode(), now=t + 299)
    assert verify(SECRET, header, body, now=t - 299)
    assert not verify(SECRET, header, body.replace("1", "2"), now=t)
    assert not verify(SECRET, header, body + " ", now=t)
    assert not verify("wh_secret_other", header, body, now=t)
    assert not verify(SECRET, header, body, now=t + 301)
    assert not verify(SECRET, header, body, now=t - 301)
    assert verify(SECRET, header, body, now=t + 500, tolerance=600)
    # The timestamp is covered by the MAC: moving it invalidates the header.
    forged = header.replace(f"t={t}", f"t={t + 1}")
    assert not verify(SECRET, forged, body, now=t)


def test_verify_uses_the_current_time_by_default() -> None:
    body = "{}"
    assert verify(SECRET, sign(SECRET, body, int(time.time())), body)
    assert not verify(SECRET, sign(SECRET, body, int(time.time()) - 3600), body)


@pytest.mark.parametrize(
    "header",
    [None, "", "garbage", "t=abc,v1=00", "v1=00", "t=1700000000", "t=1700000000,v1"],
)
def test_verify_rejects_malformed_headers(header: str | None) -> None:
    assert not verify(SECRET, header, "{}", now=1_700_000_000)


async def test_background_notifications_never_hold_up_a_hook_a_call_waits_for(
    app_server: AppServer,
) -> None:
    """Slow status notifications fill their own lane (a quarter of the concurrency); a
    call_hook sent meanwhile goes straight out on the main lane."""
    status = app_server.route(Reply(status=204, content_type=None, delay=1.0))
    call = app_server.route(Reply(status=200, body=b"[]"))
    async with WebhookSender(concurrency=4) as sender:
        slow = [
            asyncio.ensure_future(
                sender.send(
                    HookTarget(app_server.base + status),
                    {"n": n},
                    secret=None,
                    expect_verbs=False,
                    background=True,
                )
            )
            for n in range(3)
        ]
        await asyncio.sleep(0.1)
        started = time.monotonic()
        result = await sender.send(
            HookTarget(app_server.base + call), {"x": 1}, secret=None, expect_verbs=True
        )
        waited = time.monotonic() - started
        assert result.ok and waited < 0.8  # not queued behind the notifications
        assert all(r.ok for r in await asyncio.gather(*slow))
    assert app_server.max_in_flight[status] == 1  # the background lane: concurrency // 4
