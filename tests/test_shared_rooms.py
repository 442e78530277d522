"""The rooms every instance shares (jambonz/calls/shared_rooms.py), on the machine's Redis.

Copies of the rooms in one process stand for instances here: each has its own stream
reader and writer on the real Redis (database 9, emptied first), as each instance has.
The instances themselves, with calls, are in tests/test_instances.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from jambonz.calls import shared_rooms
from jambonz.calls.clock import Clock
from jambonz.calls.rooms import op
from jambonz.calls.shared_rooms import SNAPSHOT, STREAM, SharedRooms
from jambonz.errors import Unavailable, Unprocessable
from jambonz.redis_client import SharedRedis
from jambonz.sealing import Sealer
from jambonz.webhooks_out import HookTarget

REDIS_URL = "redis://127.0.0.1:6379/9"
ACCOUNT = "9a5b0b6e-0000-4000-8000-000000000001"
SEALER = Sealer.from_secret("shared-rooms-test-secret")


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    client = aioredis.Redis.from_url(REDIS_URL)
    await client.flushdb()
    await client.aclose()
    yield REDIS_URL


async def copy_of_rooms(url: str) -> SharedRooms:
    rooms = SharedRooms(Clock(1.0), SharedRedis(url), SEALER)
    await rooms.start()
    return rooms


def enter(rooms: SharedRooms, call_sid: str, name: str = "town", **extra: Any) -> dict[str, Any]:
    member = {
        "call_sid": call_sid,
        "from": "15085550100",
        "to": "15085550199",
        "moderator": True,
        "end_on_exit": False,
        "muted": False,
    }
    start = {"status_hook": None, "status_events": [], "record": False, **extra}
    return op("conf_enter", rooms.clock, account_sid=ACCOUNT, name=name, member=member, start=start)


def enqueue(rooms: SharedRooms, call_sid: str) -> dict[str, Any]:
    member = {"call_sid": call_sid, "from": "1", "to": "2", "priority": 999}
    return op("q_enqueue", rooms.clock, account_sid=ACCOUNT, name="support", member=member)


def claim(rooms: SharedRooms, dequeuer: str) -> dict[str, Any]:
    return op(
        "q_claim",
        rooms.clock,
        account_sid=ACCOUNT,
        name="support",
        wanted=None,
        dequeuer_sid=dequeuer,
        dequeuer_info={"call_sid": dequeuer},
    )


async def settled(*copies: SharedRooms) -> None:
    """Until every copy has applied everything proposed so far (a no-op marker each)."""
    for rooms in copies:
        await rooms.propose(op("call_gone", rooms.clock, call_sid="marker"))
    for rooms in copies:  # and read what the others appended
        await rooms.propose(op("call_gone", rooms.clock, call_sid="marker"))


async def test_copies_agree_and_a_queued_call_is_claimed_once(redis_url: str) -> None:
    a, b = await copy_of_rooms(redis_url), await copy_of_rooms(redis_url)
    try:
        entered = await a.propose(enter(a, "call-a"))
        assert entered.started is True
        second = await b.propose(enter(b, "call-b"))
        assert second.started is False, "the room was started by the first, on the other copy"
        await settled(a, b)
        for rooms in (a, b):
            room = rooms.conference(ACCOUNT, "town")
            assert room is not None and sorted(room.members) == ["call-a", "call-b"]
        with pytest.raises(Unprocessable, match="already exists"):
            await b.propose(
                op("conf_create", b.clock, account_sid=ACCOUNT, name="town", settings={})
            )

        await a.propose(enqueue(a, "caller"))
        await settled(a, b)
        # ten dequeuers on two copies at once: exactly one takes the caller
        results = await asyncio.gather(
            *(
                rooms.propose(claim(rooms, f"agent-{n}-{i}"))
                for n, rooms in ((0, a), (1, b))
                for i in range(5)
            )
        )
        taken = [r for r in results if r is not None]
        assert len(taken) == 1
        winner = taken[0].bridge.dequeuer_sid
        await settled(a, b)
        for rooms in (a, b):  # both copies agree on who took it
            assert rooms._bridges["caller"].dequeuer_sid == winner
            assert rooms.queue(ACCOUNT, "support") is not None
            assert len(rooms.queue(ACCOUNT, "support")) == 0
        # the bridge ended on one copy is ended on the other
        await a.propose(op("bridge_end", a.clock, enqueued_sid="caller"))
        await settled(a, b)
        assert "caller" not in b._bridges
    finally:
        await a.stop()
        await b.stop()


async def test_a_hook_s_password_is_sealed_in_the_stream(redis_url: str) -> None:
    a = await copy_of_rooms(redis_url)
    try:
        hook = HookTarget(url="https://app.example.com/s", username="u", password="pa55-word-x")
        await a.propose(enter(a, "call-a", status_hook=hook, status_events=["join"]))
        room = a.conference(ACCOUNT, "town")
        assert room is not None and room.status_hook == hook
        client = aioredis.Redis.from_url(redis_url)
        entries = await client.xrange(STREAM)
        await client.aclose()
        raw = b"".join(fields[b"op"] for _, fields in entries)
        assert b"app.example.com" in raw and b"pa55-word-x" not in raw
    finally:
        await a.stop()


async def test_a_snapshot_bounds_the_stream_and_a_new_copy_starts_from_it(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared_rooms, "COMPACT_EVERY", 20)
    monkeypatch.setattr(shared_rooms, "KEEP_MS", 0)
    a = await copy_of_rooms(redis_url)
    try:
        hook = HookTarget(url="https://app.example.com/s", username="u", password="secret-1")
        for n in range(30):  # rooms that come and go, and five that stay
            await a.propose(enter(a, f"gone-{n}", name=f"r{n}"))
            await a.propose(op("conf_join", a.clock, call_sid=f"gone-{n}"))
            await a.propose(op("conf_exit", a.clock, call_sid=f"gone-{n}"))
        for n in range(5):
            await a.propose(
                enter(a, f"stays-{n}", name=f"keep{n}", status_hook=hook, status_events=["end"])
            )
            await a.propose(op("conf_join", a.clock, call_sid=f"stays-{n}"))
        await a.propose(enqueue(a, "waiting"))
        for _ in range(30):  # past the next snapshot
            await a.propose(op("call_gone", a.clock, call_sid="marker"))
        client = aioredis.Redis.from_url(redis_url)

        async def compacted() -> bool:
            return await client.exists(SNAPSHOT) and await client.xlen(STREAM) < 60

        for _ in range(100):
            if await compacted():
                break
            await asyncio.sleep(0.05)
        length = await client.xlen(STREAM)
        await client.aclose()
        assert length < 60, f"{length} entries after {30 * 3 + 5 * 2 + 1 + 30} changes"

        c = await copy_of_rooms(redis_url)  # a new instance
        try:
            await settled(a, c)
            assert [r.name for r in c.conferences(ACCOUNT)] == [f"keep{n}" for n in range(5)]
            assert c.conference(ACCOUNT, "keep0").status_hook == hook  # type: ignore[union-attr]
            queue = c.queue(ACCOUNT, "support")
            assert queue is not None and [m.call_sid for m in queue.members] == ["waiting"]
            # and it goes on from there like the others
            await c.propose(op("conf_exit", c.clock, call_sid="stays-0"))
            await settled(a, c)
            assert a.conference(ACCOUNT, "keep0") is None
        finally:
            await c.stop()
    finally:
        await a.stop()


async def test_without_redis_a_change_is_a_clear_unavailable() -> None:
    rooms = SharedRooms(Clock(1.0), SharedRedis("redis://127.0.0.1:1/0", timeout=0.5), SEALER)
    with pytest.raises(Unavailable, match="Redis"):
        await rooms.propose(enter(rooms, "call-a"))
    await rooms.stop()
