"""The async engine wrapper every service talks to.

`read()` gives a connection for queries; `write()` gives a connection inside one
transaction, so a request that changes several rows either changes all of them or none.
Integrity errors raised by the database (uniqueness, foreign keys) become `Unprocessable`
with a message naming the constraint, never a 500.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from jambonz.db.urls import async_url, is_sqlite
from jambonz.errors import Unprocessable

_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?P<cols>[\w., ]+)")
_PG_KEY_DETAIL = re.compile(r"Key \((?P<cols>[^)]*)\)=\((?P<vals>.*)\) already exists")


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


class Database:
    """One engine per process; cheap to share between requests."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = is_sqlite(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            # aiosqlite runs each connection in its own thread; a small pool is enough.
            kwargs["connect_args"] = {"timeout": 30}
            if ":memory:" in url or url.rstrip("/").endswith("sqlite:"):
                kwargs["poolclass"] = NullPool
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=False)
        self.engine: AsyncEngine = create_async_engine(async_url(url), **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        try:
            async with self.engine.connect() as conn:
                yield conn
        except StatementError as exc:
            raise _translate(exc) from None

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        try:
            async with self.engine.connect() as conn:
                if self.is_sqlite:
                    await conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
                async with conn.begin():
                    yield conn
        except StatementError as exc:
            raise _translate(exc) from None

    async def dispose(self) -> None:
        await self.engine.dispose()


def _configure_sqlite(engine: AsyncEngine) -> None:
    """WAL, foreign keys and explicit BEGINs (IMMEDIATE for writes, so that concurrent
    writers queue on the busy timeout instead of failing on a lock upgrade)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))
