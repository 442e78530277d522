"""Running the app under uvicorn (used by `jambonz-api serve`)."""

from __future__ import annotations

import uvicorn
from starlette.types import ASGIApp

from handlers.app import create_app
from jambonz.config import Settings
from jambonz.runtime import Core
from jambonz.workers import WorkerSlot, as_worker, private_socket


def build_app() -> ASGIApp:
    """uvicorn factory: each worker process builds its own Core from the environment; with
    several workers each is an instance of the platform, with its slot's name and its own
    port (jambonz/workers.py)."""
    settings = Settings.from_env()
    if settings.workers <= 1:
        return create_app(Core.from_settings(settings))
    slot = WorkerSlot.take(settings)
    sock = private_socket(settings)
    core = Core.from_settings(as_worker(settings, slot, sock.getsockname()[1]))
    core.worker_slot = slot
    return create_app(core, worker_socket=sock)


def _http_protocol() -> str:
    """httptools with the head's bounds and the read timeouts (handlers/http_protocol.py);
    h11 where httptools is not installed, bounded by uvicorn's own
    `h11_max_incomplete_event_size` (a head too large is then a 400)."""
    try:
        import httptools  # noqa: F401
    except ImportError:  # pragma: no cover - httptools comes with uvicorn[standard]
        return "h11"
    return "handlers.http_protocol:BoundedHttpToolsProtocol"


def run(settings: Settings) -> None:
    uvicorn.run(
        "handlers.server:build_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers if settings.workers > 1 else None,
        log_level=settings.log_level,
        loop="auto",
        http=_http_protocol(),
        h11_max_incomplete_event_size=settings.max_header_bytes,
    )
