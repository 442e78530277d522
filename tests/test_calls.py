"""/v1/Accounts/{AccountSid}/Calls end to end: the API over HTTP, the embedded simulator,
and a real local HTTP server (`tests.voice_app.VoiceApp`) playing the application.

The Core runs accelerated (`sim_speed`), so a minute of simulated call takes about a
second; every assertion is on what really crossed the wire or the database.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import insert

from jambonz.db.migrate import upgrade
from jambonz.db.tables import calls
from jambonz.outbound import NEUTRAL_ERROR
from tests.conftest import Api, Tenant, app_api, unique
from tests.voice_app import Received, Reply, VoiceApp

SPEED = 20.0
FINAL = {"completed", "failed", "busy", "no-answer"}
MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"


@asynccontextmanager
async def make_api(database_url: str, **settings: Any) -> AsyncIterator[Api]:
    """An `Api` on its own accelerated Core (the `api` fixture's pattern)."""
    options = {"sim_speed": SPEED, "webhook_timeout": 5.0, **settings}
    async with app_api(database_url, **options) as made:
        yield made


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with make_api(database_url) as made:
        yield made


@pytest.fixture(scope="module")
def app() -> Iterator[VoiceApp]:
    with VoiceApp() as voice_app:
        yield voice_app


@pytest.fixture
def voice() -> Iterator[VoiceApp]:
    """A fresh application server for one test."""
    with VoiceApp() as voice_app:
        yield voice_app


# -- helpers -------------------------------------------------------------------------------


async def account_with_app(api: Api, voice: VoiceApp, **app_fields: Any) -> tuple[str, str]:
    """A new account and an application whose hooks point at `voice`."""
    sp = await api.service_provider()
    account = await api.account(sp)
    fields = {
        "call_hook": {"url": f"{voice.url}/call", "method": "POST"},
        "call_status_hook": {"url": f"{voice.url}/status", "method": "POST"},
        **app_fields,
    }
    application = await api.application(account, **fields)
    return account, application


async def new_account(api: Api) -> str:
    return await api.account(await api.service_provider())


def calls_path(account: str, call_sid: str | None = None) -> str:
    base = f"/v1/Accounts/{account}/Calls"
    return f"{base}/{call_sid}" if call_sid else base


async def place(api: Api, account: str, token: str | None = "admin", **body: Any) -> str:
    payload = {"from": "15085550100", "to": {"type": "phone", "number": "15085550199"}, **body}
    r = await api.post(calls_path(account), token, json=payload)
    assert r.status_code == 201, r.text
    data = r.json()
    assert set(data) == {"sid", "callId"}
    return data["sid"]


async def record(api: Api, account: str, call_sid: str) -> dict[str, Any]:
    r = await api.get(calls_path(account, call_sid))
    assert r.status_code == 200, r.text
    return r.json()


async def wait_status(
    api: Api, account: str, call_sid: str, statuses: set[str], timeout: float = 15.0
) -> dict[str, Any]:
    """Poll the call's record until its status is one of `statuses`."""
    deadline = time.monotonic() + timeout
    while True:
        data = await record(api, account, call_sid)
        if data["call_status"] in statuses:
            return data
        if time.monotonic() > deadline:
            raise AssertionError(f"call stayed {data['call_status']}, wanted {statuses}")
        await asyncio.sleep(0.01)


async def wait_final(api: Api, account: str, call_sid: str, timeout: float = 15.0) -> dict:
    return await wait_status(api, account, call_sid, FINAL, timeout)


async def final_status_hook(
    voice: VoiceApp, call_sid: str, path: str = "/status", timeout: float = 10.0
) -> list[Received]:
    """The status webhooks of one call, once its final one has arrived."""
    deadline = time.monotonic() + timeout
    while True:
        got = [r for r in voice.at(path) if r.json and r.json.get("call_sid") == call_sid]
        if got and got[-1].json["call_status"] in FINAL:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"no final status webhook for {call_sid}: {statuses(got)}")
        await asyncio.sleep(0.01)


def statuses(requests: list[Received]) -> list[str]:
    return [r.json["call_status"] for r in requests]


def of_call(voice: VoiceApp, path: str, call_sid: str) -> list[Received]:
    return [r for r in voice.at(path) if r.json and r.json.get("call_sid") == call_sid]


async def run_call(
    api: Api, voice: VoiceApp, account: str, **body: Any
) -> tuple[str, dict[str, Any], list[Received]]:
    """Place a call, wait for its end: (sid, final record, status webhooks)."""
    sid = await place(api, account, **body)
    data = await wait_final(api, account, sid)
    return sid, data, await final_status_hook(voice, sid)


async def webhook_secret(api: Api, account: str) -> str:
    r = await api.get(f"/v1/Accounts/{account}/WebhookSecret")
    assert r.status_code == 200
    return r.json()["webhook_secret"]


class Events:
    """What the engine reports (verbs run, alerts, controls), collected for assertions."""

    def __init__(self, api: Api) -> None:
        self.engine = api.core.engine
        self.queue = self.engine.subscribe()
        self.seen: list[Any] = []

    def of(self, call_sid: str, kind: str) -> list[dict[str, Any]]:
        while not self.queue.empty():
            self.seen.append(self.queue.get_nowait())
        return [e.data for e in self.seen if e.call_sid == call_sid and e.kind == kind]

    def verbs(self, call_sid: str) -> list[str]:
        return [e["verb"] for e in self.of(call_sid, "verb")]

    def alerts(self, call_sid: str) -> list[str]:
        return [e["message"] for e in self.of(call_sid, "alert")]


@pytest.fixture
def events(api: Api) -> Iterator[Events]:
    collected = Events(api)
    yield collected
    api.core.engine.unsubscribe(collected.queue)


def near(simulated: float, expected: float, slack: float = 5.0) -> bool:
    """Simulated seconds match: real latencies (webhooks, database writes) are stretched
    by the speed-up, so a span may come out a little longer than its verbs, never shorter."""
    return expected - 0.5 <= simulated <= expected + slack


def refused_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- outbound lifecycle: each far-end behaviour ----------------------------------------------

SAY_HANGUP = [{"verb": "say", "text": "hello there"}, {"verb": "hangup"}]


