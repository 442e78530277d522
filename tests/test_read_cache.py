"""The read cache (jambonz/db/cache.py): served while its tables are unchanged, dropped by
any write on this host, on both stores.

Two `Database` objects on one URL stand for two processes of a server: they share nothing
but the database and the change counters' file, exactly as two workers do. A change made
with a raw connection of our own (which the counters cannot see) is how the tests tell a
cached answer from a fresh one.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    insert,
    select,
    update,
)

from jambonz.db import Database
from jambonz.db.cache import (
    DELETED,
    MAX_ENTRIES,
    ChangeCounters,
    ReadCache,
    dependents,
    host_file,
    slot_of,
)
from jambonz.db.prepared import Prepared
from jambonz.db.tables import metadata
from jambonz.db.urls import identity, sync_url

SESSION_LOOP = pytest.mark.asyncio(loop_scope="session")

own = MetaData()
notes = Table(
    "cache_notes",
    own,
    Column("id", Integer, primary_key=True),
    Column("text", String(20), nullable=False),
)
NOTE = Prepared(select(notes.c.text).where(notes.c.id == bindparam("id")))
NOTE_UNCACHED = Prepared(select(notes.c.text).where(notes.c.id == bindparam("id")), cache=False)


# --- the parts on their own -------------------------------------------------------------


def test_counters_are_shared_through_their_file(tmp_path: Path) -> None:
    one, two = ChangeCounters(tmp_path / "c.map"), ChangeCounters(tmp_path / "c.map")
    slots = (slot_of("applications"), slot_of("accounts"))
    assert slots[0] != slots[1]
    before = two.read(slots)
    one.bump([slots[0]])
    after = two.read(slots)
    assert after[0] != before[0] and after[1] == before[1]
    seen = {before[0], after[0]}
    for _ in range(500):  # a counter never comes back to a value a reader saw
        one.bump([slots[0]])
        two.bump([slots[0]])
        value = one.read(slots[:1])[0]
        assert value not in seen
        seen.add(value)


def test_a_private_database_has_private_counters() -> None:
    one, two = ChangeCounters(None), ChangeCounters(None)
    before = two.read((3,))
    one.bump([3])
    assert two.read((3,)) == before and one.read((3,)) != before


def test_counters_are_named_by_the_database_not_its_password(tmp_path: Path) -> None:
    a = identity("postgresql+psycopg://u:secret@db.example:5432/jz")
    b = identity("postgresql://u:other@db.example:5432/jz")
    assert a == b and a is not None and "secret" not in a
    assert identity("postgresql://u@db.example:5432/other") != a
    assert identity("sqlite://") is None and identity("sqlite:///:memory:") is None
    assert identity(f"sqlite:///{tmp_path}/x/../j.db") == identity(f"sqlite:///{tmp_path}/j.db")
    assert host_file("k1", "changes", tmp_path) != host_file("k2", "changes", tmp_path)


def test_a_change_reaches_the_tables_the_database_changes_with_it() -> None:
    closure = dependents(metadata)
    # Deleting an application sets accounts' and carriers' references to it to NULL.
    assert {"applications", "accounts", "voip_carriers"} <= closure["applications"]
    # Deleting a webhook deletes its owner row (ON DELETE CASCADE), and nothing else.
    assert closure["webhooks"] == frozenset({"webhooks", "japi_webhook_owners"})
    cache = ReadCache(ChangeCounters(None), metadata, ttl=60)
    slots = (slot_of("voip_carriers"),)
    stamp = cache.stamp(slots)
    cache.changed({"applications"})  # an insert or update changes no other table
    assert cache.stamp(slots) == stamp
    cache.changed({DELETED + "applications"})
    assert cache.stamp(slots) != stamp
    assert len({slot_of(name) for name in metadata.tables}) == len(metadata.tables)


def test_a_read_that_raced_a_commit_is_never_served() -> None:
    cache = ReadCache(ChangeCounters(None), metadata, ttl=60)
    slots = (slot_of("applications"),)
    stamp = cache.stamp(slots)  # taken before the query...
    cache.changed({"applications"})  # ...a commit lands while the query runs...
    cache.put("k", stamp, ["old"])  # ...so what the query saw may be old
    assert cache.get("k", cache.stamp(slots)) is None
    cache.put("k", cache.stamp(slots), ["new"])
    assert cache.get("k", cache.stamp(slots)) == ["new"]
    cache.changed({"service_providers"})  # another table's counter: still valid
    assert cache.get("k", cache.stamp(slots)) == ["new"]
    cache.changed({"*"})  # a write whose tables are unknown changes every counter
    assert cache.get("k", cache.stamp(slots)) is None


def test_entries_expire_and_the_cache_stays_bounded() -> None:
    cache = ReadCache(ChangeCounters(None), metadata, ttl=0.05)
    stamp = cache.stamp((1,))
    cache.put("k", stamp, [1])
    assert cache.get("k", stamp) == [1]
    time.sleep(0.08)
    assert cache.get("k", stamp) is None
    for n in range(MAX_ENTRIES + 50):
        cache.put(n, stamp, [n])
    assert len(cache._entries) <= MAX_ENTRIES
    assert cache.get(MAX_ENTRIES + 49, stamp) == [MAX_ENTRIES + 49]


# --- through Database, on SQLite and PostgreSQL ------------------------------------------


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def url(database_url: str) -> AsyncIterator[str]:
    engine = create_engine(sync_url(database_url))
    own.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(notes), [{"id": 1, "text": "a"}, {"id": 2, "text": "a"}])
    engine.dispose()
    yield database_url


def behind_our_back(url: str, note: int, text: str) -> None:
    """A change the counters cannot see (as `psql` would make it)."""
    engine = create_engine(sync_url(url))
    with engine.begin() as conn:
        conn.execute(update(notes).where(notes.c.id == note).values(text=text))
    engine.dispose()


async def read(db: Database, note: int = 1) -> str:
    async with db.read() as conn:
        row = await NOTE.first(conn, id=note)
    assert row is not None
    return row.text


@SESSION_LOOP
async def test_a_write_of_any_process_on_the_host_is_seen_at_once(url: str) -> None:
    worker, other_worker = Database(url), Database(url)
    try:
        behind_our_back(url, 1, "first")
        assert await read(worker) == "first"
        hits = worker.cache.hits if worker.cache else -1
        behind_our_back(url, 1, "unseen")
        assert await read(worker) == "first", "a cached read is served while nothing changed"
        assert worker.cache is not None and worker.cache.hits == hits + 1

        async with other_worker.write() as conn:  # another worker writes the table
            await conn.execute(update(notes).where(notes.c.id == 1).values(text="second"))
        assert await read(worker) == "second"

        # Another process altogether: the CLI, another server on the same database.
        script = (
            "import asyncio, sys\n"
            "from sqlalchemy import update\n"
            "from jambonz.db import Database\n"
            "from tests.test_read_cache import notes\n"
            "async def main():\n"
            "    db = Database(sys.argv[1])\n"
            "    async with db.write() as conn:\n"
            "        await conn.execute(update(notes).where(notes.c.id == 1).values(text='3rd'))\n"
            "    await db.dispose()\n"
            "asyncio.run(main())\n"
        )
        subprocess.run([sys.executable, "-c", script, url], check=True, timeout=60)
        assert await read(worker) == "3rd"

        # Inside a write transaction a read sees that transaction, never the cache.
        async with worker.write() as conn:
            await conn.execute(update(notes).where(notes.c.id == 2).values(text="mine"))
            row = await NOTE.first(conn, id=2)
            assert row is not None and row.text == "mine"
        assert await read(worker, 2) == "mine"
    finally:
        await worker.dispose()
        await other_worker.dispose()


@SESSION_LOOP
async def test_unseen_changes_are_seen_after_the_ttl_and_0_turns_it_off(url: str) -> None:
    short, off = Database(url, cache_seconds=0.2), Database(url, cache_seconds=0)
    try:
        behind_our_back(url, 1, "before")
        assert await read(short) == "before" and await read(off) == "before"
        behind_our_back(url, 1, "after")
        assert await read(off) == "after"
        assert await read(short) == "before"
        time.sleep(0.3)
        assert await read(short) == "after"
        assert off.cache is None
    finally:
        await short.dispose()
        await off.dispose()


@SESSION_LOOP
async def test_a_failed_write_changes_nothing_it_should_not(url: str) -> None:
    db = Database(url)
    try:
        behind_our_back(url, 2, "kept")
        assert await read(db, 2) == "kept"
        with pytest.raises(RuntimeError):
            async with db.write() as conn:
                await conn.execute(update(notes).where(notes.c.id == 2).values(text="rolled"))
                raise RuntimeError("abort")
        assert await read(db, 2) == "kept"
    finally:
        await db.dispose()


@SESSION_LOOP
async def test_a_read_marked_uncached_always_asks_the_database(url: str) -> None:
    db = Database(url)
    try:
        for text in ("one", "two"):
            behind_our_back(url, 2, text)
            async with db.read() as conn:
                row = await NOTE_UNCACHED.first(conn, id=2)
            assert row is not None and row.text == text
        assert db.cache is not None and len(db.cache._entries) == 0
    finally:
        await db.dispose()
