"""A database that cannot be reached is a 503 with Retry-After, never a 500.

The PostgreSQL database of the test is dropped under a running app (its connections are
terminated), which is what clients meet while the server restarts or fails over.
"""

from __future__ import annotations

import asyncio
import sqlite3
import uuid

import httpx
import psycopg
import pytest

from handlers.app import create_app
from jambonz.bootstrap import insert_key
from jambonz.config import Settings
from jambonz.db.engine import UNAVAILABLE, _unavailable
from jambonz.db.migrate import upgrade
from jambonz.runtime import Core
from tests.conftest import PG_SERVER, _pg_admin

SESSION_LOOP = pytest.mark.asyncio(loop_scope="session")


def test_what_counts_as_unavailable() -> None:
    assert _unavailable(sqlite3.OperationalError("database is locked"))
    assert _unavailable(psycopg.OperationalError("connection refused"))
    # A fault of ours stays a 500: it must not hide behind "retry later".
    assert not _unavailable(sqlite3.OperationalError("no such table: nope"))
    assert not _unavailable(ValueError("database is locked"))


def assert_unavailable(r: httpx.Response) -> None:
    assert r.status_code == 503, r.text
    assert r.json() == {"msg": UNAVAILABLE}
    assert r.headers["retry-after"] == "1"


@SESSION_LOOP
@pytest.mark.parametrize("fast_path", [True, False], ids=["fast-path", "connexion"])
async def test_a_lost_postgresql_is_a_503(fast_path: bool) -> None:
    name = f"jz_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    base = PG_SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}/{name}"
    upgrade(url)
    core = Core.from_settings(Settings(database_url=url, fast_path=fast_path))
    try:
        _, admin = await insert_key(core.db)
        _, other = await insert_key(core.db)
        transport = httpx.ASGITransport(app=create_app(core))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            as_admin = {"Authorization": f"Bearer {admin}"}
            r = await client.post("/v1/ServiceProviders", json={"name": "sp"}, headers=as_admin)
            assert r.status_code == 201, r.text
            assert (await client.get("/v1/ServiceProviders", headers=as_admin)).status_code == 200

            _pg_admin(f'DROP DATABASE "{name}" WITH (FORCE)')

            # A cached key, then a read, a write and a prepared read that reach the database.
            assert_unavailable(await client.get("/v1/ServiceProviders", headers=as_admin))
            assert_unavailable(
                await client.post("/v1/ServiceProviders", json={"name": "x"}, headers=as_admin)
            )
            missing = "00000000-0000-4000-8000-000000000000"
            assert_unavailable(await client.get(f"/v1/Applications/{missing}", headers=as_admin))
            # A key the server has not seen yet: its lookup fails the same way.
            as_other = {"Authorization": f"Bearer {other}"}
            assert_unavailable(await client.get("/v1/ServiceProviders", headers=as_other))
    finally:
        await core.close()
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@SESSION_LOOP
@pytest.mark.parametrize("fast_path", [True, False], ids=["fast-path", "connexion"])
async def test_a_postgresql_restart_costs_no_request_after_it(fast_path: bool) -> None:
    """Every pooled connection is cut, as a PostgreSQL restart cuts them (the server's
    backends of the test database are terminated, on the machine's real PostgreSQL), idle
    and then under load: every request after the cut succeeds, on a connection checked on
    checkout (issue 16: before, a stale connection failed one request each)."""
    name = f"jz_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    base = PG_SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}/{name}"
    upgrade(url)
    core = Core.from_settings(Settings(database_url=url, fast_path=fast_path))
    try:
        _, admin = await insert_key(core.db)
        transport = httpx.ASGITransport(app=create_app(core))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            as_admin = {"Authorization": f"Bearer {admin}"}
            r = await client.post("/v1/ServiceProviders", json={"name": "sp"}, headers=as_admin)
            assert r.status_code == 201, r.text
            sp = r.json()["sid"]

            async def requests(n: int) -> list[int]:
                async def one(i: int) -> int:
                    if i % 5 == 0:
                        body = {"name": f"acct-{uuid.uuid4().hex[:8]}", "service_provider_sid": sp}
                        return (
                            await client.post("/v1/Accounts", json=body, headers=as_admin)
                        ).status_code
                    path = "/v1/ServiceProviders" if i % 2 else f"/v1/ServiceProviders/{sp}"
                    return (await client.get(path, headers=as_admin)).status_code

                return list(await asyncio.gather(*(one(i) for i in range(n))))

            cut_all = (
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            )
            # the pools hold several connections each; all are cut while idle
            assert set(await requests(30)) <= {200, 201}
            _pg_admin(cut_all)
            after = [status for _ in range(4) for status in await requests(30)]
            assert set(after) <= {200, 201}, f"{after.count(503)} of {len(after)} failed"
            # cut under load: what was in flight may fail, nothing after it
            cut = asyncio.create_task(asyncio.to_thread(_pg_admin, cut_all))
            during = await requests(30)
            await cut
            assert set(during) <= {200, 201, 503}, during
            after = [status for _ in range(4) for status in await requests(30)]
            assert set(after) <= {200, 201}, f"{after.count(503)} of {len(after)} failed"
    finally:
        await core.close()
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
