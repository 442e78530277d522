"""Messages (SMS) end to end: the API over HTTP, the `Messaging` core, and real local HTTP
servers (`tests.voice_app.VoiceApp`) playing the applications and the HTTP SMS providers.

The Core runs accelerated (`sim_speed`), so the simulator's delivery receipt (one
simulated second) arrives in a few milliseconds; the provider timeout is short so that
timeouts are quick to provoke. Every assertion is on what crossed the wire or was stored.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import socket
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import pytest_asyncio

from jambonz.db.migrate import upgrade
from tests.conftest import Api, Tenant, app_api, unique
from tests.voice_app import Received, Reply, VoiceApp

SPEED = 50.0
PROVIDER_TIMEOUT = 0.5
MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
MESSAGE_FIELDS = {
    "message_sid",
    "account_sid",
    "service_provider_sid",
    "application_sid",
    "direction",
    "from",
    "to",
    "text",
    "media",
    "carrier",
    "voip_carrier_sid",
    "carrier_message_id",
    "status",
    "error",
    "provider_response",
    "status_hook",
    "created_at",
    "updated_at",
    "status_history",
}


@asynccontextmanager
async def make_api(database_url: str, **settings: Any) -> AsyncIterator[Api]:
    options = {
        "sim_speed": SPEED,
        "webhook_timeout": 5.0,
        "sms_provider_timeout": PROVIDER_TIMEOUT,
        **settings,
    }
    async with app_api(database_url, **options) as made:
        yield made


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with make_api(database_url) as made:
        yield made


@pytest.fixture
def voice() -> Iterator[VoiceApp]:
    """A fresh application server for one test."""
    with VoiceApp() as app:
        yield app


@pytest.fixture
def provider() -> Iterator[VoiceApp]:
    """A fresh HTTP SMS provider for one test."""
    with VoiceApp() as server:
        yield server


# -- helpers -------------------------------------------------------------------------------


def new_number() -> str:
    return f"1707{uuid.uuid4().int % 10**7:07d}"


def basic(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def check_signature(secret: str, request: Received) -> None:
    """An independent check of `Jambonz-Signature`: HMAC-SHA256 over `<t>.<raw body>`."""
    header = request.headers["jambonz-signature"]
    parts = dict(part.split("=", 1) for part in header.split(","))
    assert set(parts) == {"t", "v1"}
    assert abs(int(parts["t"]) - time.time()) < 300
    expected = hmac.new(
        secret.encode(), parts["t"].encode() + b"." + request.raw, hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(parts["v1"], expected)


@dataclass
class World:
    """A service provider with one account, its key, an application whose messaging_hook
    is `voice`'s `/sms`, and a phone number routed to it."""

    sp: str
    sp_token: str
    account: str
    token: str
    app: str
    number: str
    secret: str

    @property
    def messages(self) -> str:
        return f"/v1/Accounts/{self.account}/Messages"

    @property
    def simulated(self) -> str:
        return f"/v1/Accounts/{self.account}/SimulatedMessages"


async def make_world(
    api: Api, voice: VoiceApp | None = None, *, sp: str | None = None, **number: Any
) -> World:
    sp = sp or await api.service_provider()
    account = await api.account(sp)
    hook = {"url": f"{voice.url}/sms"} if voice else None
    app = await api.application(account, messaging_hook=hook)
    digits = new_number()
    await api.create(
        "/v1/PhoneNumbers",
        {"number": digits, "account_sid": account, "application_sid": app, **number},
    )
    r = await api.get(f"/v1/Accounts/{account}/WebhookSecret")
    return World(
        sp=sp,
        sp_token=await api.key(service_provider_sid=sp),
        account=account,
        token=await api.key(account_sid=account),
        app=app,
        number=digits,
        secret=r.json()["webhook_secret"],
    )


async def carrier(api: Api, **fields: Any) -> tuple[str, str]:
    name = fields.pop("name", None) or unique("sms")
    sid = await api.create("/v1/VoipCarriers", {"name": name, **fields})
    return sid, name


async def http_carrier(api: Api, server: VoiceApp, owner: dict[str, str], **fields: Any):
    return await carrier(api, sms_outbound_url=f"{server.url}/send", **owner, **fields)


async def send(api: Api, w: World, token: str | None = None, **body: Any) -> httpx.Response:
    payload = {"from": "+15085550100", "to": "15085550199", "text": "hello", **body}
    return await api.post(w.messages, token or w.token, json=payload)


async def read(api: Api, w: World, sid: str) -> dict[str, Any]:
    r = await api.get(f"{w.messages}/{sid}", w.token)
    assert r.status_code == 200, r.text
    return r.json()


async def wait_status(api: Api, w: World, sid: str, status: str) -> dict[str, Any]:
    deadline = time.monotonic() + 5
    while True:
        body = await read(api, w, sid)
        if body["status"] == status or time.monotonic() > deadline:
            assert body["status"] == status, body
            return body
        await asyncio.sleep(0.02)


async def wait_error(api: Api, w: World, sid: str) -> str:
    deadline = time.monotonic() + 5
    while True:
        body = await read(api, w, sid)
        if body["error"] or time.monotonic() > deadline:
            assert body["error"], body
            return body["error"]
        await asyncio.sleep(0.02)


def history(body: dict[str, Any]) -> list[str]:
    return [entry["status"] for entry in body["status_history"]]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- sending through the simulator ---------------------------------------------------------


