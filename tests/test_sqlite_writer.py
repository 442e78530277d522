"""SQLite write transactions commit in groups (jambonz/db/sqlite_writer.py): each caller in
a savepoint of one transaction, answered only once the group has committed; one caller's
error is its own; the host's write lock is awaited without blocking the event loop."""

from __future__ import annotations

import asyncio
import fcntl
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from jambonz.db import Database
from jambonz.db.migrate import upgrade
from jambonz.db.tables import applications, webhooks
from jambonz.errors import Unprocessable

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "group.db"
    upgrade(f"sqlite:///{path}")
    return path


def committed_sids(path: Path) -> set[str]:
    """The webhooks another connection sees: what is committed."""
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT webhook_sid FROM webhooks")}


async def insert_hook(db: Database, sid: str, path: Path, seen: dict[str, bool]) -> None:
    async with db.write() as conn:
        await conn.execute(insert(webhooks).values(webhook_sid=sid, url="http://h/x"))
    # When write() returns, the change is committed: another connection sees it.
    seen[sid] = sid in committed_sids(path)


async def test_concurrent_writes_share_commits_and_return_once_committed(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:
        assert db._writer is not None
        seen: dict[str, bool] = {}
        sids = [f"w{n}" for n in range(40)]
        await asyncio.gather(*(insert_hook(db, sid, path, seen) for sid in sids))
        assert seen == dict.fromkeys(sids, True)
        assert committed_sids(path) == set(sids)
        # 40 transactions that came in together took far fewer commits.
        assert 1 <= db._writer.commits < len(sids) // 2, db._writer.commits
    finally:
        await db.dispose()


async def test_one_callers_error_rolls_back_its_own_changes_only(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:
        async with db.write() as conn:
            await conn.execute(insert(webhooks).values(webhook_sid="taken", url="http://h/x"))

        async def duplicate() -> None:
            async with db.write() as conn:
                await conn.execute(insert(webhooks).values(webhook_sid="dup-1", url="http://h/"))
                await conn.execute(insert(webhooks).values(webhook_sid="taken", url="http://h/"))

        seen: dict[str, bool] = {}
        good = [f"g{n}" for n in range(6)]
        results = await asyncio.gather(
            insert_hook(db, good[0], path, seen),
            insert_hook(db, good[1], path, seen),
            duplicate(),
            *(insert_hook(db, sid, path, seen) for sid in good[2:]),
            return_exceptions=True,
        )
        errors = [r for r in results if isinstance(r, BaseException)]
        assert len(errors) == 1 and isinstance(errors[0], Unprocessable), results
        assert "duplicate value" in str(errors[0])
        # The failed caller's first insert went with its savepoint; the others committed.
        assert committed_sids(path) == {"taken", *good}
        assert seen == dict.fromkeys(good, True)
    finally:
        await db.dispose()


async def test_a_failed_commit_fails_every_caller_of_the_group(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:

        async def dangling() -> None:
            # A deferred foreign key is checked at COMMIT: the whole group's commit fails.
            async with db.write() as conn:
                await conn.execute(text("PRAGMA defer_foreign_keys=ON"))
                await conn.execute(
                    insert(applications).values(
                        application_sid="a-1", name="x", account_sid="no-such-account"
                    )
                )

        seen: dict[str, bool] = {}
        results = await asyncio.gather(
            insert_hook(db, "before", path, seen),
            dangling(),
            insert_hook(db, "after", path, seen),
            return_exceptions=True,
        )
        assert all(isinstance(r, Unprocessable) for r in results), results
        assert committed_sids(path) == set()
        assert seen == {}
        # The writer goes on: the next transaction opens a new group.
        await insert_hook(db, "later", path, seen)
        assert seen == {"later": True}
    finally:
        await db.dispose()


def take_host_lock(db: Database, *, wait: bool = True) -> int | None:
    """Take the host's SQLite write lock as another process would (another open file);
    with `wait=False`, None when somebody holds it."""
    assert db._writer is not None and db._writer.host_lock.path is not None
    fd = os.open(db._writer.host_lock.path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


async def test_waiting_for_another_writer_does_not_block_the_event_loop(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:
        assert db._writer is not None
        fd = take_host_lock(db)
        assert fd is not None
        seen: dict[str, bool] = {}
        write = asyncio.create_task(insert_hook(db, "waited", path, seen))
        ticks = 0
        for _ in range(20):  # the loop keeps turning while the write waits for the lock
            await asyncio.sleep(0.005)
            ticks += 1
        assert ticks == 20 and not write.done()
        assert committed_sids(path) == set()
        os.close(fd)  # the other writer lets go
        await asyncio.wait_for(write, 10)
        assert seen == {"waited": True}
        assert db._writer.host_lock.waits == 1
    finally:
        await db.dispose()


async def test_a_cancelled_wait_never_keeps_or_breaks_the_lock(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:
        assert db._writer is not None
        fd = take_host_lock(db)
        assert fd is not None
        seen: dict[str, bool] = {}
        write = asyncio.create_task(insert_hook(db, "cancelled", path, seen))
        await asyncio.sleep(0.05)
        write.cancel()
        with pytest.raises(asyncio.CancelledError):
            await write
        os.close(fd)
        await asyncio.sleep(0.05)  # the abandoned wait gets the lock, then lets it go
        await asyncio.wait_for(insert_hook(db, "next", path, seen), 10)
        assert seen == {"next": True}
        assert committed_sids(path) == {"next"}
        # Nobody holds the lock now: another process could take it at once.
        other = take_host_lock(db, wait=False)
        assert other is not None
        os.close(other)
    finally:
        await db.dispose()


async def test_the_lock_is_held_until_the_group_commits(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:
        async with db.write() as conn:
            await conn.execute(insert(webhooks).values(webhook_sid="held", url="http://h/x"))
            assert take_host_lock(db, wait=False) is None  # inside the transaction: taken
        fd = take_host_lock(db, wait=False)  # committed: free again
        assert fd is not None
        os.close(fd)
    finally:
        await db.dispose()
