"""The TTS cache of the platform or of one account (`jambonz.tts_cache`), within scope."""

from __future__ import annotations

from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.services.common import require_scope
from jambonz.services.speech_credentials import tenant
from jambonz.tts_cache import TtsCache

ADMIN_ONLY = "only admin users can read or purge the platform's TTS cache"


async def size(
    db: Database, cache: TtsCache, principal: Principal, account_sid: str | None = None
) -> int:
    """How many texts the platform (admin keys) or the account has cached."""
    account = await _account(db, principal, account_sid)
    return await cache.size(account)


async def purge(
    db: Database, cache: TtsCache, principal: Principal, account_sid: str | None = None
) -> None:
    """Delete the platform's (admin keys) or the account's cached texts."""
    account = await _account(db, principal, account_sid)
    await cache.purge(account)


async def _account(db: Database, principal: Principal, account_sid: str | None) -> str | None:
    """The account addressed, within the key's scope as for its speech credentials; or,
    without one, the whole platform, which only admin keys may address (403)."""
    if account_sid is None:
        require_scope(principal, ["admin"], ADMIN_ONLY)
        return None
    async with db.read() as conn:
        where = await tenant(conn, principal, account_sid=account_sid)
    return where.account_sid
