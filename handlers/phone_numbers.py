"""/v1/PhoneNumbers and /v1/ServiceProviders/{ServiceProviderSid}/PhoneNumbers"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import PhoneNumberCreate, PhoneNumberList, PhoneNumberUpdate
from handlers.context import core, principal
from jambonz.services import phone_numbers
from jambonz.services.common import page_request


async def create_phone_number(body: dict[str, Any], token_info: dict[str, Any]):
    data = PhoneNumberCreate.model_validate(body)
    sid = await phone_numbers.create(core().db, principal(token_info), data)
    return {"sid": sid}, 201


async def list_phone_numbers(
    token_info: dict[str, Any],
    filter_: str | None = None,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await phone_numbers.list_all(
        core().db,
        principal(token_info),
        number_filter=filter_,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        page=page_request(page, page_size),
    )
    return PhoneNumberList(result).model_dump(), 200


async def list_service_provider_phone_numbers(
    service_provider_sid: str,
    token_info: dict[str, Any],
    filter_: str | None = None,
    account_sid: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await phone_numbers.list_all(
        core().db,
        principal(token_info),
        path_service_provider_sid=service_provider_sid,
        number_filter=filter_,
        account_sid=account_sid,
        page=page_request(page, page_size),
    )
    return PhoneNumberList(result).model_dump(), 200


async def get_phone_number(phone_number_sid: str, token_info: dict[str, Any]):
    item = await phone_numbers.get(core().db, principal(token_info), phone_number_sid)
    return item.model_dump(), 200


async def update_phone_number(
    phone_number_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = PhoneNumberUpdate.model_validate(body)
    await phone_numbers.update_one(core().db, principal(token_info), phone_number_sid, data)
    return NoContent, 204


async def delete_phone_number(phone_number_sid: str, token_info: dict[str, Any]):
    await phone_numbers.delete_one(core().db, principal(token_info), phone_number_sid)
    return NoContent, 204
