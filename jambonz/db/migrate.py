"""Apply Alembic migrations programmatically (at start-up and by `jambonz-api migrate`).

SQLite and PostgreSQL run the migrations under `migrations/` from the start. MySQL is
jambonz's own database, and this server may be pointed at one that jambonz's api-server
made and its SBCs and feature servers read: there, jambonz's tables are used as they are
and never altered. So a MySQL database without this server's version table gets the
tables it lacks (all of them when it is empty: jambonz's schema and this server's own)
made from the metadata, which the migrations' head equals, and is stamped at that head;
later migrations then run on it as on the other stores.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from jambonz.db.file_mode import secure_sqlite_file
from jambonz.db.seed import seed_missing
from jambonz.db.tables import OWN_TABLES, metadata
from jambonz.db.urls import is_mysql, sync_url

log = logging.getLogger("jambonz.db")

MIGRATIONS_DIR = Path(
    os.environ.get("JAMBONZ_MIGRATIONS_DIR", Path(__file__).resolve().parents[2] / "migrations")
)
VERSION_TABLE = "alembic_version"


class SchemaMismatch(Exception):
    """A MySQL database whose jambonz tables lack columns this server needs."""


@dataclass(frozen=True)
class MysqlFound:
    """What a MySQL database held before this server first touched it."""

    jambonz_tables: tuple[str, ...]
    created: tuple[str, ...]

    def describe(self, database: str) -> str:
        if not self.jambonz_tables:
            return f"MySQL database {database} was empty: made jambonz's schema and this server's"
        made = ", ".join(self.created) if self.created else "none"
        return (
            f"MySQL database {database} holds jambonz's schema ({len(self.jambonz_tables)} "
            f"tables), used as it is; this server's own tables added: {made}"
        )


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
    before). Raises SchemaMismatch, changing nothing, when an existing jambonz table lacks
    a column this server's metadata has."""
    engine = create_engine(sync_url(database_url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            inspector = inspect(conn)
            present = set(inspector.get_table_names())
            if VERSION_TABLE in present:
                return None
            existing = [t for t in metadata.sorted_tables if t.name in present]
            missing_columns = [
                f"{table.name}.{column}"
                for table in existing
                for column in sorted(
                    set(table.c.keys()) - {c["name"] for c in inspector.get_columns(table.name)}
                )
            ]
            if missing_columns:
                raise SchemaMismatch(
                    "the MySQL database's tables lack columns this server needs, and it "
                    "never alters a jambonz table: " + ", ".join(missing_columns)
                )
            to_make = [t for t in metadata.sorted_tables if t.name not in present]
            metadata.create_all(conn, tables=to_make)
            seed_missing(conn)
            return MysqlFound(
                jambonz_tables=tuple(sorted(t.name for t in existing if t.name not in OWN_TABLES)),
                created=tuple(t.name for t in to_make if t.name in OWN_TABLES),
            )
    finally:
        engine.dispose()
