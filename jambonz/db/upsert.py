"""INSERT, or UPDATE of the row already there, in one statement, in the connection's
dialect: `ON CONFLICT ... DO UPDATE` on SQLite and PostgreSQL, `ON DUPLICATE KEY UPDATE`
on MySQL (which needs a unique key on `keys` to find the row)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import mysql, postgresql, sqlite


def upsert(
    dialect_name: str,
    table: Table,
    values: dict[str, Any],
    keys: Sequence[str],
    changes: dict[str, Any],
) -> Any:
    """The statement that inserts `values`, or, when a row with the same `keys` exists,
    sets its columns as `changes` says (values, or expressions of the row's columns)."""
    if dialect_name in ("mysql", "mariadb"):
        return mysql.insert(table).values(**values).on_duplicate_key_update(changes)
    insert = postgresql.insert if dialect_name == "postgresql" else sqlite.insert
    return (
        insert(table)
        .values(**values)
        .on_conflict_do_update(index_elements=[table.c[name] for name in keys], set_=changes)
    )
