"""Conferences and their participants (reference §7, and this project's extensions).

The rooms live in the call engine (`jambonz/calls/rooms.py`); the database only answers
the scope question (is the account in the key's reach?). Changing a room here changes its
state and wakes its members: their `conference` verbs, running in the engine, do the
rest (leave the room, post the actionHook, start hold music).
"""

from __future__ import annotations

from typing import Any

from generated.models import (
    Conference,
    ConferenceCreate,
    ConferenceUpdate,
    HookRead,
    Participant,
    ParticipantUpdate,
)
from jambonz.auth import Principal
from jambonz.calls.clock import iso
from jambonz.calls.engine import CallEngine
from jambonz.calls.rooms import STATUS_EVENTS, op, op_on
from jambonz.calls.rooms import Conference as Room
from jambonz.calls.rooms import Participant as Member
from jambonz.cluster_rooms import ClusterRooms
from jambonz.db import Database
from jambonz.errors import NotFound, Unprocessable
from jambonz.services.calls import hook_value
from jambonz.services.common import flag, norm_sid
from jambonz.services.scope import account_at_path
from jambonz.webhooks_out import HookTarget


async def account_sid_at_path(db: Database, principal: Principal, account_sid: str) -> str:
    """The account addressed by the path (404 outside the key's scope)."""
    async with db.read() as conn:
        return (await account_at_path(conn, principal, account_sid)).account_sid


async def listed_account_sid(db: Database, principal: Principal, account_sid: str) -> str | None:
    """The account whose rooms a list reads, or None for an admin key naming an account
    that does not exist: jambonz answers that with an empty list, not 404."""
    try:
        return await account_sid_at_path(db, principal, account_sid)
    except NotFound:
        if principal.is_admin:
            return None
        raise


def target(value: Any) -> HookTarget | None:
    """A hook from a request body as the engine sends it (a blank one is no hook)."""
    engine_value = hook_value(value)
    return None if engine_value is None else HookTarget.from_value(engine_value)


def hook_read(hook: HookTarget | None) -> HookRead | None:
    if hook is None:
        return None
    return HookRead(
        url=hook.url, method=hook.method, username=hook.username, password=hook.password
    )


def _room(engine: CallEngine, account_sid: str, name: str) -> Room:
    room = engine.rooms.conference(account_sid, name)
    if room is None:
        raise NotFound(f"conference {name} not found")
    return room


def _to_model(engine: CallEngine, room: Room) -> Conference:
    clock = engine.rooms.clock
    started = room.started_at
    return Conference(
        name=room.name,
        conference_sid=room.key,
        status=room.status,
        created_at=iso(clock.to_wall(room.created_at)),
        started_at=iso(clock.to_wall(started)) if started is not None else None,
        duration=round(clock.now() - started) if started is not None else None,
        participant_count=len(room.joined()),
        waiting_count=len(room.waiting()),
        max_participants=room.max_participants,
        record=flag(room.record),
        status_hook=hook_read(room.status_hook),
        status_events=list(room.status_events) if room.status_hook is not None else [],
    )


def _participant(engine: CallEngine, member: Member) -> Participant:
    clock = engine.rooms.clock
    joined = member.joined_at
    return Participant.model_validate(
        {
            "call_sid": member.call_sid,
            "from": member.from_,
            "to": member.to,
            "status": "joined" if member.joined else "waiting",
            "joined_at": iso(clock.to_wall(joined)) if joined is not None else None,
            "muted": flag(member.muted),
            "on_hold": flag(member.held),
            "moderator": flag(member.moderator),
            "tag": member.tag,
        }
    )


async def list_names(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    cluster: ClusterRooms | None = None,
) -> list[str]:
    """The account's conferences: those this server's engine runs, then those jambonz's
    feature servers keep in Redis (`cluster`), each name once."""
    account = await listed_account_sid(db, principal, account_sid)
    if account is None:
        return []
    names = [room.name for room in engine.rooms.conferences(account)]
    if cluster is not None:
        local = set(names)
        names += [name for name in await cluster.conferences(account) if name not in local]
        names.sort()
    return names


