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
  is far cheaper than the thread hop. The write transactions of a process that come in
  together share one SQLite transaction, each in a savepoint, and commit as a group; the
  processes of the host take turns by an `flock` (jambonz/db/sqlite_writer.py).

Every write notes the tables it changes; when the transaction ends, the read cache's change
counters of those tables move on (jambonz/db/cache.py).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any, Protocol

import asyncmy.errors
import psycopg
import pymysql.err
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.engine import Engine, Result
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeout
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.dml import Delete, UpdateBase
from sqlalchemy.sql.selectable import SelectBase

from jambonz.config import runtime_dir
from jambonz.db.cache import (
    DEFAULT_TTL,
    DELETED,
    EVERY_TABLE,
    ChangeCounters,
    ReadCache,
    host_file,
)
from jambonz.db.checkpoint import Checkpointer
from jambonz.db.file_mode import secure_sqlite_file
from jambonz.db.sqlite_writer import HostWriterLock, SqliteWriter
from jambonz.db.tables import metadata
from jambonz.db.urls import async_url, identity, is_mysql, is_sqlite, libpq_url, sync_url
from jambonz.errors import Unavailable, Unprocessable

log = logging.getLogger("jambonz.db")

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<cols>[\w., ]+)")
_PG_KEY_DETAIL = re.compile(r"Key \((?P<cols>[^)]*)\)=\((?P<vals>.*)\) already exists")
_MYSQL_DUPLICATE = re.compile(r"Duplicate entry '.*' for key '(?:\w+\.)?(?P<key>[^']+)'")
SQLITE_BUSY_TIMEOUT_MS = 30000
POOL_LIMIT = 8
# Seconds a request waits for a connection of a full (or unreachable) PostgreSQL pool
# before it is answered 503.
POOL_TIMEOUT = 10


def duplicate_columns(exc: IntegrityError) -> str | None:
    """The columns of the unique key a write collided with (`"name"`, `"account_sid,
    name"`), as each store says it: SQLite names the columns, PostgreSQL the key's values,
    MySQL the key. None for any other violation."""
    text = str(exc.orig)
    if match := _SQLITE_UNIQUE.search(text):
        return ", ".join(c.strip().split(".")[-1] for c in match.group("cols").split(","))
    diag = getattr(exc.orig, "diag", None)
    detail = getattr(diag, "message_detail", None) or ""
    if match := _PG_KEY_DETAIL.search(detail):
        return match.group("cols")
    if match := _MYSQL_DUPLICATE.search(text):
        return _key_columns(match["key"])
    return None


def integrity_message(exc: IntegrityError) -> str:
    """A client-facing message for a constraint violation, for any store."""
    if (columns := duplicate_columns(exc)) is not None:
        return f"duplicate value: another row already has the same {columns}"
    text = str(exc.orig)
    if "FOREIGN KEY" in text.upper() or "foreign key" in text:
        return "the change refers to a resource that does not exist or is still in use"
    return "the change violates a database constraint"


def _key_columns(key: str) -> str:
    """The columns of a MySQL unique key, from its name: the key names them itself when
    the table was made from this server's metadata (`uq_<table>_<column>...`, or the
    column's own name for a single-column UNIQUE)."""
    for table in metadata.tables.values():
        for constraint in table.constraints:
            if constraint.name == key:
                return ", ".join(column.name for column in constraint.columns)
        for index in table.indexes:
            if index.name == key:
                return ", ".join(column.name for column in index.columns)
    return key


# SQLite's errors that mean "not now" rather than a fault of the request or of our SQL.
_SQLITE_UNAVAILABLE = ("database is locked", "database is busy", "disk i/o error", "unable to open")
UNAVAILABLE = "the database is unavailable; retry"
_NOT_NOW = (
    PoolTimeout,
    SQLAlchemyTimeout,
    psycopg.OperationalError,
    sqlite3.OperationalError,
    asyncmy.errors.OperationalError,
    pymysql.err.OperationalError,
)
_DATABASE_ERRORS = (StatementError, *_NOT_NOW)


