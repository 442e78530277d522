"""Statements compiled once and run on the database driver directly, for the hottest reads.

Running a SQLAlchemy Core statement costs far more than the database's own work: building
the statement, computing its cache key, setting up the execution context and the result
(about 140 µs per query on this machine, against 10-20 µs for SQLite itself; see
`make bench`). For the reads every request of a hot path makes, a `Prepared` statement is
built once from SQLAlchemy Core (with `bindparam`s for what varies), compiled once per
dialect, and then executed on the driver's own connection (`sqlite3`, `psycopg`), with
SQLAlchemy's own bind and result processors applied so that rows hold the same Python
values as through SQLAlchemy (datetimes, booleans).

The connection is still the one `Database.read()`/`write()` gives, so transactions and
error translation are unchanged. Only statements with named `bindparam`s and plain values
are supported (no expanding IN lists); anything else stays on SQLAlchemy.
"""

from __future__ import annotations

import keyword
import operator
import sqlite3
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positional: tuple[str, ...] | None
    defaults: dict[str, Any]
    binds: dict[str, Callable[[Any], Any]]
    results: tuple[Callable[[Any], Any] | None, ...]
    row: Any


class Prepared:
    """One statement, compiled lazily for each dialect it meets."""

    __slots__ = ("_by_dialect", "statement")

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def _compile(self, dialect: Any) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        keys = [entry[0] for entry in compiled._result_columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate column names in a prepared statement: {keys}")
        positional = tuple(compiled.positiontup) if compiled.positional else None
        return _Compiled(
            sql=str(compiled),
            positional=positional,
            defaults={
                name: bind.effective_value
                for name, bind in compiled.binds.items()
                if not bind.required
            },
            binds={k: v for k, v in compiled._bind_processors.items() if v is not None},
            results=tuple(
                entry[3]._cached_result_processor(dialect, None)
                for entry in compiled._result_columns
            ),
            row=_row_class(keys),
        )

    def _for(self, dialect: Any) -> _Compiled:
        compiled = self._by_dialect.get(dialect.name)
        if compiled is None:
            compiled = self._by_dialect[dialect.name] = self._compile(dialect)
        return compiled

    async def all(self, conn: Any, **params: Any) -> list[Any]:
        """Every row, as named tuples with SQLAlchemy's Python values."""
        c = self._for(conn.dialect)
        values = {**c.defaults, **params} if c.defaults else params
        for name, process in c.binds.items():
            values[name] = process(values[name])
        raw = values if c.positional is None else tuple(values[n] for n in c.positional)
        try:
            rows = await _run(conn, c.sql, raw)
        except (sqlite3.Error, psycopg.Error) as exc:
            # As SQLAlchemy would raise it, so that `Database` translates it the same way.
            raise DBAPIError.instance(c.sql, raw, exc, Exception) from exc
        make = c.row._make
        results = c.results
        if not any(results):
            return [make(row) for row in rows]
        return [
            make([v if p is None or v is None else p(v) for p, v in zip(results, row, strict=True)])
            for row in rows
        ]

    async def first(self, conn: Any, **params: Any) -> Any | None:
        rows = await self.all(conn, **params)
        return rows[0] if rows else None


def _row_class(keys: list[str]) -> Any:
    """A named tuple with the part of SQLAlchemy's `Row` API services use: attributes (also
    for names that are Python keywords, such as `from`), `_asdict()` and `_mapping`."""
    fields = [
        k if k.isidentifier() and not keyword.iskeyword(k) else f"c{i}" for i, k in enumerate(keys)
    ]
    base = namedtuple("PreparedRow", fields)  # type: ignore[misc]
    names = tuple(keys)

    class Row(base):  # type: ignore[valid-type,misc]
        __slots__ = ()

        def _asdict(self) -> dict[str, Any]:
            return dict(zip(names, self, strict=True))

        @property
        def _mapping(self) -> dict[str, Any]:
            return self._asdict()

    for i, (key, field) in enumerate(zip(keys, fields, strict=True)):
        if key != field:
            setattr(Row, key, property(operator.itemgetter(i)))
    return Row


async def _run(conn: Any, sql: str, params: Any) -> list[tuple[Any, ...]]:
    if isinstance(conn, AsyncConnection) or hasattr(conn, "driver_async"):
        if isinstance(conn, AsyncConnection):  # a write: its transaction's connection
            driver = (await conn.get_raw_connection()).driver_connection
        else:
            driver = await conn.driver_async()
        async with driver.cursor() as cursor:
            await cursor.execute(sql, params)
            return await cursor.fetchall() if cursor.description is not None else []
    cursor = conn.driver().execute(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()
