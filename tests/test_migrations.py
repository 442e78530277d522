"""The Alembic migrations build exactly the schema that jambonz/db/tables.py describes."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, inspect

from jambonz.db.migrate import alembic_config, upgrade
from jambonz.db.tables import metadata
from jambonz.db.urls import sync_url


def test_migrations_match_the_tables(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)  # idempotent
    # Raises when autogenerate would find a difference between migrations and metadata.
    command.check(alembic_config(database_url))
    engine = create_engine(sync_url(database_url))
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(metadata.tables) <= tables
