"""/v1/Accounts/{sid}/RegisteredSipUsers and /SimulatedRegistrations against the machine's
Redis, in the layout jambonz's SBC registrar writes (seeded directly as it writes it, and
through the simulator), without Redis, and with a Redis that cannot be reached."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest_asyncio
from redis import asyncio as aioredis

from jambonz.db.migrate import upgrade
from tests.conftest import Api, app_api, unique

# A database of its own on the machine's Redis; each test uses realms of its own, and the
# keys it made are removed at the end.
REDIS_URL = "redis://127.0.0.1:6379/13"
UNREACHABLE_URL = "redis://127.0.0.1:1/0"
NO_REALM = {"msg": "account does not have sip_realm configuration"}


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def redis() -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(REDIS_URL, decode_responses=True)
    await client.ping()  # the tests need the machine's Redis
    yield client
    async for key in client.scan_iter(match="user:*@*.test.example.com"):
        await client.delete(key)
    members = await client.zrange("active-user", 0, -1)
    mine = [m for m in members if m.endswith(".test.example.com")]
    if mine:
        await client.zrem("active-user", *mine)
    await client.aclose()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, redis_url=REDIS_URL) as made:
        yield made


def realm() -> str:
    return f"{unique('r')}.test.example.com"


async def account_with_realm(api: Api, sip_realm: str | None = None) -> tuple[str, str, str]:
    """A new account with a realm of its own: (account sid, realm, its provider's sid)."""
    sp = await api.service_provider()
    name = sip_realm or realm()
    return await api.account(sp, sip_realm=name), name, sp


async def simulate(api: Api, account: str, token: str = "admin", **body: object) -> dict:
    r = await api.post(f"/v1/Accounts/{account}/SimulatedRegistrations", token, json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def registrar_add(redis: aioredis.Redis, aor: str, value: dict, expires: int) -> None:
    """What jambonz's registrar does on a REGISTER."""
    value = {**value, "expiryTime": int(time.time() * 1000) + expires * 1000}
    await redis.set(f"user:{aor}", json.dumps(value), ex=expires)
    await redis.zadd("active-user", {f"user:{aor}": value["expiryTime"]})


async def test_jambonzs_own_scenario(api: Api, redis: aioredis.Redis) -> None:
    """jambonz's test/clients.js: a registrar entry shows in the list and in both lookups."""
    account, name, _sp = await account_with_realm(api)
    await registrar_add(
        redis,
        f"dhorton@{name}",
        {"contact": "10.10.1.1", "sbcAddress": "192.168.1.1", "protocol": "udp"},
        5,
    )
    r = await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")
    assert r.status_code == 200 and r.json() == [f"dhorton@{name}"]

    r = await api.post(f"/v1/Accounts/{account}/RegisteredSipUsers", json=["dhorton"])
    assert r.status_code == 200
    [item] = r.json()
    assert item["name"] == "dhorton" and item["registered_status"] == "active"
    assert item["contact"] == "10.10.1.1" and item["sbcAddress"] == "192.168.1.1"

    for body in ({"json": []}, {}):
        r = await api.post(f"/v1/Accounts/{account}/RegisteredSipUsers", **body)
        assert r.status_code == 200, r.text
        [item] = r.json()
        assert item["name"] == "dhorton" and item["protocol"] == "udp"
        assert "sbcAddress" not in item and "registered_status" not in item


async def test_a_simulated_device_is_stored_as_the_registrar_stores_one(
    api: Api, redis: aioredis.Redis
) -> None:
    account, name, _sp = await account_with_realm(api)
    before = int(time.time() * 1000)
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedRegistrations",
        json={"username": "alice", "expires": 600, "protocol": "tcp"},
    )
    assert r.status_code == 201, r.text
    answer = r.json()
    key = f"user:alice@{name}"
    stored = json.loads(await redis.get(key))
    assert set(stored) == {"contact", "sbcAddress", "protocol", "proxy", "expiryTime"}
    assert answer == {"name": "alice", **stored}
    assert stored["protocol"] == "tcp" and stored["contact"].startswith("sip:alice@")
    assert before + 600_000 <= stored["expiryTime"] <= int(time.time() * 1000) + 600_000
    assert 590 <= await redis.ttl(key) <= 600
    assert await redis.zscore("active-user", key) == stored["expiryTime"]

    assert (await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")).json() == [f"alice@{name}"]
    # A given contact is kept; registering again replaces the registration.
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedRegistrations",
        json={"username": "alice", "contact": "sip:alice@203.0.113.9:5070;transport=tcp"},
    )
    assert r.status_code == 201
    assert json.loads(await redis.get(key))["contact"] == "sip:alice@203.0.113.9:5070;transport=tcp"
    assert json.loads(await redis.get(key))["protocol"] == "udp"

    # Unregistering removes both, as a device's REGISTER with Expires: 0 does.
    path = f"/v1/Accounts/{account}/SimulatedRegistrations/alice"
    assert (await api.delete(path)).status_code == 204
    assert await redis.get(key) is None and await redis.zscore("active-user", key) is None
    assert (await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")).json() == []
    r = await api.delete(path)
    assert r.status_code == 404 and r.json() == {"msg": "the user is not registered"}


async def test_named_lookups_say_who_is_not_registered(api: Api) -> None:
    account, _name, _sp = await account_with_realm(api)
    await simulate(api, account, username="bob", expires=60)
    r = await api.post(f"/v1/Accounts/{account}/RegisteredSipUsers", json=["bob", "carol"])
    assert r.status_code == 200
    bob, carol = r.json()
    assert bob["name"] == "bob" and bob["registered_status"] == "active"
    assert carol == {
        "name": "carol",
        "contact": None,
        "expiryTime": 0,
        "protocol": None,
        "registered_status": "inactive",
    }


async def test_one_users_status_carries_its_clients_permissions(api: Api) -> None:
    account, _name, _sp = await account_with_realm(api)
    await api.create(
        "/v1/Clients",
        {"account_sid": account, "username": "dave", "allow_direct_queue_calling": False},
    )
    await simulate(api, account, username="dave")
    r = await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers/dave")
    assert r.status_code == 200
    item = r.json()
    assert item["registered_status"] == "active" and item["expiryTime"] > 0
    assert item["contact"].startswith("sip:dave@") and item["proxy"].startswith("sip:")
    assert (
        item["allow_direct_app_calling"],
        item["allow_direct_queue_calling"],
        item["allow_direct_user_calling"],
    ) == (1, 0, 1)

    r = await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers/erin")
    assert r.json() == {
        "name": "erin",
        "contact": None,
        "expiryTime": 0,
        "protocol": None,
        "allow_direct_app_calling": 0,
        "allow_direct_queue_calling": 0,
        "allow_direct_user_calling": 0,
        "registered_status": "inactive",
        "proxy": None,
    }


async def test_expired_and_removed_registrations_are_not_listed(
    api: Api, redis: aioredis.Redis
) -> None:
    account, name, _sp = await account_with_realm(api)
    await registrar_add(redis, f"live@{name}", {"contact": "sip:live@x"}, 60)
    # A member whose time has passed is pruned; one whose key is gone is skipped.
    await redis.zadd("active-user", {f"user:stale@{name}": int(time.time() * 1000) - 1000})
    await redis.zadd("active-user", {f"user:gone@{name}": int(time.time() * 1000) + 60_000})
    r = await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")
    assert r.json() == [f"live@{name}"]
    assert await redis.zscore("active-user", f"user:stale@{name}") is None

    await simulate(api, account, username="brief", expires=1)
    assert f"brief@{name}" in (await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")).json()
    await asyncio.sleep(1.2)
    assert (await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")).json() == [f"live@{name}"]
    r = await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers/brief")
    assert r.json()["registered_status"] == "inactive"


async def test_a_realm_lists_its_own_users_only(api: Api, redis: aioredis.Redis) -> None:
    """jambonz matches `*<realm>`, which takes in the users of `other<realm>` too."""
    account, name, _sp = await account_with_realm(api)
    neighbour, _other, _sp2 = await account_with_realm(api, f"evil{name}")
    await registrar_add(redis, f"amy@{name}", {"contact": "sip:amy@x"}, 60)
    await registrar_add(redis, f"mallory@evil{name}", {"contact": "sip:m@x"}, 60)
    assert (await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers")).json() == [f"amy@{name}"]
    details = (await api.post(f"/v1/Accounts/{account}/RegisteredSipUsers", json=[])).json()
    assert [d["name"] for d in details] == ["amy"]
    assert (await api.get(f"/v1/Accounts/{neighbour}/RegisteredSipUsers")).json() == [
        f"mallory@evil{name}"
    ]


async def test_an_account_without_a_realm(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    for r in (
        await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers"),
        await api.post(f"/v1/Accounts/{account}/RegisteredSipUsers", json=["a"]),
        await api.post(f"/v1/Accounts/{account}/SimulatedRegistrations", json={"username": "a"}),
    ):
        assert r.status_code == 400 and r.json() == NO_REALM
    r = await api.get(f"/v1/Accounts/{account}/RegisteredSipUsers/a")
    assert r.status_code == 200 and r.json()["registered_status"] == "inactive"
    assert (await api.delete(f"/v1/Accounts/{account}/SimulatedRegistrations/a")).status_code == 404


async def test_scope_of_the_account(api: Api) -> None:
    account, name, sp = await account_with_realm(api)
    other_account, _n, other_sp = await account_with_realm(api)
    await simulate(api, account, username="fay")
    own = [
        await api.key(account_sid=account),
        await api.key(service_provider_sid=sp),
    ]
    foreign = [
        await api.key(account_sid=other_account),
        await api.key(service_provider_sid=other_sp),
    ]
    base = f"/v1/Accounts/{account}"
    for token in own:
        assert f"fay@{name}" in (await api.get(f"{base}/RegisteredSipUsers", token)).json()
        r = await api.post(f"{base}/SimulatedRegistrations", token, json={"username": "gus"})
        assert r.status_code == 201
    for token in foreign:
        for r in (
            await api.get(f"{base}/RegisteredSipUsers", token),
            await api.post(f"{base}/RegisteredSipUsers", token, json=["fay"]),
            await api.get(f"{base}/RegisteredSipUsers/fay", token),
            await api.post(f"{base}/SimulatedRegistrations", token, json={"username": "x"}),
            await api.delete(f"{base}/SimulatedRegistrations/fay", token),
        ):
            assert r.status_code == 404, r.text
    missing = "/v1/Accounts/2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33/RegisteredSipUsers"
    assert (await api.get(missing)).status_code == 404


async def test_bodies_are_checked(api: Api) -> None:
    account, _name, _sp = await account_with_realm(api)
    base = f"/v1/Accounts/{account}"
    for body in ({"username": "a b"}, {"username": "a@b"}, {}, {"username": "a", "expires": 0}):
        r = await api.post(f"{base}/SimulatedRegistrations", json=body)
        assert r.status_code == 400, body
    r = await api.post(f"{base}/SimulatedRegistrations", json={"username": "a", "protocol": "x"})
    assert r.status_code == 400
    assert (await api.post(f"{base}/RegisteredSipUsers", json={"a": 1})).status_code == 400
    assert (await api.post(f"{base}/RegisteredSipUsers", json=[""])).status_code == 400


async def test_without_redis_nobody_is_registered(database_url: str) -> None:
    upgrade(database_url)
    async with app_api(database_url) as api:
        account, _name, _sp = await account_with_realm(api)
        base = f"/v1/Accounts/{account}"
        assert (await api.get(f"{base}/RegisteredSipUsers")).json() == []
        assert (await api.post(f"{base}/RegisteredSipUsers")).json() == []
        r = await api.post(f"{base}/RegisteredSipUsers", json=["a"])
        assert r.json()[0]["registered_status"] == "inactive"
        assert (await api.get(f"{base}/RegisteredSipUsers/a")).json()["expiryTime"] == 0
        r = await api.post(f"{base}/SimulatedRegistrations", json={"username": "a"})
        assert r.status_code == 422
        msg = "simulated registrations are kept in Redis: set JAMBONZ_REDIS_URL"
        assert r.json() == {"msg": msg}


async def test_an_unreachable_redis_is_503(database_url: str) -> None:
    upgrade(database_url)
    async with app_api(database_url, redis_url=UNREACHABLE_URL) as api:
        account, _name, _sp = await account_with_realm(api)
        base = f"/v1/Accounts/{account}"
        for r in (
            await api.get(f"{base}/RegisteredSipUsers"),
            await api.post(f"{base}/RegisteredSipUsers", json=["a"]),
            await api.get(f"{base}/RegisteredSipUsers/a"),
            await api.post(f"{base}/SimulatedRegistrations", json={"username": "a"}),
        ):
            assert r.status_code == 503
            assert r.json() == {"msg": "the SIP registrations (Redis) cannot be reached; retry"}
            assert r.headers["Retry-After"]
