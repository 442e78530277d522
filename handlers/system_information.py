"""/v1/SystemInformation (core in services.system_information)."""

from __future__ import annotations

from typing import Any

from generated.models import SystemInformationUpdate
from handlers.context import core, principal
from jambonz.services import system_information


async def get_system_information(token_info: dict[str, Any]):
    found = await system_information.get(core().db, principal(token_info))
    return found.model_dump(exclude_unset=True), 200


async def update_system_information(body: dict[str, Any], token_info: dict[str, Any]):
    data = SystemInformationUpdate.model_validate(body)
    stored = await system_information.update(core().db, principal(token_info), data)
    return stored.model_dump(), 201
