"""Start-up provisioning (the admin key, the user `admin`, the default service provider
and account of a first start), and key and user creation for the CLI."""

from __future__ import annotations

import secrets
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import func, insert, select

from generated.models import AccountCreate, ServiceProviderCreate, UserCreate
from jambonz.auth import Principal, Scope, new_token
from jambonz.db import Database
from jambonz.db.tables import accounts, api_keys, service_providers, users
from jambonz.errors import BadRequest, NotFound
from jambonz.passwords import hash_password
from jambonz.services import accounts as accounts_service
from jambonz.services import service_providers as service_providers_service
from jambonz.services import users as users_service
from jambonz.services.common import new_sid
from jambonz.services.users import grant
from jambonz.tokens import lookup_forms, stored_form


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
                token=stored_form(token),
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
                    api_keys.c.token.in_(lookup_forms(token))
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


ADMIN_NAME = "admin"
ADMIN_EMAIL = "admin@localhost"
# The seeded admin of jambonz has these besides VIEW_ONLY, which here would leave it
# unable to write (jambonz's rule reads VIEW_ONLY alone as view-only, so its admin writes).
ADMIN_PERMISSIONS = ["PROVISION_SERVICES", "PROVISION_USERS"]
DEFAULT_SERVICE_PROVIDER = "default service provider"
DEFAULT_ACCOUNT = "default account"


def new_password() -> str:
    """A random password of 16 URL-safe characters (96 bits), within the default policy."""
    return secrets.token_urlsafe(12)


async def ensure_admin_user(db: Database, password: str | None) -> tuple[bool, str | None]:
    """With no user at all, create the user `admin` (an admin-scope user who must choose a
    new password at its first sign-in) with `password`, or a random one.

    Returns whether it was created, and the random password (None when it was given).
    The given password is not held to the password policy: it is the operator's choice,
    as jambonz's seeded `admin`/`admin` is, and `force_change` replaces it at once.
    """
    async with db.read() as conn:
        count = (await conn.execute(select(func.count()).select_from(users))).scalar_one()
    if count:
        return False, None
    chosen = password or new_password()
    hashed = await hash_password(chosen)
    sid = new_sid()
    async with db.write() as conn:
        await conn.execute(
            insert(users).values(
                user_sid=sid,
                name=ADMIN_NAME,
                email=ADMIN_EMAIL,
                hashed_password=hashed,
                force_change=True,
                provider="local",
            )
        )
        await grant(conn, sid, ADMIN_PERMISSIONS)
    return True, None if password else chosen


async def create_default_tenants(db: Database) -> tuple[str, str] | None:
    """With no service provider at all, create jambonz's default service provider and
    default account (its set-up scripts do; the portal needs a provider to show its
    pages). Returns their sids, or None when a provider exists."""
    async with db.read() as conn:
        count = (
            await conn.execute(select(func.count()).select_from(service_providers))
        ).scalar_one()
    if count:
        return None
    admin = Principal("admin", None)
    sp_sid = await service_providers_service.create(
        db, admin, ServiceProviderCreate(name=DEFAULT_SERVICE_PROVIDER)
    )
    account_sid = await accounts_service.create(
        db, admin, AccountCreate(name=DEFAULT_ACCOUNT, service_provider_sid=sp_sid)
    )
    return sp_sid, account_sid


async def create_user(
    db: Database,
    *,
    name: str,
    email: str,
    password: str | None,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
    view_only: bool = False,
    force_change: bool = False,
) -> tuple[str, str | None]:
    """The CLI's `create-user`: a user as an admin would create it through the API (the
    password policy applies); returns its sid and the random password made when none
    was given."""
    chosen = password or new_password()
    body: dict[str, object] = {
        "name": name,
        "email": email,
        "initial_password": chosen,
        "force_change": force_change,
        "is_view_only": view_only,
    }
    if service_provider_sid:
        body["service_provider_sid"] = service_provider_sid
    if account_sid:
        body["account_sid"] = account_sid
    try:
        data = UserCreate.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BadRequest(f"{where}: {first['msg']}") from None
    sid = await users_service.create(db, Principal("admin", None), data)
    return sid, None if password else chosen
