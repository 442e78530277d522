"""Columns whose values are sealed at rest: the database holds `v2.<kid>.<ciphertext>`,
the code above it reads and writes plain text.

`Sealed` is a SQLAlchemy type: it seals on bind and opens on result, so every statement
that goes through SQLAlchemy's type processing (Core statements, the compiled `Prepared`
statements of the fast path, which apply the same bind and result processors, bulk
inserts) seals and opens without the services knowing. The context bound into each value
is the column's name (`voip_carriers.register_password`): a sealed value copied into
another column does not open. The row's sid is not known to a type, so a value copied to
another row of the same column would open; speech credentials, sealed by their service,
bind the row's sid too.

Reading a value that does not open (sealed with a key this server lacks, or altered) gives
NULL, with a warning: the secret is then absent rather than a 4xx on every read of its row.
A value that is not sealed at all (a row written by hand before migration 0014) is read as
it is, with a warning, and sealed by the next rotation or update.

Sealed columns cannot be compared in SQL (every seal is different): only `IS NULL`.

On MySQL, the store of a jambonz cluster, the secrets in jambonz's own tables are kept as
jambonz keeps them, because jambonz's SBCs and feature servers read
them from the same rows: a carrier's SIP password to register with it, an account's
webhook secret to sign its webhooks. Their columns there are jambonz's `VARCHAR(36..255)`,
which a sealed value would not fit either (`jambonz_secret`). The columns of this
server's own tables stay sealed on every store.

Four secrets jambonz itself encrypts, in its own format, and its components decrypt: an
application's `env_vars` and an account's `bucket_credential` (columns here,
`jambonz_encrypted`), a speech credential and a SIP client's password (bound to their row
by their services, through `Core.row_sealer`). On MySQL they are written in jambonz's
format (jambonz/jambonz_cipher.py); elsewhere they are sealed as the others are.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

from jambonz import jambonz_cipher, sealing
from jambonz.sealing import Seals

log = logging.getLogger("jambonz.sealing")

# The dialects of jambonz's own database, where jambonz's components read the secrets.
CLUSTER_DIALECTS = frozenset({"mysql", "mariadb"})


class Sealed(TypeDecorator[str]):
    """Text sealed with the process's sealer (`jambonz.sealing.install`)."""

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def _box(self) -> Seals:
        """What seals and opens this column's values."""
        return sealing.installed()

    def _is_stored_form(self, value: str) -> bool:
        """Whether a stored value has a form `_box` opens (else it is plain text)."""
        return sealing.is_sealed(value)

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return self._box().seal(str(value), self.context)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if not self._is_stored_form(value):
            log.warning("%s holds a value that is not sealed: read as it is", self.context)
            return value
        return _open(self._box(), value, self.context)


class ClusterPlain(TypeDecorator[str]):
    """A secret of jambonz's tables on MySQL: kept plain in jambonz's `VARCHAR(n)`, as
    jambonz keeps it; a value sealed before (a store made at revision 0015) is opened."""

    impl = String
    cache_ok = True

    def __init__(self, context: str, length: int) -> None:
        super().__init__(length)
        self.context = context

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None or not sealing.is_sealed(value):
            return value
        return _open(sealing.installed(), value, self.context)


def jambonz_secret(context: str, length: int) -> Any:
    """The type of a secret in one of jambonz's tables: sealed on SQLite and PostgreSQL,
    plain in jambonz's `VARCHAR(length)` on MySQL."""
    return Sealed(context).with_variant(ClusterPlain(context, length), *sorted(CLUSTER_DIALECTS))


class ClusterEncrypted(Sealed):
    """A secret jambonz encrypts, on MySQL: written in jambonz's format (its feature
    servers decrypt it from the row); read from jambonz's format, from this server's
    sealed one, or as it is when plain (a row written before revision 0017)."""

    cache_ok = True

    def _box(self) -> Seals:
        return jambonz_cipher.installed()

    def _is_stored_form(self, value: str) -> bool:
        return sealing.is_sealed(value) or jambonz_cipher.is_encrypted(value)


def jambonz_encrypted(context: str) -> Any:
    """The type of a secret jambonz encrypts in its own format: sealed on SQLite and
    PostgreSQL, in jambonz's format on MySQL."""
    return Sealed(context).with_variant(ClusterEncrypted(context), *sorted(CLUSTER_DIALECTS))


def _open(box: Seals, value: str, context: str) -> str | None:
    try:
        return box.open(value, context)
    except sealing.Unsealable:
        log.warning("%s holds a value this server cannot open: read as null", context)
        return None


# The sealed columns, as (table, primary key, column): what the migration and a key
# rotation re-seal. Each is `Sealed(f"{table}.{column}")` in jambonz/db/tables.py.
SEALED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("webhooks", "webhook_sid", "password"),
    ("accounts", "account_sid", "webhook_secret"),
    ("voip_carriers", "voip_carrier_sid", "register_password"),
    ("voip_carriers", "voip_carrier_sid", "inbound_auth_password"),
    ("voip_carriers", "voip_carrier_sid", "smpp_password"),
    ("voip_carriers", "voip_carrier_sid", "smpp_inbound_password"),
    ("japi_carrier_sms", "voip_carrier_sid", "sms_password"),
    ("japi_carrier_sms", "voip_carrier_sid", "sms_bearer_token"),
    ("japi_carrier_sms", "voip_carrier_sid", "sms_inbound_password"),
    ("applications", "application_sid", "env_vars"),
    ("accounts", "account_sid", "bucket_credential"),
)


def sealed_columns_on(dialect_name: str) -> tuple[tuple[str, str, str], ...]:
    """The columns whose values are sealed on a store of this dialect: on MySQL only
    those of this server's own tables (the others are kept as jambonz keeps them, plain
    or in jambonz's format)."""
    if dialect_name not in CLUSTER_DIALECTS:
        return SEALED_COLUMNS
    return tuple(c for c in SEALED_COLUMNS if c[0].startswith("japi_"))


# Values sealed by their service with the row's sid as context (not a `Sealed` column):
# (table, primary key, column). A rotation re-seals them too.
ROW_SEALED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("speech_credentials", "speech_credential_sid", "credential"),
    ("clients", "client_sid", "password"),
)


def row_sealed_columns_on(dialect_name: str) -> tuple[tuple[str, str, str], ...]:
    """The row-bound sealed columns on a store of this dialect: none on MySQL, where they
    are in jambonz's format, under the cluster's secret (a rotation leaves them)."""
    return () if dialect_name in CLUSTER_DIALECTS else ROW_SEALED_COLUMNS
