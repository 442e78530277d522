"""Statements compiled once and run on the database driver directly, for the hottest reads.

Running a SQLAlchemy Core statement costs far more than the database's own work: building
the statement, computing its cache key, setting up the execution context and the result
(about 140 µs per query on this machine, against 10-20 µs for SQLite itself; see
`make bench`). For the reads every request of a hot path makes, a `Prepared` statement is
built once from SQLAlchemy Core (with `bindparam`s for what varies), compiled once per
dialect, and then executed on the driver's own connection (`sqlite3`, `psycopg`; on MySQL
through SQLAlchemy still), with
SQLAlchemy's own bind and result processors applied so that rows hold the same Python
values as through SQLAlchemy (datetimes, booleans).

The connection is still the one `Database.read()`/`write()` gives, so transactions and
error translation are unchanged. A read (not inside a write transaction) is answered from
the read cache when its tables have not changed since (jambonz/db/cache.py). Only
statements with named `bindparam`s and plain (hashable) values are supported (no expanding
IN lists); anything else stays on SQLAlchemy.
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
from sqlalchemy import Table, bindparam, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.dml import Delete, UpdateBase
from sqlalchemy.sql.util import find_tables

from jambonz.db.cache import DELETED, slot_of


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positional: tuple[str, ...] | None
    defaults: dict[str, Any]
    binds: dict[str, Callable[[Any], Any]]
    results: tuple[Callable[[Any], Any] | None, ...]
    row: Any
    returns_rows: bool  # a SELECT, or DML with RETURNING


class Prepared:
    """One statement, compiled lazily for each dialect it meets."""

    __slots__ = ("_by_dialect", "_slots", "_writes", "statement")

    def __init__(self, statement: ClauseElement, *, cache: bool = True) -> None:
        """`cache=False` for a read whose parameters rarely repeat (a time window): its
        results would only crowd the read cache."""
        self.statement = statement
        self._by_dialect: dict[str, _Compiled] = {}
        # The change counters a cached result of this read depends on (none for a write).
        tables = {
            t.name for t in find_tables(statement, include_aliases=True) if isinstance(t, Table)
        }
        self._writes = (
            (DELETED if isinstance(statement, Delete) else "") + statement.table.name
            if isinstance(statement, UpdateBase)
            else None
        )
        self._slots = (
            ()
            if isinstance(statement, UpdateBase) or not cache
            else tuple(sorted({slot_of(t) for t in tables}))
        )

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
            returns_rows=bool(keys),
        )

    def _for(self, dialect: Any) -> _Compiled:
        compiled = self._by_dialect.get(dialect.name)
        if compiled is None:
            compiled = self._by_dialect[dialect.name] = self._compile(dialect)
        return compiled

    async def all(self, conn: Any, **params: Any) -> list[Any]:
        """Every row, as named tuples with SQLAlchemy's Python values."""
        cache = getattr(conn, "cache", None)
        if cache is None or not self._slots:
            return await self._execute(conn, params)
        key = (self, *sorted(params.items()))
        stamp = cache.stamp(self._slots)  # before the query: see jambonz/db/cache.py
        rows = cache.get(key, stamp)
        if rows is None:
            rows = await self._execute(conn, params)
            cache.put(key, stamp, rows)
        return list(rows)

    async def _execute(self, conn: Any, params: dict[str, Any]) -> list[Any]:
        if not hasattr(conn, "driver") and not hasattr(conn, "driver_async"):
            # MySQL: its drivers' own cursors are no cheaper than SQLAlchemy's path by much
            # (bench/mysql_drivers.py), so the statement runs through SQLAlchemy.
            if self._writes is not None and getattr(conn, "touched", None) is None:
                raise RuntimeError("a prepared write outside a Database.write() transaction")
            result = await conn.execute(self.statement, params)
            return list(result.all()) if result.returns_rows else []
        c = self._for(conn.dialect)
        values = {**c.defaults, **params} if c.defaults else params
        for name, process in c.binds.items():
            values[name] = process(values[name])
        raw = values if c.positional is None else tuple(values[n] for n in c.positional)
        if self._writes is not None:
            # As `Database.write()` notes SQLAlchemy statements: the read cache must forget
            # this table once the transaction ends.
            touched = getattr(conn, "touched", None)
            if touched is None:
                raise RuntimeError("a prepared write outside a Database.write() transaction")
            touched.add(self._writes)
        try:
            rows = await _run(conn, c.sql, raw, c.returns_rows)
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


class PreparedInsert:
    """An INSERT of one row naming every column, compiled once: a column the row leaves out
    gets its Python-side default, as SQLAlchemy's `insert(table)` would give it (the tables
    have no server-side defaults), or NULL. Unknown names are refused, as SQLAlchemy does."""

    __slots__ = ("_defaults", "_names", "_prepared", "table")

    def __init__(self, table: Table) -> None:
        if any(column.server_default is not None for column in table.c):
            raise ValueError(f"{table.name} has server-side defaults: use SQLAlchemy")
        self.table = table
        self._names = frozenset(column.name for column in table.c)
        self._defaults = {
            column.name: column.default for column in table.c if column.default is not None
        }
        if not all(d.is_scalar or d.is_callable for d in self._defaults.values()):
            raise ValueError(f"{table.name} has SQL expression defaults: use SQLAlchemy")
        self._prepared = Prepared(
            insert(table).values({column.name: bindparam(column.name) for column in table.c})
        )

    async def run(self, conn: Any, values: dict[str, Any]) -> None:
        """Insert `values` inside the transaction of `conn` (a `Database.write()`)."""
        if unknown := values.keys() - self._names:
            raise ValueError(f"unknown columns of {self.table.name}: {sorted(unknown)}")
        row = dict.fromkeys(self._names)
        for name, default in self._defaults.items():
            if name not in values:
                row[name] = default.arg(None) if default.is_callable else default.arg
        row.update(values)
        await self._prepared.all(conn, **row)


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


async def _run(conn: Any, sql: str, params: Any, returns_rows: bool) -> list[tuple[Any, ...]]:
    if hasattr(conn, "driver_async"):  # PostgreSQL
        driver = await conn.driver_async()
        async with driver.cursor() as cursor:
            await cursor.execute(sql, params)
            # Known from the statement: psycopg's `description` builds a column object per
            # column on every call, and in pipeline mode it is not known before the sync.
            return await cursor.fetchall() if returns_rows else []
    cursor = conn.driver().execute(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()