async def test_default_far_end_answers_and_the_app_runs(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", SAY_HANGUP)
    sid, data, hooks = await run_call(api, voice, account, application_sid=application)
    assert statuses(hooks) == ["trying", "ringing", "in-progress", "completed"]
    assert [h.json["sip_status"] for h in hooks] == [100, 180, 200, 200]
    assert data["call_status"] == "completed"
    assert data["sip_status"] == 200
    assert data["call_termination_by"] == "jambonz"
    assert data["application_sid"] == application
    assert data["answered_at"] and data["ended_at"]
    assert [h["call_status"] for h in data["status_history"]] == [
        "trying",
        "ringing",
        "in-progress",
        "completed",
    ]
    assert len(of_call(voice, "/call", sid)) == 1


@pytest.mark.parametrize(
    ("to", "expected", "sip_status"),
    [
        ({"type": "phone", "number": "15005550486"}, "busy", 486),
        ({"type": "phone", "number": "+15005550603"}, "busy", 603),
        ({"type": "phone", "number": "15005550404"}, "failed", 404),
        ({"type": "phone", "number": "15005550503"}, "failed", 503),
        ({"type": "phone", "number": "15005550480"}, "no-answer", 480),
        (
            {"type": "phone", "number": "15085550199", "headers": {"X-Sim-Result": "fail"}},
            "failed",
            503,
        ),
        (
            {"type": "phone", "number": "15085550199", "headers": {"X-Sim-Result": "busy"}},
            "busy",
            486,
        ),
        (
            {
                "type": "phone",
                "number": "15085550199",
                "headers": {"X-Sim-Result": "reject", "X-Sim-Code": "488"},
            },
            "failed",
            488,
        ),
        ({"type": "sip", "sipUri": "sip:bob@example.com;sim-result=busy"}, "busy", 486),
        ({"type": "sip", "sipUri": "sip:bob@example.com;sim-code=500"}, "failed", 500),
        ({"type": "user", "name": "15005550486@example.com"}, "busy", 486),
        ({"type": "teams", "number": "15005550404"}, "failed", 404),
    ],
)
async def test_unanswered_far_ends(
    api: Api, voice: VoiceApp, to: dict[str, Any], expected: str, sip_status: int
) -> None:
    account, application = await account_with_app(api, voice)
    sid, data, hooks = await run_call(
        api, voice, account, application_sid=application, to=to, timeout=5
    )
    assert statuses(hooks) == ["trying", "ringing", expected]
    assert hooks[-1].json["sip_status"] == sip_status
    assert data["call_status"] == expected
    assert data["sip_status"] == sip_status
    assert data["duration"] is None and data["answered_at"] is None
    assert "duration" not in hooks[-1].json
    assert of_call(voice, "/call", sid) == []  # the application is never requested


async def test_no_answer_after_the_ring_timeout(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    to = {"type": "phone", "number": "15085550199", "headers": {"X-Sim-Result": "no-answer"}}
    started = time.monotonic()
    _sid, data, hooks = await run_call(
        api, voice, account, application_sid=application, to=to, timeout=10
    )
    elapsed = (time.monotonic() - started) * SPEED
    assert statuses(hooks) == ["trying", "ringing", "no-answer"]
    assert data["sip_status"] == 487
    assert elapsed >= 9.5  # simulated seconds of ringing
    history = data["status_history"]
    # Records are stamped with real time: the ring took 10 simulated seconds, 10/SPEED real.
    rang = (_seconds(history[-1]["time"]) - _seconds(history[-2]["time"])) * SPEED
    assert near(rang, 10)
    assert abs(_seconds(history[-1]["time"]) - time.time()) < 5  # never ahead of the clock


async def test_a_long_ring_beyond_the_timeout_is_no_answer(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    to = {"type": "phone", "number": "15085550199", "headers": {"X-Sim-Ring": "20"}}
    _, data, hooks = await run_call(
        api, voice, account, application_sid=application, to=to, timeout=5
    )
    assert statuses(hooks) == ["trying", "ringing", "no-answer"]
    assert data["sip_status"] == 487


async def test_early_media(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", SAY_HANGUP)
    to = {"type": "sip", "sipUri": "sip:carol@example.com;sim-early-media=true"}
    _, data, hooks = await run_call(api, voice, account, application_sid=application, to=to)
    assert statuses(hooks) == ["trying", "early-media", "in-progress", "completed"]
    assert hooks[1].json["sip_status"] == 183
    assert data["call_status"] == "completed"


async def test_far_end_hangs_up_after_n_seconds(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", [{"verb": "pause", "length": 60}])
    to = {"type": "phone", "number": "15005551004"}
    _, data, hooks = await run_call(api, voice, account, application_sid=application, to=to)
    assert statuses(hooks) == ["trying", "ringing", "in-progress", "completed"]
    assert data["call_termination_by"] == "caller"
    assert hooks[-1].json["call_termination_by"] == "caller"
    assert data["duration"] == 4
    assert hooks[-1].json["duration"] == 4


async def test_time_limit_ends_the_call(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", [{"verb": "pause", "length": 60}])
    _, data, _ = await run_call(api, voice, account, application_sid=application, timeLimit=3)
    assert data["call_status"] == "completed"
    assert data["duration"] == 3
    assert data["call_termination_by"] == "jambonz"


def _seconds(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


# -- payloads, signatures, auth ----------------------------------------------------------------

COMMON = {
    "call_sid",
    "direction",
    "from",
    "to",
    "call_id",
    "sip_status",
    "sip_reason",
    "call_status",
    "account_sid",
    "trace_id",
    "fs_sip_address",
}


async def test_outbound_session_new_payload(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    voice.reply("/call", SAY_HANGUP)
    r = await api.post(
        calls_path(account),
        json={
            "from": "15085550100",
            "to": {"type": "phone", "number": "+15085550199"},
            "call_hook": {"url": f"{voice.url}/call", "method": "POST"},
            "call_status_hook": f"{voice.url}/status",
            "tag": {"crm_id": "42"},
            "speech_synthesis_voice": "en-US-Wavenet-D",
            "speech_recognizer_language": "en-GB",
        },
    )
    assert r.status_code == 201
    sid, call_id = r.json()["sid"], r.json()["callId"]
    await wait_final(api, account, sid)
    (request,) = await voice.wait_for("/call")
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    body = request.json
    assert set(body) >= COMMON
    assert body["call_sid"] == sid
    assert body["call_id"] == call_id
    assert body["direction"] == "outbound"
    assert body["from"] == "15085550100"
    assert body["to"] == "+15085550199"
    assert body["account_sid"] == account
    assert (body["call_status"], body["sip_status"], body["sip_reason"]) == (
        "in-progress",
        200,
        "OK",
    )
    assert body["customerData"] == {"crm_id": "42"}
    assert body["defaults"] == {
        "synthesizer": {"vendor": "google", "language": "en-US", "voice": "en-US-Wavenet-D"},
        "recognizer": {"vendor": "google", "language": "en-GB"},
    }
    assert "sip" not in body and "duration" not in body and "parent_call_sid" not in body
    assert "application_sid" not in body  # no application: nothing to name


async def test_session_new_from_an_application(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(
        api,
        voice,
        speech_synthesis_vendor="microsoft",
        speech_synthesis_language="de-DE",
        speech_synthesis_voice="de-DE-KatjaNeural",
        speech_recognizer_vendor="microsoft",
        speech_recognizer_language="de-DE",
        env_vars={"GREETING": "Hallo", "RETRIES": 3},
    )
    voice.reply("/call", SAY_HANGUP)
    sid, _, _ = await run_call(api, voice, account, application_sid=application)
    (request,) = of_call(voice, "/call", sid)
    body = request.json
    assert body["application_sid"] == application
    assert body["defaults"]["synthesizer"] == {
        "vendor": "microsoft",
        "language": "de-DE",
        "voice": "de-DE-KatjaNeural",
    }
    assert body["defaults"]["recognizer"] == {"vendor": "microsoft", "language": "de-DE"}
    assert body["env_vars"] == {"GREETING": "Hallo", "RETRIES": 3}


async def test_call_status_payloads(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", [{"verb": "pause", "length": 2}])
    sid, data, hooks = await run_call(
        api, voice, account, application_sid=application, tag={"k": "v"}
    )
    for hook in hooks:
        body = hook.json
        assert set(body) >= COMMON, body
        assert body["call_sid"] == sid
        assert body["application_sid"] == application
        assert body["customerData"] == {"k": "v"}
        assert body["trace_id"] == data["trace_id"]
    for hook in hooks[:-1]:
        assert "duration" not in hook.json and "call_termination_by" not in hook.json
    last = hooks[-1].json
    assert last["call_status"] == "completed"
    assert last["duration"] == data["duration"]
    assert near(data["duration"], 2)
    assert last["call_termination_by"] == "jambonz"


def check_signature(secret: str, request: Received) -> None:
    """An independent check of `Jambonz-Signature` (as the jambonz SDKs verify it)."""
    header = request.headers["jambonz-signature"]
    parts = dict(part.split("=", 1) for part in header.split(","))
    assert set(parts) == {"t", "v1"}
    assert abs(int(parts["t"]) - time.time()) < 300
    expected = hmac.new(
        secret.encode(), parts["t"].encode() + b"." + request.raw, hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(parts["v1"], expected)


async def test_every_webhook_is_signed_with_the_account_secret(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    secret = await webhook_secret(api, account)
    assert secret.startswith("wh_secret_")
    voice.reply(
        "/call",
        [{"verb": "gather", "input": ["digits"], "actionHook": "/gathered", "timeout": 1}],
    )
    voice.reply("/gathered", [{"verb": "hangup"}])
    sid, _, hooks = await run_call(api, voice, account, application_sid=application)
    requests = of_call(voice, "/call", sid) + of_call(voice, "/gathered", sid) + hooks
    assert len(requests) == 6
    for request in requests:
        check_signature(secret, request)
    # a tampered body does not verify
    forged = Received(**{**requests[0].__dict__, "raw": requests[0].raw.replace(b"in-", b"xx-")})
    with pytest.raises(AssertionError):
        check_signature(secret, forged)
    # a regenerated secret signs the next calls
    r = await api.get(f"/v1/Accounts/{account}/WebhookSecret", params={"regenerate": "true"})
    new_secret = r.json()["webhook_secret"]
    assert new_secret != secret
    sid, _, hooks = await run_call(api, voice, account, application_sid=application)
    check_signature(new_secret, of_call(voice, "/call", sid)[0])
    check_signature(new_secret, hooks[-1])
    with pytest.raises(AssertionError):
        check_signature(secret, hooks[-1])


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


async def test_basic_auth_and_relative_action_hooks(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(
        api,
        voice,
        call_hook={
            "url": f"{voice.url}/app/call?x=1",
            "method": "POST",
            "username": "alice",
            "password": "s3cret",
        },
    )
    with VoiceApp() as other:
        voice.reply(
            "/app/call",
            [
                {
                    "verb": "play",
                    "url": "https://x/a.mp3",
                    "timeoutSecs": 1,
                    "actionHook": "/played?step=1",
                },
                {
                    "verb": "play",
                    "url": "https://x/b.mp3",
                    "timeoutSecs": 1,
                    "actionHook": f"{other.url}/elsewhere",
                },
            ],
        )
        sid, _, hooks = await run_call(api, voice, account, application_sid=application)
        (call_hook,) = of_call(voice, "/app/call", sid)
        assert call_hook.headers["authorization"] == basic("alice", "s3cret")
        assert call_hook.query == {"x": "1"}
        # relative to the call_hook's origin, with its credentials
        (played,) = of_call(voice, "/played", sid)
        assert played.query == {"step": "1"}
        assert played.headers["authorization"] == basic("alice", "s3cret")
        # an absolute hook elsewhere carries no credentials of the call_hook
        (elsewhere,) = of_call(other, "/elsewhere", sid)
        assert "authorization" not in elsewhere.headers
        # status hooks without credentials of their own carry none
        assert all("authorization" not in h.headers for h in hooks)


async def test_get_hooks(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(
        api, voice, call_hook={"url": f"{voice.url}/call", "method": "GET"}
    )
    voice.reply("/call", SAY_HANGUP)
    sid = await place(api, account, application_sid=application)
    await wait_final(api, account, sid)
    (request,) = await voice.wait_for("/call")
    assert request.method == "GET"
    assert request.raw == b""
    assert request.query["call_sid"] == sid
    assert request.query["call_status"] == "in-progress"
    assert "jambonz-signature" in request.headers
    record_ = await record(api, account, sid)
    assert record_["duration"] >= 1  # the say ran: the GET's verbs were used


# -- verbs -------------------------------------------------------------------------------------


async def call_running(
    api: Api, voice: VoiceApp, verbs: list[dict[str, Any]], **body: Any
) -> tuple[str, str]:
    """An account whose application answers `verbs`; the call placed (account, sid)."""
    account, application = await account_with_app(api, voice)
    voice.reply("/call", verbs)
    return account, await place(api, account, application_sid=application, **body)


async def test_say_takes_speaking_time(api: Api, voice: VoiceApp, events: Events) -> None:
    text = " ".join(["word"] * 25)  # 10 s at 2.5 words a second
    account, sid = await call_running(api, voice, [{"verb": "say", "text": text}])
    data = await wait_final(api, account, sid)
    assert events.verbs(sid) == ["say"]
    assert near(data["duration"], 10)
    assert data["call_termination_by"] == "jambonz"  # the verbs ran out


async def test_play_reports_playback(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "verb": "play",
                "url": ["https://x/a.wav", "https://x/b.wav"],
                "timeoutSecs": 3,
                "actionHook": "/played",
                "id": "intro",
            },
            {"verb": "say", "text": "never said"},
        ],
    )
    voice.reply("/played", [{"verb": "pause", "length": 1}])
    data = await wait_final(api, account, sid)
    (played,) = of_call(voice, "/played", sid)
    body = played.json
    assert body["reason"] == "playCompleted"
    assert body["playback_seconds"] == 6
    assert body["playback_milliseconds"] == 6000
    assert body["verb_id"] == "intro"
    assert body["call_status"] == "in-progress"
    # the actionHook's answer replaced the remaining verbs
    assert events.verbs(sid) == ["play", "pause"]
    assert near(data["duration"], 7)


async def test_play_default_length(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api, voice, [{"verb": "play", "url": "https://x/a.wav", "actionHook": "/played"}]
    )
    await wait_final(api, account, sid)
    (played,) = await voice.wait_for("/played")
    assert played.json["playback_seconds"] == 5


async def test_pause_and_hangup(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api,
        voice,
        [{"verb": "pause", "length": 3}, {"verb": "hangup"}, {"verb": "pause", "length": 60}],
    )
    data = await wait_final(api, account, sid)
    assert events.verbs(sid) == ["pause", "hangup"]
    assert data["call_status"] == "completed"
    assert near(data["duration"], 3)


async def test_redirect_verb(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api, voice, [{"verb": "redirect", "actionHook": "/next"}, {"verb": "pause", "length": 60}]
    )
    voice.reply("/next", [{"verb": "say", "text": "moved"}, {"verb": "hangup"}])
    data = await wait_final(api, account, sid)
    (moved,) = of_call(voice, "/next", sid)
    assert moved.json["call_status"] == "in-progress"
    assert set(moved.json) >= COMMON
    assert events.verbs(sid) == ["redirect", "say", "hangup"]
    assert near(data["duration"], 0.5)


async def test_tag_sets_customer_data(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {"verb": "tag", "data": {"order": 17, "vip": True}},
            {"verb": "play", "url": "https://x/a.wav", "timeoutSecs": 1, "actionHook": "/after"},
        ],
        tag={"first": 1},
    )
    data = await wait_final(api, account, sid)
    (after,) = of_call(voice, "/after", sid)
    assert after.json["customerData"] == {"order": 17, "vip": True}
    hooks = await final_status_hook(voice, sid)
    assert hooks[0].json["customerData"] == {"first": 1}
    assert hooks[-1].json["customerData"] == {"order": 17, "vip": True}
    assert data["customerData"] == {"order": 17, "vip": True}


async def test_config_sets_session_defaults(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {"verb": "config", "recognizer": {"vendor": "deepgram", "language": "fr-FR"}},
            {"verb": "gather", "input": ["speech"], "actionHook": "/heard"},
        ],
        to={"type": "phone", "number": "15085550199", "headers": {"X-Sim-Speech": "bonjour"}},
    )
    await wait_final(api, account, sid)
    (heard,) = of_call(voice, "/heard", sid)
    assert heard.json["speech"]["language_code"] == "fr-FR"


async def test_gather_digits_from_the_reserved_number(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "verb": "gather",
                "input": ["digits"],
                "numDigits": 2,
                "actionHook": "/digits",
                "say": {"text": "press two keys"},
            },
            {"verb": "say", "text": "skipped"},
        ],
        to={"type": "phone", "number": "15005552123"},
    )
    voice.reply("/digits", [{"verb": "hangup"}])
    await wait_final(api, account, sid)
    (digits,) = of_call(voice, "/digits", sid)
    assert digits.json["reason"] == "dtmfDetected"
    assert digits.json["digits"] == "12"
    assert set(digits.json) >= COMMON


async def test_gather_digits_until_finish_key(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [{"verb": "gather", "finishOnKey": "#", "actionHook": "/digits"}],
        to={"type": "sip", "sipUri": "sip:bob@example.com;sim-digits=45%236"},
    )
    await wait_final(api, account, sid)
    (digits,) = of_call(voice, "/digits", sid)
    assert digits.json["digits"] == "45"


async def test_gather_speech(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [{"verb": "gather", "input": ["digits", "speech"], "actionHook": "/speech"}],
        to={"type": "phone", "number": "15085550199", "headers": {"X-Sim-Speech": "sales please"}},
    )
    await wait_final(api, account, sid)
    (speech,) = of_call(voice, "/speech", sid)
    body = speech.json
    assert body["reason"] == "speechDetected"
    assert body["speech"]["is_final"] is True
    assert body["speech"]["language_code"] == "en-US"
    assert body["speech"]["alternatives"][0]["transcript"] == "sales please"
    assert "digits" not in body


async def test_gather_timeout(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api, voice, [{"verb": "gather", "timeout": 8, "actionHook": "/nothing"}]
    )
    data = await wait_final(api, account, sid)
    (nothing,) = of_call(voice, "/nothing", sid)
    assert nothing.json["reason"] == "timeout"
    assert "digits" not in nothing.json and "speech" not in nothing.json
    assert near(data["duration"], 8)


async def test_an_invalid_verb_is_skipped(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {"verb": "bogus"},
            {"verb": "say", "text": "still here"},
            {"verb": "pause"},  # missing length
            {"verb": "pause", "length": "two"},  # wrong type
            7,
            {"pause": {"length": 1}},
        ],
    )
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"
    assert events.verbs(sid) == ["say", "pause"]
    alerts = events.alerts(sid)
    assert any("verb 1" in a and "bogus" in a for a in alerts), alerts
    assert any("verb 3" in a and "length" in a for a in alerts), alerts
    assert any("verb 4" in a for a in alerts) and any("verb 5" in a for a in alerts), alerts


async def test_odd_values_never_break_the_engine(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {"verb": "play", "url": "https://x/a.wav", "timeoutSecs": "soon"},
            {"verb": "play", "url": "https://x/a.wav", "loop": "twice", "timeoutSecs": 1},
            {"verb": "pause", "length": -5},
            {"verb": "gather", "numDigits": 1.5, "timeout": 0, "actionHook": "/g"},
            {"verb": "say", "text": ["one", "two"], "loop": 2},
            {"verb": "hangup"},
        ],
    )
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"
    assert events.verbs(sid) == ["play", "play", "pause", "gather", "say", "hangup"]


async def test_app_json_runs_without_a_call_hook_request(
    api: Api, voice: VoiceApp, events: Events
) -> None:
    account, application = await account_with_app(
        api,
        voice,
        app_json=json.dumps(
            [{"verb": "say", "text": "from app json"}, {"verb": "pause", "length": 2}]
        ),
    )
    sid, data, hooks = await run_call(api, voice, account, application_sid=application)
    assert of_call(voice, "/call", sid) == []
    assert events.verbs(sid) == ["say", "pause"]
    assert statuses(hooks) == ["trying", "ringing", "in-progress", "completed"]
    assert near(data["duration"], 3)


# -- dial: a child leg run by the same simulator -----------------------------------------------


async def test_dial_bridges_a_child_leg(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "verb": "dial",
                "callerId": "15085550142",
                "actionHook": "/dialed",
                "target": [{"type": "phone", "number": "15005551003"}],
            },
            {"verb": "say", "text": "not reached"},
        ],
    )
    voice.reply("/dialed", [{"verb": "hangup"}])
    parent = await wait_final(api, account, sid)
    (dialed,) = of_call(voice, "/dialed", sid)
    body = dialed.json
    child_sid = body["dial_call_sid"]
    assert child_sid != sid
    assert body["dial_call_status"] == "completed"
    assert body["dial_sip_status"] == 200
    assert near(body["dial_call_duration"], 3)
    child = await record(api, account, child_sid)
    assert child["parent_call_sid"] == sid
    assert child["direction"] == "outbound"
    assert child["from"] == "15085550142"
    assert child["to"] == "15005551003"
    assert child["call_status"] == "completed"
    assert child["call_termination_by"] == "caller"
    assert child["duration"] == 3
    child_hooks = await final_status_hook(voice, child_sid)
    assert statuses(child_hooks) == ["trying", "ringing", "in-progress", "completed"]
    for hook in child_hooks:
        assert hook.json["parent_call_sid"] == sid
        assert hook.json["caller_id"] == "15085550142"
    assert parent["call_status"] == "completed"


@pytest.mark.parametrize(
    ("number", "status", "sip"), [("15005550486", "busy", 486), ("15005550503", "failed", 503)]
)
async def test_dial_to_a_far_end_that_does_not_answer(
    api: Api, voice: VoiceApp, number: str, status: str, sip: int
) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "verb": "dial",
                "actionHook": "/dialed",
                "target": [{"type": "phone", "number": number}],
            }
        ],
    )
    await wait_final(api, account, sid)
    (dialed,) = await voice.wait_for("/dialed")
    assert dialed.json["dial_call_status"] == status
    assert dialed.json["dial_sip_status"] == sip
    child_hooks = await final_status_hook(voice, dialed.json["dial_call_sid"])
    assert statuses(child_hooks) == ["trying", "ringing", status]


async def test_dial_no_answer_after_its_timeout(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "verb": "dial",
                "timeout": 5,
                "actionHook": "/dialed",
                "target": [{"type": "sip", "sipUri": "sip:x@example.com;sim-result=no-answer"}],
            }
        ],
    )
    await wait_final(api, account, sid)
    (dialed,) = await voice.wait_for("/dialed")
    assert dialed.json["dial_call_status"] == "no-answer"
    assert dialed.json["dial_sip_status"] == 487


