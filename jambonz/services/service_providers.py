"""Service providers: the platform's tenants (jambonz reference §2.1)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update

from generated.models import ServiceProvider, ServiceProviderCreate, ServiceProviderUpdate
from jambonz.auth import Principal, forget_keys
from jambonz.db import Database
from jambonz.db.tables import (
    accounts,
    api_keys,
    lcr,
    phone_numbers,
    service_provider_limits,
    service_providers,
    users,
    voip_carriers,
    webhooks,
)
from jambonz.errors import NotFound, Unprocessable
from jambonz.services import hooks, lcrs, speech_credentials
from jambonz.services.common import changes, new_sid, norm_sid, require_scope
from jambonz.services.voip_carriers import delete_carriers_where

NOT_FOUND = "service provider not found"


def _to_model(row: Any, hook_rows: dict[str, Any]) -> ServiceProvider:
    return ServiceProvider(
        service_provider_sid=row.service_provider_sid,
        name=row.name,
        description=row.description,
        root_domain=row.root_domain,
        registration_hook=hooks.hook_read(hook_rows, row.registration_hook_sid),
        ms_teams_fqdn=row.ms_teams_fqdn,
    )


def _scoped(principal: Principal):
    query = select(service_providers)
    if not principal.is_admin:
        query = query.where(
            service_providers.c.service_provider_sid == principal.service_provider_sid
        )
    return query


async def create(db: Database, principal: Principal, data: ServiceProviderCreate) -> str:
    require_scope(principal, ["admin"], "only admin users can add a service provider")
    sid = new_sid()
    values = changes(data)
    hook = values.pop("registration_hook", None)
    async with db.write() as conn:
        hook_sid = await hooks.create_hook(
            conn,
            data.registration_hook if hook else None,
            service_provider_sid=sid,
            account_sid=None,
            field="registration_hook",
        )
        await conn.execute(
            insert(service_providers).values(
                service_provider_sid=sid, registration_hook_sid=hook_sid, **values
            )
        )
    return sid


async def list_all(db: Database, principal: Principal) -> list[ServiceProvider]:
    async with db.read() as conn:
        rows = (await conn.execute(_scoped(principal).order_by(service_providers.c.name))).all()
        hook_rows = await hooks.load_hooks(conn, (r.registration_hook_sid for r in rows))
    return [_to_model(row, hook_rows) for row in rows]


async def get(db: Database, principal: Principal, sid: str) -> ServiceProvider:
    sid = norm_sid(sid)
    async with db.read() as conn:
        row = (
            await conn.execute(
                _scoped(principal).where(service_providers.c.service_provider_sid == sid)
            )
        ).first()
        if row is None:
            raise NotFound(NOT_FOUND)
        hook_rows = await hooks.load_hooks(conn, [row.registration_hook_sid])
    return _to_model(row, hook_rows)


async def update_one(
    db: Database, principal: Principal, sid: str, data: ServiceProviderUpdate
) -> None:
    require_scope(
        principal, ["admin", "service_provider"], "account keys may not modify a service provider"
    )
    sid = norm_sid(sid)
    values = changes(data)
    async with db.write() as conn:
        row = (
            await conn.execute(
                _scoped(principal).where(service_providers.c.service_provider_sid == sid)
            )
        ).first()
        if row is None:
            raise NotFound(NOT_FOUND)
        orphan = None
        if "registration_hook" in values:
            values.pop("registration_hook")
            values["registration_hook_sid"], orphan = await hooks.replace_hook(
                conn,
                "registration_hook",
                row.registration_hook_sid,
                data.registration_hook,
                service_provider_sid=sid,
                account_sid=None,
            )
        if values:
            await conn.execute(
                update(service_providers)
                .where(service_providers.c.service_provider_sid == sid)
                .values(**values)
            )
        await hooks.delete_hooks(conn, [orphan])


async def delete_one(db: Database, principal: Principal, sid: str) -> None:
    require_scope(principal, ["admin"], "only admin users can delete a service provider")
    sid = norm_sid(sid)
    async with db.write() as conn:
        row = (
            await conn.execute(
                select(service_providers).where(service_providers.c.service_provider_sid == sid)
            )
        ).first()
        if row is None:
            raise NotFound(NOT_FOUND)
        names = (
            (
                await conn.execute(
                    select(accounts.c.name)
                    .where(accounts.c.service_provider_sid == sid)
                    .order_by(accounts.c.name)
                    .limit(5)
                )
            )
            .scalars()
            .all()
        )
        if names:
            total = (
                await conn.execute(
                    select(func.count()).where(accounts.c.service_provider_sid == sid)
                )
            ).scalar_one()
            raise Unprocessable(
                f"cannot delete service provider with {total} account(s): "
                + ", ".join(names)
                + (" ..." if total > len(names) else "")
            )
        user_names = (
            (
                await conn.execute(
                    select(users.c.name)
                    .where(users.c.service_provider_sid == sid)
                    .order_by(users.c.name)
                    .limit(5)
                )
            )
            .scalars()
            .all()
        )
        if user_names:
            total = (
                await conn.execute(select(func.count()).where(users.c.service_provider_sid == sid))
            ).scalar_one()
            raise Unprocessable(
                f"cannot delete service provider with {total} user(s): "
                + ", ".join(user_names)
                + (" ..." if total > len(user_names) else "")
            )
        # What the provider owns, dependants first (all in this transaction).
        await conn.execute(delete(api_keys).where(api_keys.c.service_provider_sid == sid))
        await conn.execute(
            delete(service_provider_limits).where(
                service_provider_limits.c.service_provider_sid == sid
            )
        )
        await conn.execute(
            delete(phone_numbers).where(
                phone_numbers.c.service_provider_sid == sid, phone_numbers.c.account_sid.is_(None)
            )
        )
        # Its least-cost routing table (whose entries refer to carriers), then carriers.
        await lcrs.delete_tables(conn, lcr.c.service_provider_sid == sid)
        await delete_carriers_where(conn, voip_carriers.c.service_provider_sid == sid)
        await speech_credentials.delete_owned_by_service_provider(conn, sid)
        await conn.execute(
            delete(service_providers).where(service_providers.c.service_provider_sid == sid)
        )
        # Every webhook row the provider owned (its registration hook, standalone ones),
        # and its registration hook when jambonz made it (no owner row then).
        await conn.execute(delete(webhooks).where(hooks.owned_by("service_provider_sid", sid)))
        await hooks.delete_hooks(conn, [row.registration_hook_sid])
    forget_keys(db)
