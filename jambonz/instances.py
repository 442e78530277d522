"""The instances of one platform: who is alive, where each is reached, and the end of
the calls of one that died.

Several servers (instances) share one database and one Redis (`JAMBONZ_REDIS_URL`). Each
runs its own live calls (jambonz/calls/shared.py says what it shares of them) and:

- **beats**: every `JAMBONZ_HEARTBEAT_SECONDS` it writes the Redis server's time into the
  sorted set `japi:instances` under its name (`JAMBONZ_INSTANCE_ID`), and its base URL
  into the hash `japi:instance-urls` (`JAMBONZ_SERVICE_URL`), where the others send the
  requests that steer its calls (handlers/owner_proxy.py). The Redis server's clock is
  the only one used, so the hosts' clocks need not agree;
- **watches**: at the same pace it looks for instances whose last beat is older than three
  beats (`lost_after`). Of each, one survivor (the one that takes the `japi:reap:<name>`
  claim) ends the calls its records show still open: each is recorded `failed` with
  sip_status 500 "Server Stopped Responding", and its final status webhook is sent from
  the call's card, signed as its own instance would have signed it. A call of a dead
  instance is so ended within `lost_after` plus one beat of its last beat (4 s by
  default), and never while its instance still beats.

At its own start an instance closes the records its last run left open (it has the same
name after a restart), with their final webhooks when Redis still holds their cards, and
never touches another instance's. An instance that stops cleanly ends its calls itself,
then leaves the set.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from jambonz.calls import records
from jambonz.calls.shared import forget, open_secrets, read_card
from jambonz.db import Database
from jambonz.errors import Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis
from jambonz.sealing import Seals
from jambonz.webhooks_out import HookTarget, WebhookSender

log = logging.getLogger("jambonz.instances")

INSTANCES = "japi:instances"
URLS = "japi:instance-urls"
REAP_CLAIM = "japi:reap:"
# An instance gone this long is forgotten (its calls were ended long before).
FORGET_AFTER_MS = 3600 * 1000
MISSED_BEATS = 3

_BEAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return now
"""

# The instances whose last beat is older than ARGV[1] ms, with their beats; the ones
# gone longer than ARGV[2] ms are forgotten.
_LOST = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - tonumber(ARGV[2])))
for _, name in ipairs(old) do
  redis.call('ZREM', KEYS[1], name)
  redis.call('HDEL', KEYS[2], name)
end
return redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - tonumber(ARGV[1])),
  'WITHSCORES')
"""

# The URL of an instance that still beats, else nil.
_URL_OF = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local beat = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not beat or tonumber(beat) < now - tonumber(ARGV[2]) then
  return false
end
return redis.call('HGET', KEYS[2], ARGV[1])
"""