async def test_send_through_the_simulator_is_delivered(api: Api) -> None:
    w = await make_world(api)
    r = await send(api, w, media="https://cdn.example.com/a.jpg")
    assert r.status_code == 201, r.text
    body = r.json()
    assert set(body) == {"sid", "providerResponse"}
    response = body["providerResponse"]
    assert response["simulated"] is True and response["status"] == "accepted"
    assert response["carrier_message_id"].startswith("sim-")
    stored = await wait_status(api, w, body["sid"], "delivered")
    assert set(stored) == MESSAGE_FIELDS
    assert stored["direction"] == "outbound"
    assert stored["from"] == "15085550100" and stored["to"] == "15085550199"
    assert stored["text"] == "hello"
    assert stored["media"] == ["https://cdn.example.com/a.jpg"]
    assert stored["carrier"] == "simulator" and stored["voip_carrier_sid"] is None
    assert stored["carrier_message_id"] == response["carrier_message_id"]
    assert stored["provider_response"] == response
    assert stored["account_sid"] == w.account and stored["service_provider_sid"] == w.sp
    assert stored["application_sid"] is None and stored["error"] is None
    assert history(stored) == ["queued", "sent", "delivered"]
    assert stored["created_at"] <= stored["updated_at"]


async def test_media_only_and_a_media_array(api: Api) -> None:
    w = await make_world(api)
    urls = ["https://cdn.example.com/1.png", "https://cdn.example.com/2.png"]
    r = await send(api, w, text=None, media=urls)
    assert r.status_code == 400  # text: null is not a string
    body = {"from": "15085550100", "to": "15085550199", "media": urls}
    r = await api.post(w.messages, w.token, json=body)
    assert r.status_code == 201, r.text
    stored = await read(api, w, r.json()["sid"])
    assert stored["media"] == urls and stored["text"] is None


async def test_simulator_test_numbers(api: Api) -> None:
    w = await make_world(api)
    r = await send(api, w, to="+15005550001")
    assert r.status_code == 480, r.text
    assert set(r.json()) == {"sid", "msg"}
    assert "refused" in r.json()["msg"] and "15005550001" in r.json()["msg"]
    refused = await read(api, w, r.json()["sid"])
    assert refused["status"] == "failed" and refused["error"] == r.json()["msg"]
    assert history(refused) == ["queued", "failed"]
    assert refused["status_history"][-1]["error"] == r.json()["msg"]

    r = await send(api, w, to="15005550002")
    assert r.status_code == 201
    failed = await wait_status(api, w, r.json()["sid"], "failed")
    assert history(failed) == ["queued", "sent", "failed"]
    assert "delivery failure" in failed["error"]

    started = time.monotonic()
    r = await send(api, w, to="15005550003")
    assert r.status_code == 480
    assert time.monotonic() - started < PROVIDER_TIMEOUT  # reported without the wait
    assert "did not answer within" in r.json()["msg"]
    assert (await read(api, w, r.json()["sid"]))["status"] == "failed"

    r = await send(api, w, to="15005550004")
    assert r.status_code == 201
    delivered = await send(api, w)  # its receipt arrives after the same delay
    await wait_status(api, w, delivered.json()["sid"], "delivered")
    await asyncio.sleep(0.1)
    assert (await read(api, w, r.json()["sid"]))["status"] == "sent"


async def test_status_hook_gets_each_change_signed(api: Api, voice: VoiceApp) -> None:
    w = await make_world(api)
    hook = {"url": f"{voice.url}/status", "method": "POST"}
    r = await send(api, w, status_hook=hook)
    assert r.status_code == 201
    sid = r.json()["sid"]
    reports = await voice.wait_for("/status", 2)
    assert [report.json["status"] for report in reports] == ["sent", "delivered"]
    for report in reports:
        check_signature(w.secret, report)
        assert report.json["message_sid"] == sid
        assert set(report.json) == MESSAGE_FIELDS
    stored = await read(api, w, sid)
    assert stored["status_hook"] == {**hook, "username": None, "password": None}
    assert reports[-1].json == stored

    r = await send(api, w, to="15005550001", status_hook=f"{voice.url}/failed")
    assert r.status_code == 480
    (report,) = await voice.wait_for("/failed")
    assert report.json["status"] == "failed" and report.json["error"] == r.json()["msg"]
    check_signature(w.secret, report)


async def test_validation(api: Api) -> None:
    w = await make_world(api)
    cases = [
        ({"to": "15085550199", "text": "x"}, 400, "from"),
        ({"from": "15085550100", "text": "x"}, 400, "to"),
        ({"from": "15085550100", "to": "555-0199", "text": "x"}, 400, "to"),
        ({"from": "sender", "to": "15085550199", "text": "x"}, 400, "from"),
        ({"from": "15085550100", "to": "15085550199", "text": ""}, 400, "text"),
        ({"from": "15085550100", "to": "15085550199", "media": "ftp://x/y.png"}, 400, "media"),
        ({"from": "15085550100", "to": "15085550199", "text": "x", "bogus": 1}, 400, "bogus"),
        ({"from": "15085550100", "to": "15085550199"}, 400, "text or media"),
        (
            {
                "from": "15085550100",
                "to": "15085550199",
                "text": "x",
                "provider": "a",
                "carrier": "b",
            },
            422,
            "synonym",
        ),
    ]
    for body, status, word in cases:
        r = await api.post(w.messages, w.token, json=body)
        assert r.status_code == status, (body, r.text)
        assert word in r.json()["msg"], (body, r.text)
    r = await api.get(w.messages, w.token)
    assert r.json() == []  # nothing was stored


