"""Shared fixtures: every API test module runs once on each store: SQLite, PostgreSQL and
MySQL (the machine's MariaDB).

Each module gets a fresh database (a temporary SQLite file, or a new PostgreSQL or MySQL
database on the machine's server that is dropped afterwards), migrated, and an app
with response validation on, reached in-process over httpx's ASGI transport.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import psycopg
import pymysql
import pytest
import pytest_asyncio
from sqlalchemy.engine import make_url

from handlers.app import create_app
from jambonz import jambonz_cipher
from jambonz.bootstrap import insert_key
from jambonz.config import Settings
from jambonz.db.migrate import upgrade
from jambonz.runtime import Core

PG_SERVER = os.environ.get("JAMBONZ_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
MYSQL_SERVER = os.environ.get("JAMBONZ_TEST_MYSQL", "mysql://root@127.0.0.1:3306")
STORES = ["sqlite", "postgresql", "mysql"]


def unique(prefix: str = "t") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def plain_words(msg: str, expected: str) -> bool:
    """Whether a body-validation 400 says `expected` (`<property path>: <what is
    expected>`), optionally followed by a short quote of the value sent (` (got ...)`, at
    most 40 characters of it), and nothing else."""
    if msg == expected:
        return True
    rest = msg.removeprefix(expected)
    return rest != msg and rest.startswith(" (got ") and rest.endswith(")") and len(rest) <= 48


def _pg_admin(sql: str) -> None:
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(sql)


def mysql_admin(sql: str) -> None:
    """Run `sql` on the MySQL server as its administrator (no database selected)."""
    url = make_url(MYSQL_SERVER)
    conn = pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=url.username or "root",
        password=url.password or "",
        autocommit=True,
    )
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
    finally:
        conn.close()


def new_database(store: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Any]:
    """A fresh, empty database on `store`: its URL, and what drops it."""
    if store == "sqlite":
        path = tmp_path_factory.mktemp("db") / "jambonz.db"
        return f"sqlite:///{path}", lambda: None
    name = f"jz_test_{uuid.uuid4().hex[:12]}"
    if store == "mysql":
        mysql_admin(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        return f"{MYSQL_SERVER.rstrip('/')}/{name}", lambda: mysql_admin(
            f"DROP DATABASE IF EXISTS `{name}`"
        )
    _pg_admin(f'CREATE DATABASE "{name}"')
    base = PG_SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{base}/{name}", lambda: _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_on(store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh database on `store` for the life of the generator, dropped afterwards."""
    url, drop = new_database(store, tmp_path_factory)
    try:
        yield url
    finally:
        drop()


@pytest.fixture(scope="module", params=STORES)
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    yield from database_on(request.param, tmp_path_factory)


@dataclass
class Api:
    """An httpx client on the app, the admin token, and factories for test data."""

    client: httpx.AsyncClient
    core: Core
    admin_token: str
    created: dict[str, list[str]] = field(default_factory=dict)

    def row_sealed(self, stored: str | None) -> bool:
        """Whether a stored secret bound to its row has the form its store keeps:
        this server's sealed form, or on MySQL jambonz's encrypted one, which jambonz's
        feature servers and SBCs decrypt (jambonz/jambonz_cipher.py)."""
        if stored is None:
            return False
        if self.core.db.is_mysql:
            return jambonz_cipher.is_encrypted(stored)
        return stored.startswith(f"v2.{self.core.sealer.current_kid}.")

    @staticmethod
    def auth(token: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"} if token else {}

    async def request(
        self, method: str, path: str, token: str | None = "admin", **kwargs: Any
    ) -> httpx.Response:
        tok = self.admin_token if token == "admin" else token
        headers = {**self.auth(tok), **kwargs.pop("headers", {})}
        return await self.client.request(method, path, headers=headers, **kwargs)

    async def get(self, path: str, token: str | None = "admin", **kw: Any) -> httpx.Response:
        return await self.request("GET", path, token, **kw)

    async def post(self, path: str, token: str | None = "admin", **kw: Any) -> httpx.Response:
        return await self.request("POST", path, token, **kw)

    async def put(self, path: str, token: str | None = "admin", **kw: Any) -> httpx.Response:
        return await self.request("PUT", path, token, **kw)

    async def delete(self, path: str, token: str | None = "admin", **kw: Any) -> httpx.Response:
        return await self.request("DELETE", path, token, **kw)

    async def create(self, path: str, body: dict[str, Any], token: str | None = "admin") -> str:
        response = await self.post(path, token, json=body)
        assert response.status_code == 201, (path, response.status_code, response.text)
        return response.json()["sid"]

    # -- factories (through the API, as admin) -------------------------------------
    async def service_provider(self, **fields: Any) -> str:
        return await self.create("/v1/ServiceProviders", {"name": unique("sp"), **fields})

    async def account(self, service_provider_sid: str, **fields: Any) -> str:
        body = {"name": unique("acct"), "service_provider_sid": service_provider_sid, **fields}
        return await self.create("/v1/Accounts", body)

    async def application(self, account_sid: str, **fields: Any) -> str:
        body = {
            "name": unique("app"),
            "account_sid": account_sid,
            "call_hook": {"url": "https://app.example.com/call", "method": "POST"},
            "call_status_hook": {"url": "https://app.example.com/status", "method": "POST"},
            **fields,
        }
        return await self.create("/v1/Applications", body)

    async def key(
        self, *, service_provider_sid: str | None = None, account_sid: str | None = None
    ) -> str:
        """A token for a new key, made through the core (independent of /ApiKeys)."""
        _, token = await insert_key(
            self.core.db, service_provider_sid=service_provider_sid, account_sid=account_sid
        )
        return token


@asynccontextmanager
async def app_api(database_url: str, **settings: Any) -> AsyncIterator[Api]:
    """The app on its own Core with these settings (response validation on) and an admin
    key, reached in-process; the Core is closed on the way out."""
    core = Core.from_settings(
        Settings(database_url=database_url, validate_responses=True, **settings)
    )
    _, admin_token = await insert_key(core.db)
    app = create_app(core, validate_responses=True)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Api(client=client, core=core, admin_token=admin_token)
    finally:
        await core.close()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url) as made:
        yield made


@dataclass
class Tenant:
    """A service provider with two accounts and a key for each of the three."""

    sp: str
    sp_token: str
    accounts: list[str]
    account_tokens: list[str]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def tenants(api: Api) -> list[Tenant]:
    """Two service providers, each with two accounts: for the scope rules."""
    result = []
    for _ in range(2):
        sp = await api.service_provider()
        accts = [await api.account(sp) for _ in range(2)]
        result.append(
            Tenant(
                sp=sp,
                sp_token=await api.key(service_provider_sid=sp),
                accounts=accts,
                account_tokens=[await api.key(account_sid=a) for a in accts],
            )
        )
    return result
