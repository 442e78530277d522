"""MySQL as a store: what `upgrade` makes of an empty database and of one that already
holds tables of jambonz's (jambonz/db/migrate.py), on the machine's MariaDB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymysql
import pytest
from pymysql.constants import CLIENT
from sqlalchemy import create_engine, inspect, text

from jambonz.db.migrate import SchemaMismatch, upgrade
from jambonz.db.seed import PERMISSIONS
from jambonz.db.tables import OWN_PREFIX, OWN_TABLES, metadata
from jambonz.db.urls import sync_url
from tests.conftest import database_on

# The schema file jambonz's db-helpers ship (npm, a devDependency in package.json).
DB_HELPERS_SCHEMA = (
    Path(__file__).resolve().parents[1]
    / "node_modules/@jambonz/db-helpers/test/db/jambones-sql.sql"
)


@pytest.fixture
def mysql_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from database_on("mysql", tmp_path_factory)


def _run(url: str, sql: str) -> list[tuple]:
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql))
            return [tuple(row) for row in result.all()] if result.returns_rows else []
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(sync_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_an_empty_database_gets_every_table_and_jambonzs_permissions(
    mysql_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger="jambonz.db"):
        upgrade(mysql_url)
    assert any("was empty" in r.getMessage() for r in caplog.records)
    tables = _tables(mysql_url)
    assert set(metadata.tables) <= tables
    own = {name for name in tables if name.startswith(OWN_PREFIX)}
    assert own == set(OWN_TABLES) and {"japi_calls", "japi_messages"} <= own
    assert "calls" not in tables and "messages" not in tables
    sid_type = _run(
        mysql_url,
        "SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE() "
        "AND table_name = 'accounts' AND column_name = 'account_sid'",
    )
    assert sid_type == [("char(36)",)]
    rows = _run(mysql_url, "SELECT permission_sid, name FROM permissions ORDER BY name")
    assert rows == sorted(((sid, name) for sid, name, _ in PERMISSIONS), key=lambda r: r[1])
    caplog.clear()
    with caplog.at_level("INFO", logger="jambonz.db"):
        upgrade(mysql_url)  # a second start finds its own version table and changes nothing
    assert not any("MySQL database" in r.getMessage() for r in caplog.records)
    assert _run(mysql_url, "SELECT count(*) FROM permissions") == [(len(PERMISSIONS),)]


def _load_sql_file(url: str, path: Path) -> None:
    """Run a schema file as the `mysql` client would (its statements, in order)."""
    parts = sync_url(url)
    conn = pymysql.connect(
        host=parts.host,
        port=parts.port or 3306,
        user=parts.username,
        password=parts.password or "",
        database=parts.database,
        client_flag=CLIENT.MULTI_STATEMENTS,
    )
    try:
        with conn.cursor() as cursor:
            cursor.execute(path.read_text())
            while cursor.nextset():
                pass
        conn.commit()
    finally:
        conn.close()


def test_jambonz_096s_schema_is_used_as_it_is(
    mysql_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A database made by jambonz 0.9.6: every jambonz table is there with every column
    this server uses, so only this server's own tables are added."""
    _tables_of_jambonz(mysql_url)
    before = _columns(mysql_url)
    with caplog.at_level("INFO", logger="jambonz.db"):
        upgrade(mysql_url)
    (line,) = [r.getMessage() for r in caplog.records if "MySQL database" in r.getMessage()]
    assert "holds jambonz's schema" in line and "brought up to" not in line
    after = _columns(mysql_url)
    assert {t: c for t, c in after.items() if t in before} == before  # nothing altered
    assert set(after) - set(before) == set(OWN_TABLES) | {"alembic_version"}


def test_an_older_jambonz_schema_gets_jambonzs_missing_columns(
    mysql_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The schema `@jambonz/db-helpers` 0.9.18 ships predates some of jambonz 0.9.6's
    columns: they are added as jambonz's upgrade adds them, rows kept, and named."""
    _load_sql_file(mysql_url, DB_HELPERS_SCHEMA)
    _run(
        mysql_url,
        "INSERT INTO service_providers (service_provider_sid, name) VALUES (UUID(), 'sp-old')",
    )
    with caplog.at_level("INFO", logger="jambonz.db"):
        upgrade(mysql_url)
    (line,) = [r.getMessage() for r in caplog.records if "MySQL database" in r.getMessage()]
    assert "brought up to jambonz 0.9.6's schema, adding" in line
    assert "voip_carriers.dtmf_type" in line and "accounts.enable_debug_log" in line
    columns = _columns(mysql_url)
    for table in metadata.tables.values():
        assert set(table.c.keys()) <= set(columns[table.name]), table.name
    assert _run(
        mysql_url,
        "SELECT column_type, column_default FROM information_schema.columns "
        "WHERE table_schema = DATABASE() AND table_name = 'voip_carriers' "
        "AND column_name = 'dtmf_type'",
    ) == [("enum('rfc2833','tones','info')", "'rfc2833'")]
    assert _run(mysql_url, "SELECT name FROM service_providers") == [("sp-old",)]


def test_a_column_this_server_would_not_fill_is_refused_and_nothing_changes(
    mysql_url: str,
) -> None:
    # A jambonz table with a column of a later jambonz: NOT NULL without a default, which
    # this server's inserts would not fill.
    _run(
        mysql_url,
        "CREATE TABLE api_keys (api_key_sid CHAR(36) NOT NULL PRIMARY KEY, "
        "token CHAR(36) NOT NULL UNIQUE, account_sid CHAR(36), service_provider_sid CHAR(36), "
        "expires_at TIMESTAMP NULL, last_used TIMESTAMP NULL, "
        "created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, tenant_code VARCHAR(8) NOT NULL)",
    )
    _run(
        mysql_url,
        "INSERT INTO api_keys (api_key_sid, token, tenant_code) VALUES (UUID(), UUID(), 'x')",
    )
    with pytest.raises(SchemaMismatch) as refused:
        upgrade(mysql_url)
    assert "columns this server would not fill" in str(refused.value)
    assert "api_keys.tenant_code" in str(refused.value)
    assert _tables(mysql_url) == {"api_keys"}
    assert _run(mysql_url, "SELECT count(*) FROM api_keys") == [(1,)]


def _columns(url: str) -> dict[str, dict[str, tuple]]:
    rows = _run(
        url,
        "SELECT table_name, column_name, column_type, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = DATABASE()",
    )
    found: dict[str, dict[str, tuple]] = {}
    for table, column, *rest in rows:
        found.setdefault(table, {})[column] = tuple(rest)
    return found


def _tables_of_jambonz(url: str) -> None:
    """The tables jambonz 0.9.6 makes (what `jambonz/db/tables.py` describes of them),
    made here as an empty database gets them, without this server's own."""
    engine = create_engine(sync_url(url))
    try:
        jambonz = [t for t in metadata.sorted_tables if t.name not in OWN_TABLES]
        metadata.create_all(engine, tables=jambonz)
    finally:
        engine.dispose()
