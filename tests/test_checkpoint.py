"""SQLite WAL checkpoints run in a background thread (jambonz/db/checkpoint.py), never in
a request's commit."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from sqlalchemy import insert

from jambonz.db import Database
from jambonz.db.migrate import upgrade
from jambonz.db.tables import webhooks

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_the_thread_moves_committed_pages_into_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "ck.db"
    upgrade(f"sqlite:///{path}")
    db = Database(f"sqlite:///{path}")
    try:
        assert db._sqlite is not None and db._checkpointer is not None
        with db._sqlite.connect() as conn:  # the API's connections never checkpoint
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        size_before = os.path.getsize(path)
        for n in range(300):
            async with db.write() as conn:
                await conn.execute(insert(webhooks).values(webhook_sid=f"w{n}", url="u" * 900))

        async def grown() -> bool:  # 300 rows of ~1 kB reach the file without a close
            for _ in range(100):  # the file grows during the checkpoint, counted after it
                if (
                    os.path.getsize(path) >= size_before + 250_000
                    and db._checkpointer.checkpoints > 0
                ):
                    return True
                await asyncio.sleep(0.05)
            return False

        assert await grown(), (size_before, os.path.getsize(path))
        assert db._checkpointer.checkpoints > 0
    finally:
        await db.dispose()
    assert db._checkpointer._thread is None
