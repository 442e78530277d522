"""Sessions of signed-in users: their tokens (JWTs), where sessions are kept, and the
counters of failed sign-ins.

A token is an HS256 JWT signed with the configured secret (`JAMBONZ_JWT_SECRET`), with
jambonz's claims (`scope`, `permissions`, `is_view_only`, the owner sids and names,
`user_sid`, `name`, `iat`, `exp`), so that the portal, which reads them, works unchanged.
Its expiry is enforced. As in jambonz, a token is accepted only while its user has an open
session: signing in opens it (or extends it), and signing out, deleting the user, moving
it to another owner, deactivating it or making it view-only closes it, which ends every
token of that user at once.

A token without `user_sid` is a *service token*: one that a component holding the shared
secret minted itself (jambonz's own test suite mints them, and jambonz accepts them). It
has no session to close, so it is accepted for its `scope` until its `exp`, which it must
carry (jambonz accepts one without `exp` forever: **differs from jambonz**). Its owner is
read from the store, not trusted from the claims: an account token takes its account's
service provider, and a token naming an owner that does not exist is refused.

Sessions and failure counters live in Redis when `JAMBONZ_REDIS_URL` is set (jambonz's
session key, `jwt:<md5 of the user sid>:version:v2`), else in the database (tables
`user_sessions` and `login_failures`). Either way every process and every server on the
same store sees a change with its next request: nothing is cached. When the store cannot
be reached the answer is 503, never a token let through.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import jwt
from sqlalchemy import case, delete, select

from jambonz.auth import Principal, Scope
from jambonz.config import Settings
from jambonz.db import Database
from jambonz.db.tables import accounts, login_failures, service_providers, user_sessions, utcnow
from jambonz.db.upsert import upsert
from jambonz.errors import Unavailable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis

log = logging.getLogger("jambonz.sessions")

ALGORITHM = "HS256"
STORE_UNAVAILABLE = "the session store is unavailable; retry"


def session_key(user_sid: str) -> str:
    """jambonz's Redis key of a user's session."""
    return f"jwt:{hashlib.md5(user_sid.encode()).hexdigest()}:version:v2"


def failure_key(kind: str, value: str) -> str:
    """What a failure counter is kept under: a hash, so that no typed name is stored."""
    return hashlib.sha256(f"{kind}:{value}".encode("utf-8", "surrogatepass")).hexdigest()


def _upsert(conn: Any, table: Any, values: dict[str, Any], key: str, changes: dict[str, Any]):
    """INSERT, or UPDATE of the row with the same `key`, in the dialect of the connection."""
    return upsert(conn.dialect.name, table, values, [key], changes)


class SessionStore(Protocol):
    """Where sessions and failure counters are kept."""

    async def open(self, user_sid: str, expires_at: datetime, seconds: int) -> None: ...

    async def is_open(self, user_sid: str) -> bool: ...

    async def close(self, user_sids: Iterable[str]) -> None: ...

    async def failures(self, keys: Sequence[str]) -> list[int]: ...

    async def record_failure(self, keys: Sequence[str], seconds: int) -> list[int]: ...

    async def clear_failures(self, key: str) -> None: ...

    async def aclose(self) -> None: ...


class DatabaseStore:
    """Sessions and counters in the database, for a server without Redis."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def open(self, user_sid: str, expires_at: datetime, seconds: int) -> None:
        now = utcnow()
        async with self.db.write() as conn:
            await conn.execute(delete(user_sessions).where(user_sessions.c.expires_at <= now))
            await conn.execute(
                _upsert(
                    conn,
                    user_sessions,
                    {"user_sid": user_sid, "expires_at": expires_at},
                    "user_sid",
                    {
                        "expires_at": case(
                            (user_sessions.c.expires_at > expires_at, user_sessions.c.expires_at),
                            else_=expires_at,
                        )
                    },
                )
            )

    async def is_open(self, user_sid: str) -> bool:
        async with self.db.read() as conn:
            found = (
                await conn.execute(
                    select(user_sessions.c.user_sid).where(
                        user_sessions.c.user_sid == user_sid,
                        user_sessions.c.expires_at > utcnow(),
                    )
                )
            ).first()
        return found is not None

    async def close(self, user_sids: Iterable[str]) -> None:
        sids = sorted(set(user_sids))
        if not sids:
            return
        async with self.db.write() as conn:
            await conn.execute(delete(user_sessions).where(user_sessions.c.user_sid.in_(sids)))

    async def failures(self, keys: Sequence[str]) -> list[int]:
        async with self.db.read() as conn:
            rows = (
                await conn.execute(
                    select(login_failures.c.failure_key, login_failures.c.failures).where(
                        login_failures.c.failure_key.in_(list(keys)),
                        login_failures.c.expires_at > utcnow(),
                    )
                )
            ).all()
        counts = {row.failure_key: row.failures for row in rows}
        return [counts.get(key, 0) for key in keys]

    async def record_failure(self, keys: Sequence[str], seconds: int) -> list[int]:
        """Count one more failure under each key; each key's window starts again (it
        slides, as in jambonz). Returns the new counts."""
        now = utcnow()
        expires_at = now + timedelta(seconds=seconds)
        async with self.db.write() as conn:
            await conn.execute(delete(login_failures).where(login_failures.c.expires_at <= now))
            for key in keys:
                await conn.execute(
                    _upsert(
                        conn,
                        login_failures,
                        {"failure_key": key, "failures": 1, "expires_at": expires_at},
                        "failure_key",
                        {
                            "failures": login_failures.c.failures + 1,
                            "expires_at": expires_at,
                        },
                    )
                )
            rows = (
                await conn.execute(
                    select(login_failures.c.failure_key, login_failures.c.failures).where(
                        login_failures.c.failure_key.in_(list(keys))
                    )
                )
            ).all()
        counts = {row.failure_key: row.failures for row in rows}
        return [counts.get(key, 0) for key in keys]

    async def clear_failures(self, key: str) -> None:
        async with self.db.write() as conn:
            await conn.execute(delete(login_failures).where(login_failures.c.failure_key == key))

    async def aclose(self) -> None:
        return None


