"""The database wrapper every service talks to.

`read()` gives a connection for queries; `write()` gives a connection inside one
transaction, so a request that changes several rows either changes all of them or none.
Integrity errors raised by the database (uniqueness, foreign keys) become `Unprocessable`
with a message naming the constraint, never a 500.

How each store is reached was measured (`make bench`, and a query loop on this machine):

- **PostgreSQL** is network I/O, so it goes through SQLAlchemy's AsyncEngine on psycopg 3
  and never blocks the event loop.
- **SQLite** is a local file. Through aiosqlite each statement costs a round trip to a
  helper thread (about 1 ms per query under load), while the same query run directly by
  sqlite3 takes 10-20 µs. So SQLite statements run synchronously on the event loop, which
  is far cheaper than the thread hop. Writers are serialised in-process by an asyncio
  lock before `BEGIN IMMEDIATE`, so a transaction that awaits in the middle never makes
  another coroutine of this process wait on SQLite's file lock (which would block the
  loop); only another process's writer can make `BEGIN IMMEDIATE` wait, briefly, on the
  busy timeout.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any, Protocol

from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.engine import Engine, Result
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import StaticPool

from jambonz.db.urls import async_url, is_sqlite, libpq_url, sync_url
from jambonz.errors import Unprocessable

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<cols>[\w., ]+)")
_PG_KEY_DETAIL = re.compile(r"Key \((?P<cols>[^)]*)\)=\((?P<vals>.*)\) already exists")
SQLITE_BUSY_TIMEOUT_MS = 30000
POOL_LIMIT = 8


def integrity_message(exc: IntegrityError) -> str:
    """A client-facing message for a constraint violation, for either database."""
    text = str(exc.orig)
    if match := _SQLITE_UNIQUE.search(text):
        cols = ", ".join(c.strip().split(".")[-1] for c in match.group("cols").split(","))
        return f"duplicate value: another row already has the same {cols}"
    diag = getattr(exc.orig, "diag", None)
    detail = getattr(diag, "message_detail", None) or ""
    if match := _PG_KEY_DETAIL.search(detail):
        return f"duplicate value: another row already has the same {match.group('cols')}"
    if "FOREIGN KEY" in text.upper() or "foreign key" in text:
        return "the change refers to a resource that does not exist or is still in use"
    return "the change violates a database constraint"


def _translate(exc: StatementError) -> Exception:
    """Map the errors a client's data can provoke to 4xx; re-raise everything else."""
    if isinstance(exc, IntegrityError):
        return Unprocessable(integrity_message(exc))
    if isinstance(exc, DataError) or isinstance(exc.orig, UnicodeError | ValueError):
        # Schema-valid data the database refuses (a NUL character in PostgreSQL text, a
        # number out of the column's range): a rule the schema cannot express, so 422.
        return Unprocessable(
            "a value in the request cannot be stored (NUL or invalid characters, or out of range)"
        )
    return exc


class Conn(Protocol):
    """What services use of a connection: `await conn.execute(statement)`, `conn.dialect`."""

    dialect: Any

    async def execute(self, statement: Any, parameters: Any = None) -> Result[Any]: ...


class _SqliteConn:
    """A synchronous SQLAlchemy connection behind the async `execute` services await."""

    __slots__ = ("_conn", "dialect")

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.dialect = conn.dialect

    def driver(self) -> Any:
        """The `sqlite3.Connection` underneath (for `Prepared` statements)."""
        return self._conn.connection.driver_connection

    async def execute(self, statement: Any, parameters: Any = None) -> Result[Any]:
        if parameters is None:
            return self._conn.execute(statement)
        return self._conn.execute(statement, parameters)


class _PgReadConn:
    """A read on PostgreSQL. SQLAlchemy statements run on a connection of the autocommit
    engine, `Prepared` ones on a connection of the psycopg pool; each is checked out only
    when first used, and returned when the read ends."""

    __slots__ = ("_db", "_raw", "_sa", "_stack", "dialect")

    def __init__(self, db: Database, stack: AsyncExitStack) -> None:
        self._db = db
        self._stack = stack
        self._sa: Any = None
        self._raw: Any = None
        assert db._autocommit is not None
        self.dialect = db._autocommit.dialect

    async def execute(self, statement: Any, parameters: Any = None) -> Result[Any]:
        if self._sa is None:
            assert self._db._autocommit is not None
            self._sa = await self._stack.enter_async_context(self._db._autocommit.connect())
        if parameters is None:
            return await self._sa.execute(statement)
        return await self._sa.execute(statement, parameters)

    async def driver_async(self) -> Any:
        """The `psycopg.AsyncConnection` for `Prepared` statements."""
        if self._raw is None:
            assert self._db._pool is not None
            self._raw = await self._stack.enter_async_context(self._db._pool.connection())
        return self._raw


