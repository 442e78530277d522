"""Queues and the calls waiting in them (reference §7, and this project's extensions).

Queues live in the call engine (`jambonz/calls/rooms.py`), like conferences: taking a
call out of a queue here only changes the queue and wakes the call's `enqueue` verb,
which posts its actionHook and goes on in the engine.
"""

from __future__ import annotations

from generated.models import Queue, QueueCreate, QueuedCall, QueuedCallUpdate, QueueSummary
from jambonz.auth import Principal
from jambonz.calls.clock import iso
from jambonz.calls.engine import CallEngine
from jambonz.calls.engine import CallUpdate as EngineUpdate
from jambonz.calls.rooms import CallQueue, op
from jambonz.calls.rooms import QueuedCall as Member
from jambonz.cluster_rooms import ClusterRooms
from jambonz.db import Database
from jambonz.errors import NotFound
from jambonz.services.calls import hook_value
from jambonz.services.common import norm_sid
from jambonz.services.conferences import account_sid_at_path, listed_account_sid


def _queue(engine: CallEngine, account_sid: str, name: str) -> CallQueue:
    queue = engine.rooms.queue(account_sid, name)
    if queue is None:
        raise NotFound(f"queue {name} not found")
    return queue


def _to_model(engine: CallEngine, queue: CallQueue) -> Queue:
    clock = engine.rooms.clock
    now = clock.now()
    waits = [member.waited(now) for member in queue.members]
    return Queue(
        name=queue.name,
        queue_sid=queue.key,
        length=len(queue),
        max_size=queue.max_size,
        created_at=iso(clock.to_wall(queue.created_at)),
        average_wait=round(sum(waits) / len(waits)) if waits else 0,
        longest_wait=round(max(waits)) if waits else 0,
    )


def _queued_call(engine: CallEngine, position: int, member: Member) -> QueuedCall:
    clock = engine.rooms.clock
    return QueuedCall.model_validate(
        {
            "call_sid": member.call_sid,
            "position": position,
            "priority": member.priority,
            "wait_time": round(member.waited(clock.now())),
            "enqueued_at": iso(clock.to_wall(member.enqueued_at)),
            "from": member.from_,
            "to": member.to,
            "tag": member.customer_data,
        }
    )


async def list_all(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    search: str | None = None,
    cluster: ClusterRooms | None = None,
) -> list[QueueSummary]:
    """The account's queues: those this server's engine runs, then those jambonz's feature
    servers keep in Redis (`cluster`), each name once."""
    account = await listed_account_sid(db, principal, account_sid)
    if account is None:
        return []
    found = [
        QueueSummary(name=queue.name, length=len(queue))
        for queue in engine.rooms.queues(account, search)
    ]
    if cluster is not None:
        local = {queue.name for queue in found}
        found += [
            QueueSummary(name=name, length=length)
            for name, length in await cluster.queues(account, search)
            if name not in local
        ]
        found.sort(key=lambda queue: queue.name)
    return found


async def create(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, data: QueueCreate
) -> str:
    account = await account_sid_at_path(db, principal, account_sid)
    queue = await engine.rooms.propose(
        op(
            "q_create",
            engine.rooms.clock,
            account_sid=account,
            name=data.name,
            max_size=data.max_size,
        )
    )
    return queue.name


async def get(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, name: str
) -> Queue:
    account = await account_sid_at_path(db, principal, account_sid)
    return _to_model(engine, _queue(engine, account, name))


async def delete(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, name: str
) -> None:
    account = await account_sid_at_path(db, principal, account_sid)
    await engine.rooms.propose(op("q_delete", engine.rooms.clock, account_sid=account, name=name))


async def list_calls(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, name: str
) -> list[QueuedCall]:
    account = await account_sid_at_path(db, principal, account_sid)
    queue = _queue(engine, account, name)
    return [_queued_call(engine, at, member) for at, member in enumerate(queue.members)]


async def _member(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
) -> tuple[CallQueue, Member]:
    account = await account_sid_at_path(db, principal, account_sid)
    queue = _queue(engine, account, name)
    return queue, queue.member(norm_sid(call_sid))


async def get_call(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
) -> QueuedCall:
    queue, member = await _member(db, engine, principal, account_sid, name, call_sid)
    return _queued_call(engine, queue.position(member.call_sid) or 0, member)


async def update_call(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
    data: QueuedCallUpdate,
) -> None:
    """Out of the queue into a new application: the call is redirected (its enqueue
    verb is cancelled and leaves the queue, as with `PUT .../Calls` and `call_hook`)."""
    _, member = await _member(db, engine, principal, account_sid, name, call_sid)
    await engine.update_call(
        member.call_sid,
        EngineUpdate(
            call_hook=hook_value(data.call_hook),
            call_status_hook=hook_value(data.call_status_hook),
        ),
    )


async def delete_call(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
) -> None:
    _, member = await _member(db, engine, principal, account_sid, name, call_sid)
    clock = engine.rooms.clock
    await engine.rooms.propose(op("q_leave", clock, call_sid=member.call_sid, reason="leave"))
    # gone from the lists at once (its enqueue verb announces the leave)
    await engine.rooms.propose(op("q_done", clock, call_sid=member.call_sid))
