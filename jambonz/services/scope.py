"""Loading the tenants a request addresses, within the caller's scope.

Every service that is addressed through an account or a service provider (a path sid or
a body property) goes through these, so the scope rule is written once:
- a sid in the *path* that the key may not see is 404 (the key never learns it exists);
- a sid in the *body* that names a tenant outside the key's scope is 403, whether or not
  it exists; a body sid the key could see but which does not exist is 400 `unknown
  <field>`, as jambonz answers a reference to a missing row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection

from jambonz.auth import Principal
from jambonz.db.prepared import Prepared
from jambonz.db.tables import accounts, service_providers
from jambonz.errors import BadRequest, Forbidden, NotFound
from jambonz.services.common import norm_sid

ACCOUNT_NOT_FOUND = "account not found"
SERVICE_PROVIDER_NOT_FOUND = "service provider not found"


def unknown(field: str) -> str:
    """jambonz's words for a body sid that names no row: `unknown account_sid`."""
    return f"unknown {field}"


def binding(principal: Principal) -> dict[str, str | None]:
    """The `scope_sid` parameter of a `Prepared` statement chosen by the key's scope: its
    provider for a service provider key, its account for an account key, none for admin."""
    if principal.scope == "service_provider":
        return {"scope_sid": principal.service_provider_sid}
    if principal.scope == "account":
        return {"scope_sid": principal.account_sid}
    return {}


# Every operation addressed under an account or a provider starts with one of these.
_ACCOUNT_BY_SID = Prepared(select(accounts).where(accounts.c.account_sid == bindparam("sid")))
_SERVICE_PROVIDER_BY_SID = Prepared(
    select(service_providers).where(service_providers.c.service_provider_sid == bindparam("sid"))
)


async def _account_row(conn: AsyncConnection, sid: str) -> Any:
    return await _ACCOUNT_BY_SID.first(conn, sid=norm_sid(sid))


async def _service_provider_row(conn: AsyncConnection, sid: str) -> Any:
    return await _SERVICE_PROVIDER_BY_SID.first(conn, sid=norm_sid(sid))


async def account_at_path(conn: AsyncConnection, principal: Principal, sid: str) -> Any:
    """The account addressed by a path sid, or 404 when missing or outside the scope."""
    row = await _account_row(conn, sid)
    if row is None or not principal.covers_account(row.account_sid, row.service_provider_sid):
        raise NotFound(ACCOUNT_NOT_FOUND)
    return row


INSUFFICIENT_PERMISSIONS = "insufficient permissions"


async def account_for_change(conn: AsyncConnection, principal: Principal, sid: str) -> Any:
    """The account a `PUT` or `DELETE` path addresses: 404 when it does not exist, 403
    `insufficient permissions` when it is another tenant's, as jambonz answers (its own
    tests expect it; the sid is a random UUID the caller already holds)."""
    row = await _account_row(conn, sid)
    if row is None:
        raise NotFound(ACCOUNT_NOT_FOUND)
    if not principal.covers_account(row.account_sid, row.service_provider_sid):
        raise Forbidden(INSUFFICIENT_PERMISSIONS)
    return row


async def service_provider_at_path(conn: AsyncConnection, principal: Principal, sid: str) -> Any:
    """The provider addressed by a path sid, or 404 when missing or outside the scope."""
    row = await _service_provider_row(conn, sid)
    if row is None or not principal.covers_service_provider(row.service_provider_sid):
        raise NotFound(SERVICE_PROVIDER_NOT_FOUND)
    return row


async def account_in_body(
    conn: AsyncConnection, principal: Principal, sid: str, field: str = "account_sid"
) -> Any:
    """The account named by a body property: 403 outside the scope, 400 when unknown."""
    sid = norm_sid(sid)
    if principal.scope == "account":
        if sid != principal.account_sid:
            raise Forbidden(f"{field} {sid} is outside the scope of this API key")
        return await _account_row(conn, sid)
    row = await _account_row(conn, sid)
    if principal.scope == "service_provider" and (
        row is None or row.service_provider_sid != principal.service_provider_sid
    ):
        raise Forbidden(f"{field} {sid} is outside the scope of this API key")
    if row is None:
        raise BadRequest(unknown(field))
    return row


async def service_provider_in_body(
    conn: AsyncConnection, principal: Principal, sid: str, field: str = "service_provider_sid"
) -> Any:
    """The provider named by a body property: 403 outside the scope, 400 when unknown."""
    sid = norm_sid(sid)
    if not principal.is_admin and sid != principal.service_provider_sid:
        raise Forbidden(f"{field} {sid} is outside the scope of this API key")
    row = await _service_provider_row(conn, sid)
    if row is None:
        raise BadRequest(unknown(field))
    return row
