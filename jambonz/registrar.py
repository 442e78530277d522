"""The SIP registrations jambonz's registrar keeps in Redis, read (and simulated) here.

jambonz's SBC registrar stores each registered SIP user (an address of record
`<user>@<realm>`, the realm being an account's `sip_realm`) in the Redis every jambonz
server shares, and this server reads that store in the same layout, so that on a real
platform the lists show the devices really registered:

- `user:<user>@<realm>`: a JSON string `{"contact", "sbcAddress", "protocol", "proxy",
  "expiryTime"}` (`expiryTime` in ms since the epoch), whose TTL is the granted expiry;
- `active-user`: a sorted set of those keys scored by `expiryTime`; members whose time
  has passed are pruned before every listing.

`register` writes exactly what the registrar writes, for the call simulator (there is no
SIP here): a simulated device then shows in the lists as a real one would. Without a Redis
(`JAMBONZ_REDIS_URL` unset) nobody can be registered: the lists are empty and every user
reads as not registered. A Redis that fails is `Unavailable` (503 with Retry-After).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable
from typing import Any, TypeVar

from jambonz.errors import Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis

log = logging.getLogger("jambonz.registrar")

ACTIVE_USERS = "active-user"
SCAN_COUNT = 500
UNAVAILABLE = "the SIP registrations (Redis) cannot be reached; retry"
T = TypeVar("T")


def user_key(user: str, realm: str) -> str:
    """jambonz's key of a registered user: `user:<user>@<realm>`."""
    return f"user:{user}@{realm}"


def _glob_escape(text: str) -> str:
    """`text` matched literally by a Redis MATCH pattern."""
    return "".join("\\" + c if c in "*?[]\\" else c for c in text)


def _now_ms() -> int:
    return int(time.time() * 1000)


class Registrar:
    """Registered SIP users by realm; every user is unregistered without a Redis."""

    def __init__(self, redis: SharedRedis) -> None:
        self._shared = redis

    @property
    def configured(self) -> bool:
        return self._shared.configured

    async def _run(self, operation: Awaitable[T]) -> T:
        try:
            return await operation
        except REDIS_ERRORS as exc:
            log.warning("registrar: Redis at %s failed: %s", self._shared.url, exc)
            raise Unavailable(UNAVAILABLE) from exc

    async def users(self, realm: str) -> list[str]:
        """The user parts registered in the realm, sorted. Expired members are pruned
        first; a member whose key is gone (unregistered) is not listed."""
        if not self.configured:
            return []
        return await self._run(self._users(realm))

    async def _users(self, realm: str) -> list[str]:
        client = self._shared.client()
        await client.zremrangebyscore(ACTIVE_USERS, 0, _now_ms())
        # The realm must match exactly: `*<realm>` (jambonz's pattern) would also list the
        # users of `other<realm>`, another account's realm.
        match = f"user:*@{_glob_escape(realm)}"
        keys: set[str] = set()
        async for member, _score in client.zscan_iter(ACTIVE_USERS, match=match, count=SCAN_COUNT):
            key = member.decode() if isinstance(member, bytes) else str(member)
            if key.rpartition("@")[2] == realm:
                keys.add(key)
        if not keys:
            return []
        ordered = sorted(keys)
        async with client.pipeline(transaction=False) as pipe:
            for key in ordered:
                pipe.exists(key)
            present = await pipe.execute()
        live = [key for key, exists in zip(ordered, present, strict=True) if exists]
        return [key[len("user:") :].rpartition("@")[0] for key in live]

    async def query(self, user: str, realm: str) -> dict[str, Any] | None:
        """The stored registration of `<user>@<realm>`, or None when not registered."""
        if not self.configured:
            return None
        raw = await self._run(self._shared.client().get(user_key(user, realm)))
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(value, dict):
            return None
        # What every registration has, even one written by another registrar's version.
        expiry = value.get("expiryTime")
        return {
            **value,
            "contact": value.get("contact"),
            "protocol": value.get("protocol"),
            "expiryTime": expiry if isinstance(expiry, int) else 0,
        }

    async def details(self, realm: str) -> list[dict[str, Any]]:
        """Every registration of the realm: `name` and the stored JSON without the SBC's
        address, as jambonz lists them."""
        result = []
        for user in await self.users(realm):
            stored = await self.query(user, realm)
            if stored is not None:
                stored.pop("sbcAddress", None)
                result.append({"name": user, **stored})
        return result

    async def register(
        self, user: str, realm: str, registration: dict[str, Any], expires: int
    ) -> dict[str, Any]:
        """Store a registration as the registrar does (the key with its TTL, the sorted
        set's member); returns what was stored, with its `expiryTime`."""
        stored = {**registration, "expiryTime": _now_ms() + expires * 1000}
        key = user_key(user, realm)

        async def write() -> None:
            client = self._shared.client()
            async with client.pipeline(transaction=True) as pipe:
                pipe.zremrangebyscore(ACTIVE_USERS, 0, _now_ms())
                pipe.set(key, json.dumps(stored, separators=(",", ":")), ex=expires)
                pipe.zadd(ACTIVE_USERS, {key: stored["expiryTime"]})
                await pipe.execute()

        await self._run(write())
        return stored

    async def unregister(self, user: str, realm: str) -> bool:
        """Remove a registration; False when there was none."""
        key = user_key(user, realm)

        async def remove() -> int:
            client = self._shared.client()
            async with client.pipeline(transaction=True) as pipe:
                pipe.delete(key)
                pipe.zrem(ACTIVE_USERS, key)
                deleted, _removed = await pipe.execute()
            return int(deleted)

        if not self.configured:
            return False
        return bool(await self._run(remove()))