def _unavailable(exc: BaseException) -> bool:
    """True for a database that cannot be reached or answer in time: PostgreSQL down or
    restarting, every connection of a pool busy past its timeout, SQLite locked by another
    program past the busy timeout."""
    if isinstance(exc, sqlite3.OperationalError):
        return str(exc).lower().startswith(_SQLITE_UNAVAILABLE)
    if isinstance(exc, _NOT_NOW):
        return True
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return _unavailable(exc.orig)
    return False


def _translate(exc: Exception) -> Exception:
    """Map the errors a client's data can provoke to 4xx, an unreachable database to 503;
    anything else is returned as it is (a fault to fix: a 500)."""
    if _unavailable(exc):
        log.warning("database unavailable: %s", exc)
        return Unavailable(UNAVAILABLE)
    if isinstance(exc, IntegrityError):
        return Unprocessable(integrity_message(exc))
    if isinstance(exc, DataError) or isinstance(
        getattr(exc, "orig", None), UnicodeError | ValueError
    ):
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


def note_write(touched: set[str], statement: Any) -> None:
    """Add the tables `statement` may change to a write transaction's `touched`."""
    if isinstance(statement, Delete):
        touched.add(DELETED + statement.table.name)
    elif isinstance(statement, UpdateBase):
        touched.add(statement.table.name)
    elif not isinstance(statement, SelectBase):  # text, DDL: tables unknown
        touched.add(EVERY_TABLE)


class _SqliteConn:
    """A synchronous SQLAlchemy connection behind the async `execute` services await.
    In a write transaction, `touched` collects the tables its statements change."""

    __slots__ = ("_conn", "cache", "dialect", "touched")

    def __init__(
        self, conn: Connection, cache: ReadCache | None = None, touched: set[str] | None = None
    ) -> None:
        self._conn = conn
        self.dialect = conn.dialect
        self.cache = cache
        self.touched = touched

    def driver(self) -> Any:
        """The `sqlite3.Connection` underneath (for `Prepared` statements)."""
        return self._conn.connection.driver_connection

    @asynccontextmanager
    async def pipeline(self) -> AsyncIterator[None]:
        """Nothing to batch: SQLite statements do not travel (see `_PgWriteConn`)."""
        yield

    async def execute(self, statement: Any, parameters: Any = None) -> Result[Any]:
        if self.touched is not None:
            note_write(self.touched, statement)
        if parameters is None:
            return self._conn.execute(statement)
        return self._conn.execute(statement, parameters)


class _AsyncWriteConn:
    """A transaction's connection on a server database (PostgreSQL, MySQL); `touched`
    collects the tables it changes."""

    __slots__ = ("_conn", "dialect", "touched")

    def __init__(self, conn: AsyncConnection, touched: set[str]) -> None:
        self._conn = conn
        self.dialect = conn.dialect
        self.touched = touched

    async def execute(self, statement: Any, parameters: Any = None) -> Result[Any]:
        note_write(self.touched, statement)
        if parameters is None:
            return await self._conn.execute(statement)
        return await self._conn.execute(statement, parameters)

    @asynccontextmanager
    async def pipeline(self) -> AsyncIterator[None]:
        """Nothing to batch on MySQL (see `_PgWriteConn`)."""
        yield


class _PgWriteConn(_AsyncWriteConn):
    """A PostgreSQL transaction's connection, with psycopg's pipeline and its own
    connection for `Prepared` statements."""

    __slots__ = ("_raw",)

    def __init__(self, conn: AsyncConnection, touched: set[str]) -> None:
        super().__init__(conn, touched)
        self._raw: Any = None

    @asynccontextmanager
    async def pipeline(self) -> AsyncIterator[None]:
        """Send the statements of the block together and read their answers once, when it
        ends (psycopg's pipeline mode): one round trip for several INSERTs instead of one
        each. Only for `Prepared` writes whose results nobody reads inside the block; an
        error of any of them is raised when the block ends, as SQLAlchemy would raise it."""
        raw = await self.driver_async()
        try:
            async with raw.pipeline():
                yield
        except psycopg.Error as exc:
            raise DBAPIError.instance(None, None, exc, Exception) from exc

    async def driver_async(self) -> Any:
        """The transaction's `psycopg.AsyncConnection` (for `Prepared` statements)."""
        if self._raw is None:
            self._raw = (await self._conn.get_raw_connection()).driver_connection
        return self._raw


