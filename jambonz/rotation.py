"""Rotating the key that seals secrets at rest (`jambonz-api rotate-encryption-key`).

Every sealed value (the sealed columns of jambonz/db/sealed.py and the speech
credentials, which bind their row's sid) is opened with the keys in use and sealed again
with the new key, in one transaction: either all move or none do. A value no key opens
stops the rotation before anything is written (its column and row are named), so nothing
is lost silently.

With a key file (no `JAMBONZ_ENCRYPTION_SECRET`), the new key is written at its head
before the transaction commits, the old keys kept after it: servers still running with the
old key keep sealing with it, and read the new values because a key id they lack makes
them re-read the key file (jambonz/sealing.py). `drop_old` writes the new key alone, for
when every server has been restarted since the last rotation.

With `JAMBONZ_ENCRYPTION_SECRET`, nothing is written but the database: the operator then
gives every server the new secret (README "Rotating the encryption key").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import create_engine, pool

from jambonz.config import Settings
from jambonz.db.file_mode import secure_sqlite_file
from jambonz.db.sealed import row_sealed_columns_on, sealed_columns_on
from jambonz.db.urls import is_sqlite, sync_url
from jambonz.errors import JambonzError
from jambonz.keyring import key_source, new_secret, write_key_file
from jambonz.sealing import DEVELOPMENT_SECRET, Sealer, Unsealable, is_sealed, key_id


class RotationRefused(JambonzError):
    """The rotation cannot be done as asked; nothing was changed."""


@dataclass(frozen=True)
class Rotation:
    old_kid: str
    new_kid: str
    resealed: int
    key_file: Path | None
    # The new secret, when the rotation made it up and no key file keeps it.
    secret_to_keep: str | None


def rotate(settings: Settings, secret: str | None = None, *, drop_old: bool = False) -> Rotation:
    """Re-seal every sealed value under `secret` (a new random one when None)."""
    source = key_source(settings)
    made_up = secret is None
    secret = secret or new_secret()
    if len(secret) < 16:
        raise RotationRefused("the new secret must be at least 16 characters")
    # The secret already in use is allowed: it re-seals what older keys still hold (the
    # last step of a rotation with JAMBONZ_ENCRYPTION_SECRET).
    sealer = Sealer(secret, *source.secrets)
    secure_sqlite_file(settings.database_url)
    connect_args = {"timeout": 30} if is_sqlite(settings.database_url) else {}
    engine = create_engine(
        sync_url(settings.database_url), poolclass=pool.NullPool, connect_args=connect_args
    )
    try:
        with engine.begin() as conn:
            count = _reseal(conn, sealer)
            if source.key_file is not None:
                kept = [] if drop_old else [s for s in source.secrets if s != DEVELOPMENT_SECRET]
                kept = [s for s in kept if s != secret]
                write_key_file(source.key_file, [secret, *kept])
    finally:
        engine.dispose()
    return Rotation(
        old_kid=key_id(source.secrets[0]),
        new_kid=key_id(secret),
        resealed=count,
        key_file=source.key_file,
        secret_to_keep=secret if made_up and source.key_file is None else None,
    )


def _reseal(conn: sa.Connection, sealer: Sealer) -> int:
    targets = [(t, k, c, None) for t, k, c in sealed_columns_on(conn.dialect.name)]
    targets += [(t, k, c, "row") for t, k, c in row_sealed_columns_on(conn.dialect.name)]
    count = 0
    for table, key, column, bound in targets:
        t = sa.table(table, sa.column(key, sa.String()), sa.column(column, sa.Text()))
        query = sa.select(t.c[key], t.c[column]).where(t.c[column].is_not(None))
        for sid, value in conn.execute(query).all():
            context = sid if bound else f"{table}.{column}"
            if is_sealed(value):
                try:
                    plain = sealer.open(value, context)
                except Unsealable as exc:
                    raise RotationRefused(
                        f"{table}.{column} of {key} {sid} does not open with the keys in use: "
                        "nothing was changed"
                    ) from exc
            elif bound:
                raise RotationRefused(
                    f"{table}.{column} of {key} {sid} is not sealed: nothing was changed"
                )
            else:
                plain = value  # written in plain text by hand: sealed now
            update = sa.update(t).where(t.c[key] == sid)
            conn.execute(update.values({column: sealer.seal(plain, context)}))
            count += 1
    return count
