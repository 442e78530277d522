"""The call engine on a jambonz cluster (`JAMBONZ_CALL_ENGINE=jambonz`), on a real Redis.

Live calls are written into Redis by `@jambonz/realtimedb-helpers` (npm), the package
jambonz's feature servers write them with, driven by `tests/realtimedb_writer.cjs` as a
feature server drives it (`updateCallStatus` at every status change) and as the SBCs keep
the set of feature servers (`addToSet`) and their call counters (`addKey`); the API then
reads them back.

The feature server itself is a stand-in for a jambonz feature server, which cannot run
on this machine: a small aiohttp server inside the test (`FeatureServer`) that answers
`POST /v1/createCall` and `POST /v1/updateCall/<sid>` as a feature server does and
records what it receives, so that the createCall and updateCall bodies jambonz's
api-server would send can be compared with what this server sends.

Redis database 15 is this module's; every server it starts has a cluster id of its own
(the feature servers' set) and every test its own accounts (the call keys), so test
processes running side by side do not meet.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import redis
from aiohttp import web

from jambonz.calls.jambonz_engine import NO_FEATURE_SERVERS, NOT_REACHED, JambonzEngine
from jambonz.db.migrate import upgrade
from tests.conftest import Api, app_api, unique

REDIS_DB = 15
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
ROOT = Path(__file__).resolve().parent.parent
WRITER = Path(__file__).resolve().parent / "realtimedb_writer.cjs"
HELPERS = ROOT / "node_modules" / "@jambonz" / "realtimedb-helpers" / "package.json"


def _redis_up() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379")


# --------------------------------------------------------------------------- writers


def write(*steps: list[Any]) -> list[Any]:
    """Run `steps` through @jambonz/realtimedb-helpers (tests/realtimedb_writer.cjs)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: these tests need Node.js (20 or later) on PATH")
    if not HELPERS.exists():
        pytest.fail(
            "@jambonz/realtimedb-helpers is not installed in node_modules: run `npm ci` at "
            "the repository root (`make test` does)"
        )
    stdin = json.dumps(
        {"redis": {"host": "127.0.0.1", "port": 6379, "db": REDIS_DB}, "steps": list(steps)}
    )
    done = subprocess.run(
        [node, str(WRITER)], input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def call_info(account_sid: str, **fields: Any) -> dict[str, Any]:
    """A call leg's info as a feature server's `CallInfo.toJSON()` gives it."""
    info = {
        "callSid": str(uuid.uuid4()),
        "direction": "outbound",
        "from": "15085550100",
        "to": "15085550199",
        "callId": f"{uuid.uuid4().hex[:12]}@10.0.0.5",
        "sipStatus": 100,
        "sipReason": "Trying",
        "callStatus": "trying",
        "accountSid": account_sid,
        "traceId": uuid.uuid4().hex,
        "applicationSid": str(uuid.uuid4()),
        "fsSipAddress": "127.0.0.1:5070",
        "customerData": {"crm": "42"},  # an object: the helpers drop it, as in jambonz
    }
    info.update(fields)
    return info


def statuses(info: dict[str, Any], service_url: str, *changes: dict[str, Any]) -> list[list]:
    """The writes of a leg: its first (100 Trying, which adds `serviceUrl` and the
    sorted-set member), then one per status change."""
    steps: list[list] = [["updateCallStatus", info, service_url]]
    current = dict(info)
    for change in changes:
        current = {**current, **change}
        steps.append(["updateCallStatus", current, service_url])
    return steps


# --------------------------------------------------------------------------- stand-in


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class FeatureServer:
    """Stand-in for a jambonz feature server, which cannot run on this machine: answers
    createCall 201 `{sid, callId}` and updateCall 202 `Accepted` as one does (or what a
    test sets in `create_answer` / `update_answer`), and records every request."""

    base: str = ""
    received: list[Received] = field(default_factory=list)
    create_answer: tuple[int, Any] | None = None
    update_answer: tuple[int, Any] | None = None
    created: list[dict[str, str]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        self.received.append(
            Received(
                request.method,
                request.path,
                {k.lower(): v for k, v in request.headers.items()},
                json.loads(raw) if raw else None,
            )
        )
        if request.path == "/v1/createCall":
            if self.create_answer is not None:
                return _answer(*self.create_answer)
            made = {"sid": str(uuid.uuid4()), "callId": f"{uuid.uuid4().hex}@127.0.0.1"}
            self.created.append(made)
            return web.json_response(made, status=201)
        if request.path.startswith("/v1/updateCall/"):
            if self.update_answer is not None:
                return _answer(*self.update_answer)
            return web.Response(status=202, text="Accepted")
        return web.Response(status=404, text="Not Found")

    def of(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]


def _answer(status: int, body: Any) -> web.StreamResponse:
    if isinstance(body, str):
        return web.Response(status=status, text=body)
    if body is None:
        return web.Response(status=status)
    return web.json_response(body, status=status)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def standin() -> AsyncIterator[FeatureServer]:
    """Stand-in for a jambonz feature server, which cannot run on this machine (see
    `FeatureServer`): on 127.0.0.1, an ephemeral port."""
    fs = FeatureServer()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", fs.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fs.base = f"http://127.0.0.1:{port}"
    yield fs
    await runner.cleanup()


@pytest.fixture
def fs(standin: FeatureServer) -> Iterator[FeatureServer]:
    """The stand-in, its records and answers fresh for each test."""
    standin.received.clear()
    standin.created.clear()
    standin.create_answer = standin.update_answer = None
    yield standin


@dataclass
class Cluster:
    """The server on the jambonz engine, with its cluster's set of feature servers."""

    api: Api
    cluster_id: str
    redis: redis.Redis

    @property
    def fs_set(self) -> str:
        return f"{self.cluster_id}:fs-service-url"

    def join(self, *urls: str) -> None:
        """Feature servers the SBCs know (written as they write them)."""
        write(*(["addToSet", self.fs_set, url] for url in urls))

    def leave_all(self) -> None:
        self.redis.delete(self.fs_set)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def cluster(database_url: str) -> AsyncIterator[Cluster]:
    """A server on the jambonz engine whose outbound policy allows 127.0.0.1 and no
    other private address, as the simulator's end-to-end tests allow their voice app."""
    upgrade(database_url)
    cluster_id = unique("cluster")
    async with app_api(
        database_url,
        redis_url=REDIS_URL,
        call_engine="jambonz",
        cluster_id=cluster_id,
        feature_server_timeout=2.0,
        webhook_allow_private=False,
        webhook_allow_networks="127.0.0.1/32",
    ) as made:
        assert isinstance(made.core.engine, JambonzEngine)
        client = redis.Redis.from_url(REDIS_URL)
        yield Cluster(made, cluster_id, client)
        client.delete(f"{cluster_id}:fs-service-url")


@pytest.fixture
def c(cluster: Cluster) -> Iterator[Cluster]:
    """The cluster with no feature server known, before and after the test."""
    cluster.leave_all()
    yield cluster
    cluster.leave_all()


async def tenant(api: Api) -> tuple[str, str]:
    sp = await api.service_provider()
    return sp, await api.account(sp)


def forget_calls(client: redis.Redis, account_sid: str) -> None:
    keys = [k for k, _ in client.zscan_iter("active-call-sids", match=f"call:{account_sid}:*")]
    if keys:
        client.zrem("active-call-sids", *keys)
        client.delete(*keys)


# --------------------------------------------------------------------------- live calls


async def test_live_calls_written_by_feature_servers_are_listed_as_jambonz_lists_them(
    c: Cluster, fs: FeatureServer
) -> None:
    api = c.api
    sp, account = await tenant(api)
    _, other = await tenant(api)
    ringing = call_info(account)
    answered = call_info(
        account,
        direction="inbound",
        **{"from": "15085550111", "to": "15085550122"},
        originatingSipIp="192.0.2.10",
        originatingSipTrunkName="carrierA",
    )
    ended = call_info(account)
    elsewhere = call_info(other)
    write(
        *statuses(
            ringing, fs.base, {"sipStatus": 180, "sipReason": "Ringing", "callStatus": "ringing"}
        ),
        *statuses(
            answered, fs.base, {"sipStatus": 200, "sipReason": "OK", "callStatus": "in-progress"}
        ),
        *statuses(
            ended,
            fs.base,
            {"sipStatus": 200, "sipReason": "OK", "callStatus": "in-progress"},
            {"callStatus": "completed", "duration": 37, "callTerminationBy": "caller"},
        ),
        *statuses(elsewhere, "http://127.0.0.1:9"),
    )
    try:
        listed = await api.get(f"/v1/Accounts/{account}/Calls")
        assert listed.status_code == 200, listed.text
        items = listed.json()
        # Oldest first, as active-call-sids orders them (by the first write's time, then
        # the key); the three were written within milliseconds, so compare with Redis.
        in_redis = [
            key.decode().rsplit(":", 1)[1]
            for key in c.redis.zrange("active-call-sids", 0, -1)
            if key.decode().startswith(f"call:{account}:")
        ]
        assert [i["call_sid"] for i in items] == in_redis
        assert sorted(in_redis) == sorted(
            [ringing["callSid"], answered["callSid"], ended["callSid"]]
        )
        items.sort(
            key=lambda i: [ringing["callSid"], answered["callSid"], ended["callSid"]].index(
                i["call_sid"]
            )
        )
        first = items[0]
        # Every key snake_cased, sip_status an integer, the rest the stored strings.
        assert {
            k: first[k]
            for k in (
                "call_sid",
                "call_id",
                "account_sid",
                "application_sid",
                "direction",
                "from",
                "to",
                "sip_status",
                "sip_reason",
                "call_status",
                "trace_id",
                "service_url",
                "fs_sip_address",
            )
        } == {
            "call_sid": ringing["callSid"],
            "call_id": ringing["callId"],
            "account_sid": account,
            "application_sid": ringing["applicationSid"],
            "direction": "outbound",
            "from": "15085550100",
            "to": "15085550199",
            "sip_status": 180,
            "sip_reason": "Ringing",
            "call_status": "ringing",
            "trace_id": ringing["traceId"],
            "service_url": fs.base,
            "fs_sip_address": "127.0.0.1:5070",
        }
        # What Redis does not hold: null or empty; the account's provider is known.
        assert first["duration"] is None and first["customerData"] is None
        assert first["status_history"] == [] and first["answered_at"] is None
        assert first["service_provider_sid"] == sp and first["created_at"].endswith("Z")
        assert items[1]["originating_sip_trunk_name"] == "carrierA"
        assert items[1]["originating_sip_ip"] == "192.0.2.10"
        assert (items[2]["call_status"], items[2]["duration"]) == ("completed", 37)
        assert items[2]["call_termination_by"] == "caller"

        # Filters match the stored strings exactly (jambonz's callStatus, direction, ...).
        async def sids(**params: str) -> list[str]:
            r = await api.get(f"/v1/Accounts/{account}/Calls", params=params)
            assert r.status_code == 200, r.text
            return [i["call_sid"] for i in r.json()]

        assert await sids(direction="inbound") == [answered["callSid"]]
        assert await sids(callStatus="completed") == [ended["callSid"]]
        assert await sids(**{"from": "15085550111"}) == [answered["callSid"]]
        assert await sids(to="15085550199", callStatus="ringing") == [ringing["callSid"]]

        one = await api.get(f"/v1/Accounts/{account}/Calls/{answered['callSid']}")
        assert one.status_code == 200, one.text
        assert one.json() == items[1]
        # Another account's call is not this account's; nor another account's list.
        assert (
            await api.get(f"/v1/Accounts/{account}/Calls/{elsewhere['callSid']}")
        ).status_code == 404
        assert (await api.get(f"/v1/Accounts/{account}/Calls/{uuid.uuid4()}")).status_code == 404
        token = await api.key(account_sid=other)
        assert (await api.get(f"/v1/Accounts/{account}/Calls", token)).status_code == 404
        assert [i["call_sid"] for i in (await api.get(f"/v1/Accounts/{other}/Calls")).json()] == [
            elsewhere["callSid"]
        ]
    finally:
        forget_calls(c.redis, account)
        forget_calls(c.redis, other)


async def test_call_count_is_the_sbcs_counters(c: Cluster) -> None:
    _, account = await tenant(c.api)
    assert (await c.api.get(f"/v1/Accounts/{account}/CallCount")).json() == {
        "inbound": 0,
        "outbound": 0,
    }
    write(
        ["addKey", f"incalls:account:{account}", "1"],
        ["addKey", f"outcalls:account:{account}", "3"],
    )
    try:
        counted = await c.api.get(f"/v1/Accounts/{account}/CallCount")
        assert counted.json() == {"inbound": 1, "outbound": 3}
    finally:
        c.redis.delete(f"incalls:account:{account}", f"outcalls:account:{account}")


# --------------------------------------------------------------------------- createCall


async def test_create_call_posts_jambonz_createcall_body_to_a_feature_server(
    c: Cluster, fs: FeatureServer
) -> None:
    api = c.api
    _, account = await tenant(api)
    app = await api.application(
        account,
        app_json=json.dumps([{"verb": "say", "text": "hi"}]),
        speech_synthesis_vendor="google",
        speech_synthesis_voice="en-US-Wavenet-C",
    )
    c.join(fs.base)
    body = {
        "application_sid": app,
        "from": "15085550100",
        "to": {"type": "user", "name": "alice@sip.example.com"},
        "tag": {"crm_id": "42"},
        "timeout": 30,
        "headers": {"X-Custom": "1"},
        "call_status_hook": "https://elsewhere.example.com/status",  # the app's wins
    }
    created = await api.post(f"/v1/Accounts/{account}/Calls", json=body)
    assert created.status_code == 201, created.text
    assert created.json() == fs.created[-1]  # the feature server's {sid, callId}

    (sent,) = fs.of("/v1/createCall")
    assert sent.method == "POST" and sent.headers["content-type"] == "application/json"
    assert "authorization" not in sent.headers
    hooks = await _webhooks(api, app)
    assert sent.body == {
        "application_sid": app,
        "from": "15085550100",
        "to": {"type": "user", "name": "alice@sip.example.com"},
        "tag": {"crm_id": "42"},
        "timeout": 30,
        "headers": {"X-Custom": "1"},
        "account_sid": account,
        # The application's hooks as its webhook rows, its verbs and speech settings.
        "call_hook": {**hooks["call_hook"], "username": None, "password": None},
        "call_status_hook": {**hooks["call_status_hook"], "username": None, "password": None},
        "app_json": json.dumps([{"verb": "say", "text": "hi"}]),
        "speech_synthesis_vendor": "google",
        "speech_synthesis_language": "en-US",
        "speech_synthesis_voice": "en-US-Wavenet-C",
        "speech_recognizer_vendor": "google",
        "speech_recognizer_language": "en-US",
    }

    # Without an application: string hooks become {url, method: POST}; the speech
    # settings left out are the defaults (jambonz would demand all five).
    fs.received.clear()
    plain = await api.post(
        f"/v1/Accounts/{account}/Calls",
        json={
            "from": "15085550100",
            "to": {"type": "phone", "number": "15085550199"},
            "call_hook": "https://app.example.com/call",
            "call_status_hook": {"url": "https://app.example.com/status", "method": "GET"},
            "speech_synthesis_voice": "en-GB-Standard-A",
        },
    )
    assert plain.status_code == 201, plain.text
    (sent,) = fs.of("/v1/createCall")
    assert sent.body == {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": {"url": "https://app.example.com/call", "method": "POST"},
        "call_status_hook": {"url": "https://app.example.com/status", "method": "GET"},
        "speech_synthesis_voice": "en-GB-Standard-A",
        "account_sid": account,
        "speech_synthesis_vendor": "google",
        "speech_synthesis_language": "en-US",
        "speech_recognizer_vendor": "google",
        "speech_recognizer_language": "en-US",
    }


async def _webhooks(api: Api, application_sid: str) -> dict[str, dict[str, Any]]:
    """The application's two hooks as jambonz's webhook rows: sid, url, method."""
    got = (await api.get(f"/v1/Applications/{application_sid}")).json()
    return {
        name: {key: got[name][key] for key in ("webhook_sid", "url", "method")}
        for name in ("call_hook", "call_status_hook")
    }


async def test_feature_servers_of_the_set_take_calls_in_turn(c: Cluster, fs: FeatureServer) -> None:
    """Two feature servers known, one of them down: they take the calls in turn (as
    jambonz's api-server's counter does), so every other call reaches the stand-in."""
    _, account = await tenant(c.api)
    c.join(fs.base + "/", _closed_port_url())  # a trailing slash is not doubled
    body = {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": "https://app.example.com/call",
    }
    answers = []
    for _ in range(4):
        answers.append((await c.api.post(f"/v1/Accounts/{account}/Calls", json=body)).status_code)
    assert sorted(answers) == [201, 201, 480, 480] and answers[0] != answers[1]
    assert answers[:2] == answers[2:]
    assert [r.path for r in fs.received] == ["/v1/createCall", "/v1/createCall"]


async def test_no_feature_server_is_480(c: Cluster, fs: FeatureServer) -> None:
    _, account = await tenant(c.api)
    r = await c.api.post(
        f"/v1/Accounts/{account}/Calls",
        json={
            "from": "15085550100",
            "to": {"type": "phone", "number": "15085550199"},
            "call_hook": "https://app.example.com/call",
        },
    )
    assert r.status_code == 480, r.text
    assert r.json() == {"msg": NO_FEATURE_SERVERS}
    assert NO_FEATURE_SERVERS == "no available feature servers at this time"
    assert fs.received == []


async def test_a_feature_server_down_or_failing_is_480(c: Cluster, fs: FeatureServer) -> None:
    """jambonz answers 500 here; this server 480 with a msg (documented difference)."""
    _, account = await tenant(c.api)
    body = {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": "https://app.example.com/call",
    }
    c.join(_closed_port_url())
    down = await c.api.post(f"/v1/Accounts/{account}/Calls", json=body)
    assert down.status_code == 480, down.text
    assert down.json() == {"msg": NOT_REACHED}

    c.leave_all()
    c.join(fs.base)
    for answer, said in (
        ((500, "Call Failure"), "it answered HTTP 500"),
        ((200, {"sid": str(uuid.uuid4()), "callId": "x"}), "it answered HTTP 200"),
        ((201, {"oops": True}), "without a call sid"),
    ):
        fs.create_answer = answer
        failing = await c.api.post(f"/v1/Accounts/{account}/Calls", json=body)
        assert failing.status_code == 480, failing.text
        assert said in failing.json()["msg"]


def _closed_port_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def test_a_configured_feature_server_url_needs_no_set(
    database_url: str, fs: FeatureServer
) -> None:
    upgrade(database_url)
    async with app_api(
        database_url,
        redis_url=REDIS_URL,
        call_engine="jambonz",
        cluster_id=unique("cluster"),  # its set stays empty
        feature_server_url=fs.base + "/",
    ) as api:
        _, account = await tenant(api)
        r = await api.post(
            f"/v1/Accounts/{account}/Calls",
            json={
                "from": "15085550100",
                "to": {"type": "phone", "number": "15085550199"},
                "call_hook": "https://app.example.com/call",
            },
        )
        assert r.status_code == 201, r.text
        assert [s.path for s in fs.received] == ["/v1/createCall"]


async def test_the_outbound_policy_rules_requests_to_feature_servers(
    database_url: str, fs: FeatureServer
) -> None:
    """With private addresses refused, a feature server on 127.0.0.1 is reached only
    when its network is allowed: for feature servers alone (JAMBONZ_FEATURE_SERVER_NETWORKS)
    or for every request (JAMBONZ_WEBHOOK_ALLOW_NETWORKS, the module's other servers)."""
    upgrade(database_url)
    body = {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": "https://app.example.com/call",
    }
    for networks, status in (("", 480), ("127.0.0.0/8", 201)):
        async with app_api(
            database_url,
            redis_url=REDIS_URL,
            call_engine="jambonz",
            feature_server_url=fs.base,
            webhook_allow_private=False,
            feature_server_networks=networks,
        ) as api:
            _, account = await tenant(api)
            r = await api.post(f"/v1/Accounts/{account}/Calls", json=body)
            assert r.status_code == status, (networks, r.text)
    assert len(fs.of("/v1/createCall")) == 1  # the refused one never left


async def test_the_session_limit_counts_the_sbcs_live_calls(c: Cluster, fs: FeatureServer) -> None:
    api = c.api
    _, account = await tenant(api)
    await api.create(
        f"/v1/Accounts/{account}/Limits", {"category": "voice_call_session", "quantity": 2}
    )
    c.join(fs.base)
    body = {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": "https://app.example.com/call",
    }
    write(["addKey", f"outcalls:account:{account}", "1"])
    try:
        assert (await api.post(f"/v1/Accounts/{account}/Calls", json=body)).status_code == 201
        write(["addKey", f"incalls:account:{account}", "1"])
        refused = await api.post(f"/v1/Accounts/{account}/Calls", json=body)
        assert refused.status_code == 422, refused.text
        assert "voice_call_session" in refused.json()["msg"]
        assert len(fs.of("/v1/createCall")) == 1
    finally:
        c.redis.delete(f"incalls:account:{account}", f"outcalls:account:{account}")


# --------------------------------------------------------------------------- updateCall


async def test_update_call_is_forwarded_to_the_calls_feature_server(
    c: Cluster, fs: FeatureServer
) -> None:
    api = c.api
    _, account = await tenant(api)
    leg = call_info(account)
    write(*statuses(leg, fs.base, {"sipStatus": 200, "callStatus": "in-progress"}))
    path = f"/v1/Accounts/{account}/Calls/{leg['callSid']}"
    try:
        hung = await api.put(path, json={"call_status": "completed"})
        assert hung.status_code == 202, hung.text
        assert hung.text == "Accepted" and hung.headers["content-type"].startswith("text/plain")
        (sent,) = fs.of(f"/v1/updateCall/{leg['callSid']}")
        assert sent.method == "POST" and sent.headers["content-type"] == "application/json"
        assert sent.body == {"call_status": "completed"}  # unchanged: no account_sid added

        # The body goes as the client sent it (hook objects, a single whisper verb).
        fs.received.clear()
        redirect = {
            "call_hook": {"url": "https://app.example.com/transfer", "method": "get"},
            "call_status_hook": "https://app.example.com/status",
        }
        assert (await api.post(path, json=redirect)).status_code == 202  # the legacy alias
        assert [r.body for r in fs.received] == [redirect]

        # 200 with the feature server's JSON; its 422 with its message.
        fs.update_answer = (200, {"status": 200, "reason": "OK"})
        ok = await api.put(path, json={"mute_status": "mute"})
        assert (ok.status_code, ok.json()) == (200, {"status": 200, "reason": "OK"})
        gone = f"call session is gone for call_sid {leg['callSid']}"
        fs.update_answer = (422, {"msg": gone})
        refused = await api.put(path, json={"call_status": "completed"})
        assert (refused.status_code, refused.json()) == (422, {"msg": gone})
        fs.update_answer = (404, "Not Found")
        missing = await api.put(path, json={"call_status": "completed"})
        assert (missing.status_code, missing.json()) == (404, {"msg": "Not Found"})
        fs.update_answer = (500, None)  # jambonz relays the 500: here 480 with a msg
        failing = await api.put(path, json={"call_status": "completed"})
        assert failing.status_code == 480, failing.text
        assert "HTTP 500" in failing.json()["msg"]

        # The same checks of the body as with the simulator, before anything is sent.
        fs.received.clear()
        both = await api.put(path, json={"call_status": "completed", "mute_status": "mute"})
        assert both.status_code == 422 and fs.received == []
        # Not in Redis: 404, as jambonz answers.
        nowhere = await api.put(f"/v1/Accounts/{account}/Calls/{uuid.uuid4()}", json=redirect)
        assert nowhere.status_code == 404 and fs.received == []
    finally:
        forget_calls(c.redis, account)


async def test_update_of_a_call_whose_feature_server_is_down_is_480(c: Cluster) -> None:
    _, account = await tenant(c.api)
    leg = call_info(account)
    write(*statuses(leg, _closed_port_url()))
    try:
        r = await c.api.put(
            f"/v1/Accounts/{account}/Calls/{leg['callSid']}", json={"call_status": "completed"}
        )
        assert r.status_code == 480, r.text
        assert r.json() == {"msg": NOT_REACHED}
    finally:
        forget_calls(c.redis, account)


# --------------------------------------------------------------------------- delete


async def test_delete_forgets_the_record_as_jambonz_does(c: Cluster, fs: FeatureServer) -> None:
    _, account = await tenant(c.api)
    leg = call_info(account)
    write(*statuses(leg, fs.base))
    key = f"call:{account}:{leg['callSid']}"
    path = f"/v1/Accounts/{account}/Calls/{leg['callSid']}"
    try:
        assert (await c.api.delete(path)).status_code == 204
        assert not c.redis.exists(key) and c.redis.zscore("active-call-sids", key) is None
        assert fs.received == []  # the call is not hung up: only its record is gone
        assert (await c.api.delete(path)).status_code == 404
        assert (await c.api.get(path)).status_code == 404
    finally:
        forget_calls(c.redis, account)


# --------------------------------------------------------------------------- rooms


async def test_rooms_are_the_feature_servers(c: Cluster) -> None:
    _, account = await tenant(c.api)
    c.redis.zadd(f"queue:{account}:support", {f"1:{uuid.uuid4()}": 999})
    c.redis.hset(f"conf:{account}:standup", mapping={"sipAddress": "10.0.0.7:5070"})
    try:
        queues = await c.api.get(f"/v1/Accounts/{account}/Queues")
        assert queues.json() == [{"name": "support", "length": 1}]
        assert (await c.api.get(f"/v1/Accounts/{account}/Conferences")).json() == ["standup"]
        made = await c.api.post(f"/v1/Accounts/{account}/Conferences", json={"name": "floor"})
        assert made.status_code == 422, made.text
        assert "feature servers" in made.json()["msg"]
    finally:
        c.redis.delete(f"queue:{account}:support", f"conf:{account}:standup")


async def test_connexions_own_path_answers_the_same(database_url: str, fs: FeatureServer) -> None:
    """The text answer of an update (202 `Accepted`) and a 480 through Connexion's
    middleware too (JAMBONZ_FAST_PATH=false), with responses validated."""
    upgrade(database_url)
    cluster_id = unique("cluster")
    async with app_api(
        database_url,
        redis_url=REDIS_URL,
        call_engine="jambonz",
        cluster_id=cluster_id,
        fast_path=False,
    ) as api:
        _, account = await tenant(api)
        leg = call_info(account)
        write(*statuses(leg, fs.base))
        try:
            r = await api.put(
                f"/v1/Accounts/{account}/Calls/{leg['callSid']}",
                json={"call_status": "completed"},
            )
            assert (r.status_code, r.text) == (202, "Accepted")
            assert r.headers["content-type"].startswith("text/plain")
            none = await api.post(
                f"/v1/Accounts/{account}/Calls",
                json={
                    "from": "15085550100",
                    "to": {"type": "phone", "number": "15085550199"},
                    "call_hook": "https://app.example.com/call",
                },
            )
            assert (none.status_code, none.json()) == (480, {"msg": NO_FEATURE_SERVERS})
        finally:
            forget_calls(redis.Redis.from_url(REDIS_URL), account)


async def test_simulated_inbound_calls_are_the_simulators(c: Cluster, fs: FeatureServer) -> None:
    api = c.api
    _, account = await tenant(api)
    app = await api.application(account)
    number = "1" + str(uuid.uuid4().int)[:10]
    await api.create(
        "/v1/PhoneNumbers", {"number": number, "account_sid": account, "application_sid": app}
    )
    c.join(fs.base)
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedCalls", json={"from": "15085550100", "to": number}
    )
    assert r.status_code == 422, r.text
    assert "simulator" in r.json()["msg"] and fs.received == []


# --------------------------------------------------------------------------- settings


def _clear(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "JAMBONZ_CALL_ENGINE",
        "JAMBONZ_REDIS_URL",
        "JAMBONZ_FEATURE_SERVER_URL",
        "JAMBONZ_CLUSTER_ID",
        "JAMBONZ_FEATURE_SERVER_TIMEOUT",
        "JAMBONZ_FEATURE_SERVER_NETWORKS",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"JAMBONZ_CALL_ENGINE": "asterisk"}, "JAMBONZ_CALL_ENGINE must be simulator or jambonz"),
        ({"JAMBONZ_CALL_ENGINE": "jambonz"}, "JAMBONZ_REDIS_URL must be set"),
        (
            {
                "JAMBONZ_CALL_ENGINE": "jambonz",
                "JAMBONZ_REDIS_URL": REDIS_URL,
                "JAMBONZ_FEATURE_SERVER_URL": "fs:3000",
            },
            "JAMBONZ_FEATURE_SERVER_URL must be an http(s) base URL",
        ),
        ({"JAMBONZ_FEATURE_SERVER_NETWORKS": "10.0.0.0/8, fs"}, "JAMBONZ_FEATURE_SERVER_NETWORKS"),
    ],
)
def test_settings_that_cannot_be_used(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], said: str
) -> None:
    from jambonz.config import Settings, SettingsError

    _clear(monkeypatch)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as refused:
        Settings.from_env()
    assert str(refused.value).startswith(said)


def test_the_engines_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from jambonz.config import Settings

    _clear(monkeypatch)
    assert Settings.from_env().call_engine == "simulator"
    for name, value in {
        "JAMBONZ_CALL_ENGINE": "Jambonz",
        "JAMBONZ_REDIS_URL": REDIS_URL,
        "JAMBONZ_FEATURE_SERVER_URL": "http://feature-server:3000",
        "JAMBONZ_CLUSTER_ID": "east",
        "JAMBONZ_FEATURE_SERVER_TIMEOUT": "3",
        "JAMBONZ_FEATURE_SERVER_NETWORKS": "10.20.0.0/16",
    }.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env()
    assert (settings.call_engine, settings.cluster_id) == ("jambonz", "east")
    assert settings.feature_server_url == "http://feature-server:3000"
    assert (settings.feature_server_timeout, settings.feature_server_networks) == (
        3,
        "10.20.0.0/16",
    )
