"""/v1/Availability (core in services.availability)."""

from __future__ import annotations

from typing import Any

from handlers.context import core, principal
from jambonz.services import availability


async def get_availability(
    token_info: dict[str, Any], type_: str | None = None, value: str | None = None
):
    principal(token_info)  # any valid key or session, as jambonz
    free = await availability.is_available(core().db, type_, value)
    return {"available": free}, 200
