"""Prepared statements (jambonz/db/prepared.py) on both stores, through `Database`.

They must give rows with the same Python values as SQLAlchemy (datetimes, booleans, names
that are Python keywords), see the writes of their own transaction, and fail the way
SQLAlchemy statements fail, so that `Database` turns constraint violations into 422.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import pytest
import pytest_asyncio
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    insert,
    select,
)

from jambonz.db import Database
from jambonz.db.prepared import Prepared
from jambonz.db.urls import sync_url
from jambonz.errors import Unprocessable

pytestmark = pytest.mark.asyncio(loop_scope="session")

metadata = MetaData()
things = Table(
    "prepared_things",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("from", String(20), nullable=False),
    Column("flag", Boolean, nullable=False),
    Column("at", DateTime),
)
BY_FLAG = Prepared(select(things).where(things.c.flag == bindparam("flag")).order_by(things.c.id))
BY_ID = Prepared(select(things.c["from"], things.c.at).where(things.c.id == bindparam("id")))
INSERT = Prepared(insert(things).values(id=bindparam("id"), flag=True, at=None, **{"from": "x"}))


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def db(database_url: str) -> AsyncIterator[Database]:
    engine = create_engine(sync_url(database_url))
    metadata.create_all(engine)
    engine.dispose()
    database = Database(database_url)
    yield database
    await database.dispose()


async def test_rows_hold_sqlalchemys_python_values(db: Database) -> None:
    when = datetime(2026, 11, 28, 12, 30, 15, 250000)
    async with db.write() as conn:
        await conn.execute(
            insert(things),
            [
                {"id": 1, "from": "alice", "flag": True, "at": when},
                {"id": 2, "from": "bob", "flag": False, "at": None},
                {"id": 3, "from": "carol", "flag": True, "at": None},
            ],
        )
    async with db.read() as conn:
        rows = await BY_FLAG.all(conn, flag=True)
        none = await BY_ID.first(conn, id=99)
        bob = await BY_ID.first(conn, id=2)
    assert [r.id for r in rows] == [1, 3]
    assert getattr(rows[0], "from") == "alice" and rows[0].flag is True
    assert rows[0].at == when and isinstance(rows[0].at, datetime)
    assert rows[0]._mapping["from"] == "alice" and rows[0]._asdict()["id"] == 1
    assert none is None
    assert getattr(bob, "from") == "bob" and bob.at is None


async def test_a_write_sees_its_own_transaction_and_violations_are_422(db: Database) -> None:
    async with db.write() as conn:
        await INSERT.all(conn, id=10)
        seen = await BY_ID.first(conn, id=10)
    assert seen is not None and getattr(seen, "from") == "x"
    with pytest.raises(Unprocessable, match="duplicate value"):
        async with db.write() as conn:
            await INSERT.all(conn, id=11)
            await INSERT.all(conn, id=10)
    async with db.read() as conn:
        assert await BY_ID.first(conn, id=11) is None  # the whole transaction rolled back
