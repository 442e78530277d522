"""Start-up provisioning of admin keys, and key creation for the CLI."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, select

from jambonz.auth import Scope, hash_token, new_token
from jambonz.db import Database
from jambonz.db.tables import accounts, api_keys, service_providers
from jambonz.errors import BadRequest, NotFound
from jambonz.services.common import new_sid


async def insert_key(
    db: Database,
    *,
    token: str | None = None,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
    expires_at: datetime | None = None,
) -> tuple[str, str]:
    """Store a new key (its hash only) and return `(api_key_sid, token)`.

    `expires_at` is naive UTC, like every stored timestamp.
    """
    token = token or new_token()
    sid = new_sid()
    async with db.write() as conn:
        await conn.execute(
            insert(api_keys).values(
                api_key_sid=sid,
                token_hash=hash_token(token),
                service_provider_sid=service_provider_sid,
                account_sid=account_sid,
                expires_at=expires_at,
            )
        )
    return sid, token


async def ensure_admin_token(db: Database, token: str) -> bool:
    """Make sure an admin key with exactly this token exists; True if one was created."""
    async with db.read() as conn:
        row = (
            await conn.execute(
                select(api_keys.c.account_sid, api_keys.c.service_provider_sid).where(
                    api_keys.c.token_hash == hash_token(token)
                )
            )
        ).first()
    if row is not None:
        if row.account_sid or row.service_provider_sid:
            raise BadRequest("JAMBONZ_ADMIN_TOKEN is already the token of a non-admin key")
        return False
    await insert_key(db, token=token)
    return True


async def create_first_admin_if_empty(db: Database) -> str | None:
    """On a database with no keys at all, create one admin key and return its token."""
    async with db.read() as conn:
        count = (await conn.execute(select(func.count()).select_from(api_keys))).scalar_one()
    if count:
        return None
    _, token = await insert_key(db)
    return token


async def create_key(
    db: Database,
    scope: Scope,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
) -> tuple[str, str]:
    """The CLI's `create-key`: checks that the named owner exists."""
    if scope == "admin":
        return await insert_key(db)
    if scope == "service_provider":
        if not service_provider_sid:
            raise BadRequest("--service-provider-sid is required for a service_provider key")
        async with db.read() as conn:
            found = (
                await conn.execute(
                    select(service_providers.c.service_provider_sid).where(
                        service_providers.c.service_provider_sid == service_provider_sid.lower()
                    )
                )
            ).first()
        if not found:
            raise NotFound(f"service provider {service_provider_sid} not found")
        return await insert_key(db, service_provider_sid=service_provider_sid.lower())
    if not account_sid:
        raise BadRequest("--account-sid is required for an account key")
    async with db.read() as conn:
        found = (
            await conn.execute(
                select(accounts.c.account_sid).where(accounts.c.account_sid == account_sid.lower())
            )
        ).first()
    if not found:
        raise NotFound(f"account {account_sid} not found")
    return await insert_key(db, account_sid=account_sid.lower())
