"""Users: the people who sign in (jambonz's `/Users`, operator facts §2.6-2.8).

A user's scope follows from its owner columns as a key's does, but the account wins: a
row with an account is an account user (it always carries that account's provider too:
this server never stores an account without its provider, which jambonz's rule would
read as a platform admin). Who may see and change which users follows jambonz: admin
callers every user, service provider callers the users of their provider, account
callers the users of their account, and every user itself; jambonz's holes (a service
provider key attaching a user to another provider's account, another tenant's API key
renaming a user) are closed.

Passwords are hashed before the write transaction (that takes tens of milliseconds of
CPU, in a thread), so the transaction holds no lock meanwhile. The functions that end
sessions (a user deleted, moved, deactivated or made view-only) return the sids whose
sessions the caller must close (`Sessions.close`), after the change is committed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import (
    CurrentUser,
    CurrentUserProfile,
    User,
    UserCreate,
    UserDetail,
    UserUpdate,
)
from jambonz.auth import Principal, Scope
from jambonz.db import Database
from jambonz.db.tables import (
    accounts,
    permissions,
    service_providers,
    user_permissions,
    users,
)
from jambonz.errors import BadRequest, Forbidden, NotFound, Unprocessable
from jambonz.passwords import check_policy, hash_password, policy_row, verify_password
from jambonz.services import accounts as accounts_service
from jambonz.services import scope
from jambonz.services import service_providers as service_providers_service
from jambonz.services.common import changes, flag, new_sid, norm_sid

NOT_FOUND = "user not found"
INSUFFICIENT_PERMISSIONS = "insufficient permissions"
DUPLICATE = "invalid username or email"
VIEW_ONLY = "VIEW_ONLY"
VIEW_ONLY_MAY_ONLY_CHANGE_PASSWORD = "User has view-only access"
NO_USER = "only a signed-in user has a profile; an API key has none"
PROMOTED = "Invalid request: user may not be promoted"
MOVED_ACCOUNT = "Invalid request: user may not be promoted or moved to another account"
MOVED_PROVIDER = "Invalid request: user may not be promoted or moved to another service provider"
NO_ACCOUNT = "Invalid request: account_sid does not exist"
OTHER_PROVIDER = "Invalid request: user may not be moved to another service provider"
BOTH_PASSWORDS = "new_password and old_password both required"
NAME_AND_PASSWORD = "can not change name and password simultaneously"
NOT_LOCAL = "can not change password when using oauth2"
NO_UPDATES = "no updates requested"
WRONG_PASSWORD = "old_password is incorrect"
SAME_PASSWORD = "new password cannot be your old password"
LAST_ADMIN = (
    "cannot delete the last active admin user: make another admin user (or activate one) first"
)


def user_scope(account_sid: str | None, service_provider_sid: str | None) -> Scope:
    if account_sid:
        return "account"
    if service_provider_sid:
        return "service_provider"
    return "admin"


def _visible(principal: Principal) -> Any:
    """The condition selecting the users the caller may list (None: all)."""
    if principal.scope == "service_provider":
        return users.c.service_provider_sid == principal.service_provider_sid
    if principal.scope == "account":
        return users.c.account_sid == principal.account_sid
    return None


def _may_reach(principal: Principal, row: Any) -> bool:
    if principal.is_admin or (principal.user_sid and principal.user_sid == row.user_sid):
        return True
    if principal.scope == "service_provider":
        return row.service_provider_sid == principal.service_provider_sid
    return principal.account_sid is not None and row.account_sid == principal.account_sid


async def _load(conn: AsyncConnection, principal: Principal, sid: str) -> Any:
    """The user at a path: 404 when unknown, 403 when another tenant's (as jambonz)."""
    row = (await conn.execute(select(users).where(users.c.user_sid == norm_sid(sid)))).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    if not _may_reach(principal, row):
        raise Forbidden(INSUFFICIENT_PERMISSIONS)
    return row


async def permission_names(conn: AsyncConnection, user_sid: str) -> list[str]:
    """The names of a user's permissions, in jambonz's order of them."""
    rows = await conn.execute(
        select(permissions.c.name)
        .select_from(
            user_permissions.join(
                permissions, permissions.c.permission_sid == user_permissions.c.permission_sid
            )
        )
        .where(user_permissions.c.user_sid == user_sid)
        .order_by(permissions.c.permission_sid)
    )
    return list(rows.scalars().all())


