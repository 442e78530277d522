"""GET /v1/health (also answered at /health and / by the app, without auth)."""

from __future__ import annotations

from typing import Any


async def get_health() -> dict[str, Any]:
    return {"status": "ok"}