async def test_dial_rings_every_target_and_the_first_answer_wins(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "verb": "dial",
                "actionHook": "/dialed",
                "target": [
                    {"type": "phone", "number": "15085550111", "headers": {"X-Sim-Ring": "6"}},
                    {"type": "phone", "number": "15005551002", "headers": {"X-Sim-Ring": "2"}},
                ],
            }
        ],
    )
    await wait_final(api, account, sid)
    (dialed,) = await voice.wait_for("/dialed")
    winner = await record(api, account, dialed.json["dial_call_sid"])
    assert winner["to"] == "15005551002"
    legs = [c for c in (await api.get(calls_path(account))).json() if c["parent_call_sid"] == sid]
    assert len(legs) == 2
    loser = next(c for c in legs if c["to"] == "15085550111")
    assert loser["call_status"] == "no-answer"


async def test_hanging_up_the_parent_ends_the_child(api: Api, voice: VoiceApp) -> None:
    account, sid = await call_running(
        api, voice, [{"verb": "dial", "target": [{"type": "phone", "number": "15085550111"}]}]
    )
    await wait_status(api, account, sid, {"in-progress"})
    child = await wait_child(api, account, sid, {"in-progress"})
    r = await api.put(calls_path(account, sid), json={"call_status": "completed"})
    assert r.status_code == 204
    assert (await wait_final(api, account, child["call_sid"]))["call_status"] == "completed"


