"""API keys: creating, deleting and listing bearer tokens (jambonz reference §1.2, §2.4).

Tokens are stored only as SHA-256 hashes (`jambonz.bootstrap.insert_key`), so the token
is returned once, by `create`, and never again. The kind of key is decided by the body
alone (no owner = admin, a provider, an account); a key may only create keys inside its
own scope, and may only delete or list keys it could have created.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import ApiKey, ApiKeyCreate, ApiKeyCreated
from jambonz.auth import Principal, forget_keys
from jambonz.bootstrap import insert_key
from jambonz.db import Database
from jambonz.db.tables import accounts, api_keys, utcnow
from jambonz.errors import BadRequest, NotFound, Unprocessable
from jambonz.services import scope
from jambonz.services.common import iso, norm_sid, require_scope
from jambonz.tokens import visible_tail

NOT_FOUND = "api key not found"
BOTH_OWNERS = "give account_sid or service_provider_sid, not both"


def parse_expiry(value: str | None, now: datetime) -> datetime | None:
    """`expires_at` as naive UTC; 422 unless it is a representable date-time in the future.

    The contract has already checked the RFC 3339 shape, so what fails here is a rule the
    schema cannot state: the instant is past, or cannot be stored (a year outside 1-9999
    once converted to UTC).
    """
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().upper())
        if parsed.tzinfo is None:
            raise ValueError("no time zone")
        expires = parsed.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        raise Unprocessable(
            f"expires_at {value!r} is not a date-time this server can store "
            "(RFC 3339 with a time zone, years 1-9999 in UTC)"
        ) from None
    if expires <= now:
        raise Unprocessable(f"expires_at {value} is not in the future")
    return expires


# A token's shape (a UUID), with every character masked but the last 4.
_TOKEN_SHAPE = "********-****-****-****-************"


def masked_token(last4: str | None) -> str:
    """What a key list shows of a token: its last 4 characters at most (only those are
    stored besides the hash), the rest `*`."""
    if not last4:
        return _TOKEN_SHAPE
    return _TOKEN_SHAPE[: -len(last4)] + last4


def _to_model(row: Any) -> ApiKey:
    return ApiKey(
        api_key_sid=row.api_key_sid,
        token=masked_token(visible_tail(row.token)),
        account_sid=row.account_sid,
        service_provider_sid=row.service_provider_sid,
        expires_at=iso(row.expires_at),
        last_used=iso(row.last_used),
        created_at=iso(row.created_at),
    )


ACCOUNT_KEYS_OWN_ONLY = (
    "an account level token can only be used to create account level tokens for the same account"
)
SP_KEYS_NO_ADMIN = "service provider token may not be used to create admin token"
SP_KEYS_OWN_ONLY = (
    "a service provider token can only be used to create tokens for the same service provider"
)


async def _check_owner(
    conn: AsyncConnection,
    principal: Principal,
    account_sid: str | None,
    service_provider_sid: str | None,
) -> None:
    """Who may own a key the caller creates, with jambonz's answers (400, its words): an
    account key only its own account's; a service provider key its provider's or its
    accounts'; an admin key any, or an admin key. An unknown owner is 400 to an admin."""
    if principal.scope == "account":
        if account_sid != principal.account_sid or service_provider_sid:
            raise BadRequest(ACCOUNT_KEYS_OWN_ONLY)
        return
    if principal.scope == "service_provider":
        if not account_sid and not service_provider_sid:
            raise BadRequest(SP_KEYS_NO_ADMIN)
        if service_provider_sid and service_provider_sid != principal.service_provider_sid:
            raise BadRequest(SP_KEYS_OWN_ONLY)
        if account_sid:
            owner = select(accounts.c.service_provider_sid).where(
                accounts.c.account_sid == account_sid
            )
            if (await conn.execute(owner)).scalar() != principal.service_provider_sid:
                raise BadRequest(SP_KEYS_OWN_ONLY)
        return
    if service_provider_sid:
        await scope.service_provider_in_body(conn, principal, service_provider_sid)
    elif account_sid:
        await scope.account_in_body(conn, principal, account_sid)


async def create(db: Database, principal: Principal, data: ApiKeyCreate) -> ApiKeyCreated:
    expires_at = parse_expiry(data.expires_at, utcnow())
    account_sid = norm_sid(data.account_sid) if data.account_sid else None
    service_provider_sid = (
        norm_sid(data.service_provider_sid) if data.service_provider_sid else None
    )
    if account_sid and service_provider_sid:
        raise Unprocessable(BOTH_OWNERS)
    async with db.read() as conn:
        await _check_owner(conn, principal, account_sid, service_provider_sid)
    # One INSERT: if the owner vanished since the check, its foreign key answers 422.
    sid, token = await insert_key(
        db,
        service_provider_sid=service_provider_sid,
        account_sid=account_sid,
        expires_at=expires_at,
    )
    return ApiKeyCreated(sid=sid, token=token)


def _deletable(principal: Principal):
    """The condition selecting the key rows this key may delete (None = any)."""
    if principal.is_admin:
        return None
    if principal.scope == "service_provider":
        return or_(
            api_keys.c.service_provider_sid == principal.service_provider_sid,
            and_(
                api_keys.c.service_provider_sid.is_(None),
                accounts.c.service_provider_sid == principal.service_provider_sid,
            ),
        )
    return and_(
        api_keys.c.service_provider_sid.is_(None),
        api_keys.c.account_sid == principal.account_sid,
    )


async def delete_one(db: Database, principal: Principal, sid: str) -> None:
    sid = norm_sid(sid)
    query = (
        select(api_keys.c.api_key_sid)
        .select_from(api_keys.outerjoin(accounts, accounts.c.account_sid == api_keys.c.account_sid))
        .where(api_keys.c.api_key_sid == sid)
    )
    condition = _deletable(principal)
    if condition is not None:
        query = query.where(condition)
    async with db.write() as conn:
        if (await conn.execute(query)).first() is None:
            raise NotFound(NOT_FOUND)
        await conn.execute(delete(api_keys).where(api_keys.c.api_key_sid == sid))
    forget_keys(db)


def _listing():
    return select(api_keys).order_by(api_keys.c.created_at, api_keys.c.api_key_sid)


async def list_for_account(db: Database, principal: Principal, account_sid: str) -> list[ApiKey]:
    """The account-scope keys of an account (404 outside the key's scope)."""
    async with db.read() as conn:
        account = await scope.account_at_path(conn, principal, account_sid)
        rows = (
            await conn.execute(
                _listing().where(
                    api_keys.c.account_sid == account.account_sid,
                    api_keys.c.service_provider_sid.is_(None),
                )
            )
        ).all()
    return [_to_model(row) for row in rows]


async def list_for_service_provider(
    db: Database, principal: Principal, service_provider_sid: str
) -> list[ApiKey]:
    """The provider-level keys of a provider; account keys may never list them (403)."""
    require_scope(
        principal,
        ["admin", "service_provider"],
        "account keys may not list a service provider's keys",
    )
    async with db.read() as conn:
        provider = await scope.service_provider_at_path(conn, principal, service_provider_sid)
        rows = (
            await conn.execute(
                _listing().where(api_keys.c.service_provider_sid == provider.service_provider_sid)
            )
        ).all()
    return [_to_model(row) for row in rows]
