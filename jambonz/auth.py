"""API keys: token generation and hashing, the caller's scope (a `Principal`), and a
short-lived in-process cache of authenticated tokens.

Tokens are UUID v4 strings (122 random bits, the shape jambonz clients expect). Only the
SHA-256 of a token is stored; a high-entropy token needs no slow hash. The scope of a key
is derived from its owner columns as jambonz does: neither set -> admin, a service
provider -> service_provider (the provider wins when both are set), an account -> account.
"""

from __future__ import annotations

import hmac
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from weakref import WeakKeyDictionary

from sqlalchemy import select, update

from jambonz.db import Database
from jambonz.db.cache import ChangeCounters, slot_of
from jambonz.db.tables import accounts, api_keys, utcnow
from jambonz.tokens import lookup_forms

Scope = Literal["admin", "service_provider", "account"]

LAST_USED_GRANULARITY = timedelta(minutes=1)


def new_token() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling, and what the key may see: an API key (`api_key_sid`), or a
    signed-in user (`user_sid`, jambonz/sessions.py) with the same scopes. A view-only
    user reads what its scope covers and changes nothing."""

    scope: Scope
    api_key_sid: str | None
    service_provider_sid: str | None = None
    account_sid: str | None = None
    user_sid: str | None = None
    view_only: bool = False
    permissions: tuple[str, ...] = ()

    @property
    def subject(self) -> str:
        """The key's or the user's sid."""
        return self.api_key_sid or self.user_sid or ""

    @property
    def is_admin(self) -> bool:
        return self.scope == "admin"

    def covers_service_provider(self, service_provider_sid: str | None) -> bool:
        """True when the key may see the given provider (an account key sees its own)."""
        if self.is_admin:
            return True
        return (
            service_provider_sid is not None and service_provider_sid == self.service_provider_sid
        )

    def covers_account(self, account_sid: str | None, service_provider_sid: str | None) -> bool:
        """True when the key may see the account (given with its provider)."""
        if self.is_admin:
            return True
        if self.scope == "service_provider":
            return (
                service_provider_sid is not None
                and service_provider_sid == self.service_provider_sid
            )
        return account_sid is not None and account_sid == self.account_sid


def scope_of(account_sid: str | None, service_provider_sid: str | None) -> Scope:
    if service_provider_sid:
        return "service_provider"
    if account_sid:
        return "account"
    return "admin"


DEFAULT_CACHE_SECONDS = 5.0


@dataclass(slots=True)
class _Cached:
    principal: Principal
    expires_at: datetime | None
    last_used: datetime | None
    cached_at: float
    stamp: tuple[int, ...] = ()


# A key's principal depends on these tables (the key, its account, its provider).
_KEY_TABLES = tuple(sorted({slot_of(t) for t in ("api_keys", "accounts", "service_providers")}))


class TokenCache:
    """Principals of recently seen tokens, so a request needs no key lookup.

    An entry is stamped with the change counters of the key tables (jambonz/db/cache.py),
    read before the lookup: a key deleted or changed through any process of this host
    (another worker too) stops working at once; in the process that deletes it even before
    its transaction ends (`forget_keys`). Changes the counters cannot see (another host, a
    hand-made change in the database) take effect within `ttl` seconds. `expires_at` is
    checked on every hit.
    """

    def __init__(
        self, ttl: float = DEFAULT_CACHE_SECONDS, counters: ChangeCounters | None = None
    ) -> None:
        self.ttl = ttl
        self.counters = counters or ChangeCounters(None)
        self._entries: dict[str, _Cached] = {}

    def stamp(self) -> tuple[int, ...]:
        return self.counters.read(_KEY_TABLES)

    def get(self, digest: str) -> _Cached | None:
        entry = self._entries.get(digest)
        if (
            entry is None
            or time.monotonic() - entry.cached_at >= self.ttl
            or entry.stamp != self.counters.read(_KEY_TABLES)
        ):
            return None
        return entry

    def put(self, digest: str, entry: _Cached) -> None:
        if len(self._entries) > 10000:
            self._entries.clear()
        self._entries[digest] = entry

    def clear(self) -> None:
        self._entries.clear()


_caches: WeakKeyDictionary[Database, TokenCache] = WeakKeyDictionary()


def token_cache(db: Database) -> TokenCache:
    cache = _caches.get(db)
    if cache is None:
        # As long as a cached read may live (JAMBONZ_READ_CACHE_SECONDS, 0: none), so that
        # one setting bounds how late a change made around this server is seen.
        cache = _caches[db] = TokenCache(
            ttl=min(DEFAULT_CACHE_SECONDS, db.cache_seconds), counters=db.counters
        )
    return cache


def forget_keys(db: Database) -> None:
    """Call after deleting keys (or their owners): no cached token outlives its key here."""
    token_cache(db).clear()


def row_sid(principal: Principal) -> str:
    """The sid of a key's row (the cache holds only keys' principals)."""
    assert principal.api_key_sid is not None
    return principal.api_key_sid


async def _touch(db: Database, api_key_sid: str, now: datetime) -> None:
    # Only `last_used`, which neither the token cache nor any cached read depends on: so
    # it voids no cached principal (each key would otherwise be looked up twice a minute).
    async with db.write(invalidates=False) as conn:
        await conn.execute(
            update(api_keys).where(api_keys.c.api_key_sid == api_key_sid).values(last_used=now)
        )


async def authenticate(
    db: Database, token: str, *, now: datetime | None = None
) -> Principal | None:
    """The principal of a valid, unexpired token, or None."""
    forms = lookup_forms(token)
    digest = forms[0]
    now = now or utcnow()
    cache = token_cache(db)
    if (hit := cache.get(digest)) is not None:
        if hit.expires_at is not None and hit.expires_at <= now:
            return None
        if hit.last_used is None or now - hit.last_used >= LAST_USED_GRANULARITY:
            hit.last_used = now
            await _touch(db, row_sid(hit.principal), now)
        return hit.principal
    query = (
        select(
            api_keys.c.api_key_sid,
            api_keys.c.token,
            api_keys.c.account_sid,
            api_keys.c.service_provider_sid,
            api_keys.c.expires_at,
            api_keys.c.last_used,
            accounts.c.service_provider_sid.label("account_service_provider_sid"),
        )
        .select_from(api_keys.outerjoin(accounts, accounts.c.account_sid == api_keys.c.account_sid))
        .where(api_keys.c.token.in_(forms))
    )
    stamp = cache.stamp()  # before the lookup: a change while it runs voids the entry
    async with db.read() as conn:
        row = (await conn.execute(query)).first()
    if row is None or not any(hmac.compare_digest(row.token, form) for form in forms):
        return None
    scope = scope_of(row.account_sid, row.service_provider_sid)
    if scope == "account":
        principal = Principal(
            scope, row.api_key_sid, row.account_service_provider_sid, row.account_sid
        )
    elif scope == "service_provider":
        principal = Principal(scope, row.api_key_sid, row.service_provider_sid, None)
    else:
        principal = Principal(scope, row.api_key_sid)
    last_used = row.last_used
    unexpired = row.expires_at is None or row.expires_at > now
    if unexpired and (last_used is None or now - last_used >= LAST_USED_GRANULARITY):
        last_used = now
        await _touch(db, row.api_key_sid, now)
    cache.put(digest, _Cached(principal, row.expires_at, last_used, time.monotonic(), stamp))
    if row.expires_at is not None and row.expires_at <= now:
        return None
    return principal
