"""The Alerts lists (`GET .../Alerts`): the alerts the engines raised (jambonz/alerts.py),
newest first, in jambonz's paged envelope.

An account's list shows every field of an alert (null where unset); a service provider's
shows only `time`, `service_provider_sid`, `message` and `detail`, as jambonz's does, for
every alert raised on the provider or on any of its accounts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select

from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import alerts
from jambonz.services.common import iso
from jambonz.services.timeline import (
    account_sid_at_path,
    paging,
    service_provider_sid_at_path,
    window,
)

_ACCOUNT_FIELDS = (
    "account_sid",
    "alert_type",
    "message",
    "detail",
    "service_provider_sid",
    "target_sid",
    "vendor",
)
_PROVIDER_FIELDS = ("service_provider_sid", "message", "detail")


async def _page(
    db: Database,
    owner: ColumnElement[bool],
    fields: tuple[str, ...],
    page: int | None,
    count: int | None,
    days: int | None,
    start: str | None,
    end: str | None,
    alert_type: str | None,
) -> dict[str, Any]:
    asked = paging(page, count)
    where = [owner, window(alerts.c.time, days, start, end)]
    if alert_type is not None:
        where.append(alerts.c.alert_type == alert_type)
    query = (
        select(alerts)
        .where(*where)
        .order_by(alerts.c.time.desc(), alerts.c.alert_sid.desc())
        .limit(asked.count)
        .offset(asked.offset)
    )
    async with db.read() as conn:
        total = (
            await conn.execute(select(func.count()).select_from(alerts).where(*where))
        ).scalar()
        rows = (await conn.execute(query)).all()
    data = [
        {"time": iso(row.time), **{name: getattr(row, name) for name in fields}} for row in rows
    ]
    return asked.envelope(int(total or 0), data)


async def list_for_account(
    db: Database,
    principal: Principal,
    account_sid: str,
    page: int | None,
    count: int | None,
    *,
    days: int | None = None,
    start: str | None = None,
    end: str | None = None,
    alert_type: str | None = None,
) -> dict[str, Any]:
    async with db.read() as conn:
        sid = await account_sid_at_path(conn, principal, account_sid)
    return await _page(
        db, alerts.c.account_sid == sid, _ACCOUNT_FIELDS, page, count, days, start, end, alert_type
    )


async def list_for_service_provider(
    db: Database,
    principal: Principal,
    service_provider_sid: str,
    page: int | None,
    count: int | None,
    *,
    days: int | None = None,
    start: str | None = None,
    end: str | None = None,
    alert_type: str | None = None,
) -> dict[str, Any]:
    async with db.read() as conn:
        sid = await service_provider_sid_at_path(conn, principal, service_provider_sid)
    return await _page(
        db,
        alerts.c.service_provider_sid == sid,
        _PROVIDER_FIELDS,
        page,
        count,
        days,
        start,
        end,
        alert_type,
    )