class _AsyncReadConn:
    """A read on a server database: SQLAlchemy statements (and, on MySQL, `Prepared` ones)
    run on a connection of the autocommit engine, checked out only when first used and
    returned when the read ends."""

    __slots__ = ("_db", "_sa", "_stack", "cache", "dialect", "touched")

    def __init__(self, db: Database, stack: AsyncExitStack) -> None:
        self._db = db
        self._stack = stack
        self.cache = db.cache
        self.touched = None
        self._sa: Any = None
        assert db._autocommit is not None
        self.dialect = db._autocommit.dialect

    async def execute(self, statement: Any, parameters: Any = None) -> Result[Any]:
        if self._sa is None:
            assert self._db._autocommit is not None
            self._sa = await self._stack.enter_async_context(self._db._autocommit.connect())
        if parameters is None:
            return await self._sa.execute(statement)
        return await self._sa.execute(statement, parameters)


class _PgReadConn(_AsyncReadConn):
    """A read on PostgreSQL: `Prepared` statements run on a connection of the psycopg
    pool, checked out when first used."""

    __slots__ = ("_raw",)

    def __init__(self, db: Database, stack: AsyncExitStack) -> None:
        super().__init__(db, stack)
        self._raw: Any = None

    async def driver_async(self) -> Any:
        """The `psycopg.AsyncConnection` for `Prepared` statements."""
        if self._raw is None:
            assert self._db._pool is not None
            self._raw = await self._stack.enter_async_context(self._db._pool.connection())
        return self._raw


