"""A read cache that every write on this host invalidates at once.

Most requests read rows that rarely change (the account at a path, an application), and on
PostgreSQL each such read is a network round trip and a backend's CPU on a machine the
database shares with the API. So the results of `Prepared` reads are kept in memory,
keyed by statement and parameters, and each entry carries a **stamp**: the change counters
of the tables the statement reads, taken *before* it ran.

The change counters live in a small memory-mapped file (`ChangeCounters`) shared by every
process on the host that uses the same database: each worker of a server, another server
on the same database, the CLI. A transaction that wrote to a table gives that table's
counter a new, never-repeated value *after* it commits (`Database.write`). An entry is
served only while every counter of its stamp is unchanged, so:

- a read never returns data older than a write whose response has been sent, whichever
  process made it (the counter changes before that response leaves);
- a read that raced with a commit is stamped with the counter from before the commit, so
  it is discarded as soon as that commit's counter changes;
- writes made where the counters cannot see them (another host, `psql`) are seen after at
  most `ttl` seconds (`JAMBONZ_READ_CACHE_SECONDS`, default 5; 0 turns the cache off).

Each table of the schema has a counter of its own. A delete from a table also changes the
counters of the tables whose foreign keys refer to it with `ON DELETE SET NULL`/`CASCADE`,
since the database changes those rows too.
"""

from __future__ import annotations

import hashlib
import itertools
import mmap
import os
import struct
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData

from jambonz.db.tables import metadata as schema

SLOTS = 256
_SLOT = struct.Struct("=q")
MAX_ENTRIES = 10_000
DEFAULT_TTL = 5.0
EVERY_TABLE = "*"  # a write whose tables are not known: every counter changes
DELETED = "-"  # prefix of a table rows were deleted from (the database may change others)


_KNOWN = {name: n for n, name in enumerate(sorted(schema.tables))}


def slot_of(table: str) -> int:
    """The schema's tables each have a slot of their own; any other table (the tests')
    hashes into the rest."""
    known = _KNOWN.get(table)
    if known is not None:
        return known
    return len(_KNOWN) + zlib.crc32(table.encode()) % (SLOTS - len(_KNOWN))


class ChangeCounters:
    """One 64-bit counter per slot, in a file every process on the host maps.

    A write stores a value no other process stores (a random tag of this process in the
    high bits, its own sequence in the low ones), so a counter does not return to a value a
    reader has seen; no lock is needed, since a reader only asks "is it still the same?".
    """

    def __init__(self, path: Path | None) -> None:
        size = SLOTS * _SLOT.size
        if path is None:  # a private database (SQLite in memory): this process alone
            self._map = mmap.mmap(-1, size)
        else:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                if os.fstat(fd).st_size < size:
                    os.ftruncate(fd, size)
                self._map = mmap.mmap(fd, size)
            finally:
                os.close(fd)
        # The slots as 64-bit integers: an aligned 8-byte load or store each.
        self._slots = memoryview(self._map).cast("q")
        self._pid = -1

    def read(self, slots: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(map(self._slots.__getitem__, slots))

    def bump(self, slots: Iterable[int]) -> None:
        if os.getpid() != self._pid:  # first use, or a forked worker: a tag of its own
            self._pid = os.getpid()
            self._tag = int.from_bytes(os.urandom(3)) & 0x7FFFFF
            self._sequence = itertools.count(1)
        for s in slots:
            self._slots[s] = (self._tag << 40) | (next(self._sequence) & ((1 << 40) - 1))

    def close(self) -> None:
        self._slots.release()
        self._map.close()


def host_file(database_key: str, kind: str, directory: Path) -> Path:
    """The file of `kind` the processes of this host share for one database."""
    digest = hashlib.sha256(database_key.encode()).hexdigest()[:16]
    return directory / f"{kind}-{digest}"


def dependents(metadata: MetaData) -> dict[str, frozenset[str]]:
    """For each table, itself and every table the database may change when it changes
    (through foreign keys with an ON DELETE action), transitively."""
    direct: dict[str, set[str]] = {name: set() for name in metadata.tables}
    for table in metadata.tables.values():
        for fk in table.foreign_keys:
            if fk.ondelete is not None:
                direct.setdefault(fk.column.table.name, set()).add(table.name)
    closure: dict[str, frozenset[str]] = {}
    for name in direct:
        seen, todo = {name}, [name]
        while todo:
            for other in direct.get(todo.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        closure[name] = frozenset(seen)
    return closure


class ReadCache:
    """Rows of `Prepared` reads, valid while their tables' counters are unchanged."""

    def __init__(self, counters: ChangeCounters, metadata: MetaData, ttl: float) -> None:
        self.counters = counters
        self.ttl = ttl
        self._entries: dict[Any, tuple[tuple[int, ...], float, list[Any]]] = {}
        self._dependents = dependents(metadata)
        self.hits = 0
        self.misses = 0

    def stamp(self, slots: tuple[int, ...]) -> tuple[int, ...]:
        return self.counters.read(slots)

    def get(self, key: Any, stamp: tuple[int, ...]) -> list[Any] | None:
        entry = self._entries.get(key)
        if entry is not None and entry[0] == stamp and entry[1] > time.monotonic():
            self.hits += 1
            return entry[2]
        self.misses += 1
        return None

    def put(self, key: Any, stamp: tuple[int, ...], rows: list[Any]) -> None:
        entries = self._entries
        if len(entries) >= MAX_ENTRIES:
            # Drop the oldest quarter (dicts keep insertion order).
            for old in list(itertools.islice(entries, MAX_ENTRIES // 4)):
                del entries[old]
        entries[key] = (stamp, time.monotonic() + self.ttl, rows)

    def changed(self, tables: Iterable[str]) -> None:
        """Call after a transaction that wrote to `tables` has committed."""
        everything: set[str] = set()
        if EVERY_TABLE in tables:
            self.counters.bump(range(SLOTS))
            return
        for name in tables:
            if name.startswith(DELETED):
                name = name[len(DELETED) :]
                everything |= self._dependents.get(name, frozenset((name,)))
            else:
                everything.add(name)
        self.counters.bump({slot_of(name) for name in everything})

    def clear(self) -> None:
        self._entries.clear()
