"""A SQLite database holds every tenant's data (sealed secrets, API key hashes, call
records): its file and its WAL and SHM companions are readable by their owner only.

SQLite creates the WAL and SHM files with the database file's own mode, so a database
file made 0600 before SQLite first opens it keeps all three private, whatever the umask.
Files an older version left world-readable are tightened at start, with a log line.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from jambonz.db.urls import is_sqlite, sync_url

log = logging.getLogger("jambonz.db")

PRIVATE = 0o600
COMPANIONS = ("", "-wal", "-shm", "-journal")


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL; None for PostgreSQL and in-memory databases."""
    if not is_sqlite(url):
        return None
    database = sync_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def secure_sqlite_file(url: str) -> None:
    """Create the database file 0600 if it does not exist yet, and tighten it and its
    companions if they are readable by anyone else."""
    path = sqlite_path(url)
    if path is None:
        return
    if not path.exists() and path.parent.is_dir():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    for suffix in COMPANIONS:
        file = path.with_name(path.name + suffix)
        try:
            mode = file.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if mode & 0o077:
            os.chmod(file, PRIVATE)
            log.warning(
                "tightened %s to mode 0600 (was %o): it holds every tenant's data", file, mode
            )
