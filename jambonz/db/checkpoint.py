"""SQLite WAL checkpoints in a background thread instead of in a request.

In WAL mode a commit appends to the write-ahead log; now and then the log is copied back
into the database file and the file is synced: a checkpoint. SQLite runs it by default in
whichever commit crosses 1,000 pages, and since SQLite statements run on the event loop
(jambonz/db/engine.py), that request and every other one of its worker waited for it:
under a load of writes the checkpoints were about a sixth of the server's time and most of
its p99 latency (`make bench`, `app_create`).

So the API's connections turn automatic checkpoints off (`wal_autocheckpoint=0`) and each
process runs this thread, which every `interval` seconds, when the process has committed
since the last time, asks for a PASSIVE checkpoint on a connection of its own: it never
waits for readers or writers, and sqlite3 releases the GIL while it works. SQLite still
checkpoints when the last connection to the database closes.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger("jambonz.db")

DEFAULT_INTERVAL = 0.25


class Checkpointer:
    """One daemon thread per database file and process, started on the first commit."""

    def __init__(self, path: str, interval: float = DEFAULT_INTERVAL) -> None:
        self.path = path
        self.interval = interval
        self.checkpoints = 0
        self._dirty = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        """Call after each commit of this process."""
        self._dirty.set()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="jambonz-wal-checkpoint", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        try:
            while not self._stop.wait(self.interval):
                if self._dirty.is_set():
                    self._dirty.clear()
                    self._checkpoint(conn)
            if self._dirty.is_set():
                self._checkpoint(conn)
        finally:
            conn.close()

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.checkpoints += 1
        except sqlite3.Error as exc:  # busy or locked: the next round tries again
            log.debug("WAL checkpoint skipped: %s", exc)
            self._dirty.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._stop.clear()
