"""The one Redis client of a server process (`JAMBONZ_REDIS_URL`).

Several parts of the server read and write the Redis jambonz's servers share: the sessions
of signed-in users, the feature servers' TTS cache, the registrar's SIP registrations.
They share one client, owned by the process's `Core`, so that the process keeps one
connection pool (not one per feature), one set of timeouts, and closes it once at shutdown.

The client is made at its first use, so a server whose Redis is down still starts (and
answers 503 where Redis is needed). Without a URL there is no client: each feature says
what it does without Redis.
"""

from __future__ import annotations

from typing import Any

from redis import asyncio as aioredis
from redis.exceptions import RedisError

# A Redis that does not answer within this time is unavailable: the request answers 503
# rather than hanging.
TIMEOUT_SECONDS = 5.0

# What a failed Redis call raises: its own errors, and socket errors it lets through.
REDIS_ERRORS: tuple[type[BaseException], ...] = (RedisError, OSError)


class SharedRedis:
    """The process's Redis client, made at first use; `configured` is False without a URL."""

    def __init__(self, url: str | None, *, timeout: float = TIMEOUT_SECONDS) -> None:
        self.url = url
        self._timeout = timeout
        self._client: Any = None

    @property
    def configured(self) -> bool:
        return bool(self.url)

    def client(self) -> Any:
        """The client (`redis.asyncio.Redis`); only when `configured`."""
        if not self.url:
            raise RuntimeError("no Redis is configured (JAMBONZ_REDIS_URL)")
        if self._client is None:
            self._client = aioredis.Redis.from_url(
                self.url, socket_timeout=self._timeout, socket_connect_timeout=self._timeout
            )
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
