"""The simulator's parts on their own: far-end rules, the clock, the call recorder, and the
engine's resilience (no HTTP API; the end-to-end tests are in test_calls.py)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from sqlalchemy import delete, select

from jambonz.calls.clock import Clock
from jambonz.calls.engine import CallSetup, CallUpdate
from jambonz.calls.farend import FarEnd, far_end_for
from jambonz.calls.records import DatabaseCallRecorder
from jambonz.calls.simulator import SimulatorEngine
from jambonz.calls.state import LiveCall
from jambonz.config import Settings
from jambonz.db import Database
from jambonz.db.migrate import upgrade
from jambonz.db.tables import accounts, calls, service_providers, utcnow
from jambonz.errors import Unprocessable
from jambonz.keyring import sealer_for
from jambonz.sealing import install
from jambonz.webhooks_out import HookTarget, WebhookResult

# -- far-end rules -----------------------------------------------------------------------------


def phone(number: str, **headers: str) -> dict[str, Any]:
    target: dict[str, Any] = {"type": "phone", "number": number}
    if headers:
        target["headers"] = headers
    return target


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (None, FarEnd()),
        (phone("15085550199"), FarEnd()),
        (phone("15005550486"), FarEnd(result="reject", code=486)),
        (phone("+15005550603"), FarEnd(result="reject", code=603)),
        (phone("15005550480"), FarEnd(result="no-answer", code=480)),
        (phone("15005550404"), FarEnd(result="reject", code=404)),
        (phone("15005550399"), FarEnd()),  # not a final SIP code: an ordinary number
        (phone("15005550700"), FarEnd()),
        (phone("15005551030"), FarEnd(hangup_after=30.0)),
        (phone("15005552123#"), FarEnd()),  # digits only
        (phone("150055521234"), FarEnd(digits="1234")),
        ({"type": "teams", "number": "15005550486"}, FarEnd(result="reject", code=486)),
        ({"type": "user", "name": "15005551005@acme.example.com"}, FarEnd(hangup_after=5.0)),
        ({"type": "sip", "sipUri": "sip:+15005550486@example.com"}, FarEnd("reject", 486)),
        (
            {"type": "sip", "sipUri": "sip:bob@example.com;sim-result=busy;sim-ring=3"},
            FarEnd(result="busy", ring=3.0),
        ),
        (
            {"type": "sip", "sipUri": "sips:bob@example.com;transport=tls;SIM-Digits=12%23"},
            FarEnd(digits="12#"),
        ),
        ({"type": "sip", "sipUri": "sip:bob@example.com;sim-code=500"}, FarEnd("reject", 500)),
        (
            {
                "type": "sip",
                "sipUri": "sip:bob@example.com;sim-early-media=true;sim-speech=hi%20there",
            },
            FarEnd(early_media=True, speech="hi there"),
        ),
        (phone("1", **{"X-Sim-Result": "fail"}), FarEnd(result="fail")),
        (phone("1", **{"x-sim-result": "NO-ANSWER"}), FarEnd(result="no-answer")),
        (phone("1", **{"X-Sim-Hangup-After": "2.5"}), FarEnd(hangup_after=2.5)),
        (phone("1", **{"X-Sim-Early-Media": "yes"}), FarEnd(early_media=True)),
        (phone("1", **{"X-Sim-Digits": "42", "X-Other": "x"}), FarEnd(digits="42")),
        # invalid values are ignored
        (
            phone("1", **{"X-Sim-Ring": "soon", "X-Sim-Code": "200", "X-Sim-Result": "maybe"}),
            FarEnd(),
        ),
        (phone("1", **{"X-Sim-Ring": "nan", "X-Sim-Hangup-After": "-3"}), FarEnd()),
        # headers win over URI parameters, which win over reserved numbers
        (
            {
                "type": "sip",
                "sipUri": "sip:15005550486@example.com;sim-result=answer;sim-ring=2",
                "headers": {"X-Sim-Ring": "4"},
            },
            FarEnd(result="answer", code=486, ring=4.0),
        ),
        (phone("15005552777", **{"X-Sim-Digits": "9"}), FarEnd(digits="9")),
    ],
)
def test_far_end_rules(target: dict[str, Any] | None, expected: FarEnd) -> None:
    assert far_end_for(target) == expected


@pytest.mark.parametrize(
    ("far", "final"),
    [
        (FarEnd(result="busy"), ("busy", 486, "Busy Here")),
        (FarEnd(result="reject", code=486), ("busy", 486, "Busy Here")),
        (FarEnd(result="reject", code=600), ("busy", 600, "Busy Everywhere")),
        (FarEnd(result="reject", code=603), ("busy", 603, "Decline")),
        (FarEnd(result="reject"), ("failed", 403, "Forbidden")),
        (FarEnd(result="reject", code=404), ("failed", 404, "Not Found")),
        (FarEnd(result="reject", code=499), ("failed", 499, "Rejected")),
        (FarEnd(result="fail"), ("failed", 503, "Service Unavailable")),
        (FarEnd(result="no-answer"), ("no-answer", 487, "Request Terminated")),
        (FarEnd(result="no-answer", code=480), ("no-answer", 480, "Temporarily Unavailable")),
        (FarEnd(result="reject", code=408), ("no-answer", 408, "Request Timeout")),
    ],
)
def test_final_statuses(far: FarEnd, final: tuple[str, int, str]) -> None:
    assert far.final_status() == final


def test_rings_out() -> None:
    assert FarEnd(result="no-answer").rings_out
    assert FarEnd(result="reject", code=480).rings_out
    assert not FarEnd(result="reject", code=486).rings_out
    assert not FarEnd().rings_out


# -- the clock ---------------------------------------------------------------------------------


async def test_clock_runs_faster() -> None:
    with pytest.raises(ValueError):
        Clock(0)
    clock = Clock(100)
    wall, sim = time.monotonic(), clock.now()
    await clock.sleep(10)  # 0.1 s of real time
    real = time.monotonic() - wall
    assert 0.09 <= real < 1.0
    assert clock.now() - sim >= 9.5
    assert abs(clock.now() - time.time()) < 60  # it starts at the real time
    started = time.monotonic()
    await clock.sleep_until(clock.now() - 5)  # in the past: no wait
    await clock.sleep(-1)
    assert time.monotonic() - started < 0.05
    assert clock.utcnow().tzinfo is None


# -- the recorder ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db_url(database_url: str) -> str:
    upgrade(database_url)
    # accounts' webhook secrets are sealed columns: the keys a Core would install
    install(sealer_for(Settings(database_url=database_url)))
    return database_url


async def make_account(db: Database) -> str:
    import uuid

    sp, account = str(uuid.uuid4()), str(uuid.uuid4())
    async with db.write() as conn:
        await conn.execute(
            service_providers.insert().values(service_provider_sid=sp, name=f"sp-{sp[:8]}")
        )
        await conn.execute(
            accounts.insert().values(
                account_sid=account,
                name=f"a-{account[:8]}",
                service_provider_sid=sp,
                webhook_secret="wh_secret_test",
                created_at=utcnow(),
            )
        )
    return account


def leg(account: str, n: int) -> LiveCall:
    import uuid

    return LiveCall(
        call_sid=str(uuid.uuid4()),
        account_sid=account,
        service_provider_sid=None,
        application_sid=None,
        direction="outbound",
        from_="1",
        to=str(n),
        call_id=f"{n}@127.0.0.1",
        webhook_secret=None,
        created_at=time.time(),
    )


async def test_recorder_batches_and_keeps_the_latest_state(db_url: str) -> None:
    db = Database(db_url)
    try:
        account = await make_account(db)
        recorder = DatabaseCallRecorder(db)
        legs = [leg(account, n) for n in range(50)]
        await asyncio.gather(*(recorder.save(c) for c in legs))
        for c in legs:
            c.call_status, c.sip_status = "ringing", 180
        first = [recorder.save(c) for c in legs]
        for c in legs:
            c.call_status, c.sip_status, c.answered_at = "in-progress", 200, time.time()
        await asyncio.gather(*first, *(recorder.save(c) for c in legs))
        async with db.read() as conn:
            rows = (await conn.execute(select(calls).where(calls.c.account_sid == account))).all()
        assert len(rows) == 50
        assert {(r.call_status, r.sip_status) for r in rows} == {("in-progress", 200)}
        # a late write of a deleted record does not bring it back
        gone = legs[0]
        async with db.write() as conn:
            await conn.execute(delete(calls).where(calls.c.call_sid == gone.call_sid))
        gone.call_status = "completed"
        await recorder.save(gone)
        async with db.read() as conn:
            found = (
                await conn.execute(select(calls).where(calls.c.call_sid == gone.call_sid))
            ).first()
        assert found is None
        # one bad row fails alone; the others of its batch are written
        bad = leg("00000000-0000-4000-8000-000000000000", 99)  # no such account
        good = leg(account, 100)
        results = await asyncio.gather(
            recorder.save(bad), recorder.save(good), return_exceptions=True
        )
        assert isinstance(results[0], Exception) and results[1] is None
        assert bad.recorded is False and good.recorded is True
        async with db.read() as conn:
            assert (
                await conn.execute(select(calls).where(calls.c.call_sid == good.call_sid))
            ).first()
    finally:
        await db.dispose()


# -- the engine without HTTP -------------------------------------------------------------------


class MemoryRecorder:
    def __init__(self) -> None:
        self.saved: list[tuple[str, str]] = []

    async def save(self, call: LiveCall) -> None:
        self.saved.append((call.call_sid, call.call_status))


class ScriptedSender:
    """Answers every webhook from a table of path -> body, and records the requests."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.sent: list[tuple[str, dict[str, Any]]] = []

    async def send(
        self,
        target: HookTarget,
        payload: Any,
        *,
        secret: str | None,
        expect_verbs: bool,
        background: bool = False,
    ) -> WebhookResult:
        path = target.wire_url.split("example.com", 1)[-1]
        self.sent.append((path, dict(payload or {})))
        body = self.answers.get(path, [])
        if isinstance(body, Exception):
            raise body
        return WebhookResult(ok=True, status=200, body=body)

    async def aclose(self) -> None:
        return None


