"""The secrets jambonz encrypts: sealed here, in jambonz's own format on MySQL

An application's `env_vars` and an account's `bucket_credential` were kept as plain JSON
on every store. They become sealed columns (jambonz/db/sealed.py `jambonz_encrypted`):
on SQLite and PostgreSQL every value is sealed with the server's key, as the other
secrets are.

On MySQL, jambonz's own database, those two and the two secrets bound to their row (the
speech credentials and the SIP clients' passwords, which revision 0016 left sealed in this
server's format) are written in jambonz's format instead, under the current secret
(jambonz/jambonz_cipher.py): jambonz's feature servers and SBCs decrypt them from the same
rows with the cluster's `ENCRYPTION_SECRET`. A google credential is written in jambonz's
shape too: the service account key itself, with its `model_id` inside (the server reads
either shape on every store, and writes jambonz's from this revision on).

The downgrade puts every value back as the previous revision kept it. A value that does
not open with this server's keys stops the migration, naming it, before anything is lost.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 01:10:00
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from jambonz import jambonz_cipher
from jambonz.config import Settings
from jambonz.keyring import sealer_for
from jambonz.sealing import Unsealable, is_sealed

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

# (table, primary key, column): sealed for the column on SQLite and PostgreSQL.
COLUMN_SECRETS = (
    ("applications", "application_sid", "env_vars"),
    ("accounts", "account_sid", "bucket_credential"),
)
# Sealed for the row's sid by their services.
ROW_SECRETS = (
    ("speech_credentials", "speech_credential_sid", "credential"),
    ("clients", "client_sid", "password"),
)

Change = Callable[[str, str], "str | None"]


def _settings() -> Settings:
    url = op.get_bind().engine.url.render_as_string(hide_password=False)
    return Settings.from_env().with_overrides(database_url=url)


def _is_mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def _rewrite(table: str, key: str, column: str, change: Change) -> int:
    """Set `column` to `change(value, sid)` in each row where that is not None."""
    conn = op.get_bind()
    t = sa.table(table, sa.column(key, sa.String()), sa.column(column, sa.Text()))
    rows = conn.execute(sa.select(t.c[key], t.c[column]).where(t.c[column].is_not(None))).all()
    changed = 0
    for sid, value in rows:
        new = change(value, sid)
        if new is not None and new != value:
            conn.execute(sa.update(t).where(t.c[key] == sid).values({column: new}))
            changed += 1
    if changed:
        log.info("rewrote %d values of %s.%s", changed, table, column)
    return changed


def _stop(what: str) -> RuntimeError:
    return RuntimeError(f"{what} does not open with this server's keys: nothing was changed")


def _google_as_jambonz(plain: str) -> str:
    """A google credential as jambonz stores it: the service account key itself, with
    model_id inside (revision 0016 kept `{"service_key": {...}, "model_id"}`)."""
    value = json.loads(plain)
    if not isinstance(value, dict) or not isinstance(value.get("service_key"), dict):
        return plain
    key = dict(value["service_key"])
    if value.get("model_id"):
        key["model_id"] = value["model_id"]
    return json.dumps(key, separators=(",", ":"))


def _google_as_before(plain: str) -> str:
    value = json.loads(plain)
    if not isinstance(value, dict) or "private_key" not in value or "service_key" in value:
        return plain
    model_id = value.pop("model_id", None)
    before = {"service_key": value, **({"model_id": model_id} if model_id else {})}
    return json.dumps(before, separators=(",", ":"))


def upgrade() -> None:
    sealer = sealer_for(_settings(), announce=False)
    cipher = jambonz_cipher.JambonzCipher(sealer)
    mysql = _is_mysql()
    for table, key, column in COLUMN_SECRETS:
        context = f"{table}.{column}"

        def seal(value: str, _sid: str, context: str = context) -> str | None:
            if is_sealed(value) or jambonz_cipher.is_encrypted(value):
                return None
            return (cipher if mysql else sealer).seal(value, context)

        _rewrite(table, key, column, seal)
    if not mysql:
        return
    for table, key, column in ROW_SECRETS:

        def to_jambonz(value: str, sid: str, name: str = f"{table}.{column}") -> str | None:
            if not is_sealed(value):
                return None
            try:
                plain = sealer.open(value, sid)
            except Unsealable as exc:
                raise _stop(f"{name} of {sid}") from exc
            if name == "speech_credentials.credential":
                plain = _google_as_jambonz(plain)
            return cipher.seal(plain, sid)

        _rewrite(table, key, column, to_jambonz)


def downgrade() -> None:
    sealer = sealer_for(_settings(), announce=False)
    cipher = jambonz_cipher.JambonzCipher(sealer)
    mysql = _is_mysql()
    for table, key, column in COLUMN_SECRETS:
        context = f"{table}.{column}"

        def unseal(value: str, sid: str, context: str = context) -> str | None:
            if not (is_sealed(value) or (mysql and jambonz_cipher.is_encrypted(value))):
                return None
            try:
                return (cipher if mysql else sealer).open(value, context)
            except Unsealable as exc:
                raise _stop(f"{context} of {sid}") from exc

        _rewrite(table, key, column, unseal)
    if not mysql:
        return
    for table, key, column in ROW_SECRETS:

        def to_sealed(value: str, sid: str, name: str = f"{table}.{column}") -> str | None:
            if not jambonz_cipher.is_encrypted(value):
                return None
            try:
                plain = cipher.open(value, sid)
            except Unsealable as exc:
                raise _stop(f"{name} of {sid}") from exc
            if name == "speech_credentials.credential":
                plain = _google_as_before(plain)
            return sealer.seal(plain, sid)

        _rewrite(table, key, column, to_sealed)
