"""Accounts: the customers of a service provider (jambonz reference §2.2).

An account belongs to one service provider for its whole life. Its two hooks
(`registration_hook`, `queue_event_hook`) are webhook rows owned by the account and its
provider, read back without their `webhook_sid` (as jambonz). Its webhook secret is
always generated here, never taken from a client. Deleting an account deletes what
belongs to it, in one transaction (`_cascade`).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Executable, Select, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import Account, AccountCreate, AccountUpdate, WebhookSecret
from jambonz.auth import Principal, forget_keys
from jambonz.calls.state import FINAL_STATUSES
from jambonz.db import Database
from jambonz.db.prepared import Prepared
from jambonz.db.tables import (
    ACCOUNT_ROWS,
    account_limits,
    account_products,
    account_subscriptions,
    accounts,
    api_keys,
    applications,
    calls,
    lcr,
    messages,
    phone_numbers,
    users,
    voip_carriers,
    webhooks,
)
from jambonz.errors import BadRequest, Forbidden, Unprocessable
from jambonz.services import bucket_credentials, hooks, lcrs, scope, speech_credentials
from jambonz.services.common import changes, flag, iso, new_sid, norm_sid, require_scope
from jambonz.services.voip_carriers import delete_carriers_where

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
WEBHOOK_SECRET_PREFIX = "wh_secret_"
WEBHOOK_SECRET_LENGTH = 22

# API property -> column holding the webhook sid.
HOOK_COLUMNS = {
    "registration_hook": "registration_hook_sid",
    "queue_event_hook": "queue_event_hook_sid",
}
# Properties naming an application, which must be one of the account's own.
APPLICATION_PROPERTIES = ("device_calling_application_sid", "siprec_hook_sid")
FLAGS = ("is_active", "disable_cdrs", "record_all_calls", "enable_debug_log")
APPLICATION_HOOK_COLUMNS = (
    applications.c.call_hook_sid,
    applications.c.call_status_hook_sid,
    applications.c.messaging_hook_sid,
)


def new_webhook_secret() -> str:
    """`wh_secret_` + 22 base58 characters (the shape jambonz generates), from `secrets`."""
    body = "".join(secrets.choice(BASE58) for _ in range(WEBHOOK_SECRET_LENGTH))
    return WEBHOOK_SECRET_PREFIX + body


def _to_model(row: Any, hook_rows: dict[str, Any]) -> Account:
    return Account(
        account_sid=row.account_sid,
        name=row.name,
        sip_realm=row.sip_realm,
        service_provider_sid=row.service_provider_sid,
        registration_hook=hooks.hook_read(hook_rows, row.registration_hook_sid),
        queue_event_hook=hooks.hook_read(hook_rows, row.queue_event_hook_sid),
        device_calling_application_sid=row.device_calling_application_sid,
        siprec_hook_sid=row.siprec_hook_sid,
        is_active=flag(row.is_active),
        created_at=iso(row.created_at),
        plan_type=row.plan_type,
        stripe_customer_id=row.stripe_customer_id,
        webhook_secret=row.webhook_secret,
        disable_cdrs=flag(row.disable_cdrs),
        trial_end_date=iso(row.trial_end_date),
        deactivated_reason=row.deactivated_reason,
        device_to_call_ratio=row.device_to_call_ratio,
        subspace_client_id=row.subspace_client_id,
        subspace_client_secret=row.subspace_client_secret,
        subspace_sip_teleport_id=row.subspace_sip_teleport_id,
        subspace_sip_teleport_destinations=row.subspace_sip_teleport_destinations,
        record_all_calls=flag(row.record_all_calls),
        record_format=row.record_format,
        bucket_credential=bucket_credentials.read(row.bucket_credential),
        enable_debug_log=flag(row.enable_debug_log),
    )


async def _to_models(conn: AsyncConnection, rows: list[Any]) -> list[Account]:
    hook_rows = await hooks.load_hooks(
        conn, (getattr(row, column) for row in rows for column in HOOK_COLUMNS.values())
    )
    return [_to_model(row, hook_rows) for row in rows]


def _scoped(principal: Principal) -> Select:
    """The accounts the key may see, in list order."""
    query = select(accounts).order_by(accounts.c.name, accounts.c.account_sid)
    if principal.scope == "service_provider":
        query = query.where(accounts.c.service_provider_sid == principal.service_provider_sid)
    elif principal.scope == "account":
        query = query.where(accounts.c.account_sid == principal.account_sid)
    return query


def _list_statement(scope_column: Any | None) -> Prepared:
    """The accounts a key may see with their hooks, in list order, in one query."""
    source, hook_columns = hooks.join_hooks(accounts, accounts, HOOK_COLUMNS)
    query = (
        select(accounts, *hook_columns)
        .select_from(source)
        .order_by(accounts.c.name, accounts.c.account_sid)
    )
    if scope_column is not None:
        query = query.where(scope_column == bindparam("scope_sid"))
    return Prepared(query)


# `GET /Accounts`, for each scope of key.
_LIST = {
    "admin": _list_statement(None),
    "service_provider": _list_statement(accounts.c.service_provider_sid),
    "account": _list_statement(accounts.c.account_sid),
}


def _timestamp(name: str, value: str | None) -> datetime | None:
    """An RFC 3339 date-time as naive UTC (how every timestamp is stored)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().upper())
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        raise Unprocessable(f"{name} {value!r} is not a date-time that can be stored") from None
    return parsed


