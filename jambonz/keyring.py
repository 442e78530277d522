"""Where the keys that seal secrets at rest come from, the same way for the server, the
CLI and the migrations (so that what one seals the others open).

In order:
1. `JAMBONZ_ENCRYPTION_SECRET` (with `JAMBONZ_ENCRYPTION_OLD_SECRET`, opened but never
   sealed with, for a rotation): the way for several servers sharing one database.
2. Otherwise a key file: `JAMBONZ_ENCRYPTION_KEY_FILE`, or by default next to a SQLite
   database file (`jambonz.db.key` beside `jambonz.db`), or, for PostgreSQL and in-memory
   SQLite, `~/.config/jambonz-api/encryption.key`. It is made on first use with a random
   secret (32 bytes), mode 0600, and read at later starts. One secret a line, the current
   one first; the others (the keys a rotation replaced) are only opened with.
3. Only when neither can be had (the key file cannot be written): the public development
   secret, with an error logged at every start.

The key file lives outside the database on purpose: a dump or backup of the database alone
reveals no secret.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from jambonz.config import Settings
from jambonz.sealing import DEVELOPMENT_SECRET, Sealer, key_id

log = logging.getLogger("jambonz.keyring")

SECRET_BYTES = 32


def new_secret() -> str:
    """A fresh random secret (32 bytes of entropy, URL-safe text)."""
    return secrets.token_urlsafe(SECRET_BYTES)


def key_file_path(settings: Settings) -> Path:
    """The key file the settings name, or the default for their database."""
    if settings.encryption_key_file:
        return Path(settings.encryption_key_file).expanduser()
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().resolve().with_name(Path(url.database).name + ".key")
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "jambonz-api" / "encryption.key"


def read_key_file(path: Path) -> list[str]:
    """The secrets of a key file, the current one first (blank lines and `#` comments
    skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def write_key_file(path: Path, keys: Sequence[str]) -> None:
    """Write the key file atomically, 0600 from its first byte (a temporary file in the
    same directory, renamed over the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(
                "# jambonz-api encryption keys: the first seals, every one opens.\n"
                "# Keep this file out of database backups; losing it loses the secrets.\n"
            )
            out.writelines(f"{key}\n" for key in keys)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _create_key_file(path: Path) -> None:
    """Make the key file with a new secret, unless another process just did (O_EXCL)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(
            "# jambonz-api encryption keys: the first seals, every one opens.\n"
            "# Keep this file out of database backups; losing it loses the secrets.\n"
            f"{new_secret()}\n"
        )
    log.warning("made a new encryption key file %s (mode 0600): back it up", path)


@dataclass(frozen=True)
class KeySource:
    """The secrets in use, the current one first, and where they come from."""

    secrets: tuple[str, ...]
    origin: str
    key_file: Path | None = None

    def sealer(self) -> Sealer:
        reload = None
        if self.key_file is not None:
            path = self.key_file
            reload = lambda: read_key_file(path)  # noqa: E731
        return Sealer(*self.secrets, reload=reload)


def key_source(settings: Settings, *, create: bool = True) -> KeySource:
    """The keys for these settings (see the module's docstring); makes the key file on
    first use when `create`."""
    if settings.encryption_secret:
        old = (settings.encryption_old_secret,) if settings.encryption_old_secret else ()
        return KeySource((settings.encryption_secret, *old), "JAMBONZ_ENCRYPTION_SECRET")
    path = key_file_path(settings)
    try:
        if create and not path.exists():
            _create_key_file(path)
        found = read_key_file(path)
        if not found:
            raise OSError(f"{path} holds no key")
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, 0o600)
            log.warning("tightened the encryption key file %s to 0600 (was %o)", path, mode)
        return KeySource(tuple(found), f"key file {path}", path)
    except OSError as exc:
        log.error(
            "cannot use the encryption key file %s (%s): secrets at rest are sealed with the "
            "PUBLIC development secret. Set JAMBONZ_ENCRYPTION_SECRET or "
            "JAMBONZ_ENCRYPTION_KEY_FILE.",
            path,
            exc,
        )
        return KeySource((DEVELOPMENT_SECRET,), "the public development secret")


def sealer_for(settings: Settings, *, announce: bool = True) -> Sealer:
    """The sealer for these settings, with one log line saying which key is used."""
    source = key_source(settings)
    if announce:
        log.info(
            "secrets at rest are sealed with key %s from %s",
            key_id(source.secrets[0]),
            source.origin,
        )
    return source.sealer()
