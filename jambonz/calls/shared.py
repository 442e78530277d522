"""What the instances of one platform share of each other's live calls, in Redis.

Each instance runs its own calls (jambonz/instances.py). So that the others can steer a
call, count an account's calls against its limit and end the calls of an instance that
died, the instance that runs a call keeps in Redis, while the call lives:

- `japi:call:<call_sid>`: the call's card, JSON: the instance that runs it, its account,
  whether it is a leg of another call, its call-info payload as of its last status, and
  what its final status webhook needs (its `call_status_hook`, the `call_hook` relative
  hooks resolve against, the account's webhook secret), sealed with the platform's key
  (jambonz/sealing.py: the instances share it, as they share the database);
- `japi:account-calls:<account_sid>`: a sorted set of the account's calls that are not
  legs of another, which the `voice_call_session` limit counts: a creation is admitted by
  one Lua script that counts and adds, so N concurrent creations at the limit, on any
  instances, admit exactly the limit;
- `japi:instance-calls:<instance>`: the set of the instance's calls.

The card and the sets change at each status change; the writes are batched into one
pipeline (the latest state of each call wins) off the call's path. The admission is the
one write a call waits for.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from jambonz.calls.state import LiveCall
from jambonz.errors import Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis
from jambonz.sealing import Seals

log = logging.getLogger("jambonz.calls")

CARD = "japi:call:"
ACCOUNT_CALLS = "japi:account-calls:"
INSTANCE_CALLS = "japi:instance-calls:"
# A card outlives a call only when its instance died and no instance is left to end it.
CARD_TTL_SECONDS = 7 * 24 * 3600
SEAL_CONTEXT = "japi:call-card"
REDIS_DOWN = "the platform's Redis is not reachable; retry"

# Counts the account's calls and adds this one if there is room, as one step.
_ADMIT = """
local limit = tonumber(ARGV[1])
if limit >= 0 and redis.call('ZCARD', KEYS[1]) >= limit then
  return 0
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('SADD', KEYS[2], ARGV[3])
return 1
"""


def card_key(call_sid: str) -> str:
    return CARD + call_sid


class SharedCalls:
    """The live calls of this instance, as the other instances see them."""

    def __init__(self, redis: SharedRedis, instance: str, sealer: Seals) -> None:
        self.redis = redis
        self.instance = instance
        self.sealer = sealer
        # call_sid -> the card to write, or None: the call ended (its keys go)
        self._pending: dict[str, tuple[LiveCall, dict[str, Any] | None]] = {}
        self._writer: asyncio.Task[None] | None = None
        # call_sid -> (the secrets' JSON, sealed): sealed again only when they change
        self._sealed: dict[str, tuple[str, str]] = {}
        self._failing = False

    async def admit(self, call: LiveCall, limit: int | None) -> bool:
        """Count the call among its account's (a leg of another call is not counted):
        False when the account already has `limit` calls. Raises Unavailable (503) when
        Redis cannot be reached: no instance could count the account's calls."""
        if call.parent_call_sid is not None:
            return True
        client = self.redis.client()
        try:
            admitted = await client.eval(
                _ADMIT,
                2,
                ACCOUNT_CALLS + call.account_sid,
                INSTANCE_CALLS + self.instance,
                -1 if limit is None else limit,
                call.created_at,
                call.call_sid,
            )
        except REDIS_ERRORS as exc:
            log.warning("call %s not admitted: Redis: %r", call.call_sid, exc)
            raise Unavailable(REDIS_DOWN) from None
        return bool(admitted)

    async def count(self, account_sid: str) -> int:
        """The account's live calls on every instance (legs of other calls not counted)."""
        try:
            return int(await self.redis.client().zcard(ACCOUNT_CALLS + account_sid))
        except REDIS_ERRORS as exc:
            log.warning("account %s: calls not counted: Redis: %r", account_sid, exc)
            raise Unavailable(REDIS_DOWN) from None

    def changed(self, call: LiveCall) -> None:
        """The call's status changed: its card is written with the next batch."""
        if call.is_final:
            self.ended(call)
            return
        self._queue(call, self._card(call))

    def ended(self, call: LiveCall) -> None:
        self._sealed.pop(call.call_sid, None)
        self._queue(call, None)

    def _card(self, call: LiveCall) -> dict[str, Any]:
        secrets = json.dumps(
            {
                "call_status_hook": call.call_status_hook,
                "call_hook": call.call_hook,
                "webhook_secret": call.webhook_secret,
            },
            default=_plain,
            sort_keys=True,
        )
        cached = self._sealed.get(call.call_sid)
        if cached is None or cached[0] != secrets:
            cached = (secrets, self.sealer.seal(secrets, SEAL_CONTEXT))
            self._sealed[call.call_sid] = cached
        return {
            "instance": self.instance,
            "account_sid": call.account_sid,
            "leg": call.parent_call_sid is not None,
            "info": call.info(),
            "sealed": cached[1],
        }

    def _queue(self, call: LiveCall, card: dict[str, Any] | None) -> None:
        self._pending[call.call_sid] = (call, card)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_all())

    async def _write_all(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, {}
            pipe = self.redis.client().pipeline(transaction=False)
            for call_sid, (call, card) in batch.items():
                if card is None:
                    pipe.delete(card_key(call_sid))
                    pipe.zrem(ACCOUNT_CALLS + call.account_sid, call_sid)
                    pipe.srem(INSTANCE_CALLS + self.instance, call_sid)
                else:
                    pipe.set(card_key(call_sid), json.dumps(card), ex=CARD_TTL_SECONDS)
                    pipe.sadd(INSTANCE_CALLS + self.instance, call_sid)
            try:
                await pipe.execute()
            except REDIS_ERRORS as exc:
                if not self._failing:
                    log.warning("live calls not shared with the other instances: %r", exc)
                self._failing = True
            else:
                if self._failing:
                    log.warning("live calls shared with the other instances again")
                self._failing = False

    async def flush(self) -> None:
        """Wait for the writes queued so far (a clean stop, tests)."""
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)


async def read_card(redis: SharedRedis, call_sid: str) -> dict[str, Any] | None:
    raw = await redis.client().get(card_key(call_sid))
    if raw is None:
        return None
    card: dict[str, Any] = json.loads(raw)
    return card


def open_secrets(sealer: Seals, card: dict[str, Any]) -> dict[str, Any]:
    """The hooks and webhook secret a card keeps sealed."""
    opened: dict[str, Any] = json.loads(sealer.open(card["sealed"], SEAL_CONTEXT))
    return opened


async def forget(redis: SharedRedis, call_sid: str, card: dict[str, Any] | None) -> None:
    """Remove what a call that is over left in Redis (its instance could not)."""
    pipe = redis.client().pipeline(transaction=False)
    pipe.delete(card_key(call_sid))
    if card is not None:
        pipe.zrem(ACCOUNT_CALLS + card["account_sid"], call_sid)
        pipe.srem(INSTANCE_CALLS + card["instance"], call_sid)
    await pipe.execute()


def _plain(value: Any) -> Any:
    """Hooks as the API took them (a model or a dict): JSON as they are sent."""
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(mode="json", exclude_none=True)
    raise TypeError(f"not JSON: {type(value).__name__}")