def _column_values(values: dict[str, Any]) -> dict[str, Any]:
    """Turn the plain API properties (not hooks, applications or the credential) into
    column values."""
    for name in FLAGS:
        if name in values:
            values[name] = bool(values[name])
    if values.get("sip_realm") is not None:
        values["sip_realm"] = values["sip_realm"].lower()
    if "trial_end_date" in values:
        values["trial_end_date"] = _timestamp("trial_end_date", values["trial_end_date"])
    return values


async def _own_application(
    conn: AsyncConnection, account_sid: str, name: str, value: str | None
) -> str | None:
    """The sid of an application of this account, or 400 (the same answer whether the
    application is missing or another account's, so nothing leaks)."""
    if value is None:
        return None
    sid = norm_sid(value)
    query = select(applications.c.application_sid).where(
        applications.c.application_sid == sid, applications.c.account_sid == account_sid
    )
    if (await conn.execute(query)).first() is None:
        raise BadRequest(f"{name} {sid} is not an application of this account")
    return sid


async def create(db: Database, principal: Principal, data: AccountCreate) -> str:
    """Create an account in the key's provider (an admin key names the provider)."""
    require_scope(principal, ["admin", "service_provider"], scope.INSUFFICIENT_PERMISSIONS)
    values = changes(data)
    provider_sid = values.pop("service_provider_sid", None)
    if provider_sid is None:
        if principal.scope != "service_provider":
            raise BadRequest(
                "service_provider_sid is required when an admin key creates an account"
            )
        provider_sid = principal.service_provider_sid
    for name in HOOK_COLUMNS:
        values.pop(name, None)
    values.pop("bucket_credential", None)
    sid = new_sid()
    async with db.write() as conn:
        provider = await scope.service_provider_in_body(conn, principal, provider_sid)
        for name in APPLICATION_PROPERTIES:
            # A new account has no applications yet: only null can pass.
            values[name] = await _own_application(conn, sid, name, values.get(name))
        values = _column_values(values)
        values["bucket_credential"] = bucket_credentials.to_column(data.bucket_credential, None)
        owner = {"service_provider_sid": provider.service_provider_sid, "account_sid": sid}
        for name, column in HOOK_COLUMNS.items():
            values[column] = await hooks.create_hook(conn, getattr(data, name), field=name, **owner)
        await conn.execute(
            insert(accounts).values(
                account_sid=sid,
                service_provider_sid=provider.service_provider_sid,
                # jambonz generates it whatever the body says (its own tests send one)
                **{**values, "webhook_secret": new_webhook_secret()},
            )
        )
    return sid


