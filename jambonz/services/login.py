"""Signing in and out (jambonz's `POST /login` and `POST /logout`, operator facts §2.1-2.5).

A failed sign-in says nothing about why: an unknown name, a wrong password and an
inactive user get the same answer after the same work (a password check against a
stand-in hash when there is no user) and the same random delay. Failures are counted per
user name (hashed; unknown names too, so that the lockout does not tell which names
exist) and per client address, in the session store, over a window that starts again at
each failure, as jambonz's does.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

from sqlalchemy import select

from generated.models import LoginResult
from jambonz.auth import Principal
from jambonz.config import Settings
from jambonz.db import Database
from jambonz.db.tables import accounts, service_providers, users
from jambonz.errors import Forbidden
from jambonz.passwords import verify_password
from jambonz.services.users import permission_names, user_scope
from jambonz.sessions import Claims, Sessions, failure_key

REFUSED = "invalid username or password"
NO_SESSION = "an API key has no session to end; sign out with a signed-in user's token"


@dataclass(frozen=True, slots=True)
class Limits:
    """How failed sign-ins are slowed down (the `JAMBONZ_LOGIN_*` settings)."""

    max_failures: int = 6
    max_failures_per_address: int = 30
    window_seconds: int = 1800
    delay_seconds: float = 1.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            max_failures=settings.login_max_failures,
            max_failures_per_address=settings.login_max_failures_per_address,
            window_seconds=settings.login_failure_window,
            delay_seconds=settings.login_failure_delay,
        )

    def locked_now(self) -> str:
        return f"too many failed sign-ins: try again in {self.window_seconds} seconds"

    @staticmethod
    def locked() -> str:
        return (
            "too many failed sign-ins: try again later, or ask an administrator to reset "
            "the password"
        )

    async def pause(self) -> None:
        """A random wait after a failure, so that guessing takes long and timing tells
        nothing (jambonz waits 0.2 to 1 s)."""
        if self.delay_seconds > 0:
            await asyncio.sleep(random.uniform(self.delay_seconds / 5, self.delay_seconds))


async def login(
    db: Database,
    sessions: Sessions,
    limits: Limits,
    username: str,
    password: str,
    address: str | None,
) -> LoginResult:
    keys = [failure_key("user", username)]
    if address:
        keys.append(failure_key("address", address))
    counts = await sessions.store.failures(keys)
    over = counts[0] >= limits.max_failures or (
        len(counts) > 1 and counts[1] >= limits.max_failures_per_address
    )
    if over:
        await limits.pause()
        raise Forbidden(limits.locked())
    query = (
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
        .where(users.c.name == username)
    )
    async with db.read() as conn:
        row = (await conn.execute(query)).first()
    local = row is not None and row.provider == "local"
    correct = await verify_password(row.hashed_password if local else None, password)
    if not (correct and row is not None and row.is_active):
        after = await sessions.store.record_failure(keys, limits.window_seconds)
        await limits.pause()
        if after[0] >= limits.max_failures or (
            len(after) > 1 and after[1] >= limits.max_failures_per_address
        ):
            raise Forbidden(limits.locked_now())
        raise Forbidden(REFUSED)
    await sessions.store.clear_failures(keys[0])
    async with db.read() as conn:
        names = await permission_names(conn, row.user_sid)
    scope = user_scope(row.account_sid, row.service_provider_sid)
    claims = Claims(
        user_sid=row.user_sid,
        name=row.name,
        scope=scope,
        permissions=tuple(names),
        service_provider_sid=row.service_provider_sid if scope != "admin" else None,
        service_provider_name=row.service_provider_name if scope != "admin" else None,
        account_sid=row.account_sid if scope == "account" else None,
        account_name=row.account_name if scope == "account" else None,
    )
    token = await sessions.open(claims)
    owners = {
        key: getattr(claims, key)
        for key in ("service_provider_sid", "service_provider_name", "account_sid", "account_name")
        if getattr(claims, key)
    }
    return LoginResult(
        token=token,
        user_sid=row.user_sid,
        scope=scope,
        force_change=bool(row.force_change),
        permissions=names,
        **owners,
    )


async def logout(sessions: Sessions, principal: Principal) -> None:
    if principal.user_sid is None:
        raise Forbidden(NO_SESSION)
    await sessions.close([principal.user_sid])
