"""CORS as jambonz allows it (the portal is served from another origin): preflights
answered without a token, every answer carrying the allowed origin, and
JAMBONZ_CORS_ORIGINS to narrow or turn it off."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from jambonz.db.migrate import upgrade
from tests.conftest import app_api

PORTAL = "http://127.0.0.1:8080"
PREFLIGHT = {
    "Origin": PORTAL,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type,authorization",
}


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def migrated(database_url: str) -> AsyncIterator[str]:
    upgrade(database_url)
    yield database_url


async def test_preflight_and_answers_by_default(migrated: str) -> None:
    async with app_api(migrated) as api:
        for path in ("/v1/login", "/v1/Accounts", "/v1/Users/me"):
            pre = await api.request("OPTIONS", path, None, headers=PREFLIGHT)
            assert pre.status_code == 204, (path, pre.text)
            assert pre.headers["access-control-allow-origin"] == "*"
            assert pre.headers["access-control-allow-methods"] == "GET,HEAD,PUT,PATCH,POST,DELETE"
            assert pre.headers["access-control-allow-headers"] == "content-type,authorization"
            assert pre.content == b""
        for token, status in (("admin", 200), (None, 401)):
            answer = await api.get("/v1/ServiceProviders", token, headers={"Origin": PORTAL})
            assert answer.status_code == status
            assert answer.headers["access-control-allow-origin"] == "*"
        refused = await api.post(
            "/v1/login", None, json={"username": "x", "password": "y"}, headers={"Origin": PORTAL}
        )
        assert refused.headers.get_list("access-control-allow-origin") == ["*"]


async def test_a_list_of_origins(migrated: str) -> None:
    async with app_api(migrated, cors_origins=f"{PORTAL}, https://portal.example.com/") as api:
        pre = await api.request("OPTIONS", "/v1/login", None, headers=PREFLIGHT)
        assert pre.status_code == 204
        assert pre.headers["access-control-allow-origin"] == PORTAL
        assert "Origin" in pre.headers.get_list("vary")
        other = await api.get("/v1/ServiceProviders", headers={"Origin": "https://evil.example"})
        assert other.status_code == 200 and "access-control-allow-origin" not in other.headers
        listed = await api.get(
            "/v1/ServiceProviders", headers={"Origin": "https://portal.example.com"}
        )
        assert listed.headers["access-control-allow-origin"] == "https://portal.example.com"


async def test_turned_off(migrated: str) -> None:
    async with app_api(migrated, cors_origins="") as api:
        pre = await api.request("OPTIONS", "/v1/login", None, headers=PREFLIGHT)
        assert pre.status_code != 204 and "access-control-allow-origin" not in pre.headers
        answer = await api.get("/v1/ServiceProviders", headers={"Origin": PORTAL})
        assert "access-control-allow-origin" not in answer.headers
