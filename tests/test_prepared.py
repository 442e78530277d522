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
from jambonz.db.prepared import Prepared, PreparedInsert
from jambonz.db.tables import DATETIME
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
    Column("at", DATETIME),
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


defaults = Table(
    "prepared_defaults",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False, default="plain"),
    Column("flag", Boolean, nullable=False, default=False),
    Column("at", DATETIME, nullable=False, default=lambda: datetime(2026, 1, 2, 3, 4, 5)),
    Column("note", String(20)),
)
INSERT_DEFAULTS = PreparedInsert(defaults)
ALL_DEFAULTS = Prepared(select(defaults).order_by(defaults.c.id))


async def test_a_prepared_insert_fills_defaults_as_sqlalchemy_does(db: Database) -> None:
    async with db.write() as conn:
        await INSERT_DEFAULTS.run(conn, {"id": 1})
        await conn.execute(insert(defaults), {"id": 2})  # SQLAlchemy's own, to compare
        await INSERT_DEFAULTS.run(conn, {"id": 3, "kind": "given", "flag": True, "note": "n"})
    async with db.read() as conn:
        first, second, third = await ALL_DEFAULTS.all(conn)
    assert first._asdict() == {**second._asdict(), "id": 1}
    assert (first.kind, first.flag, first.at, first.note) == (
        "plain",
        False,
        datetime(2026, 1, 2, 3, 4, 5),
        None,
    )
    assert (third.kind, third.flag, third.note) == ("given", True, "n")


async def test_a_prepared_insert_refuses_unknown_columns_and_bad_rows(db: Database) -> None:
    with pytest.raises(ValueError, match="unknown columns"):
        async with db.write() as conn:
            await INSERT_DEFAULTS.run(conn, {"id": 4, "nope": 1})
    async with db.write() as conn:
        await INSERT_DEFAULTS.run(conn, {"id": 41})
    with pytest.raises(Unprocessable, match="duplicate value"):
        async with db.write() as conn:
            await INSERT_DEFAULTS.run(conn, {"id": 41})
    async with db.write() as conn:
        await conn.execute(defaults.delete().where(defaults.c.id == 41))
    with pytest.raises(RuntimeError, match="outside"):
        async with db.read() as conn:
            await INSERT_DEFAULTS.run(conn, {"id": 5})


async def test_a_prepared_insert_makes_cached_reads_of_its_table_stale(db: Database) -> None:
    async with db.read() as conn:
        before = [row.id for row in await ALL_DEFAULTS.all(conn)]
    async with db.write() as conn:
        await INSERT_DEFAULTS.run(conn, {"id": 6})
    async with db.read() as conn:
        after = [row.id for row in await ALL_DEFAULTS.all(conn)]
    assert after == [*before, 6]


async def test_inserts_in_a_pipeline_land_together_or_fail_as_422(db: Database) -> None:
    """`conn.pipeline()` sends the block's inserts together on PostgreSQL (one round
    trip); a violation among them is still a 422 and rolls the whole transaction back."""
    async with db.write() as conn:
        async with conn.pipeline():
            await INSERT_DEFAULTS.run(conn, {"id": 20})
            await INSERT_DEFAULTS.run(conn, {"id": 21, "note": "piped"})
        seen = await ALL_DEFAULTS.all(conn)  # the transaction goes on after the block
    assert {row.id: row.note for row in seen if row.id >= 20} == {20: None, 21: "piped"}
    with pytest.raises(Unprocessable, match="duplicate value"):
        async with db.write() as conn, conn.pipeline():
            await INSERT_DEFAULTS.run(conn, {"id": 22})
            await INSERT_DEFAULTS.run(conn, {"id": 20})
    async with db.read() as conn:
        assert 22 not in {row.id for row in await ALL_DEFAULTS.all(conn)}