class Database:
    """One per process; cheap to share between requests.

    `cache_seconds` is the longest a cached read may live (jambonz/db/cache.py); 0 keeps
    no cache. Every write tells the change counters this host's processes share which
    tables it changed, whether this process caches or not.
    """

    def __init__(self, url: str, *, echo: bool = False, cache_seconds: float = DEFAULT_TTL) -> None:
        self.url = url
        self.cache_seconds = cache_seconds
        self.is_sqlite = is_sqlite(url)
        self.is_mysql = is_mysql(url)
        key = identity(url)
        here = runtime_dir() if key is not None else None
        self.counters = ChangeCounters(None if here is None else host_file(key, "changes", here))
        host_lock = HostWriterLock(
            host_file(key, "writer", here) if here is not None and self.is_sqlite else None
        )
        self._cache = ReadCache(self.counters, metadata, cache_seconds)
        # Told the tables of each write, after the host's counters moved on: with Redis,
        # the announcement to the other instances (jambonz/cache_broadcast.py).
        self.on_changed: Callable[[set[str]], None] | None = None
        self.cache: ReadCache | None = self._cache if cache_seconds > 0 else None
        self.engine: AsyncEngine | None = None
        self._autocommit: AsyncEngine | None = None
        self._pool: AsyncConnectionPool | None = None
        self._sqlite: Engine | None = None
        self._reader: Connection | None = None
        self._writer: SqliteWriter | None = None
        self._checkpointer: Checkpointer | None = None
        if self.is_sqlite:
            secure_sqlite_file(url)
            self._sqlite = create_engine(
                sync_url(url),
                echo=echo,
                poolclass=StaticPool if _in_memory(url) else None,
                connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                pool_reset_on_return=None,
            )
            _configure_sqlite(self._sqlite)
            database = self._sqlite.url.database
            self._checkpointer = None if _in_memory(url) or not database else Checkpointer(database)
            self._writer = SqliteWriter(
                self._sqlite.connect,
                host_lock,
                committed=None if self._checkpointer is None else self._checkpointer.committed,
                # An in-memory database has one connection, shared with the reads.
                grouped=not _in_memory(url),
            )
        else:
            # Connections per worker process: at most POOL_LIMIT in each of the three pools
            # below (writes, SQLAlchemy reads, prepared reads), so that 4 workers stay
            # under PostgreSQL's default max_connections of 100.
            pooled: dict[str, Any] = {
                "echo": echo,
                "pool_size": POOL_LIMIT // 2,
                "max_overflow": POOL_LIMIT // 2,
                "pool_timeout": POOL_TIMEOUT,
            }
            # A connection the server closed (a restart, MySQL's wait_timeout) is found
            # out on checkout and replaced, rather than failing the request that would
            # use it: a database restart costs the requests in flight, no more.
            pooled["pool_pre_ping"] = True
            if self.is_mysql:
                pooled["pool_recycle"] = 3600
            self.engine = create_async_engine(async_url(url), **pooled)
            # Reads run in autocommit: one round trip per query, instead of BEGIN, the
            # query, and the ROLLBACK that returning the connection to the pool sends.
            # Its own pool, so connections never switch modes on checkout.
            self._autocommit = create_async_engine(
                async_url(url), isolation_level="AUTOCOMMIT", **pooled
            )
            # Prepared statements of reads run on psycopg's own pool: a checkout through
            # SQLAlchemy's async pool costs about 250 µs of CPU, psycopg_pool's about 100.
            self._pool = (
                None
                if self.is_mysql
                else AsyncConnectionPool(
                    libpq_url(url),
                    min_size=2,
                    max_size=POOL_LIMIT,
                    kwargs={"autocommit": True},
                    # checked on checkout, as the pools above (pool_pre_ping)
                    check=AsyncConnectionPool.check_connection,
                    open=False,
                    name="jambonz-read",
                    timeout=POOL_TIMEOUT,
                )
            )

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Any]:
        try:
            if self._sqlite is not None:
                yield _SqliteConn(self._read_connection(), self.cache)
            elif self.is_mysql:
                async with AsyncExitStack() as stack:
                    yield _AsyncReadConn(self, stack)
            else:
                assert self._pool is not None
                await self._pool.open()
                async with AsyncExitStack() as stack:
                    yield _PgReadConn(self, stack)
        except _DATABASE_ERRORS as exc:
            translated = _translate(exc)
            if translated is exc:
                raise
            raise translated from None

    @asynccontextmanager
    async def write(self, *, invalidates: bool = True) -> AsyncIterator[Any]:
        """One transaction. Once it has ended, the change counters of the tables it wrote
        to move on, so no process of this host serves a cached read from before it.
        `invalidates=False` is only for a change no cached read depends on (a key's
        `last_used`, which no cached read returns), so that it voids nothing."""
        touched: set[str] = set()
        try:
            if self._writer is not None:
                async with self._writer.transaction() as conn:
                    yield _SqliteConn(conn, touched=touched)
            else:
                assert self.engine is not None
                async with self.engine.connect() as conn, conn.begin():
                    yield (_AsyncWriteConn if self.is_mysql else _PgWriteConn)(conn, touched)
        except _DATABASE_ERRORS as exc:
            translated = _translate(exc)
            if translated is exc:
                raise
            raise translated from None
        finally:
            # Also after a failed commit: a needless change of counters costs a miss only.
            if touched and invalidates:
                self._cache.changed(touched)
                if self.on_changed is not None:
                    self.on_changed(touched)

    def apply_changes(self, tables: set[str]) -> None:
        """Another instance wrote to `tables` (jambonz/cache_broadcast.py): this host's
        cached reads and keys of them are served no more."""
        self._cache.changed(tables)

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
        if self._writer is not None:
            await self._writer.close()
        if self._sqlite is not None:
            self._sqlite.dispose()
        if self.engine is not None:
            await self.engine.dispose()
        if self._autocommit is not None:
            await self._autocommit.dispose()
        if self._pool is not None:
            await self._pool.close()
        self._cache.clear()
        if self._checkpointer is not None:
            self._checkpointer.stop()


def _in_memory(url: str) -> bool:
    return ":memory:" in url or url.rstrip("/").endswith("sqlite:")


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys and explicit BEGINs (sqlite3's own are off): none for reads (each
    statement is its own transaction, so every query sees the latest committed data),
    `BEGIN IMMEDIATE` for writes (jambonz/db/sqlite_writer.py), so that a writer takes
    the lock before it reads instead of failing on a lock upgrade."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Checkpoints run in a thread of their own (jambonz/db/checkpoint.py), not in the
        # commit of whichever request crosses the threshold.
        cursor.execute("PRAGMA wal_autocheckpoint=0")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()