async def list_all(db: Database, principal: Principal) -> list[Account]:
    async with db.read() as conn:
        rows = await _LIST[principal.scope].all(conn, **scope.binding(principal))
    return [_to_model(row, hooks.joined_hooks(row, HOOK_COLUMNS)) for row in rows]


async def list_for_service_provider(
    db: Database, principal: Principal, service_provider_sid: str
) -> list[Account]:
    """The provider's accounts the key may see; 404 for a provider outside the scope."""
    async with db.read() as conn:
        provider = await scope.service_provider_at_path(conn, principal, service_provider_sid)
        query = _scoped(principal).where(
            accounts.c.service_provider_sid == provider.service_provider_sid
        )
        rows = (await conn.execute(query)).all()
        return await _to_models(conn, rows)


async def get(db: Database, principal: Principal, sid: str) -> Account:
    async with db.read() as conn:
        row = await scope.account_at_path(conn, principal, sid)
        return (await _to_models(conn, [row]))[0]


OPERATOR_PROPERTIES = (
    "sip_realm",
    "is_active",
    "plan_type",
    "trial_end_date",
    "deactivated_reason",
    "stripe_customer_id",
)


def _current(row: Any, name: str) -> Any:
    """The stored value as a client would send it back (flags as 0/1, times as strings)."""
    value = getattr(row, name)
    if isinstance(value, bool):
        return int(value)
    if name == "trial_end_date":
        return iso(value)
    return value


async def update_one(db: Database, principal: Principal, sid: str, data: AccountUpdate) -> None:
    """Change the properties present; hooks are updated in place, cleared ones deleted."""
    values = changes(data)
    async with db.write() as conn:
        row = await scope.account_for_change(conn, principal, sid)
        if values.get("sip_realm") is not None:
            values["sip_realm"] = values["sip_realm"].lower()
        if principal.scope == "account":
            # What the platform operator decides about an account, not the account itself.
            locked = sorted(
                name
                for name in OPERATOR_PROPERTIES
                if name in values and values[name] != _current(row, name)
            )
            if locked:
                raise Forbidden(f"account keys may not change {', '.join(locked)}")
        given_provider = values.pop("service_provider_sid", None)
        if given_provider is not None and norm_sid(given_provider) != row.service_provider_sid:
            raise BadRequest("service_provider_sid may not be modified")
        for name in APPLICATION_PROPERTIES:
            if name in values:
                values[name] = await _own_application(conn, row.account_sid, name, values[name])
        if "bucket_credential" in values:
            values["bucket_credential"] = bucket_credentials.to_column(
                data.bucket_credential, row.bucket_credential
            )
        values = _column_values(values)
        orphans = []
        for name, column in HOOK_COLUMNS.items():
            if name in values:
                values.pop(name)
                values[column], orphan = await hooks.replace_hook(
                    conn,
                    name,
                    getattr(row, column),
                    getattr(data, name),
                    service_provider_sid=row.service_provider_sid,
                    account_sid=row.account_sid,
                )
                orphans.append(orphan)
        if values:
            await conn.execute(
                update(accounts).where(accounts.c.account_sid == row.account_sid).values(**values)
            )
        await hooks.delete_hooks(conn, orphans)


CascadeStep = Callable[[AsyncConnection], Awaitable[object]]