async def test_only_the_accounts_own_keys_send(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    path = f"/v1/Accounts/{t0.accounts[0]}/Messages"
    body = {"from": "15085550100", "to": "15085550199", "text": "x"}
    for token in ("admin", t0.sp_token):
        r = await api.post(path, token, json=body)
        # jambonz's answer and words (400), with this server's reason after them
        assert r.status_code == 400, r.text
        msg = r.json()["msg"]
        assert msg.startswith(f"unauthorized createMessage request for account {t0.accounts[0]}")
        assert "own API keys" in msg
    for token in (t0.account_tokens[1], t1.account_tokens[0]):
        r = await api.post(path, token, json=body)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    r = await api.post(f"/v1/Accounts/{MISSING}/Messages", t0.account_tokens[0], json=body)
    assert r.status_code == 404
    r = await api.post(path, None, json=body)
    assert r.status_code == 401
    r = await api.post(path, t0.account_tokens[0], json=body)
    assert r.status_code == 201


# -- the HTTP provider ---------------------------------------------------------------------


async def test_http_provider_with_a_bearer_token(api: Api, provider: VoiceApp) -> None:
    w = await make_world(api)
    provider.reply("/send", Reply(body={"id": "SM123", "status": "queued"}, status=202))
    sid, name = await http_carrier(
        api, provider, {"account_sid": w.account}, sms_bearer_token="tok-1"
    )
    r = await send(api, w, media=["https://cdn.example.com/a.png"])
    assert r.status_code == 201, r.text
    assert r.json()["providerResponse"] == {"id": "SM123", "status": "queued"}
    (request,) = provider.at("/send")
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Bearer tok-1"
    assert request.json == {
        "message_sid": r.json()["sid"],
        "account_sid": w.account,
        "from": "15085550100",
        "to": "15085550199",
        "text": "hello",
        "media": ["https://cdn.example.com/a.png"],
    }
    stored = await read(api, w, r.json()["sid"])
    assert stored["carrier"] == name and stored["voip_carrier_sid"] == sid
    assert stored["carrier_message_id"] == "SM123"
    assert stored["status"] == "sent"  # until the provider reports delivery
    await asyncio.sleep(0.1)
    assert (await read(api, w, r.json()["sid"]))["status"] == "sent"


async def test_http_provider_with_basic_auth_and_leading_plus(api: Api, provider: VoiceApp) -> None:
    w = await make_world(api)
    provider.reply("/send", Reply(body=b"OK", content_type="text/plain"))
    await http_carrier(
        api,
        provider,
        {"service_provider_sid": w.sp},
        sms_username="acme",
        sms_password="pa:ss",
        e164_leading_plus=True,
    )
    r = await send(api, w)
    assert r.status_code == 201, r.text
    assert r.json()["providerResponse"] == {"body": "OK"}
    (request,) = provider.at("/send")
    assert request.headers["authorization"] == basic("acme", "pa:ss")["Authorization"]
    assert request.json["from"] == "+15085550100" and request.json["to"] == "+15085550199"
    assert (await read(api, w, r.json()["sid"]))["carrier_message_id"] is None


async def test_http_provider_failures_are_480_and_failed(api: Api, provider: VoiceApp) -> None:
    w = await make_world(api)
    sid, name = await http_carrier(api, provider, {"account_sid": w.account})
    cases = [
        (
            Reply(body={"message": "invalid destination"}, status=400),
            "HTTP 400: invalid destination",
        ),
        (Reply(body=b"boom", status=503, content_type="text/plain"), "HTTP 503: boom"),
        # A timeout is told in the same neutral words as any request without an answer.
        (Reply(body={}, delay=PROVIDER_TIMEOUT * 3), "the request could not be completed"),
    ]
    for reply, reason in cases:
        provider.reply("/send", reply)
        r = await send(api, w)
        assert r.status_code == 480, r.text
        assert r.json()["msg"].startswith(f"provider {name} ")
        assert reason in r.json()["msg"]
        stored = await read(api, w, r.json()["sid"])
        assert stored["status"] == "failed" and stored["error"] == r.json()["msg"]
        assert stored["provider_response"] is None
    await api.put(
        f"/v1/VoipCarriers/{sid}", json={"sms_outbound_url": f"http://127.0.0.1:{closed_port()}/x"}
    )
    r = await send(api, w)
    assert r.status_code == 480
    assert (
        r.json()["msg"]
        == f"provider {name} refused the message: the request could not be completed"
    )


# -- provider selection --------------------------------------------------------------------


async def test_provider_selection(api: Api, provider: VoiceApp) -> None:
    w = await make_world(api)
    provider.reply("/send", Reply(body={"id": "x"}))
    # No carrier with an SMS route: the simulator (a carrier without a route is ignored).
    await carrier(api, account_sid=w.account)
    r = await send(api, w)
    assert (await read(api, w, r.json()["sid"]))["carrier"] == "simulator"
    # One SP-wide HTTP provider: taken without naming it.
    sp_sid, sp_name = await http_carrier(api, provider, {"service_provider_sid": w.sp})
    r = await send(api, w)
    assert r.status_code == 201 and (await read(api, w, r.json()["sid"]))["carrier"] == sp_name
    # Two: a name is needed; `provider` or its synonym `carrier` names one.
    own_sid, own_name = await http_carrier(api, provider, {"account_sid": w.account})
    r = await send(api, w)
    assert r.status_code == 422
    assert sp_name in r.json()["msg"] and own_name in r.json()["msg"]
    for key, name, sid in (("provider", own_name, own_sid), ("carrier", sp_name, sp_sid)):
        r = await send(api, w, **{key: name})
        assert r.status_code == 201, r.text
        assert (await read(api, w, r.json()["sid"]))["voip_carrier_sid"] == sid
    r = await send(api, w, provider=own_name, carrier=own_name)
    assert r.status_code == 201
    r = await send(api, w, provider="no-such-carrier")
    assert r.status_code == 422 and "no-such-carrier" in r.json()["msg"]
    r = await send(api, w, provider="simulator")
    assert r.status_code == 201
    assert (await read(api, w, r.json()["sid"]))["carrier"] == "simulator"
    # An inactive carrier is not a candidate.
    await api.put(f"/v1/VoipCarriers/{sp_sid}", json={"is_active": False})
    r = await send(api, w)
    assert r.status_code == 201
    assert (await read(api, w, r.json()["sid"]))["voip_carrier_sid"] == own_sid
    r = await send(api, w, provider=sp_name)
    assert r.status_code == 422
    assert len(provider.at("/send")) == 5


async def test_own_carrier_wins_over_an_sp_wide_one_of_the_same_name(
    api: Api, provider: VoiceApp
) -> None:
    w = await make_world(api)
    name = unique("dup")
    await http_carrier(api, provider, {"service_provider_sid": w.sp}, name=name)
    own, _ = await http_carrier(api, provider, {"account_sid": w.account}, name=name)
    r = await send(api, w, provider=name)
    assert (await read(api, w, r.json()["sid"]))["voip_carrier_sid"] == own


async def test_carriers_of_other_tenants_are_never_used(api: Api, provider: VoiceApp) -> None:
    w = await make_world(api)
    other = await make_world(api, sp=w.sp)
    stranger = await make_world(api)
    _, sibling = await http_carrier(api, provider, {"account_sid": other.account})
    _, foreign = await http_carrier(api, provider, {"service_provider_sid": stranger.sp})
    for name in (sibling, foreign):
        r = await send(api, w, provider=name)
        assert r.status_code == 422, r.text
    r = await send(api, w)
    assert (await read(api, w, r.json()["sid"]))["carrier"] == "simulator"
    assert provider.at("/send") == []


async def test_an_smpp_carrier_is_served_by_the_simulator(api: Api) -> None:
    w = await make_world(api)
    sid, name = await carrier(api, account_sid=w.account)
    await api.create(
        "/v1/SmppGateways", {"voip_carrier_sid": sid, "ipv4": "smpp.example.com", "outbound": True}
    )
    r = await send(api, w, to="15005550002")
    assert r.status_code == 201
    assert r.json()["providerResponse"]["simulated"] is True
    stored = await wait_status(api, w, r.json()["sid"], "failed")
    assert stored["carrier"] == name and stored["voip_carrier_sid"] == sid


# -- delivery receipts ---------------------------------------------------------------------


async def test_delivery_receipts(api: Api, provider: VoiceApp, voice: VoiceApp) -> None:
    w = await make_world(api)
    creds = {"sms_inbound_username": "carrier", "sms_inbound_password": unique("pw")}
    _, name = await http_carrier(api, provider, {"account_sid": w.account}, **creds)
    auth = basic(creds["sms_inbound_username"], creds["sms_inbound_password"])
    receipts = f"/v1/messaging/{name}/status"
    provider.reply("/send", Reply(body={"carrier_message_id": "c-1"}))
    r = await send(api, w, status_hook=f"{voice.url}/status")
    sid = r.json()["sid"]
    await voice.wait_for("/status")

    for headers in ({}, basic("carrier", "wrong"), {"Authorization": "Bearer x"}):
        r = await api.post(
            receipts,
            None,
            json={"carrier_message_id": "c-1", "status": "delivered"},
            headers=headers,
        )
        assert r.status_code == 401, r.text
        assert r.headers["www-authenticate"] == 'Basic realm="jambonz-messaging"'
    r = await api.post(
        f"/v1/messaging/{unique('x')}/status",
        None,
        json={"status": "sent", "message_sid": sid},
        headers=auth,
    )
    assert r.status_code == 401

    r = await api.post(receipts, None, json={"status": "delivered"}, headers=auth)
    assert r.status_code == 422
    r = await api.post(
        receipts, None, json={"carrier_message_id": "nope", "status": "delivered"}, headers=auth
    )
    assert r.status_code == 404
    r = await api.post(
        receipts, None, json={"carrier_message_id": "c-1", "status": "delivered"}, headers=auth
    )
    assert r.status_code == 204, r.text
    stored = await read(api, w, sid)
    assert stored["status"] == "delivered" and history(stored) == ["queued", "sent", "delivered"]
    reports = await voice.wait_for("/status", 2)
    assert [report.json["status"] for report in reports] == ["sent", "delivered"]
    check_signature(w.secret, reports[1])
    # The same again changes nothing; a different status after a final one is refused.
    r = await api.post(
        receipts, None, json={"message_sid": sid, "status": "delivered"}, headers=auth
    )
    assert r.status_code == 204
    r = await api.post(
        receipts, None, json={"message_sid": sid, "status": "failed", "error": "x"}, headers=auth
    )
    assert r.status_code == 422 and "already delivered" in r.json()["msg"]
    await asyncio.sleep(0.1)
    assert len(voice.at("/status")) == 2
    assert len((await read(api, w, sid))["status_history"]) == 3

    # A failure receipt by message_sid, with its reason.
    r = await send(api, w)
    failed = r.json()["sid"]
    r = await api.post(
        receipts,
        None,
        json={"message_sid": failed, "status": "failed", "error": "absent subscriber"},
        headers=auth,
    )
    assert r.status_code == 204
    stored = await read(api, w, failed)
    assert stored["status"] == "failed" and stored["error"] == "absent subscriber"


async def test_receipts_only_reach_the_carriers_own_messages(api: Api, provider: VoiceApp) -> None:
    w = await make_world(api)
    creds = {"sms_inbound_username": "c", "sms_inbound_password": "p"}
    _, mine = await http_carrier(api, provider, {"account_sid": w.account}, **creds)
    _, theirs = await http_carrier(api, provider, {"account_sid": w.account}, **creds)
    provider.reply("/send", Reply(body={"id": "same"}))
    r = await send(api, w, provider=mine)
    sid = r.json()["sid"]
    body = {"message_sid": sid, "status": "delivered"}
    r = await api.post(f"/v1/messaging/{theirs}/status", None, json=body, headers=basic("c", "p"))
    assert r.status_code == 404
    sim = (await send(api, w, provider="simulator", to="15005550004")).json()["sid"]
    body = {"message_sid": sim, "status": "delivered"}
    r = await api.post(f"/v1/messaging/{mine}/status", None, json=body, headers=basic("c", "p"))
    assert r.status_code == 404
    assert (await read(api, w, sim))["status"] == "sent"


# -- receiving -----------------------------------------------------------------------------

INBOUND_FIELDS = {
    "message_sid",
    "account_sid",
    "service_provider_sid",
    "application_sid",
    "carrier",
    "from",
    "to",
    "cc",
    "text",
    "media",
}


async def test_carrier_ingress_delivers_to_the_messaging_hook(
    api: Api, voice: VoiceApp, provider: VoiceApp
) -> None:
    w = await make_world(api, voice)
    creds = {"sms_inbound_username": "carrier", "sms_inbound_password": "s3cret"}
    sid, name = await http_carrier(api, provider, {"service_provider_sid": w.sp}, **creds)
    body = {
        "from": "+15085550100",
        "to": f"+{w.number}",
        "cc": ["15085550111"],
        "text": "hi there",
        "media": "https://cdn.example.com/in.jpg",
        "carrier_message_id": "in-1",
    }
    r = await api.post(f"/v1/messaging/{name}", None, json=body, headers=basic("carrier", "s3cret"))
    assert r.status_code == 200, r.text
    message = r.json()["sid"]
    (request,) = await voice.wait_for("/sms")
    check_signature(w.secret, request)
    assert request.json == {
        "message_sid": message,
        "account_sid": w.account,
        "service_provider_sid": w.sp,
        "application_sid": w.app,
        "carrier": name,
        "from": "15085550100",
        "to": w.number,
        "cc": ["15085550111"],
        "text": "hi there",
        "media": ["https://cdn.example.com/in.jpg"],
    }
    stored = await read(api, w, message)
    assert stored["direction"] == "inbound" and stored["status"] == "received"
    assert stored["voip_carrier_sid"] == sid and stored["carrier_message_id"] == "in-1"
    assert stored["application_sid"] == w.app and history(stored) == ["received"]
    assert await api.core.messaging.idle()
    assert (await read(api, w, message))["error"] is None


async def test_carrier_ingress_refusals(api: Api, voice: VoiceApp, provider: VoiceApp) -> None:
    w = await make_world(api, voice)
    creds = {"sms_inbound_username": "carrier", "sms_inbound_password": "s3cret"}
    _, name = await http_carrier(api, provider, {"account_sid": w.account}, **creds)
    _, no_creds = await http_carrier(api, provider, {"account_sid": w.account})
    auth = basic("carrier", "s3cret")
    ok = {"from": "15085550100", "to": w.number, "text": "x"}
    for path, headers in (
        (f"/v1/messaging/{name}", {}),
        (f"/v1/messaging/{name}", basic("carrier", "wrong")),
        (f"/v1/messaging/{name}", {"Authorization": "Basic !!!"}),
        (f"/v1/messaging/{unique('none')}", auth),
        (f"/v1/messaging/{no_creds}", auth),
    ):
        r = await api.post(path, None, json=ok, headers=headers)
        assert r.status_code == 401, (path, r.text)
        assert r.headers["www-authenticate"] == 'Basic realm="jambonz-messaging"'
    # An API key is no carrier credential.
    r = await api.post(f"/v1/messaging/{name}", "admin", json=ok)
    assert r.status_code == 401
    ingress = f"/v1/messaging/{name}"
    r = await api.post(ingress, None, json={**ok, "to": "15085550000"}, headers=auth)
    assert r.status_code == 404
    r = await api.post(ingress, None, json={"from": "1", "to": w.number}, headers=auth)
    assert r.status_code == 400 and "text or media" in r.json()["msg"]
    r = await api.post(ingress, None, json={**ok, "extra": 1}, headers=auth)
    assert r.status_code == 400
    # A number of another account, which this account-owned carrier does not serve.
    other = await make_world(api, voice, sp=w.sp)
    r = await api.post(ingress, None, json={**ok, "to": other.number}, headers=auth)
    assert r.status_code == 404
    # A number without an application, and an application without a messaging_hook.
    bare = new_number()
    await api.create("/v1/PhoneNumbers", {"number": bare, "account_sid": w.account})
    r = await api.post(ingress, None, json={**ok, "to": bare}, headers=auth)
    assert r.status_code == 404 and "not routed" in r.json()["msg"]
    silent = await make_world(api, None, sp=w.sp)
    _, sp_name = await http_carrier(api, provider, {"service_provider_sid": w.sp}, **creds)
    r = await api.post(
        f"/v1/messaging/{sp_name}", None, json={**ok, "to": silent.number}, headers=auth
    )
    assert r.status_code == 404 and "messaging_hook" in r.json()["msg"]
    assert voice.at("/sms") == []
    r = await api.get(w.messages, w.token)
    assert r.json() == []


async def test_ingress_answers_before_the_application(api: Api, voice: VoiceApp) -> None:
    w = await make_world(api, voice)
    voice.reply("/sms", Reply(body=[], delay=1.0))
    started = time.monotonic()
    r = await api.post(
        w.simulated, w.token, json={"from": "15085550100", "to": w.number, "text": "x"}
    )
    assert r.status_code == 201
    assert time.monotonic() - started < 0.5
    await voice.wait_for("/sms")


async def test_simulated_message_and_replies_with_message_verbs(api: Api, voice: VoiceApp) -> None:
    w = await make_world(api, voice)
    voice.reply(
        "/sms",
        [
            {"verb": "say", "text": "ignored: no call here"},
            {
                "verb": "message",
                "from": w.number,
                "to": "+15085550100",
                "text": "pong",
                "actionHook": "/sent",
            },
            {
                "message": {
                    "from": w.number,
                    "to": "15005550001",
                    "text": "refused",
                    "actionHook": {"url": f"{voice.url}/refused", "method": "POST"},
                }
            },
            {
                "verb": "message",
                "from": w.number,
                "to": "15085550100",
                "media": "https://x.example.com/m.gif",
                "carrier": "nope",
                "actionHook": "/none",
            },
            {
                "verb": "message",
                "from": "not a number",
                "to": "15085550100",
                "text": "x",
                "actionHook": "/bad",
            },
        ],
    )
    r = await api.post(
        w.simulated, w.token, json={"from": "+15085550100", "to": f"+{w.number}", "text": "ping"}
    )
    assert r.status_code == 201, r.text
    inbound = r.json()["sid"]
    (request,) = await voice.wait_for("/sms")
    check_signature(w.secret, request)
    assert set(request.json) == INBOUND_FIELDS
    assert request.json["message_sid"] == inbound and request.json["carrier"] == "simulator"
    assert request.json["text"] == "ping" and request.json["media"] == []

    (sent,) = await voice.wait_for("/sent")
    check_signature(w.secret, sent)
    report = sent.json
    assert set(report) == {
        "message_sid",
        "message_status",
        "carrier",
        "carrier_message_id",
        "message_failure_reason",
    }
    assert report["message_status"] == "success" and report["carrier"] == "simulator"
    assert report["message_failure_reason"] is None
    reply = await read(api, w, report["message_sid"])
    assert reply["direction"] == "outbound" and reply["application_sid"] == w.app
    assert reply["from"] == w.number and reply["to"] == "15085550100"
    assert reply["text"] == "pong" and reply["carrier_message_id"] == report["carrier_message_id"]

    (refused,) = await voice.wait_for("/refused")
    assert refused.json["message_status"] == "failure"
    assert "refused" in refused.json["message_failure_reason"]
    assert (await read(api, w, refused.json["message_sid"]))["status"] == "failed"
    (none,) = await voice.wait_for("/none")
    assert none.json["message_status"] == "no carriers" and none.json["message_sid"] is None
    assert "nope" in none.json["message_failure_reason"]
    (bad,) = await voice.wait_for("/bad")
    assert (
        bad.json["message_status"] == "failure"
        and "not a number" in bad.json["message_failure_reason"]
    )

    assert await api.core.messaging.idle()
    r = await api.get(w.messages, w.token, params={"direction": "outbound"})
    assert len(r.json()) == 2  # pong and the refused one
    assert (await read(api, w, inbound))["error"] is None


async def test_replies_prefer_the_carrier_the_message_came_through(
    api: Api, voice: VoiceApp, provider: VoiceApp
) -> None:
    w = await make_world(api, voice)
    provider.reply("/send", Reply(body={"id": "p-1"}))
    creds = {"sms_inbound_username": "u", "sms_inbound_password": "p"}
    first, first_name = await http_carrier(api, provider, {"account_sid": w.account}, **creds)
    await http_carrier(api, provider, {"account_sid": w.account})
    voice.reply(
        "/sms",
        [
            {
                "verb": "message",
                "from": w.number,
                "to": "15085550100",
                "text": "re",
                "actionHook": "/done",
            }
        ],
    )
    body = {"from": "15085550100", "to": w.number, "text": "hi"}
    r = await api.post(f"/v1/messaging/{first_name}", None, json=body, headers=basic("u", "p"))
    assert r.status_code == 200
    (done,) = await voice.wait_for("/done")
    assert done.json["message_status"] == "success" and done.json["carrier"] == first_name
    assert done.json["carrier_message_id"] == "p-1"
    assert (await read(api, w, done.json["message_sid"]))["voip_carrier_sid"] == first
    (request,) = provider.at("/send")
    assert request.json["text"] == "re"


async def test_unusable_application_answers_are_noted(api: Api, voice: VoiceApp) -> None:
    w = await make_world(api, voice)
    cases = [
        (Reply(body={"not": "verbs"}), "not a verb array"),
        (Reply(body=[{"verb": "message", "to": "1"}]), "invalid verbs"),
        (Reply(body=[], status=500), "HTTP 500"),
    ]
    for reply, reason in cases:
        voice.reply("/sms", reply)
        r = await api.post(
            w.simulated, w.token, json={"from": "15085550100", "to": w.number, "text": "x"}
        )
        assert r.status_code == 201
        assert reason in await wait_error(api, w, r.json()["sid"])
    await api.put(
        f"/v1/Applications/{w.app}",
        json={"messaging_hook": f"http://127.0.0.1:{closed_port()}/sms"},
    )
    r = await api.post(
        w.simulated, w.token, json={"from": "15085550100", "to": w.number, "text": "x"}
    )
    assert "the request could not be completed" in await wait_error(api, w, r.json()["sid"])
    assert (await read(api, w, r.json()["sid"]))["status"] == "received"


async def test_simulated_message_rules(api: Api, voice: VoiceApp, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    w = await make_world(api, voice, sp=t0.sp)
    ok = {"from": "ACME", "to": w.number, "text": "x"}
    # Admin keys, the provider's keys and the account's own keys; others see 404.
    for token in ("admin", t0.sp_token, w.token):
        r = await api.post(w.simulated, token, json=ok)
        assert r.status_code == 201, r.text
    for token in (t1.sp_token, t0.account_tokens[0]):
        r = await api.post(w.simulated, token, json=ok)
        assert r.status_code == 404
    r = await api.post(w.simulated, w.token, json={**ok, "to": "15085550000"})
    assert r.status_code == 404 and "no phone number" in r.json()["msg"]
    r = await api.post(w.simulated, w.token, json={"from": "x", "to": w.number})
    assert r.status_code == 400 and "text or media" in r.json()["msg"]
    r = await api.post(w.simulated, w.token, json={**ok, "from": "has space"})
    assert r.status_code == 400
    r = await api.post(w.simulated, w.token, json={**ok, "carrier": "nope"})
    assert r.status_code == 422
    sid, name = await carrier(api, account_sid=w.account)
    r = await api.post(w.simulated, w.token, json={**ok, "carrier": name})
    assert r.status_code == 201
    stored = await read(api, w, r.json()["sid"])
    assert stored["carrier"] == name and stored["voip_carrier_sid"] == sid
    assert stored["from"] == "ACME"
    delivered = {
        request.json["message_sid"]: request for request in await voice.wait_for("/sms", 4)
    }
    assert delivered[stored["message_sid"]].json["carrier"] == name
    assert delivered[stored["message_sid"]].json["from"] == "ACME"


async def test_a_numbers_carrier_is_the_default_arrival_carrier(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    sid, name = await carrier(api, service_provider_sid=sp)
    w = await make_world(api, voice, sp=sp, voip_carrier_sid=sid)
    r = await api.post(
        w.simulated, w.token, json={"from": "15085550100", "to": w.number, "text": "x"}
    )
    assert r.status_code == 201
    stored = await read(api, w, r.json()["sid"])
    assert stored["carrier"] == name and stored["voip_carrier_sid"] == sid


async def test_inbound_deliveries_have_bounded_concurrency(
    database_url: str, voice: VoiceApp
) -> None:
    upgrade(database_url)
    async with make_api(database_url, sms_concurrency=2) as small:
        w = await make_world(small, voice)
        voice.reply("/sms", Reply(body=[]))
        voice.hold("/sms")  # each delivery waits at the app until released
        for _ in range(4):
            r = await small.post(
                w.simulated, w.token, json={"from": "15085550100", "to": w.number, "text": "x"}
            )
            assert r.status_code == 201
        # Two deliveries reach the app at once; the other two wait for a free slot, so
        # each release lets exactly one more in, and never more than two are in flight.
        await voice.wait_for("/sms", 2)
        for arrived in (3, 4):
            voice.release("/sms")
            await voice.wait_for("/sms", arrived)
        voice.release("/sms", 2)
        assert await small.core.messaging.idle()
        assert len(voice.at("/sms")) == 4
        assert voice.max_in_flight["/sms"] == 2


# -- tracking ------------------------------------------------------------------------------


async def test_list_filters_and_pages(api: Api, voice: VoiceApp) -> None:
    w = await make_world(api, voice)
    before = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() - 1))
    out = [(await send(api, w, to=f"1508555{i:04d}")).json()["sid"] for i in range(3)]
    failed = (await send(api, w, to="15005550001")).json()["sid"]
    r = await api.post(
        w.simulated, w.token, json={"from": "15085550177", "to": w.number, "text": "in"}
    )
    inbound = r.json()["sid"]
    assert await api.core.messaging.idle()

    async def sids(**params: Any) -> list[str]:
        r = await api.get(w.messages, w.token, params=params)
        assert r.status_code == 200, r.text
        return [item["message_sid"] for item in r.json()]

    everything = await sids()
    assert everything == [inbound, failed, *reversed(out)]  # newest first
    assert await sids(direction="inbound") == [inbound]
    assert await sids(status="failed") == [failed]
    assert set(await sids(status="delivered")) == set(out)
    assert await sids(to="+15085550001") == [out[1]]
    assert await sids(**{"from": "+15085550177"}) == [inbound]
    assert await sids(start=before) == everything
    assert await sids(end=before) == []
    later = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 60))
    assert await sids(start=later) == []
    assert await sids(start="2000-01-01T00:00:00+02:00", end=later) == everything
    r = await api.get(w.messages, w.token, params={"page": 2, "page_size": 2})
    page = r.json()
    assert set(page) == {"total", "page", "page_size", "data"}
    assert (page["total"], page["page"], page["page_size"]) == (5, 2, 2)
    assert [m["message_sid"] for m in page["data"]] == everything[2:4]
    r = await api.get(w.messages, w.token, params={"page": 1})
    assert r.json()["page_size"] is None and len(r.json()["data"]) == 5
    r = await api.get(w.messages, w.token, params={"page": 9, "status": "failed"})
    assert r.json() == {"total": 1, "page": 9, "page_size": None, "data": []}
    for params in ({"start": "yesterday"}, {"status": "lost"}, {"to": "abc"}, {"page": 0}):
        r = await api.get(w.messages, w.token, params=params)
        assert r.status_code == 400, (params, r.text)


