"""SQLite write transactions, committed in groups, one writer process of the host at a time.

SQLite lets one connection of the host write at a time. Each commit costs a fixed amount
(the WAL frames of every page the transaction dirtied, the lock hand-over), and with
several worker processes the writers take turns: under a load of writes, the turns, not
the statements, set the pace (`make bench`, `app_create`).

So this process's write transactions share one SQLite transaction while they come in
together (group commit):

- The first `transaction()` takes the host's write lock (`HostWriterLock`), sends
  `BEGIN IMMEDIATE` and schedules the commit for the next turn of the event loop.
- Each `transaction()` runs its statements inside a `SAVEPOINT`, one after the other (an
  asyncio lock: savepoints are a stack). On an error its savepoint alone is rolled back,
  and only that caller sees the error; on success the savepoint is released.
- The writes that reach `transaction()` before the commit runs join the group. Each one
  returns only once the group has committed, so no caller is ever answered before its
  change is durable, and the callers of a failed commit all see the error.
- The reads of other requests use another connection, which sees committed data only: a
  change of the group is visible to all or to none.

While one process holds the lock, another process's writers wait for it in a thread, so
that process's event loop goes on serving its other requests and gathering its next group.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import sqlite3
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, suppress
from pathlib import Path

from sqlalchemy import Connection

_SAVEPOINT = "jambonz_write"


class HostWriterLock:
    """One SQLite writer at a time among this host's processes, handed over at once.

    Without it, a process whose `BEGIN IMMEDIATE` finds another process's transaction open
    waits in SQLite's busy handler, which sleeps 1, 2, 5, 10... ms (blocking its event
    loop) however soon the other commits. An `flock` wakes the waiter as soon as the holder
    lets go. The wait runs in a thread of its own, so the event loop goes on meanwhile.
    Each hold is a new open file (an `flock` belongs to the open file), so a wait abandoned
    by a cancelled caller can never release the lock of the next holder. Writers outside
    this lock (`sqlite3` by hand) still meet SQLite's busy timeout.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._held: int | None = None
        self._waiter: ThreadPoolExecutor | None = None
        self.waits = 0  # how many holds had to wait for another holder (for tests)

    async def acquire(self) -> None:
        if self.path is None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            await self._wait(fd)
        except BaseException:
            os.close(fd)
            raise
        self._held = fd

    async def _wait(self, fd: int) -> None:
        self.waits += 1
        if self._waiter is None:
            self._waiter = ThreadPoolExecutor(1, thread_name_prefix="jambonz-sqlite-lock")
        waiting = asyncio.get_running_loop().run_in_executor(
            self._waiter, fcntl.flock, fd, fcntl.LOCK_EX
        )
        try:
            await asyncio.shield(waiting)
        except BaseException:
            # Abandoned (cancelled, or flock failed): close the file once the wait ends,
            # which lets go of the lock if the wait got it.
            waiting.add_done_callback(lambda _done: os.close(fd))
            raise

    def release(self) -> None:
        if self._held is not None:
            fd, self._held = self._held, None
            os.close(fd)  # closing the only descriptor of the open file unlocks it

    def close(self) -> None:
        self.release()
        if self._waiter is not None:
            self._waiter.shutdown(wait=False)
            self._waiter = None


class _Group:
    """The callers sharing one SQLite transaction, and the outcome of its commit."""

    __slots__ = ("committed", "task")

    def __init__(self) -> None:
        self.committed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # Nobody may be left to see a failed commit (every member failed on its own).
        self.committed.add_done_callback(_retrieve)
        # The commit's task: the loop keeps only a weak reference to a task.
        self.task: asyncio.Task[None] | None = None


def _retrieve(future: asyncio.Future[None]) -> None:
    if not future.cancelled():
        future.exception()


class SqliteWriter:
    """This process's SQLite write transactions (see the module's docstring).

    `connect` opens the writer connection (again when it was closed or invalidated);
    `committed` is called after each commit (the WAL checkpointer). `grouped=False` commits
    each transaction on its own at once: for an in-memory database, whose one connection
    also serves the reads, which must never run inside a transaction left open.
    """

    def __init__(
        self,
        connect: Callable[[], Connection],
        host_lock: HostWriterLock,
        *,
        committed: Callable[[], None] | None = None,
        grouped: bool = True,
    ) -> None:
        self._connect = connect
        self.host_lock = host_lock
        self._committed = committed
        self._grouped = grouped
        self._conn: Connection | None = None
        self._turn: asyncio.Lock | None = None
        self._group: _Group | None = None
        self.commits = 0  # for tests and benchmarks: transactions per commit

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """One caller's transaction; returns once it is committed, or raises."""
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            group = self._group if self._group is not None else await self._open()
            conn = self._conn
            assert conn is not None
            raw = conn.connection.driver_connection
            raw.execute(f"SAVEPOINT {_SAVEPOINT}")
            try:
                yield conn
                raw.execute(f"RELEASE {_SAVEPOINT}")
            except BaseException as exc:
                self._undo(group, raw, exc)
                raise
            finally:
                if not self._grouped and self._group is group:
                    self._end(group)
        # Also when this caller is cancelled meanwhile: the group commits without it
        # waiting, and its change stands, as with a commit that had already returned.
        await asyncio.shield(group.committed)

    async def _open(self) -> _Group:
        await self.host_lock.acquire()
        try:
            if self._conn is None or self._conn.closed or self._conn.invalidated:
                self._conn = self._connect()
            self._conn.connection.driver_connection.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.host_lock.release()
            raise
        group = self._group = _Group()
        if self._grouped:
            group.task = asyncio.get_running_loop().create_task(self._commit_later(group))
        return group

    async def _commit_later(self, group: _Group) -> None:
        """The commit, in the next turn of the loop: after the writers already in line."""
        assert self._turn is not None
        async with self._turn:
            if self._group is group:
                self._end(group)

    def _undo(self, group: _Group, raw: sqlite3.Connection, exc: BaseException) -> None:
        """Roll back one caller's savepoint. If SQLite has already rolled back the whole
        transaction (a full disk, an I/O error), the group is lost: it ends with an error."""
        try:
            if raw.in_transaction:
                raw.execute(f"ROLLBACK TO {_SAVEPOINT}")
                raw.execute(f"RELEASE {_SAVEPOINT}")
                return
        except sqlite3.Error as undo_error:
            exc = undo_error
        if not isinstance(exc, Exception):
            exc = sqlite3.OperationalError("the write transaction was rolled back")
        self._end(group, exc)

    def _end(self, group: _Group, error: Exception | None = None) -> None:
        """Commit the group's transaction (roll it back after `error`), let go of the lock,
        and tell the members."""
        conn = self._conn
        assert conn is not None
        self._group = None
        try:
            if error is None:
                if conn.in_transaction():
                    conn.commit()
                else:
                    conn.connection.driver_connection.commit()
                self.commits += 1
        except Exception as exc:
            error = exc
        finally:
            if error is not None:
                try:
                    conn.rollback()  # also clears SQLAlchemy's state after a failed commit
                    raw = conn.connection.driver_connection
                    if raw.in_transaction:
                        raw.rollback()
                except Exception:  # the connection is gone, and its transaction with it
                    pass
            self.host_lock.release()
        if error is None:
            if self._committed is not None:
                self._committed()
            group.committed.set_result(None)
        else:
            group.committed.set_exception(error)

    async def close(self) -> None:
        """Wait for the group in progress to commit, then close the connection."""
        group = self._group
        if group is not None:
            with suppress(Exception):
                await asyncio.shield(group.committed)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.host_lock.close()
