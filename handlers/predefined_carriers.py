"""/v1/PredefinedCarriers, and carriers created from them under a provider or an account."""

from __future__ import annotations

from typing import Any

from handlers.context import core, principal
from jambonz.services import predefined_carriers


async def list_predefined_carriers():
    return [item.model_dump() for item in await predefined_carriers.list_all(core().db)], 200


async def add_service_provider_predefined_carrier(
    service_provider_sid: str, predefined_carrier_sid: str, token_info: dict[str, Any]
):
    sid = await predefined_carriers.create_for_service_provider(
        core().db, principal(token_info), service_provider_sid, predefined_carrier_sid
    )
    return {"sid": sid}, 201


async def add_account_predefined_carrier(
    account_sid: str, predefined_carrier_sid: str, token_info: dict[str, Any]
):
    sid = await predefined_carriers.create_for_account(
        core().db, principal(token_info), account_sid, predefined_carrier_sid
    )
    return {"sid": sid}, 201