async def test_reading_is_scoped(api: Api, voice: VoiceApp, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    a00, a01 = t0.accounts
    r = await api.post(
        f"/v1/Accounts/{a00}/Messages",
        t0.account_tokens[0],
        json={"from": "1", "to": "2", "text": "x"},
    )
    assert r.status_code == 201
    sid = r.json()["sid"]
    one = f"/v1/Accounts/{a00}/Messages/{sid}"
    for token in ("admin", t0.sp_token, t0.account_tokens[0]):
        r = await api.get(one, token)
        assert r.status_code == 200 and r.json()["message_sid"] == sid
        r = await api.get(f"/v1/Accounts/{a00}/Messages", token)
        assert sid in [m["message_sid"] for m in r.json()]
    for token in (t0.account_tokens[1], t1.sp_token, t1.account_tokens[0]):
        r = await api.get(one, token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
        r = await api.get(f"/v1/Accounts/{a00}/Messages", token)
        assert r.status_code == 404
    # Under another account's path the message does not exist, even for the admin.
    r = await api.get(f"/v1/Accounts/{a01}/Messages/{sid}")
    assert r.status_code == 404 and r.json() == {"msg": "message not found"}
    r = await api.get(f"/v1/Accounts/{a01}/Messages", t0.account_tokens[1])
    assert r.json() == []
    r = await api.get(f"/v1/Accounts/{a00}/Messages/{MISSING}")
    assert r.status_code == 404
    r = await api.get(f"/v1/Accounts/{a00}/Messages/not-a-sid")
    assert r.status_code == 400
    r = await api.get(one, None)
    assert r.status_code == 401


async def test_deleting_an_account_deletes_its_messages(api: Api) -> None:
    w = await make_world(api)
    sid = (await send(api, w)).json()["sid"]
    assert await api.core.messaging.idle()
    await api.delete(f"/v1/PhoneNumbers/{await number_sid(api, w)}")
    r = await api.delete(f"/v1/Accounts/{w.account}")
    assert r.status_code == 204, r.text
    r = await api.get(f"/v1/Accounts/{w.account}/Messages/{sid}")
    assert r.status_code == 404


async def number_sid(api: Api, w: World) -> str:
    r = await api.get("/v1/PhoneNumbers", params={"filter": w.number})
    return r.json()[0]["phone_number_sid"]


# -- carrier configuration -----------------------------------------------------------------


async def test_carrier_sms_settings_round_trip(api: Api) -> None:
    sp = await api.service_provider()
    settings = {
        "sms_outbound_url": "https://sms.example.com/send?x=1",
        "sms_username": "u",
        "sms_password": "p:w",
        "sms_bearer_token": "tok",
        "sms_inbound_username": "in",
        "sms_inbound_password": "secret",
    }
    sid, _ = await carrier(api, service_provider_sid=sp, **settings)
    r = await api.get(f"/v1/VoipCarriers/{sid}")
    assert {k: r.json()[k] for k in settings} == settings
    r = await api.put(
        f"/v1/VoipCarriers/{sid}", json={"sms_outbound_url": None, "sms_bearer_token": None}
    )
    assert r.status_code == 204
    r = await api.get(f"/v1/VoipCarriers/{sid}")
    assert r.json()["sms_outbound_url"] is None and r.json()["sms_username"] == "u"
    for bad in (
        {"sms_outbound_url": "ftp://sms.example.com/"},
        {"sms_outbound_url": "https://has space.example.com/"},
        {"sms_inbound_username": "a:b"},
        {"sms_inbound_password": ""},
    ):
        r = await api.put(f"/v1/VoipCarriers/{sid}", json=bad)
        assert r.status_code == 400, (bad, r.text)
