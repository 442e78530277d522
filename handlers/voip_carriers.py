"""/v1/VoipCarriers, and carriers addressed under a service provider or an account."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import VoipCarrierCreate, VoipCarrierList, VoipCarrierUpdate
from handlers.context import core, principal
from jambonz.services import voip_carriers
from jambonz.services.common import page_request


async def create_voip_carrier(body: dict[str, Any], token_info: dict[str, Any]):
    data = VoipCarrierCreate.model_validate(body)
    sid = await voip_carriers.create(core().db, principal(token_info), data)
    return {"sid": sid}, 201


async def list_voip_carriers(
    token_info: dict[str, Any],
    account_sid: str | None = None,
    name: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await voip_carriers.list_all(
        core().db,
        principal(token_info),
        account_filter=account_sid,
        name=name,
        page=page_request(page, page_size),
    )
    return VoipCarrierList(result).model_dump(), 200


async def get_voip_carrier(voip_carrier_sid: str, token_info: dict[str, Any]):
    item = await voip_carriers.get(core().db, principal(token_info), voip_carrier_sid)
    return item.model_dump(), 200


async def update_voip_carrier(
    voip_carrier_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = VoipCarrierUpdate.model_validate(body)
    await voip_carriers.update_one(core().db, principal(token_info), voip_carrier_sid, data)
    return NoContent, 204


async def delete_voip_carrier(voip_carrier_sid: str, token_info: dict[str, Any]):
    await voip_carriers.delete_one(core().db, principal(token_info), voip_carrier_sid)
    return NoContent, 204


# -- under a service provider ---------------------------------------------------------


async def create_service_provider_voip_carrier(
    service_provider_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = VoipCarrierCreate.model_validate(body)
    sid = await voip_carriers.create(
        core().db, principal(token_info), data, service_provider_sid=service_provider_sid
    )
    return {"sid": sid}, 201


async def list_service_provider_voip_carriers(
    service_provider_sid: str,
    token_info: dict[str, Any],
    account_sid: str | None = None,
    name: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await voip_carriers.list_all(
        core().db,
        principal(token_info),
        service_provider_sid=service_provider_sid,
        account_filter=account_sid,
        name=name,
        page=page_request(page, page_size),
    )
    return VoipCarrierList(result).model_dump(), 200


async def update_service_provider_voip_carrier(
    service_provider_sid: str,
    voip_carrier_sid: str,
    body: dict[str, Any],
    token_info: dict[str, Any],
):
    data = VoipCarrierUpdate.model_validate(body)
    await voip_carriers.update_one(
        core().db,
        principal(token_info),
        voip_carrier_sid,
        data,
        service_provider_sid=service_provider_sid,
    )
    return NoContent, 204


# -- under an account -----------------------------------------------------------------


async def create_account_voip_carrier(
    account_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = VoipCarrierCreate.model_validate(body)
    sid = await voip_carriers.create(
        core().db, principal(token_info), data, account_sid=account_sid
    )
    return {"sid": sid}, 201


async def list_account_voip_carriers(
    account_sid: str,
    token_info: dict[str, Any],
    name: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await voip_carriers.list_all(
        core().db,
        principal(token_info),
        account_sid=account_sid,
        name=name,
        page=page_request(page, page_size),
    )
    return VoipCarrierList(result).model_dump(), 200


async def update_account_voip_carrier(
    account_sid: str, voip_carrier_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = VoipCarrierUpdate.model_validate(body)
    await voip_carriers.update_one(
        core().db, principal(token_info), voip_carrier_sid, data, account_sid=account_sid
    )
    return NoContent, 204
