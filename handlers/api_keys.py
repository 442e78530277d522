"""/v1/ApiKeys, /v1/Accounts/{sid}/ApiKeys and /v1/ServiceProviders/{sid}/ApiKeys"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import ApiKeyCreate
from handlers.context import core, optional_body, principal
from jambonz.services import api_keys


async def create_api_key(token_info: dict[str, Any], body: Any = None):
    data = optional_body(ApiKeyCreate, body)
    created = await api_keys.create(core().db, principal(token_info), data)
    return created.model_dump(), 201


async def delete_api_key(api_key_sid: str, token_info: dict[str, Any]):
    await api_keys.delete_one(core().db, principal(token_info), api_key_sid)
    return NoContent, 204


async def list_account_api_keys(account_sid: str, token_info: dict[str, Any]):
    items = await api_keys.list_for_account(core().db, principal(token_info), account_sid)
    return [item.model_dump() for item in items], 200


async def list_service_provider_api_keys(service_provider_sid: str, token_info: dict[str, Any]):
    items = await api_keys.list_for_service_provider(
        core().db, principal(token_info), service_provider_sid
    )
    return [item.model_dump() for item in items], 200
