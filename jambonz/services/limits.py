"""Limits: per-category caps of an account or a service provider (jambonz reference §2.10).

Both owners behave the same way, so every operation is written once and parameterised by
an `Owner` (`ACCOUNT` or `SERVICE_PROVIDER`): which table, which columns, how the path sid
is resolved within the key's scope, and which scopes may read or change the limits.

A limit is keyed by (owner, category): setting a category that is already set replaces
its quantity and keeps the row's sid. An account without a limit of its own in a category
inherits its service provider's (`effective_limit`, used by the call engine).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Table, bindparam, cast, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import AccountLimit, LimitCreate, ServiceProviderLimit
from jambonz.auth import Principal, Scope
from jambonz.db import Database
from jambonz.db import upsert as upserts
from jambonz.db.prepared import Prepared
from jambonz.db.tables import (
    account_limits,
    accounts,
    service_provider_limits,
    service_providers,
)
from jambonz.services import scope
from jambonz.services.common import new_sid, norm_sid, require_scope


@dataclass(frozen=True, slots=True)
class Owner:
    """What differs between account limits and service-provider limits."""

    table: Table
    owner_table: Table  # accounts | service_providers
    owner_column: str  # account_sid | service_provider_sid
    sid_column: str  # account_limits_sid | service_provider_limits_sid
    at_path: Callable[[AsyncConnection, Principal, str], Awaitable[Any]]
    model: type[AccountLimit] | type[ServiceProviderLimit]
    may_read: tuple[Scope, ...]
    may_write: tuple[Scope, ...]
    read_denied: str
    write_denied: str


ACCOUNT = Owner(
    table=account_limits,
    owner_table=accounts,
    owner_column="account_sid",
    sid_column="account_limits_sid",
    at_path=scope.account_at_path,
    model=AccountLimit,
    may_read=("admin", "service_provider", "account"),
    # An account key may read its limits but never raise them (jambonz lets it: §8.18).
    may_write=("admin", "service_provider"),
    read_denied="this key may not read account limits",
    write_denied="account keys may not change account limits",
)

SERVICE_PROVIDER = Owner(
    table=service_provider_limits,
    owner_table=service_providers,
    owner_column="service_provider_sid",
    sid_column="service_provider_limits_sid",
    at_path=scope.service_provider_at_path,
    model=ServiceProviderLimit,
    may_read=("admin", "service_provider"),
    may_write=("admin", "service_provider"),
    read_denied="account keys may not read service provider limits",
    write_denied="account keys may not change service provider limits",
)


def _to_model(owner: Owner, row: Any) -> AccountLimit | ServiceProviderLimit:
    return owner.model.model_validate(
        {
            owner.sid_column: row._mapping[owner.sid_column],
            owner.owner_column: row._mapping[owner.owner_column],
            "category": row.category,
            "quantity": row.quantity,
        }
    )


def _owned(owner: Owner, owner_sid: str, category: str | None):
    """The WHERE clause selecting an owner's limits, optionally one category."""
    conditions = [owner.table.c[owner.owner_column] == owner_sid]
    if category is not None:
        conditions.append(owner.table.c.category == category)
    return conditions