async def test_hanging_up_the_parent_cancels_a_ringing_child(api: Api, voice: VoiceApp) -> None:
    target = {"type": "phone", "number": "15085550111", "headers": {"X-Sim-Ring": "30"}}
    account, sid = await call_running(api, voice, [{"verb": "dial", "target": [target]}])
    child = await wait_child(api, account, sid, {"ringing"})
    r = await api.put(calls_path(account, sid), json={"call_status": "completed"})
    assert r.status_code == 204
    ended = await wait_final(api, account, child["call_sid"])
    assert (ended["call_status"], ended["sip_status"]) == ("no-answer", 487)
    counts = (await api.get(f"/v1/Accounts/{account}/CallCount")).json()
    assert counts == {"inbound": 0, "outbound": 0}


async def wait_child(
    api: Api, account: str, parent: str, statuses_: set[str], timeout: float = 10
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in (await api.get(calls_path(account))).json():
            if call["parent_call_sid"] == parent and call["call_status"] in statuses_:
                return call
        await asyncio.sleep(0.01)
    raise AssertionError(f"no child of {parent} in {statuses_}")


# -- listen / stream ---------------------------------------------------------------------------


async def test_listen_state_and_listen_status(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {"verb": "listen", "url": "wss://ws.example.com/audio", "actionHook": "/listened"},
            {"verb": "hangup"},
        ],
    )
    await wait_status(api, account, sid, {"in-progress"})
    await wait_for_verb(events, sid, "listen")
    path = calls_path(account, sid)
    for value, state in (("pause", "paused"), ("silence", "silence"), ("resume", "active")):
        r = await api.put(path, json={"listen_status": value})
        assert r.status_code == 204, r.text
        assert events.of(sid, "control")[-1] == {"listen_status": state}
    # a refused companion command means the whisper is not played either
    r = await api.put(path, json={"whisper": {"verb": "say", "text": "hi"}, "mute_status": "mute"})
    assert r.status_code == 422 and "dial" in r.json()["msg"]
    assert events.of(sid, "whisper") == []
    r = await api.put(path, json={"whisper": {"verb": "say", "text": "hi"}})
    assert r.status_code == 204
    assert events.of(sid, "whisper") == [{"verbs": ["say"], "seconds": 0.5}]
    r = await api.put(path, json={"call_status": "completed"})
    assert r.status_code == 204
    await wait_final(api, account, sid)


async def test_stream_alias_with_max_length(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {
                "stream": {
                    "url": "wss://ws.example.com/audio",
                    "maxLength": 4,
                    "actionHook": "/streamed",
                }
            },
            {"verb": "pause", "length": 30},
        ],
    )
    await wait_for_verb(events, sid, "listen")
    assert (
        await api.put(calls_path(account, sid), json={"listen_status": "pause"})
    ).status_code == 204
    (streamed,) = await voice.wait_for("/streamed")
    assert streamed.json["call_sid"] == sid
    await wait_for_verb(events, sid, "pause")
    r = await api.put(calls_path(account, sid), json={"listen_status": "resume"})
    assert r.status_code == 422  # the stream is over
    assert "listen" in r.json()["msg"]
    await api.put(calls_path(account, sid), json={"call_status": "completed"})


async def wait_for_verb(events: Events, sid: str, verb: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while verb not in events.verbs(sid):
        if time.monotonic() > deadline:
            raise AssertionError(f"{verb} never ran: {events.verbs(sid)}")
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.02)  # let the verb start


# -- live call control: PUT (and its POST alias) -----------------------------------------------

LONG = [{"verb": "pause", "length": 600}]


async def answered_call(api: Api, voice: VoiceApp, verbs: list[dict] | None = None, **body: Any):
    account, sid = await call_running(api, voice, verbs or LONG, **body)
    await wait_status(api, account, sid, {"in-progress"})
    return account, sid


@pytest.mark.parametrize("method", ["PUT", "POST"])
async def test_redirect_with_call_hook(
    api: Api, voice: VoiceApp, events: Events, method: str
) -> None:
    account, sid = await answered_call(api, voice)
    await wait_for_verb(events, sid, "pause")
    voice.reply("/moved", [{"verb": "say", "text": "you were moved"}, {"verb": "hangup"}])
    r = await api.request(
        method,
        calls_path(account, sid),
        json={
            "call_hook": {"url": f"{voice.url}/moved", "method": "POST"},
            "call_status_hook": f"{voice.url}/status2",
        },
    )
    assert r.status_code == 204, r.text
    assert r.content == b""
    data = await wait_final(api, account, sid)
    (moved,) = of_call(voice, "/moved", sid)
    assert moved.json["call_status"] == "in-progress"
    assert events.verbs(sid) == ["pause", "say", "hangup"]  # the pause was preempted
    assert data["duration"] < 60
    # later statuses go to the new call_status_hook
    (final,) = await voice.wait_for("/status2")
    assert final.json["call_status"] == "completed"


async def test_hang_up_an_answered_call(api: Api, voice: VoiceApp) -> None:
    account, sid = await answered_call(api, voice)
    r = await api.put(calls_path(account, sid), json={"call_status": "completed"})
    assert r.status_code == 204
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"
    assert data["call_termination_by"] == "jambonz"
    hooks = await final_status_hook(voice, sid)
    assert statuses(hooks)[-1] == "completed"