async def _permission_sid(conn: AsyncConnection, name: str) -> str:
    sid = (
        await conn.execute(select(permissions.c.permission_sid).where(permissions.c.name == name))
    ).scalar()
    assert sid is not None, f"the migrations seed the {name} permission"
    return sid


async def grant(conn: AsyncConnection, user_sid: str, names: list[str]) -> None:
    """Give a user these permissions (it has none of them yet)."""
    for name in names:
        await conn.execute(
            insert(user_permissions).values(
                user_permissions_sid=new_sid(),
                user_sid=user_sid,
                permission_sid=await _permission_sid(conn, name),
            )
        )


async def _set_view_only(conn: AsyncConnection, user_sid: str, on: bool) -> None:
    permission_sid = await _permission_sid(conn, VIEW_ONLY)
    await conn.execute(
        delete(user_permissions).where(
            user_permissions.c.user_sid == user_sid,
            user_permissions.c.permission_sid == permission_sid,
        )
    )
    if on:
        await grant(conn, user_sid, [VIEW_ONLY])


def _listing() -> Any:
    return (
        select(
            users,
            accounts.c.name.label("account_name"),
            service_providers.c.name.label("service_provider_name"),
        )
        .select_from(
            users.outerjoin(accounts, accounts.c.account_sid == users.c.account_sid).outerjoin(
                service_providers,
                service_providers.c.service_provider_sid == users.c.service_provider_sid,
            )
        )
        .order_by(users.c.name, users.c.user_sid)
    )


def _list_item(row: Any) -> User:
    optional = {
        key: getattr(row, key)
        for key in ("account_sid", "account_name", "service_provider_sid", "service_provider_name")
        if getattr(row, key)
    }
    return User(
        user_sid=row.user_sid,
        name=row.name,
        email=row.email,
        scope=user_scope(row.account_sid, row.service_provider_sid),
        force_change=flag(row.force_change),
        is_active=flag(row.is_active),
        **optional,
    )


async def list_all(db: Database, principal: Principal) -> list[User]:
    query = _listing()
    condition = _visible(principal)
    if condition is not None:
        query = query.where(condition)
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [_list_item(row) for row in rows]


def _columns(row: Any) -> dict[str, Any]:
    """The columns `GET /Users/{sid}` and `/Users/me` show (no hash, no codes)."""
    return {
        "user_sid": row.user_sid,
        "name": row.name,
        "email": row.email,
        "pending_email": row.pending_email,
        "phone": row.phone,
        "account_sid": row.account_sid,
        "service_provider_sid": row.service_provider_sid,
        "force_change": flag(row.force_change),
        "provider": row.provider,
        "provider_userid": row.provider_userid,
        "scope": row.scope,
        "email_validated": flag(row.email_validated),
        "phone_validated": flag(row.phone_validated),
        "email_content_opt_out": flag(row.email_content_opt_out),
        "is_active": flag(row.is_active),
    }


async def get(db: Database, principal: Principal, sid: str) -> UserDetail:
    async with db.read() as conn:
        row = await _load(conn, principal, sid)
        names = await permission_names(conn, row.user_sid)
    return UserDetail(**_columns(row), is_view_only=names == [VIEW_ONLY])


async def me(db: Database, principal: Principal) -> CurrentUser:
    """The signed-in user with its account and provider, as the user itself reads them."""
    if principal.user_sid is None:
        raise Forbidden(NO_USER)
    async with db.read() as conn:
        row = (
            await conn.execute(select(users).where(users.c.user_sid == principal.user_sid))
        ).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    columns = _columns(row)
    for key in ("force_change", "email_validated", "phone_validated"):
        columns[key] = bool(columns[key])
    account = sp = None
    if row.account_sid:
        account = await accounts_service.get(db, principal, row.account_sid)
    if row.service_provider_sid:
        sp = await service_providers_service.get(db, principal, row.service_provider_sid)
    return CurrentUser(user=CurrentUserProfile(**columns), account=account, sp=sp)


