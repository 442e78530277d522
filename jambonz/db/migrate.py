"""Apply Alembic migrations programmatically (at start-up and by `jambonz-api migrate`)."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config

from jambonz.db.file_mode import secure_sqlite_file
from jambonz.db.urls import sync_url

MIGRATIONS_DIR = Path(
    os.environ.get("JAMBONZ_MIGRATIONS_DIR", Path(__file__).resolve().parents[2] / "migrations")
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
    command.upgrade(alembic_config(database_url), revision)