async def upsert(
    db: Database, principal: Principal, owner: Owner, owner_sid: str, data: LimitCreate
) -> str:
    """Set the owner's limit in `data.category`; the sid of the (kept or new) row."""
    require_scope(principal, owner.may_write, owner.write_denied)
    async with db.write() as conn:
        row = await owner.at_path(conn, principal, owner_sid)
        table = owner.table
        owner_value = row._mapping[owner.owner_column]
        if conn.dialect.name in ("mysql", "mariadb"):
            # jambonz's schema has no unique key on (owner, category) for ON DUPLICATE
            # KEY to find: the owner's row is locked instead, so that concurrent upserts
            # of its limits take turns.
            await conn.execute(
                select(owner.owner_table.c[owner.owner_column])
                .where(owner.owner_table.c[owner.owner_column] == owner_value)
                .with_for_update()
            )
            where = (table.c[owner.owner_column] == owner_value) & (
                table.c.category == data.category
            )
            sid = (await conn.execute(select(table.c[owner.sid_column]).where(where))).scalar()
            if sid is not None:
                await conn.execute(update(table).where(where).values(quantity=data.quantity))
                return sid
            sid = new_sid()
            await conn.execute(
                insert(table).values(
                    {
                        owner.sid_column: sid,
                        owner.owner_column: owner_value,
                        "category": data.category,
                        "quantity": data.quantity,
                    }
                )
            )
            return sid
        values = {
            owner.sid_column: new_sid(),
            owner.owner_column: owner_value,
            "category": data.category,
            "quantity": data.quantity,
        }
        # One statement, so concurrent upserts of the same category cannot collide.
        keys = [owner.owner_column, "category"]
        stmt = upserts.upsert(conn.dialect.name, table, values, keys, {"quantity": data.quantity})
        stmt = stmt.returning(table.c[owner.sid_column])
        return (await conn.execute(stmt)).scalar_one()


async def list_limits(
    db: Database, principal: Principal, owner: Owner, owner_sid: str, category: str | None
) -> list[AccountLimit] | list[ServiceProviderLimit]:
    require_scope(principal, owner.may_read, owner.read_denied)
    async with db.read() as conn:
        row = await owner.at_path(conn, principal, owner_sid)
        sid = row._mapping[owner.owner_column]
        rows = (
            await conn.execute(
                select(owner.table)
                .where(*_owned(owner, sid, category))
                # By name: MySQL orders its ENUM column by the values' declared order.
                .order_by(cast(owner.table.c.category, String(32)))
            )
        ).all()
    return [_to_model(owner, r) for r in rows]  # type: ignore[return-value]


async def delete_limits(
    db: Database, principal: Principal, owner: Owner, owner_sid: str, category: str | None
) -> None:
    """Remove one category's limit, or all the owner's limits; absent ones are no error."""
    require_scope(principal, owner.may_write, owner.write_denied)
    async with db.write() as conn:
        row = await owner.at_path(conn, principal, owner_sid)
        sid = row._mapping[owner.owner_column]
        await conn.execute(delete(owner.table).where(*_owned(owner, sid, category)))


async def effective_limit(conn: AsyncConnection, account_sid: str, category: str) -> int | None:
    """The account's cap in `category`: its own limit, else its service provider's, else
    None (no cap). For the call engine, which enforces `voice_call_session`."""
    found = await effective_limit_of(conn, account_sid, category)
    return None if found is None else found[0]


_ACCOUNT_LIMIT = Prepared(
    select(account_limits.c.quantity).where(
        account_limits.c.account_sid == bindparam("account_sid"),
        account_limits.c.category == bindparam("category"),
    )
)
_PROVIDER_LIMIT = Prepared(
    select(service_provider_limits.c.quantity)
    .select_from(
        accounts.join(
            service_provider_limits,
            service_provider_limits.c.service_provider_sid == accounts.c.service_provider_sid,
        )
    )
    .where(
        accounts.c.account_sid == bindparam("account_sid"),
        service_provider_limits.c.category == bindparam("category"),
    )
)


async def effective_limit_of(
    conn: AsyncConnection, account_sid: str, category: str
) -> tuple[int, str] | None:
    """As `effective_limit`, with whose cap it is: `"account"` or `"service_provider"`
    (an alert about a refused call names which limit refused it). Both reads are prepared
    and cached (jambonz/db/cache.py): every call set-up asks, and limits rarely change."""
    account_sid = norm_sid(account_sid)
    row = await _ACCOUNT_LIMIT.first(conn, account_sid=account_sid, category=category)
    if row is not None:
        return row.quantity, "account"
    row = await _PROVIDER_LIMIT.first(conn, account_sid=account_sid, category=category)
    provider = None if row is None else row.quantity
    return None if provider is None else (provider, "service_provider")
