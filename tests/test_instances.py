"""Several instances, one platform: three real servers on one PostgreSQL database and one
Redis (jambonz/instances.py, jambonz/calls/shared.py, handlers/owner_proxy.py).

Each test starts `jambonz-api serve` three times, on three ports, with the machine's
PostgreSQL (a fresh database) and Redis (database 10, emptied first). Nothing stands in
for anything: the voice app is a real HTTP server in the test.
"""

from __future__ import annotations

import concurrent.futures
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from tests.conftest import database_on
from tests.live import spawn_server
from tests.test_calls import check_signature
from tests.test_workers import wait_until
from tests.voice_app import VoiceApp

TOKEN = "3c1d2e4f-instances-test-admin-token-01"
REDIS_URL = "redis://127.0.0.1:6379/10"
HEARTBEAT = 0.3  # seconds: an instance is lost after 3 missed beats
PAUSE = [{"verb": "pause", "length": 120}]


class Platform:
    """Instances started on one database and one Redis."""

    def __init__(self, workdir: Path, database_url: str) -> None:
        self.workdir = workdir
        self.database_url = database_url
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.bases: dict[str, str] = {}
        self.logs: dict[str, Path] = {}

    def start(self, name: str, **env: str) -> str:
        proc, base, log = spawn_server(
            self.workdir,
            log_name=f"{name}.log",
            JAMBONZ_DATABASE_URL=self.database_url,
            JAMBONZ_REDIS_URL=env.pop("JAMBONZ_REDIS_URL", REDIS_URL),
            JAMBONZ_WORKERS="1",
            JAMBONZ_ADMIN_TOKEN=TOKEN,
            JAMBONZ_INSTANCE_ID=name,
            JAMBONZ_HEARTBEAT_SECONDS=str(HEARTBEAT),
            JAMBONZ_ENCRYPTION_SECRET="instances-test-shared-encryption-secret",
            JAMBONZ_DEFAULT_TENANTS="false",
            **env,
        )
        self.procs[name], self.bases[name], self.logs[name] = proc, base, log
        return base

    def v1(self, name: str) -> str:
        return f"{self.bases[name]}/v1"

    def kill(self, name: str) -> None:
        proc = self.procs.pop(name)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)

    def stop_all(self) -> None:
        for proc in self.procs.values():
            proc.terminate()
        stuck = []
        for name, proc in self.procs.items():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
                stuck.append(name)
        assert not stuck, f"{stuck} did not stop within 20 s of SIGTERM"
        for name, log in self.logs.items():
            text = log.read_text()
            assert "Traceback" not in text, f"{name}:\n{text[-4000:]}"


