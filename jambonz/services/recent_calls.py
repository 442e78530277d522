"""Recent calls: jambonz's CDR list (`GET .../RecentCalls`), answered from this server's
own call records (the `calls` table the engine keeps current).

A call is listed once it has ended (jambonz writes a CDR when a call is over), each leg on
its own as jambonz's CDRs are, newest first. A record's fields are mapped onto jambonz's
CDR names; what a record does not have (the SBC's addresses of a simulated call, a
recording) is left out, as jambonz omits an absent field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import ColumnElement, false, func, literal, or_, select
from sqlalchemy.orm import aliased

from jambonz.auth import Principal
from jambonz.calls.state import FINAL_STATUSES
from jambonz.db import Database
from jambonz.db.tables import calls
from jambonz.errors import NotFound
from jambonz.services.common import iso
from jambonz.services.timeline import (
    account_sid_at_path,
    paging,
    service_provider_sid_at_path,
    window,
)

_parent = aliased(calls)
# The record's trunk as jambonz's CDRs name it: the carrier of an outbound leg, the
# carrier an inbound call came from.
_trunk = func.coalesce(calls.c.trunk, calls.c.originating_sip_trunk_name)


@dataclass(frozen=True)
class CallFilters:
    """jambonz's filters of the list (and this server's `from`/`to`, exact)."""

    days: int | None = None
    start: str | None = None
    end: str | None = None
    answered: str | None = None
    direction: str | None = None
    filter: str | None = None
    trunk: str | None = None
    from_: str | None = None
    to: str | None = None


def _text_filter(text: str) -> ColumnElement[bool]:
    """jambonz's `filter`: a substring of the caller or the callee, or a call's sid."""
    if "\x00" in text:
        return false()
    return or_(
        calls.c["from"].contains(text, autoescape=True),
        calls.c.to.contains(text, autoescape=True),
        calls.c.call_sid == text.lower(),
    )


def _conditions(f: CallFilters) -> list[ColumnElement[bool]]:
    # A filter with a NUL matches nothing on every store (PostgreSQL cannot even compare
    # it, and answered 422: found by Schemathesis), as for the other lists' filters.
    if any("\x00" in v for v in (f.direction, f.trunk, f.from_, f.to) if v is not None):
        return [false()]
    found: list[ColumnElement[bool]] = [
        calls.c.call_status.in_(sorted(FINAL_STATUSES)),
        window(calls.c.created_at, f.days, f.start, f.end),
    ]
    # `answered`: only `true` and `false` filter; jambonz ignores any other value.
    if f.answered == "true":
        found.append(calls.c.answered_at.is_not(None))
    elif f.answered == "false":
        found.append(calls.c.answered_at.is_(None))
    if f.direction is not None:
        found.append(calls.c.direction == f.direction)
    if f.trunk is not None:
        found.append(_trunk == literal(f.trunk))
    if f.filter:
        found.append(_text_filter(f.filter))
    if f.from_ is not None:
        found.append(calls.c["from"] == f.from_)
    if f.to is not None:
        found.append(calls.c.to == f.to)
    return found


def _termination_reason(row: Any) -> str | None:
    if row.call_status == "completed":
        return "caller hungup" if row.call_termination_by == "caller" else "jambonz hungup"
    return row.sip_reason


def to_cdr(row: Any) -> dict[str, Any]:
    """A call record under jambonz's CDR names, absent fields left out."""
    cdr: dict[str, Any] = {
        "attempted_at": iso(row.created_at),
        "answered": row.answered_at is not None,
        "answered_at": iso(row.answered_at),
        "terminated_at": iso(row.ended_at),
        "duration": row.duration if row.duration is not None else 0,
        "sip_status": row.sip_status,
        "termination_reason": _termination_reason(row),
        "direction": row.direction,
        "from": getattr(row, "from"),
        "to": row.to,
        "trunk": row.trunk or row.originating_sip_trunk_name,
        "call_sid": row.call_sid,
        "account_sid": row.account_sid,
        "service_provider_sid": row.service_provider_sid,
        "application_sid": row.application_sid,
        "sip_callid": row.call_id,
        "sip_parent_callid": row.sip_parent_callid,
        "remote_host": row.originating_sip_ip,
        "trace_id": row.trace_id,
    }
    return {key: value for key, value in cdr.items() if value is not None}


async def _page(
    db: Database,
    owner: ColumnElement[bool],
    page: int | None,
    count: int | None,
    f: CallFilters,
) -> dict[str, Any]:
    asked = paging(page, count)
    where = [owner, *_conditions(f)]
    query = (
        select(calls, _parent.c.call_id.label("sip_parent_callid"))
        .select_from(calls.outerjoin(_parent, _parent.c.call_sid == calls.c.parent_call_sid))
        .where(*where)
        .order_by(calls.c.created_at.desc(), calls.c.call_sid.desc())
        .limit(asked.count)
        .offset(asked.offset)
    )
    async with db.read() as conn:
        total = (await conn.execute(select(func.count()).select_from(calls).where(*where))).scalar()
        rows = (await conn.execute(query)).all()
    return asked.envelope(int(total or 0), [to_cdr(row) for row in rows])


async def list_for_account(
    db: Database,
    principal: Principal,
    account_sid: str,
    page: int | None,
    count: int | None,
    filters: CallFilters,
) -> dict[str, Any]:
    async with db.read() as conn:
        sid = await account_sid_at_path(conn, principal, account_sid)
    return await _page(db, calls.c.account_sid == sid, page, count, filters)


async def list_for_service_provider(
    db: Database,
    principal: Principal,
    service_provider_sid: str,
    page: int | None,
    count: int | None,
    filters: CallFilters,
) -> dict[str, Any]:
    async with db.read() as conn:
        sid = await service_provider_sid_at_path(conn, principal, service_provider_sid)
    return await _page(db, calls.c.service_provider_sid == sid, page, count, filters)


# What jambonz reads from back-ends this server does not have (Homer, Jaeger, the
# account's storage bucket): once the tenant is known to be in scope, always 404.
NO_SIP_CAPTURE = "no SIP capture is kept on this server"
NO_TRACES = "no call traces are kept on this server"
NO_RECORDINGS = "no call recordings are kept on this server"


async def not_kept(db: Database, principal: Principal, owner: str, sid: str, msg: str) -> NoReturn:
    """Answer a capture, trace or recording request: the tenant's scope first (404 or 403
    as for its list), then 404 `msg`, since nothing of the kind is kept here."""
    async with db.read() as conn:
        if owner == "account":
            await account_sid_at_path(conn, principal, sid)
        else:
            await service_provider_sid_at_path(conn, principal, sid)
    raise NotFound(msg)