async def create(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    data: ConferenceCreate,
) -> str:
    account = await account_sid_at_path(db, principal, account_sid)
    hook = target(data.status_hook)
    events = data.status_events if data.status_events is not None else list(STATUS_EVENTS)
    room = await engine.rooms.propose(
        op(
            "conf_create",
            engine.rooms.clock,
            account_sid=account,
            name=data.name,
            settings={
                "max_participants": data.max_participants,
                "record": bool(data.record),
                "status_hook": hook,
                "status_events": [e for e in STATUS_EVENTS if e in events],
            },
        )
    )
    return room.name


async def get(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, name: str
) -> Conference:
    account = await account_sid_at_path(db, principal, account_sid)
    return _to_model(engine, _room(engine, account, name))


async def end(engine: CallEngine, room: Room) -> None:
    """Every member leaves and goes on with its actionHook; the room is gone at once."""
    await engine.rooms.propose(_on(engine, room, "conf_end"))


def _on(engine: CallEngine, room: Room, kind: str, **fields: Any) -> dict[str, Any]:
    """An operation on `room`."""
    return op_on(room, kind, engine.rooms.clock, **fields)


async def update(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    data: ConferenceUpdate,
) -> None:
    account = await account_sid_at_path(db, principal, account_sid)
    room = _room(engine, account, name)
    given = data.model_fields_set
    settings: dict[str, Any] = {}
    if "max_participants" in given:
        settings["max_participants"] = data.max_participants
    if data.record is not None:
        settings["record"] = bool(data.record)
    if "status_hook" in given:
        settings["status_hook"] = target(data.status_hook)
    if data.status_events is not None:
        settings["status_events"] = list(data.status_events)
    if settings:
        await engine.rooms.propose(_on(engine, room, "conf_update", settings=settings))
    if data.conf_mute_status is not None:
        await engine.rooms.propose(
            _on(engine, room, "conf_mute_all", muted=data.conf_mute_status == "mute")
        )
    if data.status == "completed":
        await end(engine, room)


async def delete(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, name: str
) -> None:
    account = await account_sid_at_path(db, principal, account_sid)
    await end(engine, _room(engine, account, name))


async def list_participants(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, name: str
) -> list[Participant]:
    account = await account_sid_at_path(db, principal, account_sid)
    room = _room(engine, account, name)
    return [_participant(engine, member) for member in room.members.values()]


async def _member(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
) -> tuple[Room, Member]:
    account = await account_sid_at_path(db, principal, account_sid)
    room = _room(engine, account, name)
    return room, room.participant(norm_sid(call_sid))


async def get_participant(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
) -> Participant:
    _, member = await _member(db, engine, principal, account_sid, name, call_sid)
    return _participant(engine, member)


async def update_participant(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
    data: ParticipantUpdate,
) -> None:
    if data.wait_hook is not None and data.hold_status != "hold":
        raise Unprocessable("wait_hook may only accompany hold_status hold")
    room, member = await _member(db, engine, principal, account_sid, name, call_sid)
    if data.mute_status is not None:
        await engine.rooms.propose(
            _on(
                engine,
                room,
                "conf_mute",
                call_sid=member.call_sid,
                muted=data.mute_status == "mute",
            )
        )
    if data.hold_status is not None:
        await engine.rooms.propose(
            _on(
                engine,
                room,
                "conf_hold",
                call_sid=member.call_sid,
                held=data.hold_status == "hold",
                hook=target(data.wait_hook),
            )
        )


async def delete_participant(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    name: str,
    call_sid: str,
) -> None:
    room, member = await _member(db, engine, principal, account_sid, name, call_sid)
    await engine.rooms.propose(_on(engine, room, "conf_remove", call_sid=member.call_sid))
