"""/v1/PasswordSettings (core in services.password_settings)."""

from __future__ import annotations

from typing import Any

from generated.models import PasswordSettingsUpdate
from handlers.context import core, principal
from jambonz.services import password_settings


async def get_password_settings(token_info: dict[str, Any]):
    found = await password_settings.get(core().db)
    return found.model_dump(exclude_none=True), 200


async def update_password_settings(body: dict[str, Any], token_info: dict[str, Any]):
    data = PasswordSettingsUpdate.model_validate(body)
    await password_settings.update(core().db, principal(token_info), data)
    return {}, 201