def call(method: str, url: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    return httpx.request(method, url, headers=headers, timeout=15, **kwargs)


@pytest.fixture
def platform(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Platform]:
    redis.Redis.from_url(REDIS_URL).flushdb()
    for url in database_on("postgresql", tmp_path_factory):
        here = Platform(tmp_path, url)
        try:
            yield here
        finally:
            here.stop_all()


@pytest.fixture
def voice() -> Iterator[VoiceApp]:
    with VoiceApp() as app:
        yield app


def new_account(v1: str) -> str:
    sp = call("POST", f"{v1}/ServiceProviders", json={"name": "sp"}).json()["sid"]
    r = call("POST", f"{v1}/Accounts", json={"name": "acct", "service_provider_sid": sp})
    assert r.status_code == 201, r.text
    return str(r.json()["sid"])


def place(v1: str, account: str, voice: VoiceApp, path: str, n: int = 0) -> str:
    r = call(
        "POST",
        f"{v1}/Accounts/{account}/Calls",
        json={
            "from": f"1508555{n:04d}",
            "to": {"type": "phone", "number": "15085550199"},
            "call_hook": f"{voice.url}{path}",
            "call_status_hook": f"{voice.url}/status",
        },
    )
    assert r.status_code == 201, r.text
    return str(r.json()["sid"])


def record(v1: str, account: str, sid: str) -> dict[str, Any]:
    r = call("GET", f"{v1}/Accounts/{account}/Calls/{sid}")
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def statuses_of(voice: VoiceApp, sid: str) -> list[str]:
    return [r.json["call_status"] for r in voice.at("/status") if r.json["call_sid"] == sid]


def test_calls_of_each_instance_are_listed_steered_and_hung_up_from_every_other(
    platform: Platform, voice: VoiceApp
) -> None:
    names = ["i1", "i2", "i3"]
    for name in names:
        platform.start(name)
    account = new_account(platform.v1("i1"))
    placed: list[tuple[str, str, str]] = []  # (call, its instance, its conference)
    for n, name in enumerate(names):
        # each call in a conference of its own, so that it can be muted
        voice.reply(f"/room{n}", [{"verb": "conference", "name": f"room{n}", "beep": False}])
        placed.append((place(platform.v1(name), account, voice, f"/room{n}", n), name, f"room{n}"))
    sids = sorted(sid for sid, _, _ in placed)
    for name in names:  # every instance lists and counts the whole platform
        v1 = platform.v1(name)
        listed = call("GET", f"{v1}/Accounts/{account}/Calls").json()
        assert sorted(c["call_sid"] for c in listed) == sids
        assert call("GET", f"{v1}/Accounts/{account}/CallCount").json()["outbound"] == 3

    def participant(sid: str, owner: str, room: str) -> str:
        return f"{platform.v1(owner)}/Accounts/{account}/Conferences/{room}/Participants/{sid}"

    assert wait_until(lambda: all(call("GET", participant(*p)).status_code == 200 for p in placed))
    for sid, owner, room in placed:
        others = [name for name in names if name != owner]
        steer = [f"{platform.v1(other)}/Accounts/{account}/Calls/{sid}" for other in others]
        # muted through one other instance, unmuted through the other
        r = call("PUT", steer[0], json={"mute_status": "mute"})
        assert r.status_code == 204, r.text
        assert bool(call("GET", participant(sid, owner, room)).json()["muted"]) is True
        r = call("PUT", steer[1], json={"mute_status": "unmute"})
        assert r.status_code == 204, r.text
        assert bool(call("GET", participant(sid, owner, room)).json()["muted"]) is False
        # the owner's refusals come back as they are
        r = call("PUT", steer[0], json={"nope": 1})
        assert r.status_code == 400 and "msg" in r.json(), r.text

    for sid, owner, _room in placed:  # hung up through the next instance
        other = names[(names.index(owner) + 1) % 3]
        r = call(
            "PUT",
            f"{platform.v1(other)}/Accounts/{account}/Calls/{sid}",
            json={"call_status": "completed"},
        )
        assert r.status_code == 204, r.text
    for sid in sids:
        assert wait_until(
            lambda sid=sid: record(platform.v1("i2"), account, sid)["call_status"] == "completed"
        )
        assert wait_until(lambda sid=sid: "completed" in statuses_of(voice, sid))
    # a call no longer live: each instance answers as the owner would
    for name in names:
        r = call(
            "PUT",
            f"{platform.v1(name)}/Accounts/{account}/Calls/{sids[0]}",
            json={"call_status": "completed"},
        )
        assert r.status_code == 422 and "gone" in r.json()["msg"], r.text
    assert call("GET", f"{platform.v1('i3')}/Accounts/{account}/CallCount").json()["outbound"] == 0


def test_a_conference_and_a_queue_span_three_instances(platform: Platform, voice: VoiceApp) -> None:
    names = ["i1", "i2", "i3"]
    for name in names:
        platform.start(name)
    account = new_account(platform.v1("i1"))

    def rooms(name: str, path: str) -> httpx.Response:
        return call("GET", f"{platform.v1(name)}/Accounts/{account}/{path}")

    # -- a conference: one caller on each instance -----------------------------------
    events = ["start", "join", "leave", "end"]
    voice.reply(
        "/town",
        [
            {
                "verb": "conference",
                "name": "town",
                "beep": False,
                "statusHook": "/town-status",
                "statusEvents": events,
            }
        ],
    )
    members = {
        place(platform.v1(name), account, voice, "/town", n): name for n, name in enumerate(names)
    }

    def everyone_joined() -> bool:
        return all(
            rooms(name, "Conferences/town").json().get("participant_count") == 3 for name in names
        )

    assert wait_until(everyone_joined)
    for name in names:  # each instance lists the room and its members, wherever they run
        assert "town" in rooms(name, "Conferences").json()
        listed = rooms(name, "Conferences/town/Participants").json()
        assert sorted(p["call_sid"] for p in listed) == sorted(members)
    # a member running on i1 muted through i3, seen muted from i2
    on_i1 = next(sid for sid, name in members.items() if name == "i1")
    r = call(
        "PUT",
        f"{platform.v1('i3')}/Accounts/{account}/Conferences/town/Participants/{on_i1}",
        json={"mute_status": "mute"},
    )
    assert r.status_code == 204, r.text
    assert wait_until(
        lambda: bool(rooms("i2", f"Conferences/town/Participants/{on_i1}").json()["muted"])
    )
    # ended through i2: every member leaves, each on its own instance; one `end` event
    r = call("DELETE", f"{platform.v1('i2')}/Accounts/{account}/Conferences/town")
    assert r.status_code == 204, r.text
    for sid in members:
        assert wait_until(lambda sid=sid: "completed" in statuses_of(voice, sid))

    def town_events() -> list[str]:
        return [r.json["event"] for r in voice.at("/town-status")]

    assert wait_until(lambda: town_events().count("end") == 1)
    seen = town_events()
    assert seen.count("start") == 1 and seen.count("end") == 1, seen
    assert seen.count("join") == 3 and seen.count("leave") == 3, seen
    for name in names:
        assert rooms(name, "Conferences/town").status_code == 404

    # -- a queue: callers enqueued on i1 and i3, an agent dequeuing on i2 -------------
    voice.reply("/caller", [{"verb": "enqueue", "name": "support", "actionHook": "/caller-done"}])
    voice.reply("/agent", [{"verb": "dequeue", "name": "support", "timeout": 30}, *PAUSE])
    first = place(platform.v1("i1"), account, voice, "/caller", 10)
    assert wait_until(lambda: rooms("i1", "Queues/support").status_code == 200)
    second = place(platform.v1("i3"), account, voice, "/caller", 11)

    def queued(name: str) -> list[str]:
        return [c["call_sid"] for c in rooms(name, "Queues/support/Calls").json()]

    assert wait_until(lambda: all(queued(name) == [first, second] for name in names))
    agent = place(platform.v1("i2"), account, voice, "/agent", 12)
    # the agent on i2 takes the first caller, on i1: both are bridged
    assert wait_until(lambda: all(queued(name) == [second] for name in names))
    # the second caller, on i3, taken out of the queue through i1
    r = call("DELETE", f"{platform.v1('i1')}/Accounts/{account}/Queues/support/Calls/{second}")
    assert r.status_code == 204, r.text

    def result_of(sid: str) -> str | None:
        done = [r.json for r in voice.at("/caller-done") if r.json["call_sid"] == sid]
        return done[0]["queue_result"] if done else None

    assert wait_until(lambda: result_of(second) == "leave")
    assert result_of(first) is None, "still bridged to the agent"
    # the agent hangs up (through i3): the bridge ends on i1 too
    r = call(
        "PUT",
        f"{platform.v1('i3')}/Accounts/{account}/Calls/{agent}",
        json={"call_status": "completed"},
    )
    assert r.status_code == 204, r.text
    assert wait_until(lambda: result_of(first) == "bridged")
    for name in names:
        assert rooms(name, "Queues/support").status_code == 404

    # -- a killed instance's member leaves the room on the others ---------------------
    voice.reply("/hall", [{"verb": "conference", "name": "hall", "beep": False}])
    kept = place(platform.v1("i1"), account, voice, "/hall", 20)
    doomed = place(platform.v1("i3"), account, voice, "/hall", 21)

    def hall(name: str) -> list[str]:
        r = rooms(name, "Conferences/hall/Participants")
        return sorted(p["call_sid"] for p in r.json()) if r.status_code == 200 else []

    assert wait_until(lambda: hall("i1") == sorted([kept, doomed]))
    platform.kill("i3")
    assert wait_until(lambda: hall("i1") == [kept] and hall("i2") == [kept])


def test_a_killed_instance_s_calls_are_ended_by_the_survivors_and_no_other(
    platform: Platform, voice: VoiceApp
) -> None:
    platform.start("i1")
    platform.start("i2")
    account = new_account(platform.v1("i1"))
    secret = call("GET", f"{platform.v1('i1')}/Accounts/{account}/WebhookSecret").json()[
        "webhook_secret"
    ]
    voice.reply("/pause", PAUSE)
    doomed = [place(platform.v1("i1"), account, voice, "/pause", n) for n in range(3)]
    kept = [place(platform.v1("i2"), account, voice, "/pause", n) for n in range(3, 5)]
    everyone = doomed + kept

    def answered() -> bool:
        return all(
            record(platform.v1("i2"), account, s)["call_status"] == "in-progress" for s in everyone
        )

    assert wait_until(answered)
    # a third instance starting closes nothing of the others'
    platform.start("i3")
    time.sleep(HEARTBEAT * 5)  # long enough for a wrongly eager sweep to show
    assert all(
        record(platform.v1("i3"), account, s)["call_status"] == "in-progress" for s in everyone
    )
    assert call("GET", f"{platform.v1('i3')}/Accounts/{account}/CallCount").json()["outbound"] == 5

    platform.kill("i1")  # kill -9: nothing of it runs any more
    killed_at = time.monotonic()

    def ended_with_webhooks() -> bool:
        return all("failed" in statuses_of(voice, s) for s in doomed)

    assert wait_until(ended_with_webhooks, timeout=12 * HEARTBEAT * 4), [
        statuses_of(voice, s) for s in doomed
    ]
    took = time.monotonic() - killed_at
    for sid in doomed:
        data = record(platform.v1("i3"), account, sid)
        assert data["call_status"] == "failed"
        assert (data["sip_status"], data["sip_reason"]) == (500, "Server Stopped Responding")
        finals = [
            r
            for r in voice.at("/status")
            if r.json["call_sid"] == sid and r.json["call_status"] == "failed"
        ]
        assert len(finals) == 1, "one survivor sends it, once"
        final = finals[0]
        assert final.json["sip_reason"] == "Server Stopped Responding"
        assert final.json["account_sid"] == account
        check_signature(secret, final)
    for sid in kept:  # untouched
        assert record(platform.v1("i2"), account, sid)["call_status"] == "in-progress"
        assert "failed" not in statuses_of(voice, sid)
    counts = call("GET", f"{platform.v1('i2')}/Accounts/{account}/CallCount").json()
    assert counts["outbound"] == 2
    print(f"killed instance's calls ended {took:.2f} s after kill -9")
    # its calls no longer count against the account's limit
    r = call(
        "POST",
        f"{platform.v1('i2')}/Accounts/{account}/Limits",
        json={"category": "voice_call_session", "quantity": 3},
    )
    assert r.status_code in (200, 201), r.text
    place(platform.v1("i3"), account, voice, "/pause", 9)


def test_the_session_limit_holds_across_instances_under_concurrent_creation(
    platform: Platform, voice: VoiceApp
) -> None:
    names = ["i1", "i2", "i3"]
    for name in names:
        platform.start(name)
    account = new_account(platform.v1("i1"))
    r = call(
        "POST",
        f"{platform.v1('i1')}/Accounts/{account}/Limits",
        json={"category": "voice_call_session", "quantity": 4},
    )
    assert r.status_code in (200, 201), r.text
    voice.reply("/pause", PAUSE)
    body = {
        "from": "15085550100",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": f"{voice.url}/pause",
    }
    with concurrent.futures.ThreadPoolExecutor(max_workers=18) as pool:
        answers = list(
            pool.map(
                lambda n: call(
                    "POST", f"{platform.v1(names[n % 3])}/Accounts/{account}/Calls", json=body
                ),
                range(18),
            )
        )
    codes = sorted(a.status_code for a in answers)
    assert codes == [201] * 4 + [422] * 14, codes
    refused = [a.json()["msg"] for a in answers if a.status_code == 422]
    assert all("voice_call_session" in msg for msg in refused)
    live = call("GET", f"{platform.v1('i2')}/Accounts/{account}/CallCount").json()
    assert live["outbound"] == 4
    # a call that ends gives its place back, on whichever instance the next one goes
    first = next(a.json()["sid"] for a in answers if a.status_code == 201)
    r = call("DELETE", f"{platform.v1('i3')}/Accounts/{account}/Calls/{first}")
    assert r.status_code == 204, r.text
    assert wait_until(
        lambda: (
            call("POST", f"{platform.v1('i1')}/Accounts/{account}/Calls", json=body).status_code
            == 201
        )
    )


def test_without_redis_what_needs_it_is_a_503_and_records_are_still_read(
    platform: Platform, voice: VoiceApp
) -> None:
    platform.start("up")
    account = new_account(platform.v1("up"))
    voice.reply("/pause", PAUSE)
    sid = place(platform.v1("up"), account, voice, "/pause")
    platform.start("cut-off", JAMBONZ_REDIS_URL="redis://127.0.0.1:1/0")
    v1 = platform.v1("cut-off")
    body = {
        "from": "1",
        "to": {"type": "phone", "number": "15085550199"},
        "call_hook": f"{voice.url}/pause",
    }
    r = call("POST", f"{v1}/Accounts/{account}/Calls", json=body)
    assert r.status_code == 503 and r.headers["retry-after"] == "1", r.text
    assert "Redis" in r.json()["msg"]
    r = call("PUT", f"{v1}/Accounts/{account}/Calls/{sid}", json={"call_status": "completed"})
    assert r.status_code == 503 and r.headers["retry-after"] == "1", r.text
    # stored records are still served
    assert record(v1, account, sid)["call_sid"] == sid
    assert call("GET", f"{v1}/Accounts/{account}/Calls").status_code == 200
    assert call("GET", f"{v1}/Accounts/{account}").status_code == 200
    # and the call was not touched
    assert record(platform.v1("up"), account, sid)["call_status"] in (
        "trying",
        "ringing",
        "in-progress",
    )


def test_a_deleted_key_and_a_changed_application_are_seen_by_every_instance(
    platform: Platform, tmp_path: Path
) -> None:
    """Two instances as if on two hosts: each its own TMPDIR, so they share no change
    counters (jambonz/db/cache.py), and reads are cached for 60 s. The changes made on one
    reach the other's caches through Redis (jambonz/cache_broadcast.py), far sooner."""
    hosts = {name: tmp_path / f"host-{name}" for name in ("i1", "i2")}
    for name, directory in hosts.items():
        directory.mkdir()
        platform.start(name, TMPDIR=str(directory), JAMBONZ_READ_CACHE_SECONDS="60")
    one, two = platform.v1("i1"), platform.v1("i2")
    account = new_account(one)
    r = call(
        "POST",
        f"{one}/Applications",
        json={
            "name": "before",
            "account_sid": account,
            "call_hook": {"url": "https://example.com/call"},
            "call_status_hook": {"url": "https://example.com/status"},
        },
    )
    assert r.status_code == 201, r.text
    application = r.json()["sid"]
    r = call("POST", f"{one}/ApiKeys", json={"account_sid": account})
    assert r.status_code == 201, r.text
    key, token = r.json()["sid"], r.json()["token"]
    as_key = {"Authorization": f"Bearer {token}"}
    for _ in range(3):  # both now cached on the second instance
        assert httpx.get(f"{two}/Accounts/{account}", headers=as_key).status_code == 200
        assert call("GET", f"{two}/Applications/{application}").json()["name"] == "before"

    assert call("DELETE", f"{one}/ApiKeys/{key}").status_code == 204
    r = call("PUT", f"{one}/Applications/{application}", json={"name": "after"})
    assert r.status_code == 204, r.text
    # seen well within the 60 s the cache would otherwise keep the old row
    assert wait_until(
        lambda: call("GET", f"{two}/Applications/{application}").json()["name"] == "after",
        timeout=10,
    )
    # the key's deletion was announced before the change: refused there by now
    r = httpx.get(f"{two}/Accounts/{account}", headers=as_key)
    assert r.status_code == 401, r.text
