"""The outbound policy (jambonz/outbound.py), against real listeners on this machine only.

Every request here goes to a listener of the test's own on 127.0.0.1 or 127.0.0.2 (or is
refused before any connection): a `Trap` counts the TCP connections it accepts, so "refused
without a connection being made" is seen from the listener's side, and the same URL with
private addresses allowed reaches the trap, so each refused form really names it.
Link-local and metadata destinations are never connected to, whatever the policy, so
those tests only see the refusal (fast, neutral, without a lookup of a metadata name).
The end-to-end tests run a server whose policy allows 127.0.0.1 (where the voice app
listens) and nothing else private, and point each hook field at a trap on 127.0.0.2.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import pytest_asyncio

from jambonz.db.migrate import upgrade
from jambonz.outbound import (
    NEUTRAL_ERROR,
    OutboundFailed,
    OutboundPolicy,
    classify,
    fetch,
    literal_address,
    parse_networks,
    static_refusal,
    transport,
)
from jambonz.webhooks_out import HookTarget, WebhookSender
from tests.conftest import Api, app_api, unique
from tests.voice_app import Reply, VoiceApp

# --------------------------------------------------------------------------- listeners


class Trap:
    """A TCP listener that accepts, counts and closes connections (it never answers)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.sock = socket.socket()
        self.sock.bind((host, 0))
        self.sock.listen(64)
        self.sock.settimeout(0.1)
        self.host = host
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@dataclass
class Route:
    status: int = 200
    body: bytes = b"[]"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0


class Listener:
    """An HTTP server on 127.0.0.1 answering each path from `routes` (redirects included),
    recording (method, path, Host header) of every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[tuple[str, str, str]] = []
        self.headers: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                outer.seen.append((self.command, self.path, self.headers.get("Host", "")))
                outer.headers.append({k.lower(): v for k, v in self.headers.items()})
                route = outer.routes.get(self.path, Route(status=404, body=b""))
                if route.delay:
                    time.sleep(route.delay)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            do_GET = do_POST = do_OPTIONS = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def trap() -> Iterator[Trap]:
    made = Trap()
    yield made
    made.close()


@pytest.fixture
def far_trap() -> Iterator[Trap]:
    """A trap on 127.0.0.2: private, and outside the network the end-to-end server allows."""
    made = Trap("127.0.0.2")
    yield made
    made.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    made = Listener()
    yield made
    made.close()


class Names:
    """A resolver for the tests: fixed answers per name, and a record of every lookup."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        queue = self.answers.get(host)
        if not queue:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return queue.pop(0) if len(queue) > 1 else queue[0]


async def deliver(policy: OutboundPolicy, url: str) -> Any:
    async with WebhookSender(policy=policy, timeout=2.0) as sender:
        return await sender.send(HookTarget(url), {"a": 1}, secret=None, expect_verbs=True)


async def settled(trap: Trap) -> int:
    """The trap's count once any connection in flight has been accepted."""
    await asyncio.sleep(0.25)
    return trap.connections


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("host", "address", "reason"),
    [
        ("127.0.0.1", "127.0.0.1", "private"),
        ("2130706433", "127.0.0.1", "private"),
        ("0177.0.0.1", "127.0.0.1", "private"),
        ("0x7f.0.0.1", "127.0.0.1", "private"),
        ("0x7f000001", "127.0.0.1", "private"),
        ("127.1", "127.0.0.1", "private"),
        ("::ffff:127.0.0.1", "::ffff:7f00:1", "private"),
        ("[::1]", "::1", "private"),
        ("10.1.2.3", "10.1.2.3", "private"),
        ("172.16.0.1", "172.16.0.1", "private"),
        ("192.168.1.1", "192.168.1.1", "private"),
        ("100.64.0.1", "100.64.0.1", "private"),
        ("0.0.0.0", "0.0.0.0", "private"),
        ("224.0.0.1", "224.0.0.1", "private"),
        ("240.0.0.1", "240.0.0.1", "private"),
        ("fc00::1", "fc00::1", "private"),
        ("2002:7f00:1::", "2002:7f00:1::", "private"),
        ("64:ff9b::7f00:1", "64:ff9b::7f00:1", "private"),
        ("169.254.169.254", "169.254.169.254", "metadata"),
        ("0xa9fea9fe", "169.254.169.254", "metadata"),
        ("::ffff:169.254.169.254", "::ffff:a9fe:a9fe", "metadata"),
        ("fd00:ec2::254", "fd00:ec2::254", "metadata"),
        ("100.100.100.200", "100.100.100.200", "metadata"),
        ("169.254.1.1", "169.254.1.1", "link-local"),
        ("fe80::1%eth0", "fe80::1", "link-local"),
        ("8.8.8.8", "8.8.8.8", None),
        ("2001:4860:4860::8888", "2001:4860:4860::8888", None),
    ],
)
def test_every_spelling_is_judged_as_the_address_it_is(
    host: str, address: str, reason: str | None
) -> None:
    addr = literal_address(host)
    assert addr is not None and str(addr) == address
    assert classify(addr) == reason


