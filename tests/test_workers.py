"""A server with several worker processes: each worker is an instance of the platform.

`jambonz-api serve --workers 2` really runs, on SQLite and the machine's Redis (database
7, emptied first): two uvicorn workers share the port, and each runs its own live calls as
an instance (jambonz/workers.py, jambonz/instances.py). Each request below opens a new
connection, so the kernel hands them to either worker; calls placed through both must
meet in one conference (jambonz/calls/shared_rooms.py), and every worker must list, steer
and hang them up alike (handlers/owner_proxy.py). Without Redis one worker runs, and the
server says why.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from jambonz import workers
from jambonz.config import Settings
from jambonz.workers import WorkerSlot, as_worker, one_worker_reason
from tests.live import live_server, spawn_server
from tests.voice_app import VoiceApp

TOKEN = "0b7e6f5c-workers-test-admin-token-0001"
REDIS_URL = "redis://127.0.0.1:6379/7"
ROOM = [{"verb": "conference", "name": "standup", "beep": False, "startConferenceOnEnter": True}]


def fresh(method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request on its own connection (so any worker may take it)."""
    headers = {"Authorization": f"Bearer {TOKEN}", "Connection": "close"}
    return httpx.request(method, url, headers=headers, timeout=10, **kwargs)


def new_account(v1: str) -> str:
    """A service provider with one account; the account's sid."""
    sp = fresh("POST", f"{v1}/ServiceProviders", json={"name": "sp"}).json()["sid"]
    body = {"name": "acct", "service_provider_sid": sp}
    return fresh("POST", f"{v1}/Accounts", json=body).json()["sid"]