class Database:
    """One per process; cheap to share between requests."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = is_sqlite(url)
        self.engine: AsyncEngine | None = None
        self._autocommit: AsyncEngine | None = None
        self._pool: AsyncConnectionPool | None = None
        self._sqlite: Engine | None = None
        self._reader: Connection | None = None
        self._write_lock: asyncio.Lock | None = None
        if self.is_sqlite:
            self._sqlite = create_engine(
                sync_url(url),
                echo=echo,
                poolclass=StaticPool if _in_memory(url) else None,
                connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                pool_reset_on_return=None,
            )
            _configure_sqlite(self._sqlite)
        else:
            # Connections per worker process: at most POOL_LIMIT in each of the three pools
            # below (writes, SQLAlchemy reads, prepared reads), so that 4 workers stay
            # under PostgreSQL's default max_connections of 100.
            self.engine = create_async_engine(
                async_url(url), echo=echo, pool_size=POOL_LIMIT // 2, max_overflow=POOL_LIMIT // 2
            )
            # Reads run in autocommit: one round trip per query, instead of BEGIN, the
            # query, and the ROLLBACK that returning the connection to the pool sends.
            # Its own pool, so connections never switch modes on checkout.
            self._autocommit = create_async_engine(
                async_url(url),
                echo=echo,
                pool_size=POOL_LIMIT // 2,
                max_overflow=POOL_LIMIT // 2,
                isolation_level="AUTOCOMMIT",
            )
            # Prepared statements of reads run on psycopg's own pool: a checkout through
            # SQLAlchemy's async pool costs about 250 µs of CPU, psycopg_pool's about 100.
            self._pool = AsyncConnectionPool(
                libpq_url(url),
                min_size=2,
                max_size=POOL_LIMIT,
                kwargs={"autocommit": True},
                open=False,
                name="jambonz-read",
            )

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Any]:
        try:
            if self._sqlite is not None:
                yield _SqliteConn(self._read_connection())
            else:
                assert self._pool is not None
                await self._pool.open()
                async with AsyncExitStack() as stack:
                    yield _PgReadConn(self, stack)
        except StatementError as exc:
            raise _translate(exc) from None

    @asynccontextmanager
    async def write(self) -> AsyncIterator[Any]:
        try:
            if self._sqlite is not None:
                if self._write_lock is None:
                    self._write_lock = asyncio.Lock()
                async with self._write_lock:
                    with self._sqlite.connect() as conn:
                        conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
                        with conn.begin():
                            yield _SqliteConn(conn)
            else:
                assert self.engine is not None
                async with self.engine.connect() as conn, conn.begin():
                    yield conn
        except StatementError as exc:
            raise _translate(exc) from None

    def _read_connection(self) -> Connection:
        """One long-lived autocommit connection serves every read of this process: each
        statement runs to completion before the loop moves on, and WAL lets it read while
        another connection writes."""
        if self._reader is None or self._reader.closed:
            assert self._sqlite is not None
            self._reader = self._sqlite.connect()
        return self._reader

    async def dispose(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._sqlite is not None:
            self._sqlite.dispose()
        if self.engine is not None:
            await self.engine.dispose()
        if self._autocommit is not None:
            await self._autocommit.dispose()
        if self._pool is not None:
            await self._pool.close()


def _in_memory(url: str) -> bool:
    return ":memory:" in url or url.rstrip("/").endswith("sqlite:")


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys and explicit BEGINs: none for reads (each statement is its own
    transaction), `BEGIN IMMEDIATE` for writes, so that concurrent writers of other
    processes queue on the busy timeout instead of failing on a lock upgrade."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Only writes open a transaction; the reader stays in SQLite's autocommit mode so
        # that every query sees the latest committed data.
        begin = conn.get_execution_options().get("sqlite_begin")
        if begin:
            conn.exec_driver_sql(begin)