class RedisStore:
    """Sessions and counters in Redis (`JAMBONZ_REDIS_URL`); every request reads it."""

    FAILURES_PREFIX = "login-failures:"

    def __init__(self, redis: SharedRedis) -> None:
        # The process's shared client (jambonz.redis_client), closed by its owner.
        self._client = redis.client()

    async def _run(self, operation: Any) -> Any:
        try:
            return await operation
        except REDIS_ERRORS as exc:
            log.warning("session store unavailable: %s", exc)
            raise Unavailable(STORE_UNAVAILABLE) from None

    async def open(self, user_sid: str, expires_at: datetime, seconds: int) -> None:
        value = expires_at.isoformat()
        await self._run(self._client.set(session_key(user_sid), value, ex=max(1, seconds)))

    async def is_open(self, user_sid: str) -> bool:
        return bool(await self._run(self._client.exists(session_key(user_sid))))

    async def close(self, user_sids: Iterable[str]) -> None:
        keys = [session_key(sid) for sid in set(user_sids)]
        if keys:
            await self._run(self._client.delete(*keys))

    async def failures(self, keys: Sequence[str]) -> list[int]:
        values = await self._run(self._client.mget([self.FAILURES_PREFIX + k for k in keys]))
        return [int(v) if v is not None else 0 for v in values]

    async def record_failure(self, keys: Sequence[str], seconds: int) -> list[int]:
        async def counted() -> list[int]:
            async with self._client.pipeline(transaction=True) as pipe:
                for key in keys:
                    pipe.incr(self.FAILURES_PREFIX + key)
                    pipe.expire(self.FAILURES_PREFIX + key, seconds)
                results = await pipe.execute()
            return [int(n) for n in results[::2]]

        return await self._run(counted())

    async def clear_failures(self, key: str) -> None:
        await self._run(self._client.delete(self.FAILURES_PREFIX + key))

    async def aclose(self) -> None:
        return None  # the shared client is closed by the process's Core


@dataclass(frozen=True, slots=True)
class Claims:
    """What a token says about its user (jambonz's claims)."""

    user_sid: str
    name: str
    scope: Scope
    permissions: tuple[str, ...]
    service_provider_sid: str | None = None
    service_provider_name: str | None = None
    account_sid: str | None = None
    account_name: str | None = None

    @property
    def is_view_only(self) -> bool:
        """jambonz's rule: view-only when VIEW_ONLY is the user's only permission."""
        return self.permissions == ("VIEW_ONLY",)


