"""Queues and conferences that jambonz's feature servers keep in Redis are listed with the
account's own (`queue:<account>:<name>` sorted sets, `conf:<account>:<name>` hashes), on a
real Redis; without Redis, and for another account, they are not."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import redis

from jambonz.db.migrate import upgrade
from tests.conftest import Api, app_api

REDIS_URL = "redis://127.0.0.1:6379/12"


def _redis_up() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(not _redis_up(), reason="needs Redis on 127.0.0.1:6379")


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def shared(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, redis_url=REDIS_URL) as made:
        yield made


@pytest.fixture
def seeded(shared: Api):
    """Rooms a feature server would have written, for a fresh account; removed after."""
    client = redis.Redis.from_url(REDIS_URL)
    written: list[str] = []

    def seed(account_sid: str) -> None:
        for name, members in (("support", ["c1", "c2", "c3"]), ("sales", ["c4"])):
            key = f"queue:{account_sid}:{name}"
            client.zadd(key, {m: i for i, m in enumerate(members)})
            written.append(key)
        for name in ("standup", "retro"):
            key = f"conf:{account_sid}:{name}"
            client.hset(key, mapping={"url": f"http://fs.example/{name}"})
            written.append(key)

    yield seed
    if written:
        client.delete(*written)


async def test_feature_server_rooms_are_listed(shared: Api, seeded) -> None:
    sp = await shared.service_provider()
    account, other = await shared.account(sp), await shared.account(sp)
    seeded(account)
    queues = await shared.get(f"/v1/Accounts/{account}/Queues")
    assert queues.status_code == 200, queues.text
    assert sorted((q["name"], q["length"]) for q in queues.json()) == [
        ("sales", 1),
        ("support", 3),
    ]
    searched = await shared.get(f"/v1/Accounts/{account}/Queues", params={"search": "sup*"})
    assert [q["name"] for q in searched.json()] == ["support"]
    conferences = await shared.get(f"/v1/Accounts/{account}/Conferences")
    assert sorted(conferences.json()) == ["retro", "standup"]
    # Another account of the same provider sees none of them.
    assert (await shared.get(f"/v1/Accounts/{other}/Queues")).json() == []
    assert (await shared.get(f"/v1/Accounts/{other}/Conferences")).json() == []


async def test_an_account_key_of_another_account_sees_nothing(shared: Api, seeded) -> None:
    sp = await shared.service_provider()
    account, other = await shared.account(sp), await shared.account(sp)
    seeded(account)
    token = await shared.key(account_sid=other)
    response = await shared.get(f"/v1/Accounts/{account}/Queues", token)
    assert response.status_code == 404 or response.json() == []


async def test_without_redis_only_the_engines_rooms(database_url: str) -> None:
    upgrade(database_url)
    client = redis.Redis.from_url(REDIS_URL)
    async with app_api(database_url) as plain:
        sp = await plain.service_provider()
        account = await plain.account(sp)
        client.zadd(f"queue:{account}:support", {"c1": 1})
        try:
            assert (await plain.get(f"/v1/Accounts/{account}/Queues")).json() == []
        finally:
            client.delete(f"queue:{account}:support")


async def test_an_unreachable_redis_is_503(database_url: str) -> None:
    upgrade(database_url)
    async with app_api(database_url, redis_url="redis://127.0.0.1:1/0") as broken:
        sp = await broken.service_provider()
        account = await broken.account(sp)
        response = await broken.get(f"/v1/Accounts/{account}/Conferences")
        assert response.status_code == 503, response.text
        assert "Retry-After" in response.headers