async def _duplicate(conn: AsyncConnection, name: str | None, email: str | None, sid: str) -> None:
    """422 when another user has this name or e-mail (jambonz's words)."""
    conditions = []
    if name is not None:
        conditions.append(users.c.name == name)
    if email is not None:
        conditions.append(users.c.email == email)
    if not conditions:
        return
    found = (
        await conn.execute(
            select(users.c.user_sid).where(or_(*conditions), users.c.user_sid != sid).limit(1)
        )
    ).first()
    if found is not None:
        raise Unprocessable(DUPLICATE)


async def _owners_for_create(
    conn: AsyncConnection, principal: Principal, body: dict[str, Any]
) -> tuple[str | None, str | None]:
    """`(service_provider_sid, account_sid)` of a new user, within the caller's scope."""
    sp_sid = norm_sid(body["service_provider_sid"]) if body.get("service_provider_sid") else None
    account_sid = norm_sid(body["account_sid"]) if body.get("account_sid") else None
    if principal.scope == "account":
        if account_sid not in (None, principal.account_sid):
            raise Forbidden(f"account_sid {account_sid} is outside the scope of this API key")
        if sp_sid not in (None, principal.service_provider_sid):
            raise Forbidden(f"service_provider_sid {sp_sid} is outside the scope of this API key")
        return principal.service_provider_sid, principal.account_sid
    if principal.scope == "service_provider":
        if sp_sid not in (None, principal.service_provider_sid):
            raise Forbidden(f"service_provider_sid {sp_sid} is outside the scope of this API key")
        sp_sid = principal.service_provider_sid
    elif sp_sid is not None:
        await scope.service_provider_in_body(conn, principal, sp_sid)
    if account_sid is not None:
        account = await scope.account_in_body(conn, principal, account_sid)
        if sp_sid is not None and account.service_provider_sid != sp_sid:
            raise BadRequest("account_sid: the account belongs to another service_provider_sid")
        sp_sid = account.service_provider_sid
    return sp_sid, account_sid


async def create(db: Database, principal: Principal, data: UserCreate) -> str:
    body = changes(data)
    async with db.read() as conn:
        check_policy(data.initial_password, await policy_row(conn))
        sp_sid, account_sid = await _owners_for_create(conn, principal, body)
        await _duplicate(conn, data.name, data.email, "")
    hashed = await hash_password(data.initial_password)
    sid = new_sid()
    async with db.write() as conn:
        await conn.execute(
            insert(users).values(
                user_sid=sid,
                name=data.name,
                email=data.email,
                hashed_password=hashed,
                account_sid=account_sid,
                service_provider_sid=sp_sid,
                force_change=bool(data.force_change),
                is_active=bool(data.is_active),
                provider="local",
                **({"scope": data.scope} if data.scope is not None else {}),
            )
        )
        if data.is_view_only:
            await grant(conn, sid, [VIEW_ONLY])
    return sid


async def _check_owners(
    conn: AsyncConnection, principal: Principal, row: Any, body: dict[str, Any]
) -> tuple[str | None, str | None]:
    """The owners after the change, checked in jambonz's order and words."""
    for field in ("account_sid", "service_provider_sid"):
        if field in body and body[field] is None and getattr(row, field) is not None:
            raise BadRequest(PROMOTED)
    new_account = norm_sid(body["account_sid"]) if body.get("account_sid") else row.account_sid
    new_sp = (
        norm_sid(body["service_provider_sid"])
        if body.get("service_provider_sid")
        else row.service_provider_sid
    )
    if principal.scope == "account":
        if new_account != row.account_sid:
            raise BadRequest(MOVED_ACCOUNT)
        if new_sp != row.service_provider_sid:
            raise BadRequest(MOVED_PROVIDER)
    if principal.scope == "service_provider" and new_sp != row.service_provider_sid:
        raise BadRequest(MOVED_PROVIDER)
    if new_sp != row.service_provider_sid and new_sp is not None:
        await scope.service_provider_in_body(conn, principal, new_sp)
    if new_account is not None and (
        new_account != row.account_sid or new_sp != row.service_provider_sid
    ):
        account = (
            await conn.execute(select(accounts).where(accounts.c.account_sid == new_account))
        ).first()
        if account is None or not principal.covers_account(
            account.account_sid, account.service_provider_sid
        ):
            raise BadRequest(NO_ACCOUNT)
        if account.service_provider_sid != new_sp:
            raise BadRequest(OTHER_PROVIDER)
    return new_sp, new_account


