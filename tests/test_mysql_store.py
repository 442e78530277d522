"""MySQL as a store: what `upgrade` makes of an empty database and of one that already
holds tables of jambonz's (jambonz/db/migrate.py), on the machine's MariaDB."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text

from jambonz.db.migrate import SchemaMismatch, upgrade
from jambonz.db.seed import PERMISSIONS
from jambonz.db.tables import OWN_PREFIX, OWN_TABLES, metadata
from jambonz.db.urls import sync_url
from tests.conftest import database_on


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


def test_a_jambonz_table_lacking_columns_is_refused_and_nothing_changes(mysql_url: str) -> None:
    # A table as jambonz's schema has it: its plain-text `token`, none of this server's
    # `token_hash` and `token_last4`.
    _run(
        mysql_url,
        "CREATE TABLE api_keys (api_key_sid CHAR(36) NOT NULL PRIMARY KEY, "
        "token CHAR(36) NOT NULL UNIQUE, account_sid CHAR(36), service_provider_sid CHAR(36), "
        "expires_at TIMESTAMP NULL, last_used TIMESTAMP NULL, "
        "created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP)",
    )
    _run(mysql_url, "INSERT INTO api_keys (api_key_sid, token) VALUES (UUID(), UUID())")
    with pytest.raises(SchemaMismatch) as refused:
        upgrade(mysql_url)
    assert "api_keys.token_hash" in str(refused.value)
    assert "api_keys.token_last4" in str(refused.value)
    assert "never alters a jambonz table" in str(refused.value)
    assert _tables(mysql_url) == {"api_keys"}
    columns = [r[0] for r in _run(mysql_url, "SHOW COLUMNS FROM api_keys")]
    assert "token_hash" not in columns and "token" in columns
    assert _run(mysql_url, "SELECT count(*) FROM api_keys") == [(1,)]
