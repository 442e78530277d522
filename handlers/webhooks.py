"""/v1/Webhooks"""

from __future__ import annotations

from typing import Any

from generated.models import Hook
from handlers.context import core, principal
from jambonz.services import webhooks


async def create_webhook(body: dict[str, Any], token_info: dict[str, Any]):
    data = Hook.model_validate(body)
    sid = await webhooks.create(core().db, principal(token_info), data)
    return {"sid": sid}, 201


async def get_webhook(webhook_sid: str, token_info: dict[str, Any]):
    item = await webhooks.get(core().db, principal(token_info), webhook_sid)
    return item.model_dump(), 200