async def _cascade(conn: AsyncConnection, row: Any) -> list[Executable | CascadeStep]:
    """Everything deleting the account deletes, in execution order: each statement runs
    only once nothing that is still there refers to what it removes.

    Later resources that belong to an account (phone numbers, carriers and their
    gateways, ...) add their deletes here, before the statements for what they refer to.
    """
    sid = row.account_sid
    app_hooks = (
        await conn.execute(
            select(*APPLICATION_HOOK_COLUMNS).where(applications.c.account_sid == sid)
        )
    ).all()
    hook_sids = {s for hooks_of_app in app_hooks for s in hooks_of_app if s}
    hook_sids.update(s for s in (getattr(row, c) for c in HOOK_COLUMNS.values()) if s)
    owned_webhooks = hooks.owned_by("account_sid", sid)
    if hook_sids:
        owned_webhooks = or_(owned_webhooks, webhooks.c.webhook_sid.in_(sorted(hook_sids)))
    return [
        # The account's references to its applications (ON DELETE SET NULL, done
        # explicitly so the result does not depend on the database enforcing it).
        update(accounts)
        .where(accounts.c.account_sid == sid)
        .values(device_calling_application_sid=None, siprec_hook_sid=None),
        delete(api_keys).where(api_keys.c.account_sid == sid),
        delete(account_limits).where(account_limits.c.account_sid == sid),
        # The rows of jambonz's tables that no route here serves (billing, static IPs,
        # DNS records, call routes, which refer to its applications), as jambonz's own
        # delete removes them.
        delete(account_products).where(
            account_products.c.account_subscription_sid.in_(
                select(account_subscriptions.c.account_subscription_sid).where(
                    account_subscriptions.c.account_sid == sid
                )
            )
        ),
        *(delete(table).where(table.c.account_sid == sid) for table in ACCOUNT_ROWS),
        # Numbers refer to the account's applications and carriers: they go first.
        delete(phone_numbers).where(phone_numbers.c.account_sid == sid),
        # Its least-cost routing table, whose entries refer to carriers.
        lambda conn: lcrs.delete_tables(conn, lcr.c.account_sid == sid),
        # Then its carriers with their SIP and SMPP gateways.
        lambda conn: delete_carriers_where(conn, voip_carriers.c.account_sid == sid),
        delete(calls).where(calls.c.account_sid == sid),
        delete(messages).where(messages.c.account_sid == sid),
        delete(applications).where(applications.c.account_sid == sid),
        lambda conn: speech_credentials.delete_owned_by_account(conn, sid),
        # Its users (their permissions and sessions go with them: ON DELETE CASCADE).
        delete(users).where(users.c.account_sid == sid),
        delete(accounts).where(accounts.c.account_sid == sid),
        # Last: the account and its applications referred to these rows. They are the
        # applications' hooks, the account's own hooks and its standalone webhooks.
        delete(webhooks).where(owned_webhooks),
    ]


async def delete_one(db: Database, principal: Principal, sid: str) -> list[str]:
    """Delete the account and everything that belongs to it, or nothing (one transaction).
    Returns the sids of the account's users, whose sessions the caller ends."""
    async with db.write() as conn:
        row = await scope.account_for_change(conn, principal, sid)
        user_sids = list(
            (
                await conn.execute(
                    select(users.c.user_sid).where(users.c.account_sid == row.account_sid)
                )
            )
            .scalars()
            .all()
        )
        live = (
            await conn.execute(
                select(func.count()).where(
                    calls.c.account_sid == row.account_sid,
                    calls.c.call_status.not_in(sorted(FINAL_STATUSES)),
                )
            )
        ).scalar_one()
        if live:
            raise Unprocessable(
                f"cannot delete an account with {live} live call(s); hang them up first"
            )
        for step in await _cascade(conn, row):
            if callable(step):
                await step(conn)
            else:
                await conn.execute(step)
    forget_keys(db)
    return user_sids


async def webhook_secret(
    db: Database, principal: Principal, sid: str, *, regenerate: bool = False
) -> WebhookSecret:
    """The account's webhook secret, first replaced by a new one when `regenerate`."""
    if not regenerate:
        async with db.read() as conn:
            row = await scope.account_at_path(conn, principal, sid)
        return WebhookSecret(webhook_secret=row.webhook_secret)
    secret = new_webhook_secret()
    async with db.write() as conn:
        row = await scope.account_at_path(conn, principal, sid)
        await conn.execute(
            update(accounts)
            .where(accounts.c.account_sid == row.account_sid)
            .values(webhook_secret=secret)
        )
    return WebhookSecret(webhook_secret=secret)
