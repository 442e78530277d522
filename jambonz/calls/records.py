"""Call records in the database: written by the engine, read by the Calls API.

Every leg is stored when it starts and rewritten at each status change, so a record
survives a restart with its final status, `sip_status`, `duration` and status history.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, bindparam, insert, or_, select, update

from jambonz.calls.clock import Clock
from jambonz.calls.state import FINAL_STATUSES, LiveCall
from jambonz.db import Database
from jambonz.db.tables import calls, utcnow


def _same(seconds: float) -> float:
    return seconds


def _dt(seconds: float | None) -> datetime | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def _values(call: LiveCall, wall: Callable[[float], float]) -> dict[str, Any]:
    return {
        "call_status": call.call_status,
        "sip_status": call.sip_status,
        "sip_reason": call.sip_reason,
        "duration": call.duration() if call.call_status == "completed" else None,
        "call_termination_by": call.call_termination_by if call.is_final else None,
        "tag": json.dumps(call.customer_data) if call.customer_data is not None else None,
        "status_history": json.dumps(
            [{**entry, "time": _iso(wall(entry["time"]))} for entry in call.history]
        ),
        "answered_at": _dt(_opt(wall, call.answered_at)),
        "ended_at": _dt(_opt(wall, call.ended_at)),
    }


def _opt(wall: Callable[[float], float], seconds: float | None) -> float | None:
    return None if seconds is None else wall(seconds)


def _iso(seconds: float) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class _Write:
    call: LiveCall
    insert: bool
    values: dict[str, Any]
    waiters: list[asyncio.Future[None]] = field(default_factory=list)


class DatabaseCallRecorder:
    """The engine's `CallRecorder` on the project's database.

    Writes are batched: every `save` joins the next transaction of a single writer task
    (the latest state of each leg wins) and returns once that transaction committed. With
    thousands of live calls, status changes then cost a few transactions a second instead
    of one each, and writers never contend for the database's write lock (SQLite's busy
    handler sleeps for up to 100 ms on contention).

    A leg's record is inserted once (when `call.recorded` is still false) and updated at
    every later change, so a late write of a call whose record was deleted never brings
    the record back.
    """

    def __init__(
        self, db: Database, clock: Clock | None = None, instance_id: str | None = None
    ) -> None:
        self.db = db
        # Written into each record: the instance that runs the call (jambonz/instances.py).
        self.instance_id = instance_id
        # Simulated moments -> the real time they happened (identity without a clock).
        self._wall: Callable[[float], float] = clock.to_wall if clock else _same
        self._pending: dict[str, _Write] = {}
        self._writer: asyncio.Task[None] | None = None

    async def save(self, call: LiveCall) -> None:
        values = _values(call, self._wall)
        write = self._pending.get(call.call_sid)
        if write is None:
            write = _Write(call=call, insert=not call.recorded, values={})
            self._pending[call.call_sid] = write
        if write.insert:
            values = {
                **_insert_values(call, self._wall),
                "instance_id": self.instance_id,
                **values,
            }
        write.values.update(values)
        call.recorded = True
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        write.waiters.append(done)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_all())
        # shield: a call task cancelled while it waits must not cancel the write
        await asyncio.shield(done)

    async def _write_all(self) -> None:
        while self._pending:
            batch, self._pending = list(self._pending.values()), {}
            try:
                await self._write(batch)
            except Exception:
                # one bad row must not lose the others: write them one by one
                for write in batch:
                    try:
                        await self._write([write])
                    except Exception as exc:
                        if write.insert:
                            write.call.recorded = False
                        _settle(write, exc)
                    else:
                        _settle(write, None)
            else:
                for write in batch:
                    _settle(write, None)

    async def _write(self, batch: list[_Write]) -> None:
        """One transaction; the inserts and the updates each as one executemany per set
        of columns (compiling a statement per row cost more than writing it)."""
        inserts = [write.values for write in batch if write.insert]
        updates = [
            {_SID_PARAM: write.call.call_sid, **write.values} for write in batch if not write.insert
        ]
        async with self.db.write() as conn:
            for rows in _by_columns(inserts):
                await conn.execute(insert(calls), rows)
            for rows in _by_columns(updates):
                await conn.execute(_UPDATE_BY_SID, rows)


_SID_PARAM = "b_call_sid"
# The SET clause comes from each parameter set's other keys.
_UPDATE_BY_SID = update(calls).where(calls.c.call_sid == bindparam(_SID_PARAM))


def _by_columns(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows grouped by the columns they set, in their order (executemany needs one
    set per statement)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _settle(write: _Write, exc: BaseException | None) -> None:
    for waiter in write.waiters:
        if waiter.done():
            continue
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)


def _insert_values(call: LiveCall, wall: Callable[[float], float]) -> dict[str, Any]:
    return {
        "call_sid": call.call_sid,
        "parent_call_sid": call.parent_call_sid,
        "account_sid": call.account_sid,
        "service_provider_sid": call.service_provider_sid,
        "application_sid": call.application_sid,
        "direction": call.direction,
        "from": call.from_,
        "to": call.to,
        "call_id": call.call_id,
        "originating_sip_ip": call.originating_sip_ip,
        "originating_sip_trunk_name": call.originating_sip_trunk_name,
        "voip_carrier_sid": call.voip_carrier_sid,
        "trunk": call.trunk,
        "trace_id": call.trace_id,
        "created_at": _dt(wall(call.created_at)),
    }


def _open_calls_of(instance_id: str, *, legacy: bool) -> Any:
    """The records still open of the calls `instance_id` ran (and, with `legacy`, of
    the records that name no instance, written before revision 0018)."""
    owner = calls.c.instance_id == instance_id
    if legacy:
        owner = or_(owner, calls.c.instance_id.is_(None))
    return and_(owner, calls.c.call_status.not_in(sorted(FINAL_STATUSES)))


# The record of a call whose instance stopped: what closes it (with the reason).
RESTARTED = {"sip_status": 500, "sip_reason": "Server Restarted"}
LOST = {"sip_status": 500, "sip_reason": "Server Stopped Responding"}


def _closed(reason: dict[str, Any]) -> dict[str, Any]:
    """The columns of a record closed because its instance stopped."""
    return {
        "call_status": "failed",
        "call_termination_by": "jambonz",
        "ended_at": utcnow(),
        **reason,
    }


async def open_call_sids(db: Database, instance_id: str, *, legacy: bool = False) -> list[str]:
    async with db.read() as conn:
        rows = await conn.execute(
            select(calls.c.call_sid).where(_open_calls_of(instance_id, legacy=legacy))
        )
        return [row.call_sid for row in rows]


async def close_record(db: Database, call_sid: str, reason: dict[str, Any]) -> bool:
    """Close one record left open as failed; False when it was closed already (another
    instance did it first)."""
    async with db.write() as conn:
        result = await conn.execute(
            update(calls)
            .where(
                and_(
                    calls.c.call_sid == call_sid,
                    calls.c.call_status.not_in(sorted(FINAL_STATUSES)),
                )
            )
            .values(_closed(reason))
        )
    return bool(result.rowcount)


async def close_stale_records(db: Database, instance_id: str) -> int:
    """At an instance's start: the records its last run left open are closed as failed
    (those calls are gone), and the records that name no instance; the calls of the
    other instances are theirs."""
    async with db.write() as conn:
        result = await conn.execute(
            update(calls).where(_open_calls_of(instance_id, legacy=True)).values(_closed(RESTARTED))
        )
    return result.rowcount or 0