def setup(**fields: Any) -> CallSetup:
    return CallSetup(
        **{
            "account_sid": "a" * 8,
            "service_provider_sid": None,
            "application_sid": None,
            "webhook_secret": None,
            "from_": "1",
            "to": "2",
            "target": {"type": "phone", "number": "2"},
            "call_hook": "https://app.example.com/call",
            "call_status_hook": "https://app.example.com/status",
            **fields,
        }
    )


def engine(answers: dict[str, Any]) -> tuple[SimulatorEngine, ScriptedSender, MemoryRecorder]:
    sender, recorder = ScriptedSender(answers), MemoryRecorder()
    sim = SimulatorEngine(clock=Clock(200), sender=sender, recorder=recorder)  # type: ignore[arg-type]
    return sim, sender, recorder


async def ended(call: LiveCall, timeout: float = 5) -> None:
    await asyncio.wait_for(call.ended.wait(), timeout)


async def test_an_internal_error_ends_only_that_call() -> None:
    sim, _, _ = engine({"/call": [{"verb": "pause", "length": 1}]})
    queue = sim.subscribe()

    async def broken(*_: Any) -> None:
        raise RuntimeError("boom")

    sim._fetch_app = broken  # type: ignore[method-assign]
    call = await sim.create_call(setup())
    await ended(call)
    assert call.call_status == "completed"
    alerts = []
    while not queue.empty():
        event = queue.get_nowait()
        if event.kind == "alert":
            alerts.append(event.data)
    assert any(a["alert_type"] == "simulator-error" and "boom" in a["message"] for a in alerts)
    await sim.stop()