@pytest.mark.parametrize("host", ["app.example.com", "1.2.3.4.5", "127.0.0.256", "08.1", "1.2.3.x"])
def test_names_are_not_read_as_addresses(host: str) -> None:
    assert literal_address(host) is None


def test_static_refusal_names_only_what_is_never_requested() -> None:
    for url in (
        "http://169.254.169.254/latest/meta-data",
        "http://metadata.google.internal./computeMetadata/v1",
        "https://[fd00:ec2::254]/",
        "http://0xa9fea9fe/",
        "http://169.254.10.10:8080/",
    ):
        assert static_refusal(url), url
    for url in ("http://127.0.0.1:8080/call", "https://app.example.com/x", "http://10.0.0.1/"):
        assert static_refusal(url) is None, url


def test_allowed_networks_are_parsed_and_checked() -> None:
    assert parse_networks(" 10.0.0.0/8, ::1 ,") == parse_networks("10.0.0.0/8,::1/128")
    with pytest.raises(ValueError, match="not-a-net"):
        parse_networks("10.0.0.0/8,not-a-net")
    policy = OutboundPolicy(allow_private=False, allow_networks=parse_networks("127.0.0.1"))
    assert policy.refusal(literal_address("127.0.0.1")) is None  # type: ignore[arg-type]
    assert policy.refusal(literal_address("::ffff:127.0.0.1")) is None  # type: ignore[arg-type]
    assert policy.refusal(literal_address("127.0.0.2")) == "private"  # type: ignore[arg-type]
    # an allowed network never lets link-local or metadata through
    wide = OutboundPolicy(allow_private=False, allow_networks=parse_networks("169.254.0.0/16"))
    assert wide.refusal(literal_address("169.254.169.254")) == "metadata"  # type: ignore[arg-type]


# --------------------------------------------------------------------------- requests


async def test_with_private_allowed_a_local_listener_is_reached(listener: Listener) -> None:
    listener.routes["/call"] = Route(body=b'[{"verb":"hangup"}]')
    result = await deliver(OutboundPolicy(allow_private=True), f"{listener.base}/call")
    assert result.ok, result.error
    assert result.body == [{"verb": "hangup"}]
    assert [path for _, path, _ in listener.seen] == ["/call"]


TRAP_FORMS = [
    "127.0.0.1",
    "0x7f.0.0.1",
    "[::ffff:127.0.0.1]",
    "localhost",
    "localhost.",
    "app.internal.test",
]


@pytest.mark.parametrize("host", TRAP_FORMS)
async def test_private_refused_without_a_connection(trap: Trap, host: str) -> None:
    names = Names({"app.internal.test": [["127.0.0.1"]], "localhost": [["127.0.0.1"]]})
    url = f"http://{host}:{trap.port}/call"
    refused = await deliver(OutboundPolicy(allow_private=False, resolver=names), url)
    assert not refused.ok
    assert refused.error == NEUTRAL_ERROR and refused.status is None
    assert await settled(trap) == 0
    # the same URL with private addresses allowed does reach the trap: it names it
    reached = await deliver(OutboundPolicy(allow_private=True, resolver=names), url)
    assert not reached.ok and reached.error == NEUTRAL_ERROR  # the trap hangs up
    assert await settled(trap) >= 1


