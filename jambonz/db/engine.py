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
from contextlib import asynccontextmanager
from typing import Any, Protocol

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.engine import Engine, Result
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import StaticPool

from jambonz.db.urls import async_url, is_sqlite, sync_url
from jambonz.errors import Unprocessable

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<cols>[\w., ]+)")
_PG_KEY_DETAIL = re.compile(r"Key \((?P<cols>[^)]*)\)=\((?P<vals>.*)\) already exists")
SQLITE_BUSY_TIMEOUT_MS = 30000


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


class Database:
    """One per process; cheap to share between requests."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = is_sqlite(url)
        self.engine: AsyncEngine | None = None
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
            self.engine = create_async_engine(
                async_url(url), echo=echo, pool_size=10, max_overflow=20
            )

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Any]:
        try:
            if self._sqlite is not None:
                yield _SqliteConn(self._read_connection())
            else:
                assert self.engine is not None
                async with self.engine.connect() as conn:
                    yield conn
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
