"""The conferences and queues of several instances, as one set of rooms.

With `JAMBONZ_REDIS_URL` every instance runs its own calls, and a conference or a queue
holds calls of any of them: a caller enqueued on one instance is bridged to an agent
dequeuing on another. The rooms are replicated: every change is an operation
(`rooms.op`), appended to one Redis stream, `japi:rooms`, and every instance applies the
whole stream, in the stream's order, to its own copy (`InProcessRooms.apply`, a
deterministic step). Copies that applied the same entries hold the same rooms, so:

- decisions that must be made once are made once: which call a `dequeue` takes, whether
  a room is full, which leaver sends a room's `end` event; the operation's result says,
  on every copy alike, and the instance that proposed it acts on it;
- reads are served from the local copy (lists of every account's rooms and members, on
  any instance, without a round trip);
- each change wakes the calls it concerns on the instance that runs them (their verbs
  wait on their member's event in the local copy).

An instance proposes an operation by appending it, and learns its result when its own
reader applies it (milliseconds: one XADD, and the blocked XREAD it wakes). One writer
per instance appends in the order the instance proposed, so a call's own changes (enter,
join, exit) are applied in order.

The stream does not grow without end: every `COMPACT_EVERY` entries one instance (the one
that takes the claim `japi:rooms:compact`) writes its copy as a snapshot,
`japi:rooms:snapshot`, with the last entry it applied, and trims the stream of entries
older than both that entry and `KEEP_MS` of the stream's time. A new instance loads the
snapshot, then reads the entries after it. An instance that could not read Redis for
longer than `KEEP_MS` finds the entries it missed trimmed: it loads the snapshot instead
(logged), and its calls waiting in a room see the snapshot's state from their next change.

Hooks carried by operations (a room's status hook, a hold's wait hook) have their
passwords sealed with the platform's key; times travel as wall-clock time, so instances
at different `JAMBONZ_SIM_SPEED`s agree on when things happened.

When Redis cannot be reached a change cannot be made: it raises Unavailable (503 for the
API; the call's verb fails), and the copy is as of the last entry read, caught up when
Redis is back. The calls of an instance that died leave their rooms when a survivor ends
them (`calls_gone`, from jambonz/instances.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import uuid
from typing import Any

from jambonz.calls.clock import Clock
from jambonz.calls.rooms import (
    Bridge,
    CallQueue,
    Conference,
    InProcessRooms,
    Op,
    Participant,
    QueuedCall,
    Then,
)
from jambonz.errors import JambonzError, Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis
from jambonz.sealing import Seals
from jambonz.webhooks_out import HookTarget

log = logging.getLogger("jambonz.calls")

STREAM = "japi:rooms"
SNAPSHOT = "japi:rooms:snapshot"
COMPACT_CLAIM = "japi:rooms:compact"
COMPACT_EVERY = 5000  # entries applied between snapshots
KEEP_MS = 5 * 60 * 1000  # entries younger than this (stream time) are never trimmed
SEAL_CONTEXT = "japi:rooms"
READ_BLOCK_MS = 1000  # below the Redis client's socket timeout
READ_COUNT = 500
RETRY_SECONDS = 0.5
PROPOSE_TIMEOUT = 10.0
# the compaction claim released by its holder only
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
UNAVAILABLE = "the platform's live state (Redis) cannot be reached; retry"


class SharedRooms(InProcessRooms):
    """This instance's copy of the platform's rooms, kept by the stream `japi:rooms`."""

    def __init__(self, clock: Clock, redis: SharedRedis, sealer: Seals) -> None:
        super().__init__(clock)
        self.redis = redis
        self.sealer = sealer
        self.origin = uuid.uuid4().hex
        self._ids = itertools.count(1)
        self._outbox: list[tuple[str, Op]] = []
        self._wake_writer = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None
        self._reader: asyncio.Task[None] | None = None
        # op id -> (the proposer's future, or the submitter's continuation)
        self._waiting: dict[str, tuple[asyncio.Future[Any] | None, Then | None]] = {}
        self._last_id = "0"
        self._caught_up = asyncio.Event()
        self._failing = False
        self._applied_since_snapshot = 0
        self._compacting: asyncio.Task[None] | None = None

    # -- lifecycle ----------------------------------------------------------------------
    async def start(self) -> None:
        """Read the stream from its start (the rooms as they are), then follow it."""
        self._reader = asyncio.create_task(self._read(), name="jambonz-rooms-reader")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._caught_up.wait(), PROPOSE_TIMEOUT)

    async def stop(self) -> None:
        """Append what is proposed, let this instance's own changes come back, stop."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(3):
                while self._outbox or self._waiting:
                    self._wake_writer.set()
                    await asyncio.sleep(0.01)
        for task in (self._writer, self._reader):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._writer = self._reader = None

    # -- proposing ----------------------------------------------------------------------
    def submit(self, operation: Op, then: Then | None = None) -> None:
        self._enqueue(operation, None, then)

    async def propose(self, operation: Op) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._enqueue(operation, future, None)
        try:
            return await asyncio.wait_for(asyncio.shield(future), PROPOSE_TIMEOUT)
        except TimeoutError:
            raise Unavailable(UNAVAILABLE) from None

    def _enqueue(
        self, operation: Op, future: asyncio.Future[Any] | None, then: Then | None
    ) -> None:
        op_id = f"{self.origin}:{next(self._ids)}"
        self._waiting[op_id] = (future, then)
        self._outbox.append((op_id, operation))
        self._wake_writer.set()
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write(), name="jambonz-rooms-writer")

    async def _write(self) -> None:
        """Append the proposed operations, in order, one pipeline per batch."""
        while True:
            await self._wake_writer.wait()
            self._wake_writer.clear()
            batch, self._outbox = self._outbox, []
            if not batch:
                continue
            try:
                async with self.redis.client().pipeline(transaction=False) as pipe:
                    for op_id, operation in batch:
                        pipe.xadd(STREAM, {"id": op_id, "op": self._encode(operation)})
                    await pipe.execute()
            except REDIS_ERRORS as exc:
                log.warning("rooms: %d changes not made (Redis: %r)", len(batch), exc)
                for op_id, _ in batch:
                    future, _then = self._waiting.pop(op_id, (None, None))
                    if future is not None and not future.done():
                        future.set_exception(Unavailable(UNAVAILABLE))

    # -- following the stream -----------------------------------------------------------
    async def _read(self) -> None:
        loaded = False
        while True:
            try:
                if not loaded or await self._missed_entries():
                    await self._load_snapshot()
                    loaded = True
                block = READ_BLOCK_MS if self._caught_up.is_set() else None
                answer = await self.redis.client().xread(
                    {STREAM: self._last_id}, count=READ_COUNT, block=block
                )
            except REDIS_ERRORS as exc:
                if not self._failing:
                    log.warning("rooms: not following the platform's rooms: %r", exc)
                self._failing = True
                await asyncio.sleep(RETRY_SECONDS)
                continue
            self._failing = False
            entries = answer[0][1] if answer else []
            for entry_id, fields in entries:
                self._last_id = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
                self._apply_entry(fields)
            if not entries:
                self._caught_up.set()
            self._applied_since_snapshot += len(entries)
            if self._applied_since_snapshot >= COMPACT_EVERY and (
                self._compacting is None or self._compacting.done()
            ):
                self._applied_since_snapshot = 0
                self._compacting = asyncio.create_task(self._compact())

    async def _missed_entries(self) -> bool:
        """After a failure: were entries this copy has not applied trimmed meanwhile?"""
        if not self._failing or self._last_id == "0":
            return False
        first = await self.redis.client().xrange(STREAM, count=1)
        if not first:
            return False
        first_id = first[0][0].decode() if isinstance(first[0][0], bytes) else first[0][0]
        if _order(first_id) <= _order(self._last_id):
            return False
        log.error(
            "rooms: the changes after %s were trimmed while Redis was unreachable: "
            "this instance's rooms are reloaded from the snapshot",
            self._last_id,
        )
        return True

    async def _load_snapshot(self) -> None:
        raw = await self.redis.client().get(SNAPSHOT)
        if raw is None:
            return
        snapshot = json.loads(raw)
        if self._last_id != "0" and _order(snapshot["id"]) <= _order(self._last_id):
            return
        self._restore(snapshot["state"])
        self._last_id = snapshot["id"]

    async def _compact(self) -> None:
        """Snapshot this copy, then trim what the snapshot and `KEEP_MS` make needless."""
        try:
            client = self.redis.client()
            if not await client.set(COMPACT_CLAIM, self.origin, nx=True, px=30_000):
                return  # another instance is at it
            last_id = self._last_id
            snapshot = json.dumps({"id": last_id, "state": self._export()})
            await client.set(SNAPSHOT, snapshot)
            ms = _order(last_id)[0]
            keep_from = min(_order(last_id), (ms - KEEP_MS, 0))
            await client.xtrim(STREAM, minid=f"{keep_from[0]}-{keep_from[1]}", approximate=False)
            await client.eval(_RELEASE, 1, COMPACT_CLAIM, self.origin)
        except REDIS_ERRORS as exc:
            log.warning("rooms: no snapshot taken (Redis: %r)", exc)
        except Exception:
            log.exception("rooms: taking a snapshot failed")

    def _apply_entry(self, fields: dict[bytes, bytes]) -> None:
        op_id = fields.get(b"id", b"").decode()
        waiter = self._waiting.pop(op_id, None)
        result: Any = None
        error: BaseException | None = None
        try:
            result = self.apply(self._decode(fields[b"op"]))
        except JambonzError as exc:
            error = exc
        except Exception as exc:  # a bug: the copy goes on with the next change
            log.exception("rooms: a change could not be applied")
            error = exc
        if waiter is None:
            return
        future, then = waiter
        if future is not None and not future.done():
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)
        elif then is not None and error is None:
            try:
                then(result)
            except Exception:
                log.exception("rooms: acting on a change failed")

    # -- the wire form ------------------------------------------------------------------
    def _encode(self, operation: Op) -> str:
        def encode(value: Any) -> Any:
            if isinstance(value, HookTarget):
                password = value.password
                return {
                    "$hook": {
                        "url": value.url,
                        "method": value.method,
                        "username": value.username,
                        "password": (
                            self.sealer.seal(password, SEAL_CONTEXT) if password else None
                        ),
                    }
                }
            if isinstance(value, dict):
                return {key: encode(item) for key, item in value.items()}
            if isinstance(value, list | tuple):
                return [encode(item) for item in value]
            return value

        wire = encode(operation)
        wire["t"] = self.clock.to_wall(operation["t"])
        return json.dumps(wire, separators=(",", ":"))

    def _decode(self, raw: bytes) -> Op:
        def decode(value: Any) -> Any:
            if isinstance(value, dict):
                hook = value.get("$hook")
                if hook is not None and len(value) == 1:
                    password = hook.get("password")
                    return HookTarget(
                        url=hook["url"],
                        method=hook["method"],
                        username=hook.get("username"),
                        password=self.sealer.open(password, SEAL_CONTEXT) if password else None,
                    )
                return {key: decode(item) for key, item in value.items()}
            if isinstance(value, list):
                return [decode(item) for item in value]
            return value

        operation = decode(json.loads(raw))
        operation["t"] = self.clock.from_wall(operation["t"])
        return operation

    # -- the snapshot form --------------------------------------------------------------
    def _wall(self, moment: float | None) -> float | None:
        return None if moment is None else self.clock.to_wall(moment)

    def _sim(self, wall: float | None) -> float | None:
        return None if wall is None else self.clock.from_wall(wall)

    def _hook_out(self, hook: Any) -> Any:
        return json.loads(self._encode({"t": 0, "hook": hook}))["hook"] if hook else None

    def _hook_in(self, raw: Any) -> Any:
        return self._decode(json.dumps({"t": 0, "hook": raw}).encode())["hook"] if raw else None

    def _export(self) -> dict[str, Any]:
        """The rooms as JSON (times as wall-clock time, hooks' passwords sealed)."""
        conferences = []
        for room in self._conferences.values():
            conferences.append(
                {
                    "account_sid": room.account_sid,
                    "name": room.name,
                    "created_at": self._wall(room.created_at),
                    "from_api": room.from_api,
                    "started_at": self._wall(room.started_at),
                    "max_participants": room.max_participants,
                    "max_from_api": room.max_from_api,
                    "record": room.record,
                    "status_hook": self._hook_out(room.status_hook),
                    "status_events": room.status_events,
                    "ending": room.ending,
                    "end_sent": room.end_sent,
                    "members": [
                        {
                            "call_sid": m.call_sid,
                            "from": m.from_,
                            "to": m.to,
                            "moderator": m.moderator,
                            "end_on_exit": m.end_on_exit,
                            "arrived_at": self._wall(m.arrived_at),
                            "muted": m.muted,
                            "held": m.held,
                            "tag": m.tag,
                            "joined_at": self._wall(m.joined_at),
                            "hold_hook": self._hook_out(m.hold_hook),
                            "hold_version": m.hold_version,
                            "removed": m.removed,
                        }
                        for m in room.members.values()
                    ],
                }
            )
        queues = []
        for queue in self._queues.values():
            queues.append(
                {
                    "account_sid": queue.account_sid,
                    "name": queue.name,
                    "created_at": self._wall(queue.created_at),
                    "from_api": queue.from_api,
                    "max_size": queue.max_size,
                    "members": [
                        {
                            "call_sid": m.call_sid,
                            "from": m.from_,
                            "to": m.to,
                            "priority": m.priority,
                            "seq": m.seq,
                            "enqueued_at": self._wall(m.enqueued_at),
                            "customer_data": m.customer_data,
                        }
                        for m in queue.members
                    ],
                }
            )
        bridges = [
            {
                "enqueued_sid": b.enqueued_sid,
                "dequeuer_sid": b.dequeuer_sid,
                "dequeuer_info": b.dequeuer_info,
            }
            for b in self._bridges.values()
        ]
        seq = next(self._seq)
        self._seq = itertools.count(seq)
        return {"conferences": conferences, "queues": queues, "bridges": bridges, "seq": seq}

    def _restore(self, state: dict[str, Any]) -> None:
        """This copy becomes the snapshot's rooms."""
        self._conferences.clear()
        self._queues.clear()
        self._members.clear()
        self._queued.clear()
        self._bridges.clear()
        for data in state["conferences"]:
            room = Conference(
                account_sid=data["account_sid"],
                name=data["name"],
                created_at=self._sim(data["created_at"]) or 0.0,
                from_api=data["from_api"],
                started_at=self._sim(data["started_at"]),
                max_participants=data["max_participants"],
                max_from_api=data["max_from_api"],
                record=data["record"],
                status_hook=self._hook_in(data["status_hook"]),
                status_events=list(data["status_events"]),
                ending=data["ending"],
                end_sent=data["end_sent"],
            )
            for m in data["members"]:
                member = Participant(
                    call_sid=m["call_sid"],
                    from_=m["from"],
                    to=m["to"],
                    moderator=m["moderator"],
                    end_on_exit=m["end_on_exit"],
                    arrived_at=self._sim(m["arrived_at"]) or 0.0,
                    muted=m["muted"],
                    held=m["held"],
                    tag=m["tag"],
                    joined_at=self._sim(m["joined_at"]),
                    hold_hook=self._hook_in(m["hold_hook"]),
                    hold_version=m["hold_version"],
                    removed=m["removed"],
                )
                room.members[member.call_sid] = member
                self._members[member.call_sid] = (room, member)
            self._conferences[(room.account_sid, room.name)] = room
        for data in state["queues"]:
            queue = CallQueue(
                account_sid=data["account_sid"],
                name=data["name"],
                created_at=self._sim(data["created_at"]) or 0.0,
                from_api=data["from_api"],
                max_size=data["max_size"],
            )
            for m in data["members"]:
                queued = QueuedCall(
                    call_sid=m["call_sid"],
                    from_=m["from"],
                    to=m["to"],
                    priority=m["priority"],
                    seq=m["seq"],
                    enqueued_at=self._sim(m["enqueued_at"]) or 0.0,
                    customer_data=m["customer_data"],
                )
                queue.members.append(queued)
                self._queued[queued.call_sid] = (queue, queued)
            self._queues[(queue.account_sid, queue.name)] = queue
        for data in state["bridges"]:
            self._bridges[data["enqueued_sid"]] = Bridge(
                enqueued_sid=data["enqueued_sid"],
                dequeuer_sid=data["dequeuer_sid"],
                dequeuer_info=data["dequeuer_info"],
            )
        self._seq = itertools.count(state["seq"])


def _order(entry_id: str) -> tuple[int, int]:
    """A stream entry's id (`<ms>-<seq>`) as something that sorts."""
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)
