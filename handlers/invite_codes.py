"""/v1/BetaInviteCodes"""

from __future__ import annotations

from typing import Any

from generated.models import InviteCodesCreate
from handlers.context import core, optional_body, principal
from jambonz.services import invite_codes


async def create_invite_codes(token_info: dict[str, Any], body: Any = None):
    data = optional_body(InviteCodesCreate, body)
    codes = await invite_codes.create(core().db, principal(token_info), data.count)
    return {"status": "ok", "added": len(codes), "codes": codes}, 200
