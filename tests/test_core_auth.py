"""The core's token handling and scope rules, without HTTP."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import insert, select, update

from jambonz.auth import (
    Principal,
    authenticate,
    forget_keys,
    new_token,
    scope_of,
)
from jambonz.bootstrap import create_first_admin_if_empty, ensure_admin_token, insert_key
from jambonz.db import Database
from jambonz.db.migrate import upgrade
from jambonz.db.tables import api_keys, utcnow
from jambonz.errors import BadRequest
from jambonz.tokens import is_jambonz_plain, lookup_forms, stored_form, visible_tail


@pytest.fixture
async def db(tmp_path) -> Database:
    url = f"sqlite:///{tmp_path / 'core.db'}"
    upgrade(url)
    database = Database(url)
    yield database
    await database.dispose()


def test_tokens_are_random_uuids_kept_as_a_hashed_form_of_jambonzs_width() -> None:
    a, b = new_token(), new_token()
    assert a != b and len(a) == 36 and a.count("-") == 4
    digest = hashlib.sha256(a.encode()).hexdigest()
    assert stored_form(a) == "#" + digest[:31] + a[-4:]
    assert len(stored_form(a)) == 36 and not is_jambonz_plain(stored_form(a))
    # A short token's tail is not kept: it would give too much of it away.
    short = "shorty-admin"
    assert stored_form(short) == "=" + hashlib.sha256(short.encode()).hexdigest()[:35]
    assert visible_tail(stored_form(a)) == a[-4:] and visible_tail(stored_form(short)) == ""
    # A stored form is never looked up as a token, a jambonz (UUID) token is.
    assert stored_form(a) not in lookup_forms(stored_form(a))
    assert a in lookup_forms(a) and stored_form(a) in lookup_forms(a)
    assert short not in lookup_forms(short) and stored_form(short) in lookup_forms(short)


async def test_a_key_jambonz_stored_as_it_is_still_works(db: Database) -> None:
    """jambonz's api-server keeps a token in `api_keys.token` as it is (a UUID)."""
    token, sid = new_token(), new_token()
    async with db.write() as conn:
        await conn.execute(insert(api_keys).values(api_key_sid=sid, token=token))
    assert await authenticate(db, token) == Principal("admin", sid)
    # Only a UUID-shaped token is matched as it is.
    other = "not-a-uuid-but-long-enough-token"
    async with db.write() as conn:
        await conn.execute(insert(api_keys).values(api_key_sid=new_token(), token=other))
    assert await authenticate(db, other) is None


@pytest.mark.parametrize(
    ("account", "sp", "scope"),
    [
        (None, None, "admin"),
        (None, "s", "service_provider"),
        ("a", None, "account"),
        ("a", "s", "service_provider"),
    ],
)
def test_scope_follows_the_owner_columns(account, sp, scope) -> None:
    assert scope_of(account, sp) == scope


def test_principal_coverage() -> None:
    admin = Principal("admin", "k")
    sp = Principal("service_provider", "k", service_provider_sid="sp1")
    acct = Principal("account", "k", service_provider_sid="sp1", account_sid="a1")
    assert admin.covers_account("a9", "sp9") and admin.covers_service_provider("sp9")
    assert sp.covers_account("a2", "sp1") and not sp.covers_account("a2", "sp2")
    assert acct.covers_account("a1", "sp1") and not acct.covers_account("a2", "sp1")
    assert acct.covers_service_provider("sp1") and not sp.covers_service_provider(None)


async def test_only_the_hash_is_stored(db: Database) -> None:
    sid, token = await insert_key(db)
    async with db.read() as conn:
        row = (await conn.execute(select(api_keys).where(api_keys.c.api_key_sid == sid))).one()
    assert token not in [str(v) for v in row]
    assert row.token == stored_form(token)


async def test_authenticate_valid_unknown_expired(db: Database) -> None:
    sid, token = await insert_key(db)
    principal = await authenticate(db, token)
    assert principal == Principal("admin", sid)
    assert await authenticate(db, new_token()) is None
    assert await authenticate(db, token + "x") is None
    # A change the change counters cannot see (made by hand in the database) leaves the
    # cached principal in place for a few seconds...
    raw = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    with raw:
        raw.execute("UPDATE api_keys SET expires_at = '2000-01-01 00:00:00.000000'")
    raw.close()
    assert await authenticate(db, token) is not None
    forget_keys(db)  # ...until it is forgotten (as deleting a key through the API does)
    assert await authenticate(db, token) is None


async def test_without_a_read_cache_a_key_deleted_around_the_server_stops_at_once(
    tmp_path,
) -> None:
    """JAMBONZ_READ_CACHE_SECONDS=0 (a jambonz cluster whose api-server also writes keys):
    a key deleted where the change counters cannot see it is refused on the next request."""
    url = f"sqlite:///{tmp_path}/nocache.db"
    upgrade(url)
    db = Database(url, cache_seconds=0)
    try:
        sid, token = await insert_key(db)
        assert await authenticate(db, token) == Principal("admin", sid)
        raw = sqlite3.connect(url.removeprefix("sqlite:///"))
        with raw:
            raw.execute("DELETE FROM api_keys")
        raw.close()
        assert await authenticate(db, token) is None
    finally:
        await db.dispose()


async def test_a_key_changed_through_any_database_object_is_read_again(db: Database) -> None:
    sid, token = await insert_key(db)
    assert await authenticate(db, token) is not None
    other = Database(db.url)  # as another worker process of this host would
    try:
        async with other.write() as conn:
            await conn.execute(
                update(api_keys)
                .where(api_keys.c.api_key_sid == sid)
                .values(expires_at=utcnow() - timedelta(seconds=1))
            )
    finally:
        await other.dispose()
    assert await authenticate(db, token) is None


async def test_last_used_is_written_at_most_once_a_minute(db: Database) -> None:
    sid, token = await insert_key(db)
    now = utcnow()

    async def last_used():
        async with db.read() as conn:
            return (
                await conn.execute(
                    select(api_keys.c.last_used).where(api_keys.c.api_key_sid == sid)
                )
            ).scalar_one()

    await authenticate(db, token, now=now)
    assert await last_used() == now
    await authenticate(db, token, now=now + timedelta(seconds=30))
    assert await last_used() == now
    later = now + timedelta(seconds=61)
    await authenticate(db, token, now=later)  # a cached hit writes it too
    assert await last_used() == later
    forget_keys(db)
    await authenticate(db, token, now=later + timedelta(seconds=10))
    assert await last_used() == later


async def test_first_admin_and_fixed_admin_token(db: Database) -> None:
    token = await create_first_admin_if_empty(db)
    assert token and (await authenticate(db, token)).is_admin
    assert await create_first_admin_if_empty(db) is None  # only on an empty database
    fixed = "my-fixed-admin-token"
    assert await ensure_admin_token(db, fixed) is True
    assert await ensure_admin_token(db, fixed) is False  # idempotent
    assert (await authenticate(db, fixed)).is_admin


async def test_admin_token_may_not_reuse_a_scoped_key(db: Database) -> None:
    from sqlalchemy import insert

    from jambonz.db.tables import service_providers

    async with db.write() as conn:
        await conn.execute(
            insert(service_providers).values(service_provider_sid="s" * 36, name="x")
        )
    await insert_key(db, token="shared", service_provider_sid="s" * 36)
    with pytest.raises(BadRequest):
        await ensure_admin_token(db, "shared")
