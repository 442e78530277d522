"""/v1/LcrCarrierSetEntries: the carriers of least-cost routes (core in services.lcrs)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import LcrCarrierSetEntryCreate, LcrCarrierSetEntryUpdate
from handlers.context import core, principal
from jambonz.services import lcrs
from jambonz.services.common import changes


async def create_lcr_carrier_set_entry(body: dict[str, Any], token_info: dict[str, Any]):
    values = changes(LcrCarrierSetEntryCreate.model_validate(body))
    sid = await lcrs.create_entry(core().db, principal(token_info), values)
    return {"sid": sid}, 201


async def list_lcr_carrier_set_entries(
    token_info: dict[str, Any], lcr_route_sid: str | None = None
):
    return await lcrs.list_entries(core().db, principal(token_info), lcr_route_sid), 200


async def get_lcr_carrier_set_entry(lcr_carrier_set_entry_sid: str, token_info: dict[str, Any]):
    item = await lcrs.get_entry(core().db, principal(token_info), lcr_carrier_set_entry_sid)
    return item, 200


async def update_lcr_carrier_set_entry(
    lcr_carrier_set_entry_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    values = changes(LcrCarrierSetEntryUpdate.model_validate(body))
    await lcrs.update_entry(core().db, principal(token_info), lcr_carrier_set_entry_sid, values)
    return NoContent, 204


async def delete_lcr_carrier_set_entry(lcr_carrier_set_entry_sid: str, token_info: dict[str, Any]):
    await lcrs.delete_entry(core().db, principal(token_info), lcr_carrier_set_entry_sid)
    return NoContent, 204