def wait_until(check: Any, timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def two_workers(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a two-worker server on a fresh SQLite file and Redis."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    db = f"sqlite:///{tmp_path / 'jambonz.db'}"
    return {
        "JAMBONZ_WORKERS": "2",
        "JAMBONZ_ADMIN_TOKEN": TOKEN,
        "JAMBONZ_DATABASE_URL": db,
        "JAMBONZ_REDIS_URL": REDIS_URL,
        "JAMBONZ_HEARTBEAT_SECONDS": "0.3",
        **extra,
    }


def instances(beaten_within: float | None = None) -> list[str]:
    """The instances in Redis; with `beaten_within`, those that beat that recently."""
    client = redis.Redis.from_url(REDIS_URL)
    low: float | str = "-inf"
    if beaten_within is not None:
        seconds, micros = client.time()
        low = seconds * 1000 + micros // 1000 - beaten_within * 1000
    names = client.zrangebyscore("japi:instances", low, "+inf")
    return sorted(name.decode() for name in names)


def worker_urls(port: int | None = None) -> dict[str, str]:
    """Each worker's name and the base URL of its own port (of the server on `port`)."""
    urls = redis.Redis.from_url(REDIS_URL).hgetall("japi:instance-urls")
    found = {name.decode(): url.decode() for name, url in urls.items()}
    if port is None:
        return found
    return {n: u for n, u in found.items() if n.endswith((f":{port}/0", f":{port}/1"))}


def both_workers_up(port: int) -> bool:
    """Each worker beats as `<host>:<port>/<slot>` and answers on its own port (which
    opens just after its first beat)."""
    beating = instances(beaten_within=1.0)
    mine = [n for n in beating if n.endswith((f":{port}/0", f":{port}/1"))]
    if len(mine) != 2:
        return False
    urls = worker_urls()
    return all(n in urls and _answers(urls[n]) for n in mine)


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_live_calls_are_shared_by_every_worker(tmp_path: Path) -> None:
    env = two_workers(tmp_path)
    with VoiceApp() as voice, live_server(tmp_path, **env) as (base, _log):
        port = int(base.rsplit(":", 1)[1])
        assert wait_until(lambda: both_workers_up(port)), instances()

        v1 = f"{base}/v1"
        account = new_account(v1)
        voice.reply("/room", ROOM)
        calls = []
        own = worker_urls(port)  # each worker's own port: three calls placed on each
        calls, owner = [], {}
        for n in range(6):
            name = sorted(own)[n % 2]
            r = fresh(
                "POST",
                f"{own[name]}/v1/Accounts/{account}/Calls",
                json={
                    "from": f"1508555010{n}",
                    "to": {"type": "phone", "number": "15085550199"},
                    "call_hook": f"{voice.url}/room",
                },
            )
            assert r.status_code == 201, r.text
            calls.append(r.json()["sid"])
            owner[calls[-1]] = name
        client = redis.Redis.from_url(REDIS_URL)
        for name in own:
            ran = {s.decode() for s in client.smembers(f"japi:instance-calls:{name}")}
            assert ran == {sid for sid in calls if owner[sid] == name}

        def other(sid: str) -> str:
            """The v1 URL of the worker that does not run the call."""
            return f"{own[next(n for n in own if n != owner[sid])]}/v1"

        participants = f"{v1}/Accounts/{account}/Conferences/standup/Participants"

        def everyone_joined() -> bool:
            r = fresh("GET", participants)
            return r.status_code == 200 and len(r.json()) == len(calls)

        assert wait_until(everyone_joined), fresh("GET", participants).text
        for _ in range(12):  # whichever worker answers, it sees the same room
            assert fresh("GET", f"{v1}/Accounts/{account}/Conferences").json() == ["standup"]
            listed = fresh("GET", participants).json()
            assert sorted(p["call_sid"] for p in listed) == sorted(calls)
            assert fresh("GET", f"{v1}/Accounts/{account}/CallCount").json()["outbound"] == 6

        for sid in calls[:3]:  # muted through the worker that does not run it
            r = fresh(
                "PUT", f"{other(sid)}/Accounts/{account}/Calls/{sid}", json={"mute_status": "mute"}
            )
            assert r.status_code == 204, r.text
        for sid in calls:
            r = fresh("GET", f"{participants}/{sid}")
            assert r.status_code == 200 and bool(r.json()["muted"]) is (sid in calls[:3]), r.text
        # Errors of a call steered through the other worker are its owner's, as {"msg"}.
        refused = fresh(
            "PUT", f"{other(calls[0])}/Accounts/{account}/Calls/{calls[0]}", json={"nope": 1}
        )
        assert refused.status_code == 400 and "msg" in refused.json()

        for sid in calls:  # hung up through the other worker
            r = fresh(
                "PUT",
                f"{other(sid)}/Accounts/{account}/Calls/{sid}",
                json={"call_status": "completed"},
            )
            assert r.status_code == 204, r.text

        def all_completed() -> bool:
            return all(
                fresh("GET", f"{v1}/Accounts/{account}/Calls/{sid}").json()["call_status"]
                == "completed"
                for sid in calls
            )

        assert wait_until(all_completed)
        rooms = f"{v1}/Accounts/{account}/Conferences"
        assert wait_until(lambda: fresh("GET", rooms).json() == []), fresh("GET", rooms).text
        for _ in range(6):  # paths that need percent-encoding are passed on as sent
            odd = fresh("GET", f"{v1}/Accounts/%C3%8B%01x%20y/Calls")
            assert odd.status_code in (400, 404) and "msg" in odd.json(), odd.text


def test_every_worker_reads_what_any_worker_wrote(tmp_path: Path) -> None:
    """Each worker caches reads (jambonz/db/cache.py); a change made through one worker must
    be what the next request reads, whichever worker takes it."""
    env = two_workers(tmp_path)
    with live_server(tmp_path, **env) as (base, _log):
        port = int(base.rsplit(":", 1)[1])
        assert wait_until(lambda: both_workers_up(port)), instances()
        v1 = f"{base}/v1"
        account = new_account(v1)
        hook = {"url": "https://a.example/0"}
        body = {"name": "v0", "account_sid": account, "call_hook": hook, "call_status_hook": hook}
        created = fresh("POST", f"{v1}/Applications", json=body)
        assert created.status_code == 201, created.text
        app = created.json()["sid"]
        for n in range(1, 16):
            for _ in range(4):  # both workers now hold the current version in their cache
                assert fresh("GET", f"{v1}/Applications/{app}").json()["name"] == f"v{n - 1}"
            changed = {"name": f"v{n}", "call_hook": {"url": f"https://a.example/{n}"}}
            assert fresh("PUT", f"{v1}/Applications/{app}", json=changed).status_code == 204
            for _ in range(4):
                got = fresh("GET", f"{v1}/Applications/{app}").json()
                assert (got["name"], got["call_hook"]["url"]) == (f"v{n}", f"https://a.example/{n}")
        assert fresh("DELETE", f"{v1}/Applications/{app}").status_code == 204
        for _ in range(4):
            assert fresh("GET", f"{v1}/Applications/{app}").status_code == 404

        # A deleted key stops working in every worker at once, though each cached it.
        key = fresh("POST", f"{v1}/ApiKeys", json={"account_sid": account}).json()
        as_key = {"Authorization": f"Bearer {key['token']}", "Connection": "close"}
        for _ in range(6):
            r = httpx.get(f"{v1}/Accounts/{account}", headers=as_key, timeout=10)
            assert r.status_code == 200, r.text
        assert fresh("DELETE", f"{v1}/ApiKeys/{key['sid']}").status_code == 204
        for _ in range(6):
            r = httpx.get(f"{v1}/Accounts/{account}", headers=as_key, timeout=10)
            assert r.status_code == 401, r.text


def test_concurrent_writes_through_both_workers_all_land_once(tmp_path: Path) -> None:
    """Writes of both workers at once commit in groups (jambonz/db/sqlite_writer.py): every
    create answered 201 is there, a name taken by one create is refused to the others, and
    a refused create leaves nothing behind (its hooks go with its savepoint)."""
    env = two_workers(tmp_path)
    with live_server(tmp_path, **env) as (base, _log):
        port = int(base.rsplit(":", 1)[1])
        assert wait_until(lambda: both_workers_up(port)), instances()
        v1 = f"{base}/v1"
        account = new_account(v1)
        hook = {"url": "https://a.example/hook"}
        names = [f"app-{n}" for n in range(60)] + ["contested"] * 12

        async def create_all() -> list[httpx.Response]:
            headers = {"Authorization": f"Bearer {TOKEN}", "Connection": "close"}
            async with httpx.AsyncClient(headers=headers, timeout=30) as client:
                return await asyncio.gather(
                    *(
                        client.post(
                            f"{v1}/Applications",
                            json={
                                "name": name,
                                "account_sid": account,
                                "call_hook": hook,
                                "call_status_hook": hook,
                            },
                        )
                        for name in names
                    )
                )

        answers = asyncio.run(create_all())
        statuses = [r.status_code for r in answers]
        assert statuses[:60] == [201] * 60, [r.text for r in answers if r.status_code != 201]
        assert sorted(statuses[60:]) == [201] + [422] * 11, statuses[60:]
        listed = fresh("GET", f"{v1}/Accounts/{account}/Applications").json()
        assert sorted(a["name"] for a in listed) == sorted(set(names))
        created = {r.json()["sid"] for r in answers if r.status_code == 201}
        assert {a["application_sid"] for a in listed} == created
        assert all(a["call_hook"]["url"] == hook["url"] for a in listed)
    with sqlite3.connect(tmp_path / "jambonz.db") as conn:
        # Two hooks per created application, none from the eleven refused creates.
        assert conn.execute("SELECT count(*) FROM webhooks").fetchone()[0] == 2 * 61


def test_a_killed_worker_s_calls_are_ended_and_the_other_s_are_not(tmp_path: Path) -> None:
    env = two_workers(tmp_path)
    with VoiceApp() as voice:
        proc, base, _log = spawn_server(tmp_path, **env)
        try:
            port = int(base.rsplit(":", 1)[1])
            assert wait_until(lambda: both_workers_up(port)), instances()
            v1 = f"{base}/v1"
            account = new_account(v1)
            voice.reply("/pause", [{"verb": "pause", "length": 120}])
            placed = []
            own = worker_urls(port)
            for n in range(8):
                name = sorted(own)[n % 2]
                body = {
                    "from": f"150855501{n:02d}",
                    "to": {"type": "phone", "number": "15085550199"},
                    "call_hook": f"{voice.url}/pause",
                    "call_status_hook": f"{voice.url}/status",
                }
                r = fresh("POST", f"{own[name]}/v1/Accounts/{account}/Calls", json=body)
                assert r.status_code == 201, r.text
                placed.append(r.json()["sid"])
            client = redis.Redis.from_url(REDIS_URL)
            runs = {
                n: {s.decode() for s in client.smembers(f"japi:instance-calls:{n}")}
                for n in instances()
            }
            assert sorted(sid for group in runs.values() for sid in group) == sorted(placed)
            assert all(runs.values()), runs
            children = subprocess.run(
                ["pgrep", "-P", str(proc.pid)], capture_output=True, text=True, check=True
            ).stdout.split()
            workers_now = [pid for pid in children if _is_worker(int(pid))]
            assert len(workers_now) == 2, children
            os.kill(int(workers_now[0]), signal.SIGKILL)
            assert wait_until(lambda: not both_workers_up(port), timeout=5), "still beating"

            def finals(sid: str) -> list[str]:
                return [
                    r.json["call_status"]
                    for r in voice.at("/status")
                    if r.json["call_sid"] == sid and r.json["call_status"] == "failed"
                ]

            def one_group_failed() -> bool:
                return any(all(finals(s) for s in group) for group in runs.values())

            assert wait_until(one_group_failed, timeout=20), [finals(s) for s in placed]
            dead = next(g for g in runs.values() if all(finals(s) for s in g))
            alive = next(g for g in runs.values() if g is not dead)
            for sid in dead:  # one final webhook each, its record failed
                assert len(finals(sid)) == 1, finals(sid)
                record = fresh("GET", f"{v1}/Accounts/{account}/Calls/{sid}").json()
                assert record["call_status"] == "failed"
            for sid in alive:  # the other worker's calls are untouched
                record = fresh("GET", f"{v1}/Accounts/{account}/Calls/{sid}").json()
                assert record["call_status"] == "in-progress", record
            # uvicorn starts a worker in the dead one's place: it takes the freed slot
            assert wait_until(lambda: both_workers_up(port), timeout=20), instances()
        finally:
            proc.terminate()
            proc.wait(timeout=20)


def _is_worker(pid: int) -> bool:
    """A uvicorn worker (spawned by multiprocessing), not another child of the server."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def test_without_redis_one_worker_runs_and_says_why(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'jambonz.db'}"
    for env, reason in (
        ({}, "JAMBONZ_REDIS_URL is not set"),
        (
            {"JAMBONZ_REDIS_URL": "redis://user:s3cret@127.0.0.1:1/0"},
            "its Redis (redis://***@127.0.0.1:1/0) does not answer",
        ),
    ):
        proc, base, log = spawn_server(
            tmp_path, JAMBONZ_WORKERS="2", JAMBONZ_DATABASE_URL=db, **env
        )
        try:
            assert httpx.get(f"{base}/health", timeout=5).status_code == 200
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        text = log.read_text()
        assert "running 1 worker, not 2: several workers share their live calls" in text, text
        assert reason in text and "s3cret" not in text, text


def test_worker_slots_are_exclusive_stable_and_freed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "SLOT_WAIT_SECONDS", 0.2)
    settings = Settings(workers=2, port=1, instance_id="api-1")
    first = WorkerSlot.take(settings, tmp_path)
    second = WorkerSlot.take(settings, tmp_path)
    assert (first.index, second.index) == (0, 1)
    with pytest.raises(RuntimeError, match="all 2 worker slots"):
        WorkerSlot.take(settings, tmp_path)
    first.release()  # a dead worker's slot goes to the one started in its place
    again = WorkerSlot.take(settings, tmp_path)
    assert again.index == 0
    named = as_worker(settings, again, 41234)
    assert named.instance_name == "api-1/0"
    assert named.advertised_url == "http://127.0.0.1:41234"
    other = as_worker(
        Settings(workers=2, service_url="https://api.example.com:3000/"), second, 40001
    )
    assert other.advertised_url == "https://api.example.com:40001"
    again.release()
    second.release()
    assert one_worker_reason(Settings(workers=1)) is None
    assert one_worker_reason(Settings(workers=2, redis_url=REDIS_URL)) is None


def test_the_access_log_shows_every_request_of_every_worker(tmp_path: Path) -> None:
    """Each worker also serves its own port; setting that up once silenced its access
    log, so about half the requests went unlogged."""
    env = two_workers(tmp_path, JAMBONZ_LOG_LEVEL="info")
    with live_server(tmp_path, **env) as (base, log_path):
        port = int(base.rsplit(":", 1)[1])
        assert wait_until(lambda: both_workers_up(port)), instances()
        marker = f"/v1/Nothing-{uuid.uuid4().hex[:8]}"
        for _ in range(30):
            assert fresh("GET", f"{base}{marker}").status_code in (401, 404)
        time.sleep(0.5)
        logged = [line for line in log_path.read_text().splitlines() if marker in line]
    assert len(logged) == 30, logged