class Sessions:
    """Issues and checks the tokens of signed-in users; one per process (in `Core`)."""

    def __init__(self, settings: Settings, store: SessionStore, db: Database | None = None) -> None:
        self.secret = settings.jwt_secret or secrets.token_urlsafe(32)
        self.lifetime = timedelta(minutes=settings.jwt_expires_minutes)
        self.store = store
        # Where a service token's owner is looked up (None: service tokens are refused).
        self.db = db

    @classmethod
    def from_settings(cls, settings: Settings, db: Database, redis: SharedRedis) -> Sessions:
        store: SessionStore = RedisStore(redis) if redis.configured else DatabaseStore(db)
        return cls(settings, store, db)

    def _encode(self, payload: dict[str, Any]) -> str:
        # PyJWT warns about HMAC keys shorter than the hash: the secret is the operator's
        # choice (jambonz's own tests use a short one).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return jwt.encode(payload, self.secret, algorithm=ALGORITHM)

    async def open(self, claims: Claims) -> str:
        """A new token for the user, whose session is opened (or extended) first."""
        now = utcnow()
        expires_at = now + self.lifetime
        payload: dict[str, Any] = {
            "scope": claims.scope,
            "permissions": list(claims.permissions),
            "is_view_only": claims.is_view_only,
        }
        if claims.service_provider_sid:
            payload["service_provider_sid"] = claims.service_provider_sid
            payload["service_provider_name"] = claims.service_provider_name
        if claims.account_sid:
            payload["account_sid"] = claims.account_sid
            payload["account_name"] = claims.account_name
        payload |= {
            "user_sid": claims.user_sid,
            "name": claims.name,
            "iat": _epoch(now),
            "exp": _epoch(expires_at),
        }
        await self.store.open(claims.user_sid, expires_at, int(self.lifetime.total_seconds()))
        return self._encode(payload)

    def decode(self, token: str) -> dict[str, Any] | None:
        """The claims of a token this server signed and that has not expired; None for an
        expired one; raises `jwt.InvalidTokenError` for anything else (not one of ours)."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                claims = jwt.decode(
                    token,
                    self.secret,
                    algorithms=[ALGORITHM],
                    options={"require": ["exp", "scope"]},
                )
        except jwt.ExpiredSignatureError:
            return None
        return claims

    async def principal(self, token: str) -> Principal | NotASession | None:
        """The principal of a session token; None when it expired or its session was
        closed; `NOT_A_SESSION` when the token is no JWT of this server (an API key)."""
        if token.count(".") != 2:
            return NOT_A_SESSION
        try:
            claims = self.decode(token)
        except jwt.InvalidTokenError:
            return NOT_A_SESSION
        if claims is None:
            return None
        scope = claims.get("scope")
        user_sid = claims.get("user_sid")
        if scope not in ("admin", "service_provider", "account"):
            return None
        if user_sid is None:
            return await self._service_principal(scope, claims)
        if not isinstance(user_sid, str) or not await self.store.is_open(user_sid):
            return None
        permissions = claims.get("permissions") or []
        return Principal(
            scope,
            None,
            claims.get("service_provider_sid") if scope != "admin" else None,
            claims.get("account_sid") if scope == "account" else None,
            user_sid=user_sid,
            view_only=bool(claims.get("is_view_only")),
            permissions=tuple(str(p) for p in permissions),
        )

    async def _service_principal(self, scope: str, claims: dict[str, Any]) -> Principal | None:
        """The principal of a service token (no user): its owner as the store knows it."""
        if self.db is None:
            return None
        permissions = claims.get("permissions") or []
        if not isinstance(permissions, list):
            return None
        granted = tuple(str(p) for p in permissions)
        view_only = bool(claims.get("is_view_only")) or granted == ("VIEW_ONLY",)
        if scope == "admin":
            return Principal("admin", None, view_only=view_only, permissions=granted)
        if scope == "account":
            account_sid = claims.get("account_sid")
            if not isinstance(account_sid, str):
                return None
            async with self.db.read() as conn:
                row = (
                    await conn.execute(
                        select(accounts.c.service_provider_sid).where(
                            accounts.c.account_sid == account_sid
                        )
                    )
                ).first()
            if row is None:
                return None
            return Principal(
                "account",
                None,
                row.service_provider_sid,
                account_sid,
                view_only=view_only,
                permissions=granted,
            )
        sp_sid = claims.get("service_provider_sid")
        if not isinstance(sp_sid, str):
            return None
        async with self.db.read() as conn:
            found = (
                await conn.execute(
                    select(service_providers.c.service_provider_sid).where(
                        service_providers.c.service_provider_sid == sp_sid
                    )
                )
            ).first()
        if found is None:
            return None
        return Principal("service_provider", None, sp_sid, view_only=view_only, permissions=granted)

    async def close(self, user_sids: Iterable[str]) -> None:
        """End every token of these users, in every process and server at once."""
        await self.store.close(user_sids)

    async def aclose(self) -> None:
        await self.store.aclose()


def _epoch(naive_utc: datetime) -> int:
    """Seconds since the epoch of a naive UTC instant."""
    return int((naive_utc - datetime(1970, 1, 1)).total_seconds())


class NotASession:
    """The marker `Sessions.principal` returns for a token that is not a session's."""

    __slots__ = ()


NOT_A_SESSION = NotASession()
