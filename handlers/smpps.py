"""/v1/Smpps: the platform's SMPP addresses (core in services.smpps)."""

from __future__ import annotations

from typing import Any

from generated.models import SmppCreate
from handlers.context import core, principal
from handlers.crud import CrudHandlers
from jambonz.services import smpps

_smpps = CrudHandlers(smpps.SMPPS, create_model=SmppCreate)
create_smpp = _smpps.create
delete_smpp = _smpps.delete


async def list_smpps(token_info: dict[str, Any], service_provider_sid: str | None = None):
    items = await smpps.list_for_provider(core().db, principal(token_info), service_provider_sid)
    return items, 200
