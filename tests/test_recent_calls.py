"""Recent calls and alerts, end to end on both stores: calls placed through the simulator
(against a real local HTTP application) are read back as jambonz's CDRs with every
filter and page; failed webhooks, call limits and missing carriers raise alerts that the
Alerts lists show; the tenants' scopes hold; the sub-resources this server cannot serve
answer 404.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import select

from jambonz.alerts import Alert, AlertWriter
from jambonz.db import Database
from jambonz.db.migrate import upgrade
from jambonz.db.tables import alerts, utcnow
from tests.conftest import Api, Tenant, unique
from tests.test_calls import LONG, SAY_HANGUP, make_api, place, refused_port, wait_final
from tests.test_calls import wait_status as call_status
from tests.voice_app import Reply, VoiceApp

BAD_PAGE = 'missing or invalid "page" query arg'
BAD_COUNT = 'missing or invalid "count" query arg'


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with make_api(database_url) as made:
        yield made


@pytest.fixture
def voice() -> Iterator[VoiceApp]:
    with VoiceApp() as voice_app:
        yield voice_app


def recent(owner: str, sid: str) -> str:
    kind = "Accounts" if owner == "account" else "ServiceProviders"
    return f"/v1/{kind}/{sid}/RecentCalls"


def alerts_of(owner: str, sid: str) -> str:
    kind = "Accounts" if owner == "account" else "ServiceProviders"
    return f"/v1/{kind}/{sid}/Alerts"


async def page_of(api: Api, path: str, token: str | None = "admin", **query: Any) -> dict:
    params = {"page": 1, "count": 25, **query}
    r = await api.get(path, token, params=params)
    assert r.status_code == 200, r.text
    return r.json()


async def sids(api: Api, path: str, token: str | None = "admin", **query: Any) -> list[str]:
    return [cdr["call_sid"] for cdr in (await page_of(api, path, token, **query))["data"]]


async def wait_alerts(
    api: Api, path: str, alert_type: str, want: int = 1, timeout: float = 10.0
) -> list[dict[str, Any]]:
    """The alerts of `alert_type` once at least `want` are listed (they are written in
    the background, a moment after they are raised)."""
    deadline = time.monotonic() + timeout
    while True:
        data = (await page_of(api, path, alert_type=alert_type, count=500))["data"]
        if len(data) >= want:
            return data
        if time.monotonic() > deadline:
            raise AssertionError(f"{len(data)} {alert_type} alerts, wanted {want}")
        await asyncio.sleep(0.02)


class Calls:
    """Three ended calls of one account: an answered outbound call through a named
    carrier, a busy outbound call, and an answered inbound call from that carrier."""

    def __init__(self, api: Api, voice: VoiceApp) -> None:
        self.api = api
        self.voice = voice

    async def make(self) -> Calls:
        api = self.api
        self.sp = await api.service_provider()
        self.account = await api.account(self.sp)
        hooks = {
            "call_hook": {"url": f"{self.voice.url}/call", "method": "POST"},
            "call_status_hook": {"url": f"{self.voice.url}/status", "method": "POST"},
        }
        self.application = await api.application(self.account, **hooks)
        self.carrier = unique("carrier")
        carrier_sid = await api.create(
            "/v1/VoipCarriers", {"name": self.carrier, "account_sid": self.account}
        )
        self.number = "1508555" + str(int(time.time() * 1000))[-4:]
        await api.create(
            "/v1/PhoneNumbers",
            {
                "number": self.number,
                "account_sid": self.account,
                "voip_carrier_sid": carrier_sid,
                "application_sid": self.application,
            },
        )
        self.voice.reply("/call", SAY_HANGUP)
        self.answered = await place(
            api,
            self.account,
            application_sid=self.application,
            to={"type": "phone", "number": "15085550199", "trunk": self.carrier},
        )
        await wait_final(api, self.account, self.answered)
        self.busy = await place(
            api,
            self.account,
            application_sid=self.application,
            to={"type": "phone", "number": "15005550486"},
        )
        await wait_final(api, self.account, self.busy)
        r = await api.post(
            f"/v1/Accounts/{self.account}/SimulatedCalls",
            json={"from": "16175550123", "to": self.number},
        )
        assert r.status_code == 201, r.text
        self.inbound = r.json()["sid"]
        await wait_final(api, self.account, self.inbound)
        return self


async def test_recent_calls_are_the_ended_calls_as_cdrs(api: Api, voice: VoiceApp) -> None:
    c = await Calls(api, voice).make()
    for owner, sid in (("account", c.account), ("service_provider", c.sp)):
        body = await page_of(api, recent(owner, sid))
        assert body["total"] == 3 and body["page"] == "1" and body["page_size"] == "25"
        assert [cdr["call_sid"] for cdr in body["data"]] == [c.inbound, c.busy, c.answered]
    by_sid = {cdr["call_sid"]: cdr for cdr in body["data"]}
    record = (await api.get(f"/v1/Accounts/{c.account}/Calls/{c.answered}")).json()
    answered = by_sid[c.answered]
    assert answered["answered"] is True and answered["sip_status"] == 200
    assert answered["direction"] == "outbound" and answered["trunk"] == c.carrier
    assert answered["from"] == "15085550100" and answered["to"] == "15085550199"
    assert answered["sip_callid"] == record["call_id"]
    assert answered["attempted_at"] == record["created_at"]
    assert answered["answered_at"] == record["answered_at"]
    assert answered["terminated_at"] == record["ended_at"]
    assert answered["duration"] == record["duration"]
    assert answered["account_sid"] == c.account and answered["service_provider_sid"] == c.sp
    assert answered["application_sid"] == c.application
    assert answered["termination_reason"] == "jambonz hungup"
    busy = by_sid[c.busy]
    assert busy["answered"] is False and busy["sip_status"] == 486
    assert "answered_at" not in busy and busy["duration"] == 0
    busy_record = (await api.get(f"/v1/Accounts/{c.account}/Calls/{c.busy}")).json()
    assert busy["termination_reason"] == busy_record["sip_reason"]
    inbound = by_sid[c.inbound]
    assert inbound["direction"] == "inbound" and inbound["trunk"] == c.carrier
    assert inbound["remote_host"] == "127.0.0.1"
    for cdr in body["data"]:  # what a simulated call has no value for is left out
        assert not {"host", "recording_url", "sip_parent_callid"} & set(cdr)


async def test_every_filter(api: Api, voice: VoiceApp) -> None:
    c = await Calls(api, voice).make()
    path = recent("account", c.account)
    assert await sids(api, path, answered="true") == [c.inbound, c.answered]
    assert await sids(api, path, answered="false") == [c.busy]
    assert await sids(api, path, answered="maybe") == [c.inbound, c.busy, c.answered]
    assert await sids(api, path, direction="inbound") == [c.inbound]
    assert await sids(api, path, direction="outbound") == [c.busy, c.answered]
    assert await sids(api, path, direction="io") == []
    assert await sids(api, path, trunk=c.carrier) == [c.inbound, c.answered]
    assert await sids(api, path, trunk="user") == []
    # `filter`: a substring of from or to, or a call's sid
    assert await sids(api, path, filter="0486") == [c.busy]
    assert await sids(api, path, filter="6175550") == [c.inbound]
    assert await sids(api, path, filter="1508555") == [c.inbound, c.busy, c.answered]
    assert await sids(api, path, filter=c.answered) == [c.answered]
    assert await sids(api, path, filter=c.answered.upper()) == [c.answered]
    assert await sids(api, path, filter="%") == []
    assert await sids(api, path, filter="_") == []
    # this server's exact from/to
    assert await sids(api, path, **{"from": "15085550100"}) == [c.busy, c.answered]
    assert await sids(api, path, to=c.number) == [c.inbound]
    # filters combine
    assert await sids(api, path, direction="outbound", answered="true") == [c.answered]
    # the time window: days, else start/end (inclusive)
    now = datetime.now(UTC)
    past = (now - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    future = (now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    everything = [c.inbound, c.busy, c.answered]
    assert await sids(api, path, days=1) == everything
    assert await sids(api, path, start=past) == everything
    assert await sids(api, path, start=future) == []
    assert await sids(api, path, end=past) == []
    assert await sids(api, path, start=past, end=future) == everything
    assert await sids(api, path, start=(now - timedelta(days=1)).date().isoformat()) == everything
    assert await sids(api, path, days=1, start=future, end=past) == everything  # days wins
    first = (await page_of(api, path))["data"][-1]["attempted_at"]
    assert await sids(api, path, start=first, end=first) == [c.answered]
    # the same filters on the provider's list
    sp_path = recent("service_provider", c.sp)
    assert await sids(api, sp_path, direction="inbound", trunk=c.carrier) == [c.inbound]


async def test_paging(api: Api, voice: VoiceApp) -> None:
    c = await Calls(api, voice).make()
    path = recent("account", c.account)
    every = await sids(api, path)
    pages = []
    for number in (1, 2, 3, 4):
        body = await page_of(api, path, page=number, count=1)
        assert body["total"] == 3 and body["page"] == str(number) and body["page_size"] == "1"
        pages.extend(cdr["call_sid"] for cdr in body["data"])
    assert pages == every
    body = await page_of(api, path, page=2, count=2)
    assert [cdr["call_sid"] for cdr in body["data"]] == every[2:]


async def test_live_calls_are_listed_once_they_end(api: Api, voice: VoiceApp) -> None:
    c = await Calls(api, voice).make()
    voice.reply("/call", LONG)
    live = await place(api, c.account, application_sid=c.application)
    await call_status(api, c.account, live, {"in-progress"})
    assert live not in await sids(api, recent("account", c.account))
    assert (await api.delete(f"/v1/Accounts/{c.account}/Calls/{live}")).status_code == 204


@pytest.mark.parametrize("kind", ["RecentCalls", "Alerts"])
async def test_page_and_count_are_required(api: Api, tenants: list[Tenant], kind: str) -> None:
    t = tenants[0]
    for base in (f"/v1/Accounts/{t.accounts[0]}/{kind}", f"/v1/ServiceProviders/{t.sp}/{kind}"):
        for query, msg in (
            ("", BAD_PAGE),
            ("?count=10", BAD_PAGE),
            ("?page=0&count=10", BAD_PAGE),
            ("?page=x&count=10", BAD_PAGE),
            ("?page=1", BAD_COUNT),
            ("?page=1&count=0", BAD_COUNT),
            ("?page=1&count=501", BAD_COUNT),
            ("?page=1&count=ten", BAD_COUNT),
        ):
            r = await api.get(base + query)
            assert r.status_code == 400 and r.json() == {"msg": msg}, (base, query, r.text)
        r = await api.get(base + "?page=1&count=500")
        assert r.status_code == 200
        # the other parameters' refusals name them, in plain words
        for query, msg in (
            ("&start=yesterday", "start: must be an ISO-8601 date or timestamp"),
            ("&end=2024-13-01", "end: must be an ISO-8601 date or timestamp"),
            ("&days=0", "days: must be a whole number from 1 to 3650"),
            ("&days=soon", "days: must be a whole number from 1 to 3650"),
        ):
            r = await api.get(base + "?page=1&count=5" + query)
            assert r.status_code == 400 and r.json() == {"msg": msg}, (query, r.text)


@pytest.mark.parametrize("kind", ["RecentCalls", "Alerts"])
async def test_scope(api: Api, tenants: list[Tenant], kind: str) -> None:
    t0, t1 = tenants
    query = "?page=1&count=5"
    account = f"/v1/Accounts/{t0.accounts[0]}/{kind}{query}"
    for token in ("admin", t0.sp_token, t0.account_tokens[0]):
        assert (await api.get(account, token)).status_code == 200
    for token in (t0.account_tokens[1], t1.sp_token, t1.account_tokens[0]):
        r = await api.get(account, token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    r = await api.get(f"/v1/Accounts/{unique_sid()}/{kind}{query}")
    assert r.status_code == 404
    # jambonz's own test: a sid that is not a UUID is 400, whatever the key
    r = await api.get(f"/v1/Accounts/INVALID/{kind}?page=1&count=1", t0.account_tokens[0])
    assert r.status_code == 400
    provider = f"/v1/ServiceProviders/{t0.sp}/{kind}{query}"
    for token in ("admin", t0.sp_token):
        assert (await api.get(provider, token)).status_code == 200
    for token in (t0.account_tokens[0], t1.sp_token, t1.account_tokens[0]):
        r = await api.get(provider, token)
        assert r.status_code == 403 and r.json() == {"msg": "insufficient privileges"}
    r = await api.get(f"/v1/ServiceProviders/{unique_sid()}/{kind}{query}")
    assert r.status_code == 404
    r = await api.get(f"/v1/ServiceProviders/INVALID/{kind}{query}")
    assert r.status_code == 400


def unique_sid() -> str:
    return str(uuid.uuid4())


async def test_no_rows_of_another_tenant(api: Api, voice: VoiceApp) -> None:
    c = await Calls(api, voice).make()
    other_sp = await api.service_provider()
    other_account = await api.account(other_sp)
    ours = {c.answered, c.busy, c.inbound}
    assert not ours & set(await sids(api, recent("account", other_account), count=500))
    assert not ours & set(await sids(api, recent("service_provider", other_sp), count=500))
    sibling = await api.account(c.sp)
    assert not ours & set(await sids(api, recent("account", sibling), count=500))
    await wait_alerts(api, alerts_of("account", c.account), "no-carrier")
    for path in (alerts_of("account", other_account), alerts_of("service_provider", other_sp)):
        body = await page_of(api, path, count=500)
        assert body == {"total": 0, "page_size": "500", "page": "1", "data": []}


SUB_RESOURCES = [
    ("GET", "/RecentCalls/abc123@10.0.0.1", "no SIP capture is kept on this server"),
    ("GET", "/RecentCalls/abc123@10.0.0.1/invite/pcap", "no SIP capture is kept on this server"),
    ("GET", "/RecentCalls/trace/0d3f2c1b4a5e6f70", "no call traces are kept on this server"),
    (
        "GET",
        "/RecentCalls/2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33/record/2024/05/01/mp3",
        "no call recordings are kept on this server",
    ),
    (
        "DELETE",
        "/RecentCalls/2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33/record/2024/5/1/wav",
        "no call recordings are kept on this server",
    ),
]


@pytest.mark.parametrize(("method", "tail", "msg"), SUB_RESOURCES)
async def test_captures_traces_and_recordings_are_not_kept(
    api: Api, tenants: list[Tenant], method: str, tail: str, msg: str
) -> None:
    t0, t1 = tenants
    account = f"/v1/Accounts/{t0.accounts[0]}{tail}"
    provider = f"/v1/ServiceProviders/{t0.sp}{tail}"
    for path, tokens in (
        (account, ("admin", t0.sp_token, t0.account_tokens[0])),
        (provider, ("admin", t0.sp_token)),
    ):
        for token in tokens:
            r = await api.request(method, path, token)
            assert r.status_code == 404 and r.json() == {"msg": msg}, (path, r.text)
    r = await api.request(method, account, t1.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    r = await api.request(method, provider, t1.sp_token)
    assert r.status_code == 403


async def test_a_failing_webhook_raises_alerts(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    voice.reply("/call", Reply(status=500, body=None))
    failing = await place(api, account, call_hook=f"{voice.url}/call")
    await wait_final(api, account, failing)
    dead = f"http://127.0.0.1:{refused_port()}/call"
    refused = await place(api, account, call_hook=dead)
    await wait_final(api, account, refused)

    path = alerts_of("account", account)
    [http] = await wait_alerts(api, path, "webhook-failure")
    assert http == {
        "time": http["time"],
        "account_sid": account,
        "alert_type": "webhook-failure",
        "message": f"{voice.url}/call returned 500",
        "detail": f"POST {voice.url}/call: HTTP 500",
        "service_provider_sid": sp,
        "target_sid": failing,
        "vendor": None,
    }
    [connect] = await wait_alerts(api, path, "webhook-connection-failure")
    assert connect["message"] == f"failed to connect to {dead}"
    # The detail is the outbound policy's one neutral sentence: nothing tells a refused
    # port from a reset or a timeout (which would map the internal network).
    assert connect["target_sid"] == refused
    assert "could not be completed" in connect["detail"] and "refused" not in connect["detail"]
    # both, newest first, and the calls' other alerts (no carrier for their numbers)
    every = (await page_of(api, path, count=500))["data"]
    kinds = [a["alert_type"] for a in every]
    assert {"webhook-failure", "webhook-connection-failure", "no-carrier"} <= set(kinds)
    times = [a["time"] for a in every]
    assert times == sorted(times, reverse=True)
    assert (await page_of(api, path, alert_type="account-call-limit"))["data"] == []
    # the provider's list: the same alerts, with only its four fields
    sp_alerts = (await page_of(api, alerts_of("service_provider", sp), count=500))["data"]
    assert len(sp_alerts) == len(every)
    assert all(set(a) == {"time", "service_provider_sid", "message", "detail"} for a in sp_alerts)
    only = await page_of(api, alerts_of("service_provider", sp), alert_type="webhook-failure")
    assert [a["message"] for a in only["data"]] == [http["message"]]
    # paging and the time window
    first = await page_of(api, path, count=1)
    assert first["total"] == len(every) and first["data"] == every[:1]
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert (await page_of(api, path, start=future))["data"] == []
    assert len((await page_of(api, path, days=1, count=500))["data"]) == len(every)


async def test_call_limits_raise_alerts(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    await api.create(
        f"/v1/Accounts/{account}/Limits", {"category": "voice_call_session", "quantity": 1}
    )
    voice.reply("/call", LONG)
    first = await place(api, account, call_hook=f"{voice.url}/call")
    r = await api.post(
        f"/v1/Accounts/{account}/Calls",
        json={
            "from": "15085550100",
            "to": {"type": "phone", "number": "15085550199"},
            "call_hook": f"{voice.url}/call",
        },
    )
    assert r.status_code == 422
    [limit] = await wait_alerts(api, alerts_of("account", account), "account-call-limit")
    assert limit["message"] == "account has reached its limit of 1 simultaneous calls"
    assert limit["service_provider_sid"] == sp and limit["target_sid"] is None
    await api.delete(f"/v1/Accounts/{account}/Calls/{first}")
    # an account without a limit of its own, under its provider's
    other = await api.account(sp)
    await api.create(
        f"/v1/ServiceProviders/{sp}/Limits", {"category": "voice_call_session", "quantity": 1}
    )
    first = await place(api, other, call_hook=f"{voice.url}/call")
    r = await api.post(
        f"/v1/Accounts/{other}/Calls",
        json={
            "from": "15085550100",
            "to": {"type": "user", "name": "alice@example.com"},
            "call_hook": f"{voice.url}/call",
        },
    )
    assert r.status_code == 422
    kind = "service-provider-call-limit"
    [limit] = await wait_alerts(api, alerts_of("account", other), kind)
    assert limit["message"] == "service provider has reached its limit of 1 simultaneous calls"
    provider = await wait_alerts(api, alerts_of("service_provider", sp), kind)
    assert [a["message"] for a in provider] == [limit["message"]]
    await api.delete(f"/v1/Accounts/{other}/Calls/{first}")


async def test_a_call_with_no_carrier_raises_an_alert(api: Api, voice: VoiceApp) -> None:
    c = await Calls(api, voice).make()
    [alert] = await wait_alerts(api, alerts_of("account", c.account), "no-carrier")
    # only the busy call had no carrier (the first went out through its named trunk)
    assert alert["message"] == "outbound call failure: no carriers have been provisioned"
    assert alert["account_sid"] == c.account and alert["service_provider_sid"] == c.sp


async def test_a_failing_messaging_hook_raises_an_alert(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    app = await api.application(account, messaging_hook={"url": f"{voice.url}/sms"})
    number = "1508555" + str(int(time.time() * 1000))[-4:]
    await api.create(
        "/v1/PhoneNumbers", {"number": number, "account_sid": account, "application_sid": app}
    )
    voice.reply("/sms", Reply(status=503, body=None))
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedMessages",
        json={"from": "15085550100", "to": number, "text": "hi"},
    )
    assert r.status_code == 201, r.text
    [alert] = await wait_alerts(api, alerts_of("account", account), "webhook-failure")
    assert alert["message"] == f"{voice.url}/sms returned 503"
    assert alert["target_sid"] == r.json()["sid"] and alert["service_provider_sid"] == sp


async def test_old_alerts_are_pruned(api: Api) -> None:
    writer = AlertWriter(api.core.db, retention_days=30)
    account = unique_sid()
    old = Alert("webhook-failure", "old", account_sid=account, time=utcnow() - timedelta(days=31))
    new = Alert("webhook-failure", "new", account_sid=account)
    writer.raise_alert(old)
    writer.raise_alert(new)
    await writer.flush()
    async with api.core.db.read() as conn:
        rows = (
            await conn.execute(select(alerts.c.message).where(alerts.c.account_sid == account))
        ).all()
    assert [row.message for row in rows] == ["new"]


async def test_a_failed_alert_write_fails_nothing(tmp_path: Any) -> None:
    # A database that cannot be written (its tables were never made): raising returns at
    # once, and the failure is only logged.
    db = Database(f"sqlite:///{tmp_path}/empty.db")
    writer = AlertWriter(db)
    try:
        started = time.perf_counter()
        for _ in range(100):
            writer.raise_alert(Alert("webhook-failure", "x"))
        assert time.perf_counter() - started < 0.5
        await writer.flush()
    finally:
        await db.dispose()


async def test_an_unusable_answer_is_an_invalid_app_payload(api: Api, voice: VoiceApp) -> None:
    account = await api.account(await api.service_provider())
    voice.reply("/call", Reply(body={"verb": "say", "text": "not in an array"}))
    sid = await place(api, account, call_hook=f"{voice.url}/call")
    await wait_final(api, account, sid)
    found = await wait_alerts(api, alerts_of("account", account), "invalid-app-payload")
    messages = [a["message"] for a in found if a["target_sid"] == sid]
    assert f"{voice.url}/call returned an invalid payload" in messages
    assert (await page_of(api, alerts_of("account", account), alert_type="webhook-failure"))[
        "data"
    ] == []


async def test_a_filter_with_nul_matches_nothing_on_every_store(api: Api) -> None:
    """PostgreSQL cannot compare text with a NUL (it answered 422); such a filter matches
    nothing on both stores, as the other lists' filters do."""
    sp = await api.service_provider()
    for query in ("direction=in%00bound", "trunk=%00", "from=1%005", "to=%00x", "filter=%00"):
        r = await api.get(f"/v1/ServiceProviders/{sp}/RecentCalls?page=1&count=25&{query}")
        assert r.status_code == 200, (query, r.text)
        assert r.json()["data"] == [] and r.json()["total"] == 0
