"""Messages in the database: one row per message, rewritten at each status change.

The status history is kept on the row (a JSON array of `{status, time, error}`), like a
call's. A status change is read-modify-write inside one write transaction (with `FOR
UPDATE` on PostgreSQL), so a delivery receipt that races the provider's answer can never
be lost or regress a final status.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update

from generated.models import HookRead, Message, MessageStatusChange
from jambonz.db import Database
from jambonz.db.tables import messages, utcnow
from jambonz.services.common import iso

__all__ = [
    "FINAL",
    "Change",
    "change_status",
    "entry",
    "insert_message",
    "set_error",
    "to_model",
]

FINAL = frozenset({"delivered", "failed"})


def entry(status: str, moment: datetime, error: str | None = None) -> dict[str, Any]:
    return {"status": status, "time": iso(moment), "error": error}


def _json(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def to_model(row: Any) -> Message:
    hook = _json(row.status_hook, None)
    response = _json(row.provider_response, None)
    return Message.model_validate(
        {
            "message_sid": row.message_sid,
            "account_sid": row.account_sid,
            "service_provider_sid": row.service_provider_sid,
            "application_sid": row.application_sid,
            "direction": row.direction,
            "from": getattr(row, "from"),
            "to": row.to,
            "text": row.text,
            "media": _json(row.media, []),
            "carrier": row.carrier,
            "voip_carrier_sid": row.voip_carrier_sid,
            "carrier_message_id": row.carrier_message_id,
            "status": row.status,
            "error": row.error,
            "provider_response": response if isinstance(response, dict) else None,
            "status_hook": HookRead(
                url=hook["url"],
                method=hook.get("method") or "POST",
                username=hook.get("username"),
                password=hook.get("password"),
            )
            if isinstance(hook, dict)
            else None,
            "created_at": iso(row.created_at),
            "updated_at": iso(row.updated_at),
            "status_history": [
                MessageStatusChange(**item) for item in _json(row.status_history, [])
            ],
        }
    )


async def insert_message(
    db: Database,
    *,
    message_sid: str,
    account_sid: str,
    service_provider_sid: str | None,
    application_sid: str | None,
    direction: str,
    from_: str,
    to: str,
    text: str | None,
    media: Iterable[str],
    carrier: str,
    voip_carrier_sid: str | None,
    status: str,
    carrier_message_id: str | None = None,
    status_hook: dict[str, Any] | None = None,
) -> None:
    now = utcnow()
    async with db.write() as conn:
        await conn.execute(
            insert(messages).values(
                {
                    "message_sid": message_sid,
                    "account_sid": account_sid,
                    "service_provider_sid": service_provider_sid,
                    "application_sid": application_sid,
                    "direction": direction,
                    "from": from_,
                    "to": to,
                    "text": text,
                    "media": json.dumps(list(media)),
                    "carrier": carrier,
                    "voip_carrier_sid": voip_carrier_sid,
                    "carrier_message_id": carrier_message_id,
                    "status": status,
                    "status_hook": json.dumps(status_hook) if status_hook else None,
                    "status_history": json.dumps([entry(status, now)]),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        )


class Change:
    """The outcome of `change_status`: the row after it, and whether the status moved."""

    __slots__ = ("changed", "row")

    def __init__(self, row: Any, changed: bool) -> None:
        self.row = row
        self.changed = changed


async def change_status(
    db: Database,
    message_sid: str,
    status: str,
    *,
    error: str | None = None,
    only_from: Iterable[str] | None = None,
    also: dict[str, Any] | None = None,
) -> Change | None:
    """Move the message to `status` (appending to its history) when its current status is
    in `only_from` (any, when None) and differs from `status`; write the columns in `also`
    in any case. None when the message no longer exists."""
    allowed = None if only_from is None else frozenset(only_from)
    async with db.write() as conn:
        query = select(messages).where(messages.c.message_sid == message_sid).with_for_update()
        row = (await conn.execute(query)).first()
        if row is None:
            return None
        values: dict[str, Any] = dict(also or {})
        moves = row.status != status and (allowed is None or row.status in allowed)
        if moves:
            now = utcnow()
            history = _json(row.status_history, [])
            error = error[:1024] if error else None
            history.append(entry(status, now, error))
            values.update(
                status=status,
                error=error,
                status_history=json.dumps(history),
                updated_at=now,
            )
        if values:
            await conn.execute(
                update(messages).where(messages.c.message_sid == message_sid).values(**values)
            )
        after = (
            await conn.execute(select(messages).where(messages.c.message_sid == message_sid))
        ).first()
    return Change(after, moves)


async def set_error(db: Database, message_sid: str, error: str) -> None:
    """Note a problem that does not change the status (an inbound message's application)."""
    async with db.write() as conn:
        await conn.execute(
            update(messages)
            .where(messages.c.message_sid == message_sid)
            .values(error=error[:1024], updated_at=utcnow())
        )
