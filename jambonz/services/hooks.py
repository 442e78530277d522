"""Hooks embedded in resources (call_hook, registration_hook, ...).

Each hook is its own `webhooks` row, referenced by a `*_hook_sid` column of the resource
that uses it, and owned by that resource's service provider or account (which scopes
`GET /Webhooks/{sid}`). A hook arrives as a bare URL string or an object; on update an
existing hook row is changed in place, so its `webhook_sid` stays stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Column, FromClause, Join, delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import HookObjectInput, HookRead, HookUrl, HookWithSid
from jambonz.db.prepared import PreparedInsert
from jambonz.db.tables import webhook_owners, webhooks
from jambonz.errors import BadRequest, Unprocessable
from jambonz.outbound import static_refusal
from jambonz.services.common import new_sid, norm_sid

HookInput = HookUrl | HookObjectInput | str | dict[str, Any]


def _url(value: Any) -> str:
    return value.root if hasattr(value, "root") else value


def is_blank(value: HookInput | None) -> bool:
    """A hook object with an empty `url`: what the jambonz portal sends for a hook left
    blank, which means no hook (as in jambonz)."""
    if isinstance(value, dict):
        return value.get("url") == ""
    return isinstance(value, HookObjectInput) and _url(value.url) == ""


def given(value: HookInput | None) -> HookInput | None:
    """The hook a body gave, with a blank one read as none."""
    return None if value is None or is_blank(value) else value


def hook_values(value: HookInput) -> dict[str, Any]:
    """The webhook row values of a hook given as a URL or an object; the method in
    capitals, whatever case it came in."""
    if isinstance(value, HookUrl):
        value = value.root
    if isinstance(value, str):
        return {"url": value, "method": "POST", "username": None, "password": None}
    if isinstance(value, dict):
        value = HookObjectInput.model_validate(value)
    return {
        "url": _url(value.url),
        "method": (value.method or "POST").upper(),
        "username": value.username,
        "password": value.password,
    }


def check_url(field: str, url: Any) -> None:
    """Refuse, when it is stored, a URL the outbound policy would never request (a
    link-local or metadata address or name written in it): 400 naming the field. Every
    other URL is judged when it is requested (jambonz/outbound.py)."""
    if isinstance(url, str) and (reason := static_refusal(url)):
        raise BadRequest(f"{field}: {reason}")


def check_hook(field: str, value: HookInput | None) -> None:
    """`check_url` for a hook given as a URL or an object (none or blank passes)."""
    value = given(value)
    if value is not None:
        check_url(field, hook_values(value)["url"])


# Compiled once and run on the driver; a row's missing columns get their defaults.
INSERT_WEBHOOK = PreparedInsert(webhooks)
INSERT_WEBHOOK_OWNER = PreparedInsert(webhook_owners)


def owned_by(column: str, sid: str) -> Any:
    """The webhooks whose owner row names `sid` in `column` (`account_sid` or
    `service_provider_sid`), as a condition on `webhooks`."""
    owned = select(webhook_owners.c.webhook_sid).where(webhook_owners.c[column] == sid)
    return webhooks.c.webhook_sid.in_(owned)


def _given_sid(value: HookInput) -> str | None:
    if isinstance(value, HookObjectInput) and value.webhook_sid:
        return norm_sid(value.webhook_sid)
    return None


async def create_hook(
    conn: AsyncConnection,
    value: HookInput | None,
    *,
    service_provider_sid: str | None,
    account_sid: str | None,
    field: str = "hook",
) -> str | None:
    """Insert a webhook row for `value` (None or blank -> no hook) and return its sid.
    A URL that may never be requested is refused, naming `field` (`check_url`)."""
    value = given(value)
    if value is None:
        return None
    check_url(field, hook_values(value)["url"])
    sid = new_sid()
    await INSERT_WEBHOOK.run(conn, {"webhook_sid": sid, **hook_values(value)})
    if service_provider_sid is not None or account_sid is not None:
        owner = {"service_provider_sid": service_provider_sid, "account_sid": account_sid}
        await INSERT_WEBHOOK_OWNER.run(conn, {"webhook_sid": sid, **owner})
    return sid


async def replace_hook(
    conn: AsyncConnection,
    field: str,
    current_sid: str | None,
    value: HookInput | None,
    *,
    service_provider_sid: str | None,
    account_sid: str | None,
) -> tuple[str | None, str | None]:
    """Apply an update of one hook property.

    Returns `(new_sid, orphan_sid)`: the sid the resource should now reference and a row
    to delete once the resource no longer references it (when the hook was cleared).
    """
    value = given(value)
    named = _given_sid(value) if value is not None else None
    if named is not None and named != current_sid:
        raise Unprocessable(
            f"{field}.webhook_sid {named} is not the current {field} of this resource"
        )
    if value is None:
        return None, current_sid
    check_url(field, hook_values(value)["url"])
    if current_sid is not None:
        await conn.execute(
            update(webhooks)
            .where(webhooks.c.webhook_sid == current_sid)
            .values(**hook_values(value))
        )
        return current_sid, None
    new = await create_hook(
        conn, value, service_provider_sid=service_provider_sid, account_sid=account_sid, field=field
    )
    return new, None


async def delete_hooks(conn: AsyncConnection, sids: Iterable[str | None]) -> None:
    wanted = [s for s in sids if s]
    if wanted:
        await conn.execute(delete(webhooks).where(webhooks.c.webhook_sid.in_(wanted)))


async def load_hooks(conn: AsyncConnection, sids: Iterable[str | None]) -> dict[str, Any]:
    """The webhook rows for the given sids, keyed by sid (one query)."""
    wanted = sorted({s for s in sids if s})
    if not wanted:
        return {}
    rows = (await conn.execute(select(webhooks).where(webhooks.c.webhook_sid.in_(wanted)))).all()
    return {row.webhook_sid: row for row in rows}


HOOK_FIELDS = ("webhook_sid", "url", "method", "username", "password")


def join_hooks(
    source: FromClause, table: FromClause, hook_columns: Mapping[str, str]
) -> tuple[Join | FromClause, list[Any]]:
    """`source` outer-joined to the webhook row of each hook, and the hook columns to
    select (labelled `<hook>__<field>`): so a resource and its hooks are one query."""
    columns: list[Column[Any]] = []
    for name, column in hook_columns.items():
        hook = webhooks.alias(name)
        source = source.outerjoin(hook, hook.c.webhook_sid == table.c[column])
        columns += [hook.c[field].label(f"{name}__{field}") for field in HOOK_FIELDS]
    return source, columns


def joined_hooks(row: Any, names: Iterable[str]) -> dict[str, Any]:
    """The webhook rows of a `join_hooks` row, keyed by sid, as `load_hooks` gives them."""
    found = {}
    for name in names:
        sid = getattr(row, f"{name}__webhook_sid")
        if sid is not None:
            found[sid] = SimpleNamespace(
                **{field: getattr(row, f"{name}__{field}") for field in HOOK_FIELDS}
            )
    return found


def hook_read(rows: dict[str, Any], sid: str | None) -> HookRead | None:
    row = rows.get(sid) if sid else None
    if row is None:
        return None
    return HookRead(url=row.url, method=row.method, username=row.username, password=row.password)


def hook_with_sid(rows: dict[str, Any], sid: str | None) -> HookWithSid | None:
    row = rows.get(sid) if sid else None
    if row is None:
        return None
    return HookWithSid(
        webhook_sid=row.webhook_sid,
        url=row.url,
        method=row.method,
        username=row.username,
        password=row.password,
    )