@pytest.mark.parametrize("host", ["0177.0.0.1", "2130706433", "017700000001", "127.1"])
async def test_legacy_address_forms_never_connect(trap: Trap, host: str) -> None:
    """Webhooks (aiohttp) refuse the legacy numeric IPv4 forms outright, and httpx does
    not parse dotted octal (our parser reads each as 127.0.0.1, and the policy refuses
    it, should that ever change): they never reach the trap, whatever the policy, and the
    account reads the neutral sentence."""
    for allow in (False, True):
        result = await deliver(OutboundPolicy(allow_private=allow), f"http://{host}:{trap.port}/")
        assert not result.ok and result.error == NEUTRAL_ERROR and result.status is None
    assert await settled(trap) == 0


async def test_localhost_through_the_system_resolver(trap: Trap) -> None:
    url = f"http://localhost:{trap.port}/call"
    refused = await deliver(OutboundPolicy(allow_private=False), url)
    assert refused.error == NEUTRAL_ERROR
    assert await settled(trap) == 0


@pytest.mark.parametrize(
    "host",
    [
        "169.254.169.254",
        "0xa9fea9fe",
        "[::ffff:169.254.169.254]",
        "[fd00:ec2::254]",
        "100.100.100.200",
        "169.254.1.1",
        "[fe80::1]",
        "metadata.google.internal",
        "metadata.google.internal.",
        "rebound.test",
        "linklocal.test",
    ],
)
async def test_link_local_and_metadata_refused_even_when_private_is_allowed(host: str) -> None:
    names = Names({"rebound.test": [["169.254.169.254"]], "linklocal.test": [["fe80::1"]]})
    policy = OutboundPolicy(allow_private=True, resolver=names)
    started = time.perf_counter()
    result = await deliver(policy, f"http://{host}/latest/meta-data")
    assert result.error == NEUTRAL_ERROR and result.status is None
    assert time.perf_counter() - started < 1.0  # refused, not timed out
    assert not any(name.startswith("metadata") for name in names.asked)


async def test_every_resolved_address_is_checked(trap: Trap) -> None:
    """A name with one allowed and one refused address is refused as a whole."""
    names = Names({"mixed.test": [["127.0.0.1", "10.0.0.1"]]})
    policy = OutboundPolicy(
        allow_private=False, allow_networks=parse_networks("127.0.0.1"), resolver=names
    )
    result = await deliver(policy, f"http://mixed.test:{trap.port}/")
    assert result.error == NEUTRAL_ERROR
    assert await settled(trap) == 0


async def test_the_checked_address_is_connected_to(listener: Listener) -> None:
    """The connection goes to the address that was checked, with the URL's host kept as
    the Host header; a later connection is checked again, so a name that changes its
    answer (DNS rebinding) to a refused address is refused then."""
    listener.routes["/call"] = Route()
    names = Names({"app.rebind.test": [["127.0.0.1"], ["169.254.169.254"]]})
    policy = OutboundPolicy(allow_private=True, resolver=names)
    url = f"http://app.rebind.test:{listener.port}/call"
    first = await deliver(policy, url)
    assert first.ok, first.error
    assert listener.seen == [("POST", "/call", f"app.rebind.test:{listener.port}")]
    second = await deliver(policy, url)
    assert second.error == NEUTRAL_ERROR
    assert names.asked == ["app.rebind.test", "app.rebind.test"]
    assert len(listener.seen) == 1


