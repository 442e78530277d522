"""The TTS cache of jambonz's feature servers, kept in Redis.

A feature server stores each text it synthesized under `tts:<sha1>` or, for an account's
credential, `tts:<account_sid>:<sha1>` (the hash covers language, vendor, voice, engine,
model and text), so that the same prompt is synthesized once. The api-server only counts
and purges those keys. This server synthesizes nothing, so without a Redis server
(`JAMBONZ_REDIS_URL` unset) the cache is empty; with one (the Redis jambonz's feature
servers share) it counts and purges their keys, in jambonz's layout.

Keys are found with `SCAN` (never `KEYS`, which blocks Redis while it walks the whole
keyspace) and deleted with `UNLINK` in batches (Redis frees the memory in the background).
A Redis that cannot be reached or answers too slowly is `Unavailable` (503 with
Retry-After), not a 500.
"""

from __future__ import annotations

import logging
from typing import Any

from jambonz.errors import Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis

log = logging.getLogger("jambonz.tts_cache")

SCAN_COUNT = 1000
DELETE_BATCH = 500
UNAVAILABLE = "the TTS cache (Redis) cannot be reached; retry"


def pattern(account_sid: str | None) -> str:
    """The keys of the platform (`tts:*`, the accounts' included) or of one account. The
    sid is a UUID (the contract's pattern), so it holds no glob character."""
    return f"tts:{account_sid.lower()}:*" if account_sid else "tts:*"


class TtsCache:
    """Counts and purges the cached texts; a no-op cache without a Redis URL. Its client
    is the process's shared one (`jambonz.redis_client`)."""

    def __init__(self, redis: SharedRedis) -> None:
        self._shared = redis
        self.url = redis.url

    @property
    def configured(self) -> bool:
        return self._shared.configured

    def _redis(self) -> Any:
        return self._shared.client()

    async def size(self, account_sid: str | None = None) -> int:
        """How many cached texts the platform (or the account) has."""
        if not self.configured:
            return 0
        count = 0
        try:
            async for _key in self._redis().scan_iter(match=pattern(account_sid), count=SCAN_COUNT):
                count += 1
        except REDIS_ERRORS as exc:
            log.warning("TTS cache: Redis at %s failed: %s", self.url, exc)
            raise Unavailable(UNAVAILABLE) from exc
        return count

    async def purge(self, account_sid: str | None = None) -> int:
        """Delete the platform's (or the account's) cached texts; how many went."""
        if not self.configured:
            return 0
        removed = 0
        batch: list[bytes] = []
        client = self._redis()
        try:
            async for key in client.scan_iter(match=pattern(account_sid), count=SCAN_COUNT):
                batch.append(key)
                if len(batch) >= DELETE_BATCH:
                    removed += await client.unlink(*batch)
                    batch.clear()
            if batch:
                removed += await client.unlink(*batch)
        except REDIS_ERRORS as exc:
            log.warning("TTS cache: Redis at %s failed: %s", self.url, exc)
            raise Unavailable(UNAVAILABLE) from exc
        return removed
