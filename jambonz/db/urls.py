"""Database URL handling: one user-facing URL, an async form for the app and a sync form
for Alembic."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url

from jambonz.errors import BadRequest

_SQLITE = {"sqlite", "sqlite+pysqlite", "sqlite+aiosqlite"}
_POSTGRES = {
    "postgresql",
    "postgres",
    "postgresql+psycopg",
    "postgresql+asyncpg",
    "postgresql+psycopg2",
}


def _parse(url: str) -> URL:
    parsed = make_url(url)
    if parsed.drivername not in _SQLITE | _POSTGRES:
        raise BadRequest(
            f"unsupported JAMBONZ_DATABASE_URL scheme {parsed.drivername!r}: "
            "use sqlite:///path or postgresql+psycopg://user@host/db"
        )
    return parsed


def is_sqlite(url: str) -> bool:
    return _parse(url).drivername in _SQLITE


def async_url(url: str) -> URL:
    """The URL the application's AsyncEngine uses (aiosqlite or psycopg 3 async)."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        return parsed.set(drivername="sqlite+aiosqlite")
    return parsed.set(drivername="postgresql+psycopg")


def sync_url(url: str) -> URL:
    """The URL Alembic and the CLI use (sqlite3 or psycopg 3 sync)."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        return parsed.set(drivername="sqlite")
    return parsed.set(drivername="postgresql+psycopg")


def libpq_url(url: str) -> str:
    """The URL as libpq (psycopg's own pool) reads it: `postgresql://user:pw@host/db?...`."""
    return _parse(url).set(drivername="postgresql").render_as_string(hide_password=False)


def identity(url: str) -> str | None:
    """What names the same database for every process on this host, or None for a private
    one (SQLite in memory): the SQLite file's real path, or PostgreSQL's host, port and
    database (never the password)."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file::memory:"):
            return None
        return "sqlite:" + os.path.realpath(database)
    parsed = parsed.set(drivername="postgresql", password=None, username=parsed.username)
    return parsed.render_as_string(hide_password=True)
