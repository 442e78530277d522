"""/v1/login and /v1/logout (core in services.login and jambonz/sessions.py)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import LoginRequest
from handlers.context import client_address, core, principal
from jambonz.services import login as service


async def login(body: dict[str, Any]):
    found = core()
    data = LoginRequest.model_validate(body)
    result = await service.login(
        found.db,
        found.sessions,
        service.Limits.from_settings(found.settings),
        data.username,
        data.password,
        client_address(),
    )
    return result.model_dump(exclude_none=True), 200


async def logout(token_info: dict[str, Any]):
    await service.logout(core().sessions, principal(token_info))
    return NoContent, 204
