"""A server with several worker processes runs every live call in one of them.

`jambonz-api serve --workers 2` really runs: two uvicorn workers share the port, one holds
the engine lease (jambonz/calls/lease.py) and serves the others' live-call requests on its
private socket (handlers/live.py). Each request below opens a new connection, so the
kernel hands them to either worker; calls placed through both must meet in one conference,
and every worker must list, steer and hang them up alike.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from handlers.live import LiveProxy
from jambonz.calls.lease import EngineLease
from jambonz.config import Settings
from tests.live import live_server
from tests.voice_app import VoiceApp

TOKEN = "0b7e6f5c-workers-test-admin-token-0001"
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


def test_live_calls_are_shared_by_every_worker(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'jambonz.db'}"
    env = {"JAMBONZ_WORKERS": "2", "JAMBONZ_ADMIN_TOKEN": TOKEN, "JAMBONZ_DATABASE_URL": db}
    with VoiceApp() as voice, live_server(tmp_path, **env) as (base, _log):
        port = int(base.rsplit(":", 1)[1])
        lease = EngineLease(f"{db}|127.0.0.1|{port}")
        assert wait_until(lambda: os.path.exists(lease.socket_path)), "no engine socket"
        assert not lease.acquire(), "a worker must hold the engine lease"

        v1 = f"{base}/v1"
        account = new_account(v1)
        voice.reply("/room", ROOM)
        calls = []
        for n in range(6):
            r = fresh(
                "POST",
                f"{v1}/Accounts/{account}/Calls",
                json={
                    "from": f"1508555010{n}",
                    "to": {"type": "phone", "number": "15085550199"},
                    "call_hook": f"{voice.url}/room",
                },
            )
            assert r.status_code == 201, r.text
            calls.append(r.json()["sid"])

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

        for sid in calls[:3]:  # mute through any worker
            r = fresh("PUT", f"{v1}/Accounts/{account}/Calls/{sid}", json={"mute_status": "mute"})
            assert r.status_code == 204, r.text
        for sid in calls:
            r = fresh("GET", f"{participants}/{sid}")
            assert r.status_code == 200 and bool(r.json()["muted"]) is (sid in calls[:3]), r.text

        for sid in calls:  # hang up through any worker
            r = fresh(
                "PUT", f"{v1}/Accounts/{account}/Calls/{sid}", json={"call_status": "completed"}
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
        # Errors of live paths are the engine worker's too, and still {"msg"}.
        missing = fresh("PUT", f"{v1}/Accounts/{account}/Calls/{calls[0]}", json={"nope": 1})
        assert missing.status_code == 400 and "msg" in missing.json()


def test_every_worker_reads_what_any_worker_wrote(tmp_path: Path) -> None:
    """Each worker caches reads (jambonz/db/cache.py); a change made through one worker must
    be what the next request reads, whichever worker takes it."""
    db = f"sqlite:///{tmp_path / 'jambonz.db'}"
    env = {"JAMBONZ_WORKERS": "2", "JAMBONZ_ADMIN_TOKEN": TOKEN, "JAMBONZ_DATABASE_URL": db}
    with live_server(tmp_path, **env) as (base, _log):
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
    db = f"sqlite:///{tmp_path / 'jambonz.db'}"
    env = {"JAMBONZ_WORKERS": "2", "JAMBONZ_ADMIN_TOKEN": TOKEN, "JAMBONZ_DATABASE_URL": db}
    with live_server(tmp_path, **env) as (base, _log):
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


def test_a_single_worker_takes_no_lease() -> None:
    from jambonz.calls.lease import lease_for

    assert lease_for(Settings(workers=1)) is None
    lease = lease_for(Settings(workers=2, port=1))
    assert lease is not None and not lease.held


def test_the_lease_is_exclusive_and_released(tmp_path: Path) -> None:
    first = EngineLease("k", tmp_path)
    second = EngineLease("k", tmp_path)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    first.release()
    assert second.acquire()
    second.release()


def test_every_handler_that_reaches_the_engine_is_marked() -> None:
    """A handler that uses the call engine but lacks `@uses_engine` would be served by a
    worker without live calls: this guard reads every handler module."""
    import inspect

    import handlers
    from handlers.app import BASE_PATH, load_spec
    from handlers.fastpath import resolve
    from handlers.live import engine_routes

    spec = load_spec()
    seen = 0
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            function = resolve(operation["operationId"])
            source = inspect.getsource(function)
            seen += 1
            if ".engine" in source:
                assert getattr(function, "uses_engine", False), operation["operationId"]
    assert seen == 187 and handlers is not None
    routed = {(m, p.pattern) for m, p in engine_routes(spec, BASE_PATH)}
    assert ("POST", "^/v1/Accounts/(?P<AccountSid>[^/]+)/Calls$") in routed
    assert ("GET", "^/v1/Accounts/(?P<AccountSid>[^/]+)/Calls$") not in routed


async def test_an_unreachable_engine_worker_is_a_503(tmp_path: Path) -> None:
    """A worker without the lease whose engine worker is not listening (it is restarting)
    answers live-call requests 503 with Retry-After, and still serves the rest itself."""
    from handlers.app import create_app
    from jambonz.bootstrap import insert_key
    from jambonz.db.migrate import upgrade
    from jambonz.runtime import Core

    url = f"sqlite:///{tmp_path / 'jambonz.db'}"
    upgrade(url)
    core = Core.from_settings(Settings(database_url=url, workers=2))
    core.lease = EngineLease("nobody-listens", tmp_path)  # not held: another worker's
    _, token = await insert_key(core.db)
    app = create_app(core)
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        sid = "00000000-0000-0000-0000-000000000000"
        r = await client.post(f"/v1/Accounts/{sid}/Calls", json={}, headers=headers)
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
        assert "not reachable" in r.json()["msg"]
        local = await client.get(f"/v1/Accounts/{sid}/Calls", headers=headers)
        assert local.status_code == 404  # a record read: served here, not forwarded
    proxies = [a for a in _layers(app) if isinstance(a, LiveProxy)]
    assert proxies and proxies[0]._clients == {}  # the failed session was closed
    await core.close()


def _layers(app: object) -> list[object]:
    """The ASGI apps wrapped one inside the other (each keeps the next as `app`)."""
    found = []
    while app is not None and app not in found:
        found.append(app)
        app = getattr(app, "app", None)
    return found


def test_the_access_log_shows_every_request_of_every_worker(tmp_path: Path) -> None:
    """The worker that runs the live calls also serves the engine's private socket; setting
    that up once silenced its access log, so about half the requests went unlogged."""
    db = f"sqlite:///{tmp_path / 'jambonz.db'}"
    env = {"JAMBONZ_WORKERS": "2", "JAMBONZ_DATABASE_URL": db, "JAMBONZ_LOG_LEVEL": "info"}
    with live_server(tmp_path, **env) as (base, log_path):
        port = int(base.rsplit(":", 1)[1])
        lease = EngineLease(f"{db}|127.0.0.1|{port}")
        assert wait_until(lambda: os.path.exists(lease.socket_path)), "no engine socket"
        marker = f"/v1/Nothing-{uuid.uuid4().hex[:8]}"
        for _ in range(30):
            assert fresh("GET", f"{base}{marker}").status_code in (401, 404)
        time.sleep(0.5)
        logged = [line for line in log_path.read_text().splitlines() if marker in line]
    assert len(logged) == 30, logged