async def test_errors_are_one_sentence_whatever_happened(listener: Listener) -> None:
    """Refused by policy, connection refused, no such name, timeout: the same words."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    listener.routes["/slow"] = Route()
    policy = OutboundPolicy(allow_private=True, resolver=Names({}))
    errors = {
        (await deliver(policy, f"http://127.0.0.1:{closed}/")).error,
        (await deliver(policy, "http://no-such-name.test/")).error,
        (await deliver(OutboundPolicy(allow_private=False), f"{listener.base}/")).error,
        (await deliver(policy, "http://169.254.169.254/")).error,
    }
    assert errors == {NEUTRAL_ERROR}


# --------------------------------------------------------------------------- redirects


def policy_client(policy: OutboundPolicy) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport(policy), trust_env=False)


ONLY_LOCALHOST = OutboundPolicy(allow_private=False, allow_networks=parse_networks("127.0.0.1"))


async def test_redirects_are_followed_and_each_is_checked(
    listener: Listener, far_trap: Trap
) -> None:
    listener.routes["/start"] = Route(status=302, headers={"Location": "/next"})
    listener.routes["/next"] = Route(status=307, headers={"Location": f"{listener.base}/env"})
    listener.routes["/env"] = Route(body=b'{"A": 1}')
    listener.routes["/away"] = Route(
        status=302, headers={"Location": f"http://127.0.0.2:{far_trap.port}/x"}
    )
    listener.routes["/meta"] = Route(
        status=301, headers={"Location": "http://169.254.169.254/latest/meta-data"}
    )
    async with policy_client(ONLY_LOCALHOST) as client:
        answer = await fetch(client, "OPTIONS", f"{listener.base}/start", timeout=5, max_bytes=1000)
        assert answer.status == 200 and json.loads(answer.content) == {"A": 1}
        assert answer.url == f"{listener.base}/env"
        for start in ("/away", "/meta"):
            with pytest.raises(OutboundFailed) as failed:
                await fetch(client, "OPTIONS", f"{listener.base}{start}", timeout=5, max_bytes=1000)
            assert str(failed.value) == NEUTRAL_ERROR
            assert "refused by policy" in failed.value.detail
    assert await settled(far_trap) == 0
    assert [p for _, p, _ in listener.seen] == ["/start", "/next", "/env", "/away", "/meta"]


async def test_webhooks_do_not_follow_redirects(listener: Listener, far_trap: Trap) -> None:
    listener.routes["/call"] = Route(
        status=302, headers={"Location": f"http://127.0.0.2:{far_trap.port}/x"}
    )
    result = await deliver(ONLY_LOCALHOST, f"{listener.base}/call")
    assert not result.ok and result.status == 302
    assert await settled(far_trap) == 0


async def test_fetch_is_bounded(listener: Listener) -> None:
    listener.routes["/big"] = Route(body=b"x" * 5000)
    listener.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    async with policy_client(ONLY_LOCALHOST) as client:
        with pytest.raises(OutboundFailed, match=NEUTRAL_ERROR) as big:
            await fetch(client, "GET", f"{listener.base}/big", timeout=5, max_bytes=4096)
        assert "larger than 4096" in big.value.detail
        with pytest.raises(OutboundFailed) as loop:
            await fetch(client, "GET", f"{listener.base}/loop", timeout=5, max_bytes=10)
        assert "redirects" in loop.value.detail
        with pytest.raises(OutboundFailed):
            await fetch(client, "GET", "ftp://127.0.0.1/", timeout=5, max_bytes=10)


# --------------------------------------------------------------------------- end to end

SPEED = 20.0
FINAL = {"completed", "failed", "busy", "no-answer"}


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    """A server whose policy allows 127.0.0.1 (the voice app) and no other private address."""
    upgrade(database_url)
    async with app_api(
        database_url,
        sim_speed=SPEED,
        webhook_timeout=2.0,
        sms_provider_timeout=2.0,
        webhook_allow_private=False,
        webhook_allow_networks="127.0.0.1/32",
    ) as made:
        yield made


@pytest.fixture
def voice() -> Iterator[VoiceApp]:
    with VoiceApp() as made:
        yield made


class Alerts:
    def __init__(self, api: Api) -> None:
        self.queue = api.core.engine.subscribe()
        self.seen: list[Any] = []

    def of(self, call_sid: str) -> list[str]:
        while not self.queue.empty():
            self.seen.append(self.queue.get_nowait())
        return [
            e.data["message"] for e in self.seen if e.call_sid == call_sid and e.kind == "alert"
        ]


@pytest.fixture
def alerts(api: Api) -> Iterator[Alerts]:
    made = Alerts(api)
    yield made
    api.core.engine.unsubscribe(made.queue)


async def call(api: Api, **app_fields: Any) -> tuple[str, dict[str, Any]]:
    """Place a call to a new application with these hooks; (sid, final record)."""
    account = await api.account(await api.service_provider())
    application = await api.application(account, **app_fields)
    r = await api.post(
        f"/v1/Accounts/{account}/Calls",
        json={
            "application_sid": application,
            "from": "15085550100",
            "to": {"type": "phone", "number": "15085550199"},
        },
    )
    assert r.status_code == 201, r.text
    sid = r.json()["sid"]
    deadline = time.monotonic() + 20
    while True:
        record = (await api.get(f"/v1/Accounts/{account}/Calls/{sid}")).json()
        if record["call_status"] in FINAL and record.get("ended_at"):
            return sid, record
        assert time.monotonic() < deadline, record
        await asyncio.sleep(0.02)


def trapped(trap: Trap, form: str) -> str:
    """A URL for the far trap (127.0.0.2) in one of the spellings the policy must see
    through."""
    host = {
        "dotted": "127.0.0.2",
        "decimal": "2130706434",
        "octal": "017700000002",
        "mapped": "[::ffff:127.0.0.2]",
    }[form]
    return f"http://{host}:{trap.port}"


@pytest.mark.parametrize("form", ["dotted", "decimal", "octal", "mapped"])
async def test_call_hook_refused_end_to_end(
    api: Api, voice: VoiceApp, far_trap: Trap, alerts: Alerts, form: str
) -> None:
    sid, _ = await call(
        api,
        call_hook={"url": f"{trapped(far_trap, form)}/call"},
        call_status_hook={"url": f"{voice.url}/status"},
    )
    assert any(NEUTRAL_ERROR in a for a in alerts.of(sid)), alerts.of(sid)
    assert voice.at("/status")  # the allowed hook was reached
    assert await settled(far_trap) == 0


async def test_call_status_hook_refused_end_to_end(
    api: Api, voice: VoiceApp, far_trap: Trap, alerts: Alerts
) -> None:
    voice.reply("/call", [{"verb": "say", "text": "hi"}, {"verb": "hangup"}])
    sid, record = await call(
        api,
        call_hook={"url": f"{voice.url}/call"},
        call_status_hook={"url": f"{trapped(far_trap, 'decimal')}/status"},
    )
    assert record["call_status"] == "completed"
    assert len(voice.at("/call")) == 1
    assert any(NEUTRAL_ERROR in a for a in alerts.of(sid)), alerts.of(sid)
    assert await settled(far_trap) == 0


async def test_dial_and_verb_action_hooks_refused_end_to_end(
    api: Api, voice: VoiceApp, far_trap: Trap, alerts: Alerts
) -> None:
    voice.reply(
        "/call",
        [
            {
                "verb": "dial",
                "actionHook": f"{trapped(far_trap, 'octal')}/dialed",
                "target": [{"type": "phone", "number": "15005551003"}],
            }
        ],
    )
    sid, _ = await call(
        api, call_hook={"url": f"{voice.url}/call"}, call_status_hook={"url": f"{voice.url}/s"}
    )
    assert any(NEUTRAL_ERROR in a for a in alerts.of(sid)), alerts.of(sid)
    voice.reply(
        "/call", [{"verb": "redirect", "actionHook": f"{trapped(far_trap, 'mapped')}/next"}]
    )
    sid, _ = await call(
        api, call_hook={"url": f"{voice.url}/call"}, call_status_hook={"url": f"{voice.url}/s"}
    )
    assert any(NEUTRAL_ERROR in a for a in alerts.of(sid)), alerts.of(sid)
    assert await settled(far_trap) == 0


async def messaging_world(api: Api, messaging_hook: str | None) -> tuple[str, str, str]:
    """(account, its key, a number routed to an application with this messaging_hook)."""
    account = await api.account(await api.service_provider())
    application = await api.application(
        account, messaging_hook={"url": messaging_hook} if messaging_hook else None
    )
    number = "1" + str(time.time_ns())[-10:]
    await api.create(
        "/v1/PhoneNumbers",
        {"number": number, "account_sid": account, "application_sid": application},
    )
    return account, await api.key(account_sid=account), number


async def message_error(api: Api, account: str, token: str, sid: str) -> str:
    deadline = time.monotonic() + 10
    while True:
        body = (await api.get(f"/v1/Accounts/{account}/Messages/{sid}", token)).json()
        if body["error"]:
            return body["error"]
        assert time.monotonic() < deadline, body
        await asyncio.sleep(0.02)


async def test_messaging_hook_refused_end_to_end(api: Api, far_trap: Trap) -> None:
    account, token, number = await messaging_world(api, f"{trapped(far_trap, 'dotted')}/sms")
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedMessages",
        token,
        json={"from": "15085550100", "to": number, "text": "hi"},
    )
    assert r.status_code == 201, r.text
    assert NEUTRAL_ERROR in await message_error(api, account, token, r.json()["sid"])
    assert await settled(far_trap) == 0


@pytest.mark.parametrize("form", ["dotted", "decimal", "mapped"])
async def test_sms_outbound_url_refused_end_to_end(api: Api, far_trap: Trap, form: str) -> None:
    account, token, _ = await messaging_world(api, None)
    name = unique("sms")
    await api.create(
        "/v1/VoipCarriers",
        {
            "name": name,
            "account_sid": account,
            "sms_outbound_url": f"{trapped(far_trap, form)}/send",
        },
    )
    r = await api.post(
        f"/v1/Accounts/{account}/Messages",
        token,
        json={"from": "+15085550100", "to": "15085550199", "text": "hello", "carrier": name},
    )
    assert r.status_code == 480, r.text
    assert r.json()["msg"] == f"provider {name} refused the message: {NEUTRAL_ERROR}"
    stored = (await api.get(f"/v1/Accounts/{account}/Messages/{r.json()['sid']}", token)).json()
    assert stored["provider_response"] is None
    assert await settled(far_trap) == 0


async def test_sms_outbound_url_allowed_is_reached(api: Api, voice: VoiceApp) -> None:
    """The control: a provider on the allowed network answers and is used."""
    account, token, _ = await messaging_world(api, None)
    name = unique("sms")
    voice.reply("/send", Reply(body={"id": "p-1"}))
    await api.create(
        "/v1/VoipCarriers",
        {"name": name, "account_sid": account, "sms_outbound_url": f"{voice.url}/send"},
    )
    r = await api.post(
        f"/v1/Accounts/{account}/Messages",
        token,
        json={"from": "+15085550100", "to": "15085550199", "text": "hello", "carrier": name},
    )
    assert r.status_code == 201, r.text
    assert len(voice.at("/send")) == 1


# --------------------------------------------------------------------------- write time

META = "http://169.254.169.254/latest/meta-data"


async def test_hooks_naming_metadata_are_refused_when_stored(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    token = await api.key(account_sid=account)

    async def refused(method: str, path: str, body: dict[str, Any], field: str) -> None:
        r = await api.request(method, path, "admin", json=body)
        assert r.status_code == 400, (path, r.text)
        assert r.json()["msg"].startswith(f"{field}: "), r.json()

    app = {
        "name": unique("app"),
        "account_sid": account,
        "call_status_hook": "https://app.example.com/s",
    }
    await refused("POST", "/v1/Applications", {**app, "call_hook": META}, "call_hook")
    await refused(
        "POST",
        "/v1/Applications",
        {**app, "call_hook": "https://app.example.com/c", "call_status_hook": {"url": META}},
        "call_status_hook",
    )
    application = await api.application(account)
    await refused(
        "PUT",
        f"/v1/Applications/{application}",
        {"messaging_hook": {"url": "http://[fe80::1]/sms"}},
        "messaging_hook",
    )
    await refused(
        "PUT",
        f"/v1/Accounts/{account}",
        {"registration_hook": "http://metadata.google.internal/x"},
        "registration_hook",
    )
    await refused(
        "POST",
        "/v1/VoipCarriers",
        {"name": unique("c"), "account_sid": account, "sms_outbound_url": "http://0xa9fea9fe/"},
        "sms_outbound_url",
    )
    await refused(
        "POST",
        f"/v1/Accounts/{account}/Calls",
        {"call_hook": META, "from": "1508", "to": {"type": "phone", "number": "1509"}},
        "call_hook",
    )
    r = await api.post(
        f"/v1/Accounts/{account}/Messages",
        token,
        json={"from": "15085550100", "to": "15085550199", "text": "x", "status_hook": META},
    )
    assert r.status_code == 400 and r.json()["msg"].startswith("status_hook: "), r.text
    # private addresses are stored: whether they are requested is the running server's say
    r = await api.put(f"/v1/Applications/{application}", json={"call_hook": "http://10.0.0.1/"})
    assert r.status_code == 204, r.text
