"""/v1/Accounts/{AccountSid}/Limits and /v1/ServiceProviders/{ServiceProviderSid}/Limits"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import LimitCreate
from handlers.context import core, principal
from jambonz.services import limits
from jambonz.services.limits import ACCOUNT, SERVICE_PROVIDER


async def set_account_limit(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = LimitCreate.model_validate(body)
    sid = await limits.upsert(core().db, principal(token_info), ACCOUNT, account_sid, data)
    return {"sid": sid}, 201


async def list_account_limits(
    account_sid: str, token_info: dict[str, Any], category: str | None = None
):
    items = await limits.list_limits(
        core().db, principal(token_info), ACCOUNT, account_sid, category
    )
    return [item.model_dump() for item in items], 200


async def delete_account_limits(
    account_sid: str, token_info: dict[str, Any], category: str | None = None
):
    await limits.delete_limits(core().db, principal(token_info), ACCOUNT, account_sid, category)
    return NoContent, 204


async def set_service_provider_limit(
    service_provider_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = LimitCreate.model_validate(body)
    sid = await limits.upsert(
        core().db, principal(token_info), SERVICE_PROVIDER, service_provider_sid, data
    )
    return {"sid": sid}, 201


async def list_service_provider_limits(
    service_provider_sid: str, token_info: dict[str, Any], category: str | None = None
):
    items = await limits.list_limits(
        core().db, principal(token_info), SERVICE_PROVIDER, service_provider_sid, category
    )
    return [item.model_dump() for item in items], 200


async def delete_service_provider_limits(
    service_provider_sid: str, token_info: dict[str, Any], category: str | None = None
):
    await limits.delete_limits(
        core().db, principal(token_info), SERVICE_PROVIDER, service_provider_sid, category
    )
    return NoContent, 204
