"""/v1/SipGateways: the SIP endpoints of a carrier (shared logic in services.gateways)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import SipGatewayCreate, SipGatewayUpdate
from handlers.context import core, principal
from jambonz.services import gateways


async def create_sip_gateway(body: dict[str, Any], token_info: dict[str, Any]):
    data = SipGatewayCreate.model_validate(body)
    sid = await gateways.create(core().db, principal(token_info), gateways.SIP, data)
    return {"sid": sid}, 201


async def list_sip_gateways(voip_carrier_sid: str, token_info: dict[str, Any]):
    items = await gateways.list_for_carrier(
        core().db, principal(token_info), gateways.SIP, voip_carrier_sid
    )
    return [item.model_dump() for item in items], 200


async def get_sip_gateway(sip_gateway_sid: str, token_info: dict[str, Any]):
    item = await gateways.get(core().db, principal(token_info), gateways.SIP, sip_gateway_sid)
    return item.model_dump(), 200


async def update_sip_gateway(
    sip_gateway_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = SipGatewayUpdate.model_validate(body)
    await gateways.update_one(core().db, principal(token_info), gateways.SIP, sip_gateway_sid, data)
    return NoContent, 204


async def delete_sip_gateway(sip_gateway_sid: str, token_info: dict[str, Any]):
    await gateways.delete_one(core().db, principal(token_info), gateways.SIP, sip_gateway_sid)
    return NoContent, 204