_CHANGES = (
    "name",
    "email",
    "new_password",
    "initial_password",
    "force_change",
    "is_active",
    "is_view_only",
    "account_sid",
    "service_provider_sid",
)


async def update_one(db: Database, principal: Principal, sid: str, data: UserUpdate) -> list[str]:
    """Change a user; returns the sids whose sessions the change ends."""
    body = changes(data)
    if not body.get("initial_password"):
        body.pop("initial_password", None)
    if principal.view_only and set(body) - {"old_password", "new_password"}:
        raise Forbidden(VIEW_ONLY_MAY_ONLY_CHANGE_PASSWORD)
    async with db.read() as conn:
        row = await _load(conn, principal, sid)
        new_sp, new_account = await _check_owners(conn, principal, row, body)
        policy = await policy_row(conn)
        if "initial_password" in body:
            check_policy(body["initial_password"], policy)
        if ("old_password" in body) != ("new_password" in body):
            raise BadRequest(BOTH_PASSWORDS)
        if "new_password" in body:
            check_policy(body["new_password"], policy)
            if "name" in body:
                raise BadRequest(NAME_AND_PASSWORD)
            if row.provider != "local":
                raise BadRequest(NOT_LOCAL)
        if not any(key in body for key in _CHANGES):
            raise BadRequest(NO_UPDATES)
        await _duplicate(conn, body.get("name"), body.get("email"), row.user_sid)
        was_view_only = await permission_names(conn, row.user_sid) == [VIEW_ONLY]
    values: dict[str, Any] = {}
    if "new_password" in body:
        if not await verify_password(row.hashed_password, body["old_password"]):
            raise Forbidden(WRONG_PASSWORD)
        if body["new_password"] == body["old_password"]:
            raise BadRequest(SAME_PASSWORD)
        values |= {
            "hashed_password": await hash_password(body["new_password"]),
            "force_change": False,
        }
    if "initial_password" in body:
        values["hashed_password"] = await hash_password(body["initial_password"])
    for key in ("name", "email"):
        if key in body:
            values[key] = body[key]
    for key in ("force_change", "is_active"):
        if key in body:
            values[key] = bool(body[key])
    values |= {"account_sid": new_account, "service_provider_sid": new_sp}
    async with db.write() as conn:
        done = await conn.execute(
            update(users).where(users.c.user_sid == row.user_sid).values(**values)
        )
        if done.rowcount == 0:
            raise NotFound(NOT_FOUND)
        if "is_view_only" in body:
            await _set_view_only(conn, row.user_sid, bool(body["is_view_only"]))
        now_view_only = await permission_names(conn, row.user_sid) == [VIEW_ONLY]
    moved = (new_account, new_sp) != (row.account_sid, row.service_provider_sid)
    deactivated = bool(row.is_active) and "is_active" in body and not body["is_active"]
    narrowed = now_view_only and not was_view_only
    return [row.user_sid] if moved or deactivated or narrowed else []


def _active_admin() -> Any:
    return and_(
        users.c.account_sid.is_(None),
        users.c.service_provider_sid.is_(None),
        users.c.is_active.is_(True),
    )


async def delete_one(db: Database, principal: Principal, sid: str) -> list[str]:
    """Delete a user (its permissions and session with it); returns its sid, whose
    sessions the caller closes."""
    async with db.write() as conn:
        row = await _load(conn, principal, sid)
        if row.is_active and not row.account_sid and not row.service_provider_sid:
            others = (
                await conn.execute(
                    select(func.count()).where(_active_admin(), users.c.user_sid != row.user_sid)
                )
            ).scalar_one()
            if not others:
                raise BadRequest(LAST_ADMIN)
        await conn.execute(
            delete(user_permissions).where(user_permissions.c.user_sid == row.user_sid)
        )
        await conn.execute(delete(users).where(users.c.user_sid == row.user_sid))
    return [row.user_sid]
