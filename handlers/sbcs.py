"""/v1/Sbcs: the platform's SBC addresses (core in services.sbcs)."""

from __future__ import annotations

from typing import Any

from generated.models import SbcCreate
from handlers.context import core, principal
from handlers.crud import CrudHandlers
from jambonz.services import sbcs

_sbcs = CrudHandlers(sbcs.SBCS, create_model=SbcCreate)
create_sbc = _sbcs.create
delete_sbc = _sbcs.delete


async def list_sbcs(token_info: dict[str, Any], service_provider_sid: str | None = None):
    items = await sbcs.list_for_provider(core().db, principal(token_info), service_provider_sid)
    return items, 200
