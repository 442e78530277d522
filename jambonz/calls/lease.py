"""Which worker process of a server runs its live calls: the engine lease.

Live calls are state in memory (a call's verbs, its conference room, its queue), and two
calls that meet in a room must be in the same process. When the server runs several
worker processes, exactly one of them holds the lease and runs the call engine; the
others pass every live-call request to it over a private Unix socket (handlers/live.py).

The lease is an exclusive `flock` on a file named after the server (its database URL,
host and port), so it needs no service and is released by the kernel when its holder
dies; the worker started in the dead one's place takes it. With one worker there is no
lease: the process runs its calls itself.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

from jambonz.config import Settings, runtime_dir


class EngineLease:
    """An exclusive, non-blocking lock held for the life of the process that wins it."""

    def __init__(self, key: str, directory: Path | None = None) -> None:
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        base = directory or runtime_dir()
        self.lock_path = base / f"engine-{digest}.lock"
        self.socket_path = str(base / f"engine-{digest}.sock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True when this process now holds the lease (or already did)."""
        if self._fd is not None:
            return True
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def lease_for(settings: Settings) -> EngineLease | None:
    """The lease of this server, or None when it runs a single process."""
    if settings.workers <= 1:
        return None
    return EngineLease(f"{settings.database_url}|{settings.host}|{settings.port}")
