"""Caches invalidated across instances: each write is announced on Redis.

The read cache and the token cache (jambonz/db/cache.py, jambonz/auth.py) serve an entry
only while the change counters of its tables are unchanged. Those counters are shared by
the processes of one host; an instance on another host would see a change only when the
entry's time is up (`JAMBONZ_READ_CACHE_SECONDS`). With `JAMBONZ_REDIS_URL`, every write
also publishes the tables it changed on the channel `japi:changed`, and every process
subscribed there moves its host's counters of those tables on, as if it had written them:
a deleted key, a changed application, is then refused or read anew on every instance as
soon as the message arrives (milliseconds), not 5 s later.

While Redis is unreachable the announcements are lost, and each cache falls back to its
time bound; when the subscription is back, every counter moves on once (what was missed
meanwhile is unknown).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Iterable

from jambonz.db import Database
from jambonz.db.cache import EVERY_TABLE
from jambonz.redis_client import REDIS_ERRORS, SharedRedis

log = logging.getLogger("jambonz.db")

CHANNEL = "japi:changed"
RETRY_SECONDS = 1.0


class CacheBroadcast:
    """Publishes this process's writes and applies the others'."""

    def __init__(self, redis: SharedRedis, db: Database) -> None:
        self.redis = redis
        self.db = db
        self.origin = uuid.uuid4().hex  # this process: its own messages are not applied
        self._task: asyncio.Task[None] | None = None
        self._sends: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self.db.on_changed = self.changed
        self._task = asyncio.create_task(self._listen(), name="jambonz-cache-broadcast")

    async def stop(self) -> None:
        self.db.on_changed = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._sends:
            await asyncio.wait(self._sends, timeout=2)

    def changed(self, tables: Iterable[str]) -> None:
        """Called by the database after a write: announced without holding it up."""
        message = json.dumps({"origin": self.origin, "tables": sorted(tables)})
        task = asyncio.ensure_future(self._publish(message))
        self._sends.add(task)
        task.add_done_callback(self._sends.discard)

    async def _publish(self, message: str) -> None:
        try:
            await self.redis.client().publish(CHANNEL, message)
        except REDIS_ERRORS as exc:
            log.debug("a change not announced to the other instances: %r", exc)

    async def _listen(self) -> None:
        lost = False
        while True:
            pubsub = None
            try:
                pubsub = self.redis.client().pubsub(ignore_subscribe_messages=True)
                await pubsub.subscribe(CHANNEL)
                if lost:  # what was announced meanwhile is unknown: every table moves on
                    self.db.apply_changes({EVERY_TABLE})
                    log.warning("cache announcements from the other instances again")
                lost = False
                while True:
                    message = await pubsub.get_message(timeout=None)
                    if message is not None:
                        self._apply(message.get("data"))
            except REDIS_ERRORS as exc:
                if not lost:
                    log.warning(
                        "no cache announcements from the other instances (Redis: %r): "
                        "their changes are seen within JAMBONZ_READ_CACHE_SECONDS",
                        exc,
                    )
                lost = True
                await asyncio.sleep(RETRY_SECONDS)
            finally:
                if pubsub is not None:
                    with contextlib.suppress(*REDIS_ERRORS):
                        await pubsub.aclose()

    def _apply(self, data: object) -> None:
        try:
            parsed = json.loads(data)  # type: ignore[arg-type]
            origin, tables = parsed["origin"], parsed["tables"]
        except (TypeError, ValueError, KeyError):
            return
        if origin == self.origin or not isinstance(tables, list):
            return
        self.db.apply_changes({str(t) for t in tables})
