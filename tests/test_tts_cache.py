"""/v1/TtsCache and /v1/Accounts/{sid}/TtsCache against the machine's Redis (jambonz's key
layout, seeded directly as a feature server writes it), without Redis, and with a Redis
that cannot be reached."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator

import pytest_asyncio
from redis import asyncio as aioredis

from jambonz.db.migrate import upgrade
from tests.conftest import Api, app_api

# A database of its own on the machine's Redis (CI starts it), so nothing else is touched.
REDIS_URL = "redis://127.0.0.1:6379/11"
UNREACHABLE_URL = "redis://127.0.0.1:1/0"


def synth_key(text: str, account_sid: str | None = None) -> str:
    """A key as jambonz's feature servers name a cached text."""
    digest = hashlib.sha1(f"en-US:google:en-US-Standard-C::{text}".encode()).hexdigest()
    return f"tts:{account_sid}:{digest}" if account_sid else f"tts:{digest}"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def redis() -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(REDIS_URL)
    await client.ping()  # the tests need the machine's Redis (started by CI)
    yield client
    await client.flushdb()
    await client.aclose()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def cached(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, redis_url=REDIS_URL) as made:
        yield made


async def test_sizes_and_purges_in_jambonzs_layout(cached: Api, redis: aioredis.Redis) -> None:
    api = cached
    await redis.flushdb()
    sp = await api.service_provider()
    mine, other = await api.account(sp), await api.account(sp)
    await redis.set("unrelated:key", "1")
    for i in range(3):
        await redis.set(synth_key(f"platform {i}"), b"audio")
    for i in range(2):
        await redis.set(synth_key(f"mine {i}", mine), b"audio")
    await redis.set(synth_key("other", other), b"audio")

    assert (await api.get("/v1/TtsCache")).json() == {"size": 6}
    account_token = await api.key(account_sid=mine)
    sp_token = await api.key(service_provider_sid=sp)
    for token in ("admin", sp_token, account_token):
        r = await api.get(f"/v1/Accounts/{mine}/TtsCache", token)
        assert r.status_code == 200 and r.json() == {"size": 2}, token

    r = await api.delete(f"/v1/Accounts/{mine}/TtsCache", account_token)
    assert r.status_code == 204
    assert (await api.get(f"/v1/Accounts/{mine}/TtsCache")).json() == {"size": 0}
    assert (await api.get(f"/v1/Accounts/{other}/TtsCache")).json() == {"size": 1}
    # Purging an empty account's cache is fine too.
    assert (await api.delete(f"/v1/Accounts/{mine}/TtsCache")).status_code == 204

    assert (await api.delete("/v1/TtsCache")).status_code == 204
    assert (await api.get("/v1/TtsCache")).json() == {"size": 0}
    assert await redis.get("unrelated:key") == b"1"  # only tts:* keys go


async def test_many_keys_are_counted_and_purged_in_batches(
    cached: Api, redis: aioredis.Redis
) -> None:
    await redis.flushdb()
    async with redis.pipeline(transaction=False) as pipe:
        for i in range(2500):
            pipe.set(synth_key(f"text {i}"), b"a")
        await pipe.execute()
    assert (await cached.get("/v1/TtsCache")).json() == {"size": 2500}
    assert (await cached.delete("/v1/TtsCache")).status_code == 204
    assert await redis.dbsize() == 0


async def test_scopes(cached: Api) -> None:
    api = cached
    sp, other_sp = await api.service_provider(), await api.service_provider()
    account, foreign = await api.account(sp), await api.account(other_sp)
    sp_token = await api.key(service_provider_sid=sp)
    account_token = await api.key(account_sid=account)
    for token in (sp_token, account_token):
        for method in ("GET", "DELETE"):
            r = await api.request(method, "/v1/TtsCache", token)
            assert r.status_code == 403, (method, r.text)
            missing = "/v1/Accounts/2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33/TtsCache"
            for path in (f"/v1/Accounts/{foreign}/TtsCache", missing):
                r = await api.request(method, path, token)
                assert r.status_code == 403, (method, path)
                assert r.json() == {"msg": "Insufficient privileges"}
    r = await api.get("/v1/Accounts/2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33/TtsCache")
    assert r.status_code == 404


async def test_without_redis_the_cache_is_empty(api: Api) -> None:
    account = await api.account(await api.service_provider())
    assert (await api.get("/v1/TtsCache")).json() == {"size": 0}
    assert (await api.delete("/v1/TtsCache")).status_code == 204
    assert (await api.get(f"/v1/Accounts/{account}/TtsCache")).json() == {"size": 0}
    assert (await api.delete(f"/v1/Accounts/{account}/TtsCache")).status_code == 204


async def test_an_unreachable_redis_is_503_with_retry_after(database_url: str) -> None:
    upgrade(database_url)
    async with app_api(database_url, redis_url=UNREACHABLE_URL) as api:
        for method in ("GET", "DELETE"):
            r = await api.request(method, "/v1/TtsCache")
            assert r.status_code == 503, r.text
            assert r.headers["Retry-After"] == "1"
            assert r.json() == {"msg": "the TTS cache (Redis) cannot be reached; retry"}


async def test_synthesize_is_not_served(api: Api) -> None:
    account = await api.account(await api.service_provider())
    r = await api.post(
        f"/v1/Accounts/{account}/TtsCache/Synthesize",
        json={"speech_credential_sid": account, "text": "hi", "language": "en-US", "voice": "x"},
    )
    assert r.status_code == 404 and "no route" in r.json()["msg"]
