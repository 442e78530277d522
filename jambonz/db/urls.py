"""Database URL handling: one user-facing URL, an async form for the app and a sync form
for Alembic. Three stores: SQLite (the embedded default), PostgreSQL, and MySQL or MariaDB
(jambonz's own database, for running inside a jambonz cluster)."""

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
_MYSQL = {
    "mysql",
    "mariadb",
    "mysql+asyncmy",
    "mysql+aiomysql",
    "mysql+pymysql",
    "mariadb+asyncmy",
    "mariadb+pymysql",
}


def _parse(url: str) -> URL:
    parsed = make_url(url)
    if parsed.drivername not in _SQLITE | _POSTGRES | _MYSQL:
        raise BadRequest(
            f"unsupported JAMBONZ_DATABASE_URL scheme {parsed.drivername!r}: "
            "use sqlite:///path, postgresql://user@host/db or mysql://user@host/db"
        )
    return parsed


def is_sqlite(url: str) -> bool:
    return _parse(url).drivername in _SQLITE


def is_mysql(url: str) -> bool:
    return _parse(url).drivername in _MYSQL


def _mysql(parsed: URL, driver: str) -> URL:
    """MySQL's URL with `driver`, talking utf8mb4 (MySQL's `utf8` holds no emoji)."""
    query = dict(parsed.query)
    query.setdefault("charset", "utf8mb4")
    return parsed.set(drivername=f"mysql+{driver}", query=query)


def async_url(url: str) -> URL:
    """The URL the application's AsyncEngine uses (aiosqlite, psycopg 3 async, asyncmy)."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        return parsed.set(drivername="sqlite+aiosqlite")
    if parsed.drivername in _MYSQL:
        return _mysql(parsed, "asyncmy")
    return parsed.set(drivername="postgresql+psycopg")


def sync_url(url: str) -> URL:
    """The URL Alembic and the CLI use (sqlite3, psycopg 3 sync, PyMySQL)."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        return parsed.set(drivername="sqlite")
    if parsed.drivername in _MYSQL:
        return _mysql(parsed, "pymysql")
    return parsed.set(drivername="postgresql+psycopg")


def libpq_url(url: str) -> str:
    """The URL as libpq (psycopg's own pool) reads it: `postgresql://user:pw@host/db?...`."""
    return _parse(url).set(drivername="postgresql").render_as_string(hide_password=False)


def identity(url: str) -> str | None:
    """What names the same database for every process on this host, or None for a private
    one (SQLite in memory): the SQLite file's real path, or the server's host, port and
    database (never the password)."""
    parsed = _parse(url)
    if parsed.drivername in _SQLITE:
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file::memory:"):
            return None
        return "sqlite:" + os.path.realpath(database)
    scheme = "mysql" if parsed.drivername in _MYSQL else "postgresql"
    parsed = parsed.set(drivername=scheme, password=None, query={})
    return parsed.render_as_string(hide_password=True)
