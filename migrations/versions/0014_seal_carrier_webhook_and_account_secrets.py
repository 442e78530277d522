"""Seal carrier, webhook and account secrets at rest (and re-seal speech credentials)

The carriers' SIP, SMPP and SMS passwords, the webhooks' basic-auth passwords and the
accounts' webhook signing secrets were stored in plain text. They become sealed columns
(jambonz/db/sealed.py): the columns are widened to TEXT (a sealed value is longer than the
secret) and every value already stored is sealed, in this migration's transaction, with the
key the server uses (jambonz/keyring.py: the same settings, the same key file, made here
if this is its first use). Speech credentials sealed with another key the keyring opens
(the public development secret, before key files) are re-sealed with the current one.

The downgrade opens them back to plain text and narrows the columns again (a value longer
than jambonz's column stops the downgrade rather than being cut), and re-seals speech
credentials in the `v1.` form the previous code reads, with `JAMBONZ_ENCRYPTION_SECRET` or
the development secret, as that code chose its key.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 09:10:00
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from alembic import op

from jambonz.config import Settings
from jambonz.db.sealed import ROW_SEALED_COLUMNS
from jambonz.keyring import sealer_for
from jambonz.sealing import DEVELOPMENT_SECRET, Sealer, Unsealable, is_sealed, seal_legacy

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

# The columns this revision seals, as they were named then (0016 moves the last three to
# japi_carrier_sms).
SEALED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("webhooks", "webhook_sid", "password"),
    ("accounts", "account_sid", "webhook_secret"),
    ("voip_carriers", "voip_carrier_sid", "register_password"),
    ("voip_carriers", "voip_carrier_sid", "inbound_auth_password"),
    ("voip_carriers", "voip_carrier_sid", "smpp_password"),
    ("voip_carriers", "voip_carrier_sid", "smpp_inbound_password"),
    ("voip_carriers", "voip_carrier_sid", "sms_password"),
    ("voip_carriers", "voip_carrier_sid", "sms_bearer_token"),
    ("voip_carriers", "voip_carrier_sid", "sms_inbound_password"),
)

# jambonz's column types, which the downgrade restores.
PLAIN_TYPES: dict[tuple[str, str], sa.types.TypeEngine[Any]] = {
    ("webhooks", "password"): sa.String(length=255),
    ("accounts", "webhook_secret"): sa.String(length=36),
    ("voip_carriers", "register_password"): sa.String(length=64),
    ("voip_carriers", "inbound_auth_password"): sa.String(length=64),
    ("voip_carriers", "smpp_password"): sa.String(length=64),
    ("voip_carriers", "smpp_inbound_password"): sa.String(length=64),
    ("voip_carriers", "sms_password"): sa.String(length=255),
    ("voip_carriers", "sms_bearer_token"): sa.String(length=1024),
    ("voip_carriers", "sms_inbound_password"): sa.String(length=255),
}


def _settings() -> Settings:
    """The server's settings for the database being migrated (the key comes from them)."""
    url = op.get_bind().engine.url.render_as_string(hide_password=False)
    return Settings.from_env().with_overrides(database_url=url)


def _alter(table: str, columns: list[str], to_plain: bool) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            plain = PLAIN_TYPES[(table, column)]
            batch_op.alter_column(
                column,
                existing_type=sa.Text() if to_plain else plain,
                type_=plain if to_plain else sa.Text(),
                existing_nullable=(table, column) != ("accounts", "webhook_secret"),
            )


def _by_table() -> dict[str, tuple[str, list[str]]]:
    tables: dict[str, tuple[str, list[str]]] = {}
    for table, key, column in SEALED_COLUMNS:
        tables.setdefault(table, (key, []))[1].append(column)
    return tables


def _rewrite(table: str, key: str, column: str, change: Any) -> int:
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
    return changed


def upgrade() -> None:
    tables = _by_table()
    for table, (_, columns) in tables.items():
        _alter(table, columns, to_plain=False)
    sealer = sealer_for(_settings())

    for table, key, column in SEALED_COLUMNS:
        context = f"{table}.{column}"

        def seal(value: str, _sid: str, context: str = context) -> str | None:
            return None if is_sealed(value) else sealer.seal(value, context)

        if count := _rewrite(table, key, column, seal):
            log.info("sealed %d plain-text values of %s", count, context)

    for table, key, column in ROW_SEALED_COLUMNS:

        def reseal(value: str, sid: str, name: str = f"{table}.{column}") -> str | None:
            if sealer.opens_with_current(value):
                return None
            try:
                return sealer.seal(sealer.open(value, sid), sid)
            except Unsealable:
                log.warning("%s of %s does not open with any key: left as it is", name, sid)
                return None

        if count := _rewrite(table, key, column, reseal):
            log.info("re-sealed %d values of %s.%s with the current key", count, table, column)


def downgrade() -> None:
    settings = _settings()
    sealer = sealer_for(settings)
    legacy = settings.encryption_secret or DEVELOPMENT_SECRET

    for table, key, column in SEALED_COLUMNS:
        context = f"{table}.{column}"
        limit = PLAIN_TYPES[(table, column)].length

        def unseal(value: str, sid: str, context: str = context, limit: Any = limit) -> str | None:
            if not is_sealed(value):
                return None
            plain = _open_or_stop(sealer, value, context, f"{context} of {sid}")
            if limit is not None and len(plain) > limit:
                raise RuntimeError(f"{context} of {sid} is longer than {limit} characters")
            return plain

        _rewrite(table, key, column, unseal)

    for table, key, column in ROW_SEALED_COLUMNS:

        def to_legacy(value: str, sid: str, name: str = f"{table}.{column}") -> str | None:
            plain = _open_or_stop(sealer, value, sid, f"{name} of {sid}")
            return seal_legacy(legacy, plain, sid)

        _rewrite(table, key, column, to_legacy)

    for table, (_, columns) in _by_table().items():
        _alter(table, columns, to_plain=True)


def _open_or_stop(sealer: Sealer, value: str, context: str, what: str) -> str:
    """The plain text of a sealed value; a value no key opens stops the downgrade."""
    try:
        return sealer.open(value, context)
    except Unsealable as exc:
        raise RuntimeError(f"{what} does not open with this server's keys") from exc