async def test_a_verb_that_fails_is_skipped() -> None:
    sim, sender, _ = engine(
        {
            "/call": [
                {"verb": "pause", "length": 1},
                {"verb": "play", "url": "x", "actionHook": "/p"},
            ]
        }
    )

    async def broken(*_: Any) -> None:
        raise ValueError("bad length")

    sim._verb_pause = broken  # type: ignore[method-assign]
    call = await sim.create_call(setup())
    await ended(call)
    assert call.call_status == "completed"
    assert [path for path, _ in sender.sent if path == "/p"] == ["/p"]
    await sim.stop()


async def test_stop_ends_live_calls_and_records_them() -> None:
    sim, sender, recorder = engine({"/call": [{"verb": "pause", "length": 3600}]})
    answered = await sim.create_call(setup())
    ringing = await sim.create_call(
        setup(target={"type": "phone", "number": "2", "headers": {"X-Sim-Ring": "3000"}})
    )
    for _ in range(200):
        if answered.answered and ringing.call_status == "ringing":
            break
        await asyncio.sleep(0.01)
    await sim.stop()
    assert (answered.call_status, answered.call_termination_by) == ("completed", "jambonz")
    assert (ringing.call_status, ringing.sip_status) == ("no-answer", 487)
    assert (answered.call_sid, "completed") in recorder.saved
    assert (ringing.call_sid, "no-answer") in recorder.saved
    finals = [p["call_status"] for path, p in sender.sent if path == "/status"]
    assert finals.count("completed") == 1 and finals.count("no-answer") == 1
    assert sim.live_calls("a" * 8) == []


async def test_session_limit_is_atomic() -> None:
    sim, _, _ = engine({"/call": [{"verb": "pause", "length": 3600}]})
    results = await asyncio.gather(
        *(sim.create_call(setup(session_limit=2)) for _ in range(6)), return_exceptions=True
    )
    assert sum(isinstance(r, LiveCall) for r in results) == 2
    assert sum(isinstance(r, Unprocessable) for r in results) == 4
    await sim.stop()


async def test_update_of_a_gone_call() -> None:
    sim, _, _ = engine({})
    with pytest.raises(Unprocessable):
        await sim.update_call("nope", CallUpdate(call_status="completed"))
    assert await sim.hangup("nope") is False
    await sim.stop()


async def test_status_webhooks_keep_their_order() -> None:
    sim, sender, _ = engine({"/call": [{"verb": "hangup"}]})
    calls_ = [await sim.create_call(setup()) for _ in range(20)]
    for call in calls_:
        await ended(call)
    await sim.stop()
    for call in calls_:
        seen = [
            p["call_status"]
            for path, p in sender.sent
            if path == "/status" and p["call_sid"] == call.call_sid
        ]
        assert seen == ["trying", "ringing", "in-progress", "completed"]
    assert json.dumps(sender.sent)  # every payload is plain JSON


async def test_records_are_stamped_with_real_time_at_any_speed() -> None:
    """Simulated time runs `speed` times faster; what is stored stays on the real clock."""
    import time as _time

    from jambonz.calls.clock import Clock

    clock = Clock(speed=100)
    await asyncio.sleep(0.2)  # 20 simulated seconds
    assert clock.now() - _time.time() > 15
    assert abs(clock.to_wall(clock.now()) - _time.time()) < 0.5
    assert Clock(speed=1).to_wall(1000.0) == 1000.0