async def test_cancel_a_ringing_call(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    to = {"type": "phone", "number": "15085550199", "headers": {"X-Sim-Ring": "30"}}
    sid = await place(api, account, application_sid=application, to=to)
    await wait_status(api, account, sid, {"ringing"})
    path = calls_path(account, sid)
    r = await api.put(path, json={"call_status": "completed"})
    assert r.status_code == 422 and "answered" in r.json()["msg"]
    for body in (
        {"mute_status": "mute"},
        {"listen_status": "pause"},
        {"call_hook": f"{voice.url}/x"},
    ):
        r = await api.put(path, json=body)
        assert r.status_code == 422, body
    r = await api.post(path, json={"call_status": "no-answer"})
    assert r.status_code == 204
    data = await wait_final(api, account, sid)
    assert (data["call_status"], data["sip_status"]) == ("no-answer", 487)
    assert statuses(await final_status_hook(voice, sid)) == ["trying", "ringing", "no-answer"]


async def test_refusals_on_an_answered_call(api: Api, voice: VoiceApp) -> None:
    account, sid = await answered_call(api, voice)
    path = calls_path(account, sid)
    cases = [
        ({"call_status": "no-answer"}, "unanswered"),
        ({"mute_status": "mute"}, "dial"),
        ({"listen_status": "pause"}, "listen"),
        ({"whisper": {"verb": "say", "text": "psst"}}, "whisper"),
        ({"call_status": "completed", "mute_status": "mute"}, "multiple"),
        ({"call_hook": f"{voice.url}/a", "call_status": "completed"}, "multiple"),
        ({"call_status_hook": f"{voice.url}/a"}, "call_status_hook"),
        ({"whisper": {"verb": "say"}}, "text"),
        ({"whisper": {"verb": "play"}}, "url"),
    ]
    for body, word in cases:
        r = await api.put(path, json=body)
        assert r.status_code == 422, (body, r.text)
        assert word in r.json()["msg"], (body, r.json())
    malformed = [
        {},
        {"call_status": "hangup"},
        {"mute_status": True},
        {"listen_status": "stop"},
        {"call_hook": "not a url"},
        {"whisper": {"verb": "dial"}},
        {"whisper": {"verb": "say", "text": "x", "loop": 2}},
        {"colour": "red"},
        [],
    ]
    for body in malformed:
        r = await api.put(path, json=body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["msg"]
    r = await api.put(path, content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    # the call is untouched by all that
    assert (await record(api, account, sid))["call_status"] == "in-progress"
    await api.put(path, json={"call_status": "completed"})


async def test_mute_and_whisper_during_a_dial(api: Api, voice: VoiceApp, events: Events) -> None:
    account, sid = await answered_call(
        api, voice, [{"verb": "dial", "target": [{"type": "phone", "number": "15085550111"}]}]
    )
    await wait_child(api, account, sid, {"in-progress"})
    path = calls_path(account, sid)
    assert (await api.put(path, json={"mute_status": "mute"})).status_code == 204
    assert events.of(sid, "control")[-1] == {"mute_status": "muted"}
    assert (await api.put(path, json={"mute_status": "unmute"})).status_code == 204
    assert events.of(sid, "control")[-1] == {"mute_status": "unmuted"}
    r = await api.put(
        path,
        json={
            "whisper": [
                {"verb": "say", "text": "one two three four five"},
                {"verb": "play", "url": "https://x/beep.wav", "timeoutSecs": 1},
            ]
        },
    )
    assert r.status_code == 204
    assert events.of(sid, "whisper")[-1] == {"verbs": ["say", "play"], "seconds": 3.0}
    r = await api.put(path, json={"whisper": {"verb": "say", "text": "bye"}, "mute_status": "mute"})
    assert r.status_code == 204
    assert events.of(sid, "control")[-1] == {"mute_status": "muted"}
    assert (await api.put(path, json={"call_status": "completed"})).status_code == 204
    await wait_final(api, account, sid)


async def test_update_unknown_or_ended_calls(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    r = await api.put(calls_path(account, MISSING), json={"call_status": "completed"})
    assert r.status_code == 404 and r.json() == {"msg": "call not found"}
    r = await api.put(calls_path(MISSING, MISSING), json={"call_status": "completed"})
    assert r.status_code == 404
    r = await api.put(calls_path(account, "not-a-sid"), json={"call_status": "completed"})
    assert r.status_code in (400, 404)
    voice.reply("/call", SAY_HANGUP)
    sid, _, _ = await run_call(api, voice, account, application_sid=application)
    r = await api.put(calls_path(account, sid), json={"call_status": "completed"})
    assert r.status_code == 422 and "gone" in r.json()["msg"]


# -- DELETE ------------------------------------------------------------------------------------


async def test_delete_a_live_call(api: Api, voice: VoiceApp) -> None:
    account, sid = await answered_call(api, voice)
    r = await api.delete(calls_path(account, sid))
    assert r.status_code == 204
    hooks = await final_status_hook(voice, sid)
    assert statuses(hooks)[-1] == "completed"
    assert hooks[-1].json["call_termination_by"] == "jambonz"
    assert (await api.get(calls_path(account, sid))).status_code == 404
    assert sid not in [c["call_sid"] for c in (await api.get(calls_path(account))).json()]
    assert api.core.engine.live_call(sid) is None
    await asyncio.sleep(0.3)  # nothing brings the record back
    assert (await api.get(calls_path(account, sid))).status_code == 404
    assert (await api.delete(calls_path(account, sid))).status_code == 404


async def test_delete_a_ringing_call_and_an_ended_one(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    to = {"type": "phone", "number": "15085550199", "headers": {"X-Sim-Ring": "30"}}
    sid = await place(api, account, application_sid=application, to=to)
    await wait_status(api, account, sid, {"ringing"})
    assert (await api.delete(calls_path(account, sid))).status_code == 204
    hooks = await final_status_hook(voice, sid)
    assert statuses(hooks) == ["trying", "ringing", "no-answer"]
    voice.reply("/call", SAY_HANGUP)
    sid, _, _ = await run_call(api, voice, account, application_sid=application)
    assert (await api.delete(calls_path(account, sid))).status_code == 204
    assert (await api.get(calls_path(account, sid))).status_code == 404
    assert (await api.delete(calls_path(account, MISSING))).status_code == 404


# -- the application's server failing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(status=404, body={"msg": "no such app"}), "HTTP 404"),
        (Reply(status=500, body=None), "HTTP 500"),
        (Reply(body={"verb": "say", "text": "not in an array"}), "not a verb array"),
        (Reply(body=b"[{not json", content_type="application/json"), "invalid JSON"),
        (Reply(body=b"<html>hello</html>", content_type="text/html"), "no usable verbs"),
        (Reply(body=[]), "no usable verbs"),
        (Reply(body=[{"verb": "bogus"}]), "no usable verbs"),
    ],
)
async def test_an_unusable_first_call_hook_ends_the_call(
    api: Api, voice: VoiceApp, events: Events, reply: Reply, error: str
) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", reply)
    sid, data, hooks = await run_call(api, voice, account, application_sid=application)
    assert statuses(hooks) == ["trying", "ringing", "in-progress", "completed"]
    assert data["call_termination_by"] == "jambonz"
    assert near(data["duration"], 0)
    assert any(error in alert for alert in events.alerts(sid)), events.alerts(sid)
    assert events.verbs(sid) == []
    assert len(of_call(voice, "/call", sid)) == 1  # no retries unless the URL asks


async def test_connection_refused(api: Api, voice: VoiceApp, events: Events) -> None:
    account = await new_account(api)
    dead = f"http://127.0.0.1:{refused_port()}"
    sid, data, hooks = await run_call(
        api, voice, account, call_hook=f"{dead}/call", call_status_hook=f"{voice.url}/status"
    )
    assert statuses(hooks) == ["trying", "ringing", "in-progress", "completed"]
    assert any(NEUTRAL_ERROR in a for a in events.alerts(sid)), events.alerts(sid)
    assert next(e["alert_type"] for e in events.of(sid, "alert")) == "webhook-connection-failure"
    # a dead status hook does not hurt the call either
    voice.reply("/call", SAY_HANGUP)
    sid, data, _ = await run_call_without_status(
        api, account, call_hook=f"{voice.url}/call", call_status_hook=f"{dead}/status"
    )
    assert data["call_status"] == "completed" and near(data["duration"], 1)


async def run_call_without_status(api: Api, account: str, **body: Any):
    sid = await place(api, account, **body)
    return sid, await wait_final(api, account, sid), None


async def test_timeout(database_url: str, voice: VoiceApp) -> None:
    async with make_api(database_url, webhook_timeout=0.3) as quick:
        events = Events(quick)
        account, application = await account_with_app(quick, voice)
        voice.reply("/call", Reply(body=SAY_HANGUP, delay=1.0))
        sid = await place(quick, account, application_sid=application)
        data = await wait_final(quick, account, sid)
        assert data["call_status"] == "completed"
        assert any(NEUTRAL_ERROR in a for a in events.alerts(sid)), events.alerts(sid)
        assert events.verbs(sid) == []
        # with rt in the retry policy it is tried again, and the second answer is used
        voice.reply("/slow", Reply(body=SAY_HANGUP, delay=1.0), Reply(body=SAY_HANGUP))
        sid = await place(quick, account, call_hook=f"{voice.url}/slow#rc=1&rp=rt")
        data = await wait_final(quick, account, sid)
        assert events.verbs(sid) == ["say", "hangup"]
        assert len(of_call(voice, "/slow", sid)) == 2


async def test_retries_from_the_url_fragment(api: Api, voice: VoiceApp, events: Events) -> None:
    account = await new_account(api)
    voice.reply("/flaky", Reply(status=500), Reply(status=503), Reply(body=SAY_HANGUP))
    sid = await place(api, account, call_hook=f"{voice.url}/flaky#rc=2&rp=5xx")
    await wait_final(api, account, sid)
    requests = of_call(voice, "/flaky", sid)
    assert len(requests) == 3
    assert all(r.path == "/flaky" for r in requests)  # the fragment is never sent
    assert events.verbs(sid) == ["say", "hangup"]
    # 4xx is not retried under rp=5xx
    voice.reply("/missing", Reply(status=404), Reply(body=SAY_HANGUP))
    sid = await place(api, account, call_hook=f"{voice.url}/missing#rc=2&rp=5xx")
    await wait_final(api, account, sid)
    assert len(of_call(voice, "/missing", sid)) == 1
    assert events.verbs(sid) == []
    # rp=4xx,5xx: retried, and rc bounds the attempts
    voice.reply("/down", Reply(status=502))
    sid = await place(api, account, call_hook=f"{voice.url}/down#rc=1&rp=4xx,5xx")
    await wait_final(api, account, sid)
    assert len(of_call(voice, "/down", sid)) == 2


async def test_a_failing_action_hook_continues_with_the_next_verbs(
    api: Api, voice: VoiceApp, events: Events
) -> None:
    account, sid = await call_running(
        api,
        voice,
        [
            {"verb": "play", "url": "https://x/a.wav", "timeoutSecs": 1, "actionHook": "/err"},
            {"verb": "play", "url": "https://x/a.wav", "timeoutSecs": 1, "actionHook": "/obj"},
            {"verb": "say", "text": "still running"},
        ],
    )
    voice.reply("/err", Reply(status=500))
    voice.reply("/obj", Reply(body={"not": "verbs"}))
    await wait_final(api, account, sid)
    assert events.verbs(sid) == ["play", "play", "say"]


async def test_a_stuck_application_does_not_hold_up_other_calls(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    with VoiceApp() as slow:
        slow.reply("/call", Reply(body=SAY_HANGUP, delay=3.0))
        stuck = await place(api, account, call_hook=f"{slow.url}/call")
        await slow.wait_for("/call")
        voice.reply("/call", SAY_HANGUP)
        started = time.monotonic()
        fine = await place(api, account, application_sid=application)
        data = await wait_final(api, account, fine)
        assert data["call_status"] == "completed"
        assert time.monotonic() - started < 2.5
        assert (await record(api, account, stuck))["call_status"] == "in-progress"
        await wait_final(api, account, stuck)


# -- inbound calls through phone numbers -------------------------------------------------------


async def routed_number(api: Api, voice: VoiceApp, **app_fields: Any) -> tuple[str, str, str, str]:
    """An account, its application on `voice`, a carrier and a number routed to the
    application: (account, application, number, carrier name)."""
    account, application = await account_with_app(api, voice, **app_fields)
    carrier_name = unique("carrier")
    carrier = await api.create("/v1/VoipCarriers", {"name": carrier_name, "account_sid": account})
    number = "1508555" + str(int(time.time() * 1000))[-4:]
    await api.create(
        "/v1/PhoneNumbers",
        {
            "number": number,
            "account_sid": account,
            "voip_carrier_sid": carrier,
            "application_sid": application,
        },
    )
    return account, application, number, carrier_name


async def arrive(api: Api, account: str, token: str | None = "admin", **body: Any) -> str:
    r = await api.post(f"/v1/Accounts/{account}/SimulatedCalls", token, json=body)
    assert r.status_code == 201, r.text
    assert set(r.json()) == {"sid", "callId"}
    return r.json()["sid"]


async def test_inbound_call_is_routed_to_the_numbers_application(api: Api, voice: VoiceApp) -> None:
    account, application, number, carrier = await routed_number(
        api, voice, env_vars={"MODE": "test"}
    )
    voice.reply("/call", [{"verb": "say", "text": "welcome"}, {"verb": "hangup"}])
    sid = await arrive(
        api,
        account,
        **{
            "from": "15085550100",
            "to": f"+{number}",
            "callerName": "Alice",
            "headers": {"X-Customer": "77"},
        },
    )
    data = await wait_final(api, account, sid)
    (request,) = of_call(voice, "/call", sid)
    body = request.json
    assert body["direction"] == "inbound"
    assert body["from"] == "15085550100"
    assert body["to"] == number
    assert (body["call_status"], body["sip_status"], body["sip_reason"]) == (
        "trying",
        100,
        "Trying",
    )
    assert body["application_sid"] == application
    assert body["account_sid"] == account
    assert body["caller_name"] == "Alice"
    assert body["originating_sip_trunk_name"] == carrier
    assert body["originating_sip_ip"]
    assert body["local_sip_address"]
    assert body["has_recording"] is False
    assert body["service_provider_sid"]
    assert body["env_vars"] == {"MODE": "test"}
    assert set(body["defaults"]) == {"synthesizer", "recognizer"}
    sip = body["sip"]
    assert sip["method"] == "INVITE"
    assert number in sip["uri"]
    assert sip["headers"]["x-customer"] == "77"
    assert sip["headers"]["call-id"] == body["call_id"]
    assert "15085550100" in sip["headers"]["from"]
    hooks = await final_status_hook(voice, sid)
    assert statuses(hooks) == ["trying", "in-progress", "completed"]
    assert all(h.json["direction"] == "inbound" for h in hooks)
    assert data["direction"] == "inbound"
    assert data["originating_sip_trunk_name"] == carrier
    counts = (await api.get(f"/v1/Accounts/{account}/CallCount")).json()
    assert counts == {"inbound": 0, "outbound": 0}


async def test_inbound_get_hook_has_no_sip_object(api: Api, voice: VoiceApp) -> None:
    account, _, number, _ = await routed_number(
        api, voice, call_hook={"url": f"{voice.url}/call", "method": "GET"}
    )
    voice.reply("/call", SAY_HANGUP)
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    await wait_final(api, account, sid)
    (request,) = of_call_get(voice, "/call", sid)
    assert request.method == "GET"
    assert request.query["direction"] == "inbound"
    assert "sip" not in request.query


def of_call_get(voice: VoiceApp, path: str, call_sid: str) -> list[Received]:
    return [r for r in voice.at(path) if r.query.get("call_sid") == call_sid]


async def test_sip_decline_rejects_an_inbound_call(api: Api, voice: VoiceApp) -> None:
    account, _, number, _ = await routed_number(api, voice)
    voice.reply(
        "/call",
        [
            {"verb": "sip:decline", "status": 486, "reason": "Gone Fishing"},
            {"verb": "say", "text": "never"},
        ],
    )
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    data = await wait_final(api, account, sid)
    assert (data["call_status"], data["sip_status"], data["sip_reason"]) == (
        "busy",
        486,
        "Gone Fishing",
    )
    assert data["answered_at"] is None and data["duration"] is None
    hooks = await final_status_hook(voice, sid)
    assert statuses(hooks) == ["trying", "busy"]
    voice.reply("/call", [{"verb": "sip:decline", "status": 503}])
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    data = await wait_final(api, account, sid)
    assert (data["call_status"], data["sip_status"]) == ("failed", 503)


async def test_sip_decline_on_an_answered_call_is_skipped(
    api: Api, voice: VoiceApp, events: Events
) -> None:
    account, sid = await call_running(
        api, voice, [{"verb": "sip:decline", "status": 486}, {"verb": "say", "text": "hi"}]
    )
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"
    assert events.verbs(sid) == ["sip:decline", "say"]
    assert any("sip:decline" in a for a in events.alerts(sid))


async def test_inbound_caller_behaviour(api: Api, voice: VoiceApp) -> None:
    account, _, number, _ = await routed_number(api, voice)
    voice.reply("/call", [{"verb": "gather", "actionHook": "/keys"}, *LONG])
    sid = await arrive(
        api, account, **{"from": "15005551004", "to": number, "headers": {"X-Sim-Digits": "9"}}
    )
    data = await wait_final(api, account, sid)
    assert data["call_termination_by"] == "caller"
    assert data["duration"] == 4
    (keys,) = of_call(voice, "/keys", sid)
    assert keys.json["digits"] == "9"


async def test_inbound_unusable_call_hook_rejects_with_480(api: Api, voice: VoiceApp) -> None:
    account, _, number, _ = await routed_number(api, voice)
    voice.reply("/call", Reply(status=500))
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    data = await wait_final(api, account, sid)
    assert (data["call_status"], data["sip_status"]) == ("failed", 480)
    assert statuses(await final_status_hook(voice, sid)) == ["trying", "failed"]


async def test_control_of_an_unanswered_inbound_call(api: Api, voice: VoiceApp) -> None:
    account, _, number, _ = await routed_number(api, voice)
    voice.reply("/call", Reply(body=LONG, delay=0.5))
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    await voice.wait_for("/call")
    path = calls_path(account, sid)
    r = await api.put(path, json={"call_status": "completed"})
    assert r.status_code == 422
    r = await api.put(path, json={"call_status": "no-answer"})
    assert r.status_code == 204
    data = await wait_final(api, account, sid)
    assert (data["call_status"], data["sip_status"]) == ("no-answer", 503)
    # a redirect is allowed before the answer, and the new application answers
    voice.reply("/call", Reply(body=LONG, delay=0.5))
    voice.reply("/other", [{"verb": "say", "text": "redirected"}, {"verb": "hangup"}])
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    await voice.wait_for("/call", 2)
    r = await api.put(calls_path(account, sid), json={"call_hook": f"{voice.url}/other"})
    assert r.status_code == 204
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"
    assert of_call(voice, "/other", sid)


async def test_inbound_app_json(api: Api, voice: VoiceApp, events: Events) -> None:
    account, _, number, _ = await routed_number(
        api, voice, app_json=json.dumps([{"verb": "pause", "length": 1}])
    )
    sid = await arrive(api, account, **{"from": "15085550100", "to": number})
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"
    assert of_call(voice, "/call", sid) == []
    assert events.verbs(sid) == ["pause"]


async def test_inbound_refusals(api: Api, voice: VoiceApp, tenants: list[Tenant]) -> None:
    account, _, number, _ = await routed_number(api, voice)
    path = f"/v1/Accounts/{account}/SimulatedCalls"
    r = await api.post(path, json={"from": "1", "to": "19995550000"})
    assert r.status_code == 404 and "19995550000" in r.json()["msg"]
    # another account's number is not this account's
    other = await new_account(api)
    r = await api.post(f"/v1/Accounts/{other}/SimulatedCalls", json={"from": "1", "to": number})
    assert r.status_code == 404
    # a number with no application
    bare = "1508556" + str(int(time.time() * 1000))[-4:]
    await api.create("/v1/PhoneNumbers", {"number": bare, "account_sid": account})
    r = await api.post(path, json={"from": "1", "to": bare})
    assert r.status_code == 404 and "application" in r.json()["msg"]
    for body in (
        {"from": "1"},
        {"to": number},
        {"from": "1", "to": "abc"},
        {"from": "1", "to": number, "extra": 1},
    ):
        assert (await api.post(path, json=body)).status_code == 400, body
    r = await api.post(f"/v1/Accounts/{MISSING}/SimulatedCalls", json={"from": "1", "to": number})
    assert r.status_code == 404
    t = tenants[0]
    r = await api.post(
        f"/v1/Accounts/{t.accounts[0]}/SimulatedCalls",
        t.sp_token,
        json={"from": "1", "to": number},
    )
    # jambonz's answer to a service provider key: 400 in its words
    assert r.status_code == 400
    assert r.json()["msg"].startswith("unauthorized createCall request for account")
    r = await api.post(
        f"/v1/Accounts/{t.accounts[1]}/SimulatedCalls",
        t.account_tokens[0],
        json={"from": "1", "to": number},
    )
    assert r.status_code == 404


# -- the voice_call_session limit --------------------------------------------------------------


async def test_voice_call_session_limit(api: Api, voice: VoiceApp) -> None:
    account, application, number, _ = await routed_number(api, voice)
    await api.create(
        f"/v1/Accounts/{account}/Limits", {"category": "voice_call_session", "quantity": 1}
    )
    voice.reply("/call", LONG)
    first = await place(api, account, application_sid=application)
    body = {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "application_sid": application,
    }
    r = await api.post(calls_path(account), json=body)
    assert r.status_code == 422
    assert "voice_call_session" in r.json()["msg"]
    r = await api.post(f"/v1/Accounts/{account}/SimulatedCalls", json={"from": "1", "to": number})
    assert r.status_code == 422
    # the refused calls left no trace
    assert [c["call_sid"] for c in (await api.get(calls_path(account))).json()] == [first]
    # once the first call is over, the next one is accepted
    assert (await api.delete(calls_path(account, first))).status_code == 204
    second = await place(api, account, application_sid=application)
    assert (await api.delete(calls_path(account, second))).status_code == 204
    # concurrent requests cannot both take the last sessions
    await api.create(
        f"/v1/Accounts/{account}/Limits", {"category": "voice_call_session", "quantity": 3}
    )
    answers = await asyncio.gather(*(api.post(calls_path(account), json=body) for _ in range(8)))
    assert sorted(r.status_code for r in answers) == [201] * 3 + [422] * 5
    for r in answers:
        if r.status_code == 201:
            await api.delete(calls_path(account, r.json()["sid"]))


async def test_dial_legs_do_not_count_against_the_limit(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    await api.create(
        f"/v1/Accounts/{account}/Limits", {"category": "voice_call_session", "quantity": 1}
    )
    voice.reply(
        "/call",
        [
            {
                "verb": "dial",
                "actionHook": "/dialed",
                "target": [{"type": "phone", "number": "15005551002"}],
            }
        ],
    )
    sid = await place(api, account, application_sid=application)
    await voice.wait_for("/dialed")
    data = await wait_final(api, account, sid)
    assert data["call_status"] == "completed"


# -- records, restarts, counts, lists ----------------------------------------------------------


async def test_call_record_after_completion(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", [{"verb": "pause", "length": 3}])
    sid, data, _ = await run_call(
        api, voice, account, application_sid=application, tag={"crm": "x"}
    )
    assert set(data) >= {
        "call_sid",
        "parent_call_sid",
        "direction",
        "from",
        "to",
        "call_id",
        "sip_status",
        "sip_reason",
        "call_status",
        "account_sid",
        "application_sid",
        "duration",
        "call_termination_by",
        "customerData",
        "status_history",
        "created_at",
        "answered_at",
        "ended_at",
        "trace_id",
        "service_provider_sid",
    }
    assert data["call_sid"] == sid and data["parent_call_sid"] is None
    assert (data["call_status"], data["sip_status"], data["sip_reason"]) == ("completed", 200, "OK")
    assert near(data["duration"], 3)
    assert data["customerData"] == {"crm": "x"}
    history = data["status_history"]
    assert [h["call_status"] for h in history] == ["trying", "ringing", "in-progress", "completed"]
    assert [h["sip_status"] for h in history] == [100, 180, 200, 200]
    times = [_seconds(h["time"]) for h in history]
    assert times == sorted(times)
    assert all(h["time"].endswith("Z") for h in history)
    assert data["created_at"] <= data["answered_at"] <= data["ended_at"]
    # the trailing slash works on the record too
    r = await api.get(calls_path(account, sid) + "/")
    assert r.status_code == 200 and r.json()["call_sid"] == sid
    assert (await api.get(calls_path(account, sid.upper()))).status_code == 200


async def test_records_survive_a_restart(api: Api, voice: VoiceApp, database_url: str) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", SAY_HANGUP)
    done, before, _ = await run_call(api, voice, account, application_sid=application)
    # a second Core on the same database, with a call live when it closes
    async with make_api(database_url) as second:
        r = await second.get(calls_path(account, done))
        assert r.status_code == 200 and r.json() == before
        voice.reply("/call", LONG)
        live = await place(second, account, application_sid=application)
        await wait_status(second, account, live, {"in-progress"})
        ringing = await place(
            second,
            account,
            application_sid=application,
            to={"type": "phone", "number": "15085550199", "headers": {"X-Sim-Ring": "60"}},
        )
        await wait_status(second, account, ringing, {"ringing"})
    ended = await record(api, account, live)
    assert ended["call_status"] == "completed"
    assert ended["call_termination_by"] == "jambonz"
    assert ended["ended_at"] is not None and ended["duration"] is not None
    cancelled = await record(api, account, ringing)
    assert (cancelled["call_status"], cancelled["sip_status"]) == ("no-answer", 487)
    # the closed Core still told the application
    hooks = await final_status_hook(voice, live)
    assert statuses(hooks)[-1] == "completed"


async def test_a_crash_leaves_no_live_record(api: Api, database_url: str) -> None:
    account = await new_account(api)
    sid = "0b6f3c52-8a7e-4f0b-9a50-0f5e8a1d2c99"
    async with api.core.db.write() as conn:
        await conn.execute(
            insert(calls).values(
                call_sid=sid,
                account_sid=account,
                direction="outbound",
                **{"from": "1"},
                to="2",
                call_id="x@127.0.0.1",
                call_status="in-progress",
                sip_status=200,
                status_history="[]",
                created_at=datetime.utcnow(),
            )
        )
    assert (await record(api, account, sid))["call_status"] == "in-progress"
    async with make_api(database_url) as restarted:
        await restarted.core.start()
        data = await record(restarted, account, sid)
    assert (data["call_status"], data["sip_status"]) == ("failed", 500)
    assert data["call_termination_by"] == "jambonz"


async def test_call_count_and_list_filters(api: Api, voice: VoiceApp) -> None:
    account, application, number, _ = await routed_number(api, voice)
    r = await api.get(f"/v1/Accounts/{account}/CallCount")
    assert r.status_code == 200 and r.json() == {"inbound": 0, "outbound": 0}
    assert (await api.get(calls_path(account))).json() == []
    voice.reply("/call", LONG)
    out1 = await place(api, account, application_sid=application)
    out2 = await place(
        api,
        account,
        application_sid=application,
        **{"from": "15085550777"},
        to={"type": "phone", "number": "15085550888"},
    )
    inbound = await arrive(api, account, **{"from": "15085550555", "to": number})
    busy = await place(
        api, account, application_sid=application, to={"type": "phone", "number": "15005550486"}
    )
    await wait_final(api, account, busy)
    for sid in (out1, out2, inbound):
        await wait_status(api, account, sid, {"in-progress"})
    r = await api.get(f"/v1/Accounts/{account}/CallCount")
    assert r.json() == {"inbound": 1, "outbound": 2}
    r = await api.get(f"/v1/Accounts/{account}/CallCount/")
    assert r.json() == {"inbound": 1, "outbound": 2}

    async def sids(**params: str) -> set[str]:
        r = await api.get(calls_path(account), params=params)
        assert r.status_code == 200, r.text
        return {c["call_sid"] for c in r.json()}

    assert await sids() == {out1, out2, inbound, busy}
    r = await api.get(calls_path(account) + "/")
    assert {c["call_sid"] for c in r.json()} == {out1, out2, inbound, busy}
    assert await sids(direction="inbound") == {inbound}
    assert await sids(direction="outbound") == {out1, out2, busy}
    assert await sids(**{"from": "15085550777"}) == {out2}
    assert await sids(to="15085550888") == {out2}
    assert await sids(to=number) == {inbound}
    assert await sids(callStatus="busy") == {busy}
    assert await sids(callStatus="in-progress") == {out1, out2, inbound}
    assert await sids(callStatus="in-progress", direction="inbound") == {inbound}
    assert await sids(callStatus="queued") == set()
    assert (await api.get(calls_path(account), params={"callStatus": "x"})).status_code == 400
    assert (await api.get(calls_path(account), params={"direction": "x"})).status_code == 400
    listed = (await api.get(calls_path(account))).json()
    created = [c["created_at"] for c in listed]
    assert created == sorted(created, reverse=True)
    for sid in (out1, out2, inbound):
        assert (
            await api.put(calls_path(account, sid), json={"call_status": "completed"})
        ).status_code == 204
    for sid in (out1, out2, inbound):
        await wait_final(api, account, sid)
    assert (await api.get(f"/v1/Accounts/{account}/CallCount")).json() == {
        "inbound": 0,
        "outbound": 0,
    }
    assert (await api.get(f"/v1/Accounts/{MISSING}/CallCount")).status_code == 404
    assert (await api.get(calls_path(MISSING))).status_code == 404


# -- creating calls: validation and scope ------------------------------------------------------


async def test_create_validation(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    path = calls_path(account)
    base = {"from": "15085550100", "to": {"type": "phone", "number": "15085550199"}}
    hook = f"{voice.url}/call"
    bad = [
        {"to": base["to"], "call_hook": hook},
        {"from": "1", "call_hook": hook},
        {**base, "to": {"type": "phone"}, "call_hook": hook},
        {**base, "to": {"type": "fax", "number": "1"}, "call_hook": hook},
        {**base, "to": {"type": "sip", "sipUri": "bob@example.com"}, "call_hook": hook},
        {**base, "call_hook": "ftp://x/y"},
        {**base, "call_hook": hook, "timeout": 0},
        {**base, "call_hook": hook, "colour": "red"},
        {**base, "application_sid": "nope"},
        {**base, "call_hook": hook, "headers": {"X-A": 1}},
    ]
    for body in bad:
        r = await api.post(path, json=body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["msg"]
    # neither or both of application_sid and call_hook: 400, as jambonz answers
    r = await api.post(path, json=base)
    assert r.status_code == 400 and "application_sid" in r.json()["msg"]
    r = await api.post(path, json={**base, "call_hook": hook, "application_sid": application})
    assert r.status_code == 400 and "exactly one" in r.json()["msg"]
    r = await api.post(path, json={**base, "application_sid": MISSING})
    assert r.status_code == 404 and "application" in r.json()["msg"]
    _other_account, other_app = await account_with_app(api, voice)
    r = await api.post(path, json={**base, "application_sid": other_app})
    assert r.status_code == 404
    r = await api.post(
        path, json={**base, "to": {"type": "user", "name": "bob"}, "call_hook": hook}
    )
    assert r.status_code == 422 and "sip_realm" in r.json()["msg"]
    r = await api.post(calls_path(MISSING), json={**base, "call_hook": hook})
    assert r.status_code == 404
    r = await api.post(path, content=b"nope", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    assert (await api.get(calls_path(account))).json() == []


async def test_create_accepts_the_documented_extras(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    voice.reply("/call", SAY_HANGUP)
    sid = await place(
        api,
        account,
        call_hook=f"{voice.url}/call",
        call_status_hook=f"{voice.url}/status",
        amd={"actionHook": "/amd"},
        callerName="Acme",
        fromHost="acme.example.com",
        headers={"X-Sim-Early-Media": "true", "X-Trace": "1"},
        dual_streams=False,
        speech_synthesis_vendor="aws",
        speech_synthesis_language="en-US",
        speech_synthesis_voice="Joanna",
        speech_recognizer_vendor="aws",
        speech_recognizer_language="en-US",
    )
    await wait_final(api, account, sid)
    hooks = await final_status_hook(voice, sid)
    # top-level headers reach the far end too
    assert statuses(hooks) == ["trying", "early-media", "in-progress", "completed"]
    (request,) = of_call(voice, "/call", sid)
    assert request.json["defaults"]["synthesizer"] == {
        "vendor": "aws",
        "language": "en-US",
        "voice": "Joanna",
    }


async def test_user_targets_get_the_account_realm(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    account = await api.account(sp, sip_realm="acme.sip.example.com")
    voice.reply("/call", SAY_HANGUP)
    sid = await place(
        api, account, call_hook=f"{voice.url}/call", to={"type": "user", "name": "15005550486"}
    )
    data = await wait_final(api, account, sid)
    assert data["to"] == "15005550486@acme.sip.example.com"
    assert data["call_status"] == "busy"


async def test_scope_rules(api: Api, voice: VoiceApp, tenants: list[Tenant]) -> None:
    t, other = tenants
    account = t.accounts[0]
    body = {
        "from": "1",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": f"{voice.url}/call",
        "call_status_hook": f"{voice.url}/status",
    }
    voice.reply("/call", LONG)
    # service provider keys may never place calls (400 in jambonz's words)
    r = await api.post(calls_path(account), t.sp_token, json=body)
    assert r.status_code == 400
    assert r.json()["msg"].startswith(f"unauthorized createCall request for account {account}")
    # an account key on its own account works
    r = await api.post(calls_path(account), t.account_tokens[0], json=body)
    assert r.status_code == 201
    sid = r.json()["sid"]
    await wait_status(api, account, sid, {"in-progress"})
    # foreign accounts do not exist for the key
    for token in (t.account_tokens[1], other.sp_token, other.account_tokens[0]):
        # a service provider key is refused as such (400) before any account is looked up
        refused = 400 if token == other.sp_token else 404
        assert (await api.post(calls_path(account), token, json=body)).status_code == refused
        assert (await api.get(calls_path(account), token)).status_code == 404
        assert (await api.get(calls_path(account, sid), token)).status_code == 404
        assert (await api.get(f"/v1/Accounts/{account}/CallCount", token)).status_code == 404
        r = await api.put(calls_path(account, sid), token, json={"call_status": "completed"})
        assert r.status_code == 404
        assert (await api.delete(calls_path(account, sid), token)).status_code == 404
    r = await api.post(calls_path(t.accounts[1]), t.account_tokens[0], json=body)
    assert r.status_code == 404
    # the call cannot be reached through another account's path either
    r = await api.get(calls_path(t.accounts[1], sid))
    assert r.status_code == 404
    # the provider's key may read and steer its accounts' calls
    assert (await api.get(calls_path(account), t.sp_token)).status_code == 200
    assert (await api.get(calls_path(account, sid), t.sp_token)).json()["call_sid"] == sid
    r = await api.get(f"/v1/Accounts/{account}/CallCount", t.sp_token)
    assert r.json()["outbound"] >= 1
    r = await api.put(calls_path(account, sid), t.sp_token, json={"call_status": "completed"})
    assert r.status_code == 204
    await wait_final(api, account, sid)
    assert (await api.delete(calls_path(account, sid), t.account_tokens[0])).status_code == 204
    # no token, no calls
    assert (await api.get(calls_path(account), None)).status_code == 401
    assert (await api.post(calls_path(account), None, json=body)).status_code == 401


# -- concurrency -------------------------------------------------------------------------------


async def test_many_simultaneous_calls(api: Api, voice: VoiceApp) -> None:
    account, application = await account_with_app(api, voice)
    voice.reply("/call", [{"verb": "pause", "length": 10}, {"verb": "hangup"}])
    count = 120
    started = time.monotonic()
    answers = await asyncio.gather(
        *(
            api.post(
                calls_path(account),
                json={
                    "from": "15085550100",
                    "application_sid": application,
                    "to": {"type": "phone", "number": f"1508555{i:04d}"},
                },
            )
            for i in range(count)
        )
    )
    assert [r.status_code for r in answers] == [201] * count
    sids = {r.json()["sid"] for r in answers}
    assert len(sids) == count
    # request handling stays responsive while the calls run
    slowest = 0.0
    while True:
        t0 = time.monotonic()
        r = await api.get(f"/v1/Accounts/{account}/CallCount")
        slowest = max(slowest, time.monotonic() - t0)
        assert r.status_code == 200
        if r.json()["outbound"] == 0:
            break
        assert time.monotonic() - started < 60, r.json()
        await asyncio.sleep(0.05)
    assert slowest < 5.0
    listed = (await api.get(calls_path(account))).json()
    assert {c["call_sid"] for c in listed} == sids
    assert {c["call_status"] for c in listed} == {"completed"}
    durations = sorted(c["duration"] for c in listed)
    assert durations[0] >= 9, durations
    await voice.wait_for("/call", count)
    deadline = time.monotonic() + 20
    while (
        len(
            [
                r
                for r in voice.at("/status")
                if r.json["call_status"] == "completed" and r.json["call_sid"] in sids
            ]
        )
        < count
    ):
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)
    assert len(voice.at("/status")) == 4 * count
