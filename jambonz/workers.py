"""The worker processes of one server are instances of the platform, each on its own.

`jambonz-api serve --workers N` runs N uvicorn workers on one port. Each runs its own live
calls, like an instance on another host (jambonz/instances.py), and the platform's Redis
makes them one: a call is steered through any worker (handlers/owner_proxy.py), a room
holds the calls of all of them (jambonz/calls/shared_rooms.py), limits are counted
across them. So several workers need `JAMBONZ_REDIS_URL` (`one_worker_reason` says why a
server runs one worker instead), and one mechanism serves one host and many.

A worker needs what an instance needs:

- **a stable name**, so that a worker started in a dead one's place closes the calls its
  last run left: the worker takes the first free slot among the server's N (`WorkerSlot`,
  an exclusive `flock` the kernel releases when its holder dies) and is named
  `<instance name>/<slot>`;
- **its own address**, where the other instances send the requests for its calls: the
  shared port reaches any worker, so each also listens on a port of its own on the
  server's host (`private_socket`), advertised in place of the shared one.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from jambonz.config import Settings, runtime_dir

SLOT_WAIT_SECONDS = 10.0


class WorkerSlot:
    """Slot `index` of a server's workers, held for the life of the process."""

    def __init__(self, index: int, fd: int) -> None:
        self.index = index
        self._fd: int | None = fd

    @classmethod
    def take(cls, settings: Settings, directory: Path | None = None) -> WorkerSlot:
        """The first free slot of the server's `settings.workers`; waits a little for one
        (a worker restarted in a dead one's place may start before the kernel freed it)."""
        key = f"{settings.database_url}|{settings.host}|{settings.port}"
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        base = directory or runtime_dir()
        deadline = time.monotonic() + SLOT_WAIT_SECONDS
        while True:
            for index in range(settings.workers):
                fd = os.open(base / f"worker-{digest}-{index}.lock", os.O_RDWR | os.O_CREAT, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    continue
                return cls(index, fd)
            if time.monotonic() > deadline:
                raise RuntimeError(f"all {settings.workers} worker slots of this server are taken")
            time.sleep(0.1)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def private_socket(settings: Settings) -> socket.socket:
    """A listening socket of this worker alone, on the server's host, any free port."""
    host = settings.host or "0.0.0.0"
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    sock.set_inheritable(True)
    return sock


def as_worker(settings: Settings, slot: WorkerSlot, port: int) -> Settings:
    """The worker's settings: its name and the address of its own port."""
    parts = urlsplit(settings.advertised_url)
    host = parts.hostname or "127.0.0.1"
    host = f"[{host}]" if ":" in host else host
    url = urlunsplit((parts.scheme, f"{host}:{port}", parts.path, "", ""))
    return settings.with_overrides(
        instance_id=f"{settings.instance_name}/{slot.index}", service_url=url
    )


def one_worker_reason(settings: Settings) -> str | None:
    """Why a server asked for several workers runs one: None when its Redis answers."""
    if settings.workers <= 1:
        return None
    if not settings.redis_url:
        return "JAMBONZ_REDIS_URL is not set"
    import redis

    client = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        return f"its Redis ({_without_password(settings.redis_url)}) does not answer: {exc}"
    finally:
        client.close()
    return None


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, f"***@{netloc}", parts.path, parts.query, ""))
