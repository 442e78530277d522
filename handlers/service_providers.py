"""/v1/ServiceProviders"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import ServiceProviderCreate, ServiceProviderUpdate
from handlers.context import core, principal
from jambonz.services import service_providers


async def create_service_provider(body: dict[str, Any], token_info: dict[str, Any]):
    data = ServiceProviderCreate.model_validate(body)
    sid = await service_providers.create(core().db, principal(token_info), data)
    return {"sid": sid}, 201


async def list_service_providers(token_info: dict[str, Any]):
    items = await service_providers.list_all(core().db, principal(token_info))
    return [item.model_dump() for item in items], 200


async def get_service_provider(service_provider_sid: str, token_info: dict[str, Any]):
    item = await service_providers.get(core().db, principal(token_info), service_provider_sid)
    return item.model_dump(), 200


async def update_service_provider(
    service_provider_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = ServiceProviderUpdate.model_validate(body)
    await service_providers.update_one(core().db, principal(token_info), service_provider_sid, data)
    return NoContent, 204


async def delete_service_provider(service_provider_sid: str, token_info: dict[str, Any]):
    await service_providers.delete_one(core().db, principal(token_info), service_provider_sid)
    return NoContent, 204
