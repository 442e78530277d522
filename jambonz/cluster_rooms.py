"""The queues and conferences that jambonz's feature servers keep in Redis.

In a jambonz cluster the feature servers run the queues and conferences, and keep them
in Redis, where the api-server lists them: a queue is the sorted set
`queue:<account_sid>:<name>` (its members the queued calls), a conference the hash
`conf:<account_sid>:<name>`. With a Redis configured, this server's lists of an account's
queues and conferences include those rooms next to the ones its own engine runs, so an
operator sees the whole platform from one API. Keys are walked with `SCAN`, never `KEYS`.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from jambonz.errors import Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis

UNAVAILABLE = "the platform's live state (Redis) cannot be reached; retry"
SCAN_COUNT = 500
T = TypeVar("T")


async def _guarded(operation: Awaitable[T]) -> T:
    try:
        return await operation
    except REDIS_ERRORS:
        raise Unavailable(UNAVAILABLE) from None


def _glob_escape(text: str) -> str:
    """`text` as a literal inside a Redis glob pattern."""
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


class ClusterRooms:
    """Reads the rooms of the feature servers; empty without a Redis."""

    def __init__(self, redis: SharedRedis) -> None:
        self.redis = redis

    async def _names(self, kind: str, account_sid: str, search: str | None) -> list[bytes]:
        prefix = f"{kind}:{_glob_escape(account_sid.lower())}:"
        # `search` is a glob, as jambonz and this server's own rooms take it; the prefix is
        # literal, so no pattern reaches past the account.
        pattern = prefix + (search or "*")
        client = self.redis.client()

        async def scan() -> list[bytes]:
            return [key async for key in client.scan_iter(match=pattern, count=SCAN_COUNT)]

        return await _guarded(scan())

    async def queues(self, account_sid: str, search: str | None = None) -> list[tuple[str, int]]:
        """(name, length) of the account's queues in Redis."""
        if not self.redis.configured:
            return []
        keys = await self._names("queue", account_sid, search)
        if not keys:
            return []
        client = self.redis.client()

        async def lengths() -> list[int]:
            async with client.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.zcard(key)
                return [int(n) for n in await pipe.execute()]

        counted = await _guarded(lengths())
        return sorted(
            (key.decode().split(":", 2)[2], n) for key, n in zip(keys, counted, strict=True)
        )

    async def conferences(self, account_sid: str) -> list[str]:
        """The names of the account's conferences in Redis."""
        if not self.redis.configured:
            return []
        keys = await self._names("conf", account_sid, None)
        return sorted(key.decode().split(":", 2)[2] for key in keys)