class Instances:
    """This instance among the platform's (only with JAMBONZ_REDIS_URL)."""

    def __init__(
        self,
        *,
        redis: SharedRedis,
        name: str,
        url: str,
        heartbeat: float,
        db: Database,
        sender: WebhookSender,
        sealer: Seals,
    ) -> None:
        self.redis = redis
        self.name = name
        self.url = url
        self.heartbeat = heartbeat
        self.lost_after = heartbeat * MISSED_BEATS
        self.db = db
        self.sender = sender
        self.sealer = sealer
        self._task: asyncio.Task[None] | None = None
        # dead instance -> the beat it was ended at (it is not looked at again until it
        # beats again: its calls are ended, or are in another database)
        self._settled: dict[str, float] = {}
        self._failing = False
        self._watching = True
        self._stopped = asyncio.Event()
        # told the calls this instance ended for another (or its own last run): they
        # leave the rooms they were in (jambonz/calls/shared_rooms.py)
        self.on_calls_ended: Callable[[list[str]], None] | None = None

    async def start(self) -> None:
        """Close what this instance's last run left open, then beat and watch."""
        closed = await self.end_calls_of(self.name, records.RESTARTED, legacy=True)
        if closed:
            log.warning("closed %d calls this instance's last run left open", closed)
        try:
            await self._beat()
        except REDIS_ERRORS as exc:  # the loop keeps trying; what needs Redis is a 503
            log.warning("instance %s: no heartbeat yet (Redis: %r)", self.name, exc)
            self._failing = True
        self._task = asyncio.create_task(self._run(), name="jambonz-instance-heartbeat")

    def stop_watching(self) -> None:
        """Beat on, but end no other instance's calls: this one is stopping."""
        self._watching = False

    async def stop(self) -> None:
        """Stop beating and leave the set (the engine has ended this instance's calls)."""
        self._watching = False
        self._stopped.set()
        if self._task is not None:
            with contextlib.suppress(TimeoutError):  # then it was cancelled
                await asyncio.wait_for(self._task, timeout=max(5.0, self.heartbeat * 2))
            self._task = None
        with contextlib.suppress(*REDIS_ERRORS):
            pipe = self.redis.client().pipeline(transaction=False)
            pipe.zrem(INSTANCES, self.name)
            pipe.hdel(URLS, self.name)
            await pipe.execute()

    async def url_of(self, name: str) -> str | None:
        """The base URL of `name` if it still beats."""
        raw = await self.redis.client().eval(
            _URL_OF, 2, INSTANCES, URLS, name, int(self.lost_after * 1000)
        )
        return raw.decode() if isinstance(raw, bytes) else raw or None

    async def _beat(self) -> None:
        await self.redis.client().eval(_BEAT, 2, INSTANCES, URLS, self.name, self.url)

    async def _run(self) -> None:
        # Ends when `stop` sets the event (not by cancelling: a cancelled Redis call may
        # come back as one of Redis's own errors, which the loop would survive).
        while not self._stopped.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), self.heartbeat)
                return
            try:
                await self._beat()
                if self._watching:
                    await self._watch()
            except (*REDIS_ERRORS, Unavailable) as exc:
                if not self._failing:
                    log.warning("instance %s: not watching the others: %r", self.name, exc)
                self._failing = True
                continue
            except Exception:  # a bug must not stop the heartbeat
                log.exception("instance %s: watching the other instances failed", self.name)
                continue
            if self._failing:
                log.warning("instance %s: watching the others again", self.name)
            self._failing = False

    async def _watch(self) -> None:
        lost = await self.redis.client().eval(
            _LOST, 2, INSTANCES, URLS, int(self.lost_after * 1000), FORGET_AFTER_MS
        )
        for raw_name, raw_beat in zip(lost[::2], lost[1::2], strict=True):
            name = raw_name.decode() if isinstance(raw_name, bytes) else raw_name
            beat = float(raw_beat)
            if name == self.name or self._settled.get(name) == beat:
                continue
            if await self._claim(name):
                try:
                    ended = await self.end_calls_of(name, records.LOST)
                finally:
                    await self.redis.client().delete(REAP_CLAIM + name)
                if ended:
                    log.warning("instance %s stopped beating: ended its %d calls", name, ended)
                self._settled[name] = beat

    async def _claim(self, name: str) -> bool:
        claimed = await self.redis.client().set(
            REAP_CLAIM + name, self.name, nx=True, px=int(max(30.0, self.lost_after * 10) * 1000)
        )
        return bool(claimed)

    async def end_calls_of(self, name: str, reason: dict[str, Any], *, legacy: bool = False) -> int:
        """Close the records `name` left open, with each call's final status webhook when
        its card is in Redis; the number this instance closed."""
        sids = await records.open_call_sids(self.db, name, legacy=legacy)
        ended_sids: list[str] = []
        sends = []
        for call_sid in sids:
            if not await records.close_record(self.db, call_sid, reason):
                continue  # another instance closed it first
            ended_sids.append(call_sid)
            card = await self._card(call_sid)
            if card is not None:
                sends.append(self._final_webhook(card, reason))
                with contextlib.suppress(*REDIS_ERRORS):
                    await forget(self.redis, call_sid, card)
        if ended_sids and self.on_calls_ended is not None:
            self.on_calls_ended(ended_sids)
        if sends:
            await asyncio.gather(*sends)
        return len(ended_sids)

    async def _card(self, call_sid: str) -> dict[str, Any] | None:
        if not self.redis.configured:
            return None
        try:
            return await read_card(self.redis, call_sid)
        except REDIS_ERRORS as exc:
            log.warning("call %s: no final webhook (Redis: %r)", call_sid, exc)
            return None

    async def _final_webhook(self, card: dict[str, Any], reason: dict[str, Any]) -> None:
        """The call_status_hook the call had, told it failed, signed with its secret."""
        try:
            secrets = open_secrets(self.sealer, card)
        except Exception as exc:  # a card sealed under a key this instance lacks
            log.warning("call %s: no final webhook: %r", card["info"].get("call_sid"), exc)
            return
        hook = secrets.get("call_status_hook")
        if not hook:
            return
        try:
            base = HookTarget.from_value(secrets["call_hook"]) if secrets.get("call_hook") else None
            target = HookTarget.from_value(hook, base_url=base)
        except (ValueError, TypeError) as exc:
            log.warning("call %s: unusable call_status_hook: %s", card["info"]["call_sid"], exc)
            return
        payload = {
            **card["info"],
            "call_status": "failed",
            "call_termination_by": "jambonz",
            **reason,
        }
        payload.pop("duration", None)
        await self.sender.send(
            target,
            payload,
            secret=secrets.get("webhook_secret"),
            expect_verbs=False,
            background=True,
        )
