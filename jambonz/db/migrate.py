"""Apply Alembic migrations programmatically (at start-up and by `jambonz-api migrate`).

SQLite and PostgreSQL run the migrations under `migrations/` from the start. MySQL is
jambonz's own database, and this server may be pointed at one that jambonz's api-server
made and its SBCs and feature servers read: there, jambonz's tables are used as they are
and never altered. So a MySQL database without this server's version table gets the
tables it lacks (all of them when it is empty: jambonz's schema and this server's own)
made from the metadata, which the migrations' head equals, and is stamped at that head;
later migrations then run on it as on the other stores.

A jambonz database made by an older jambonz lacks some of jambonz 0.9.6's columns (the
schema that `@jambonz/db-helpers` 0.9.18 ships, for one, has no `voip_carriers.dtmf_type`).
Those columns, and only those, are added as jambonz's own upgrade adds them (with
jambonz's default), and the start-up line names them. Columns that a newer jambonz added
are left alone; one that is NOT NULL without a default, which this server's inserts would
not fill, stops the start with a line naming it.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Column, Connection, Table, create_engine, inspect, text
from sqlalchemy.pool import NullPool
from sqlalchemy.schema import CreateColumn

from jambonz.db.file_mode import secure_sqlite_file
from jambonz.db.seed import seed_missing
from jambonz.db.tables import JAMBONZ_SCHEMA_VERSION, OWN_TABLES, metadata, schema_version
from jambonz.db.urls import is_mysql, sync_url

log = logging.getLogger("jambonz.db")

MIGRATIONS_DIR = Path(
    os.environ.get("JAMBONZ_MIGRATIONS_DIR", Path(__file__).resolve().parents[2] / "migrations")
)
VERSION_TABLE = "alembic_version"


class SchemaMismatch(Exception):
    """A MySQL database this server cannot use without changing what is there."""


@dataclass(frozen=True)
class MysqlFound:
    """What a MySQL database held before this server first touched it."""

    jambonz_tables: tuple[str, ...]
    created: tuple[str, ...]
    # jambonz 0.9.6's tables and columns that an older jambonz schema lacked, added.
    added_jambonz_tables: tuple[str, ...] = ()
    added_columns: tuple[str, ...] = ()

    def describe(self, database: str) -> str:
        if not self.jambonz_tables:
            return f"MySQL database {database} was empty: made jambonz's schema and this server's"
        made = ", ".join(self.created) if self.created else "none"
        line = (
            f"MySQL database {database} holds jambonz's schema ({len(self.jambonz_tables)} "
            f"tables), used as it is; this server's own tables added: {made}"
        )
        if self.added_jambonz_tables or self.added_columns:
            added = ", ".join(self.added_jambonz_tables + self.added_columns)
            line += f"; brought up to jambonz {JAMBONZ_SCHEMA_VERSION}'s schema, adding {added}"
        return line


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database_url"] = sync_url(database_url).render_as_string(hide_password=False)
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the database to `revision`; idempotent. A SQLite file is made (or kept)
    readable by its owner only before the migrations open it."""
    secure_sqlite_file(database_url)
    config = alembic_config(database_url)
    if is_mysql(database_url):
        found = _adopt_mysql(database_url)
        if found is not None:
            log.info(found.describe(sync_url(database_url).database or "?"))
            command.stamp(config, "head")
    command.upgrade(config, revision)


def _adopt_mysql(database_url: str) -> MysqlFound | None:
    """Make the tables a MySQL database lacks, once (None when this server has been here
    before), and the columns of jambonz 0.9.6 an older jambonz schema lacks. Raises
    SchemaMismatch, changing nothing, when a column of the database would break this
    server's writes or a missing one cannot be added."""
    engine = create_engine(sync_url(database_url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            inspector = inspect(conn)
            present = set(inspector.get_table_names())
            if VERSION_TABLE in present:
                return None
            existing = [t for t in metadata.sorted_tables if t.name in present]
            missing: list[tuple[Table, Column]] = []
            refused: list[str] = []
            for table in existing:
                columns = {c["name"]: c for c in inspector.get_columns(table.name)}
                missing += [(table, c) for c in table.c if c.name not in columns]
                refused += [
                    f"{table.name}.{name}"
                    for name, column in columns.items()
                    if name not in table.c and _unfilled(column)
                ]
            refused += [
                f"{t.name}.{c.name}" for t, c in missing if _add_column_sql(conn, c) is None
            ]
            if refused:
                raise SchemaMismatch(
                    "the MySQL database has columns this server would not fill, or lacks "
                    "columns it cannot add: " + ", ".join(refused)
                )
            for table, column in missing:
                conn.execute(
                    text(f"ALTER TABLE `{table.name}` ADD COLUMN {_add_column_sql(conn, column)}")
                )
            to_make = [t for t in metadata.sorted_tables if t.name not in present]
            metadata.create_all(conn, tables=to_make)
            if not existing:
                conn.execute(schema_version.insert().values(version=JAMBONZ_SCHEMA_VERSION))
            seed_missing(conn)
            return MysqlFound(
                jambonz_tables=tuple(sorted(t.name for t in existing if t.name not in OWN_TABLES)),
                created=tuple(t.name for t in to_make if t.name in OWN_TABLES),
                added_jambonz_tables=tuple(
                    t.name for t in to_make if existing and t.name not in OWN_TABLES
                ),
                added_columns=tuple(f"{t.name}.{c.name}" for t, c in missing),
            )
    finally:
        engine.dispose()


def _unfilled(column: dict[str, object]) -> bool:
    """Whether a column this server does not know would make its inserts fail."""
    return (
        not column["nullable"]
        and column.get("default") is None
        and not column.get("autoincrement", False)
    )


def _add_column_sql(conn: Connection, column: Column) -> str | None:
    """`name TYPE [NOT NULL] [DEFAULT v]` for adding a column of the metadata to a table
    with rows: a NOT NULL column takes its default (None when it has none to take)."""
    sql = str(CreateColumn(column).compile(dialect=conn.dialect))
    if column.nullable:
        return sql
    default = getattr(column.default, "arg", None)
    if column.default is None or callable(default):
        return None
    if isinstance(default, bool):
        literal = "1" if default else "0"
    elif isinstance(default, int):
        literal = str(default)
    else:
        literal = "'" + str(default).replace("'", "''") + "'"
    return f"{sql} DEFAULT {literal}"
