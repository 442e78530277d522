"""/v1/ServiceProviders/{sid}/SpeechCredentials and /v1/Accounts/{sid}/SpeechCredentials."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import (
    SpeechCredentialCreate,
    SpeechCredentialList,
    SpeechCredentialUpdate,
    SpeechLanguagesAndVoices,
)
from handlers.context import core, principal
from jambonz.services import speech_credentials as service

# Every operation exists under both paths; the keyword names the path's tenant.


async def _create(body: dict[str, Any], token_info: dict[str, Any], **where: str):
    data = SpeechCredentialCreate.model_validate(body)
    sid = await service.create(core().db, core().row_sealer, principal(token_info), data, **where)
    return {"sid": sid}, 201


async def _list(token_info: dict[str, Any], **where: str):
    items = await service.list_all(core().db, core().row_sealer, principal(token_info), **where)
    # Properties the vendor does not use are absent, as in jambonz (not null).
    return SpeechCredentialList(items).model_dump(exclude_unset=True), 200


async def _get(speech_credential_sid: str, token_info: dict[str, Any], **where: str):
    item = await service.get(
        core().db, core().row_sealer, principal(token_info), speech_credential_sid, **where
    )
    return item.model_dump(exclude_unset=True), 200


async def _update(
    speech_credential_sid: str, body: dict[str, Any], token_info: dict[str, Any], **where: str
):
    data = SpeechCredentialUpdate.model_validate(body)
    await service.update_one(
        core().db, core().row_sealer, principal(token_info), speech_credential_sid, data, **where
    )
    return NoContent, 204


async def _delete(speech_credential_sid: str, token_info: dict[str, Any], **where: str):
    await service.delete_one(core().db, principal(token_info), speech_credential_sid, **where)
    return NoContent, 204


async def _test(speech_credential_sid: str, token_info: dict[str, Any], **where: str):
    result = await service.test_one(
        core().db, core().row_sealer, principal(token_info), speech_credential_sid, **where
    )
    return result, 200


async def _languages(token_info: dict[str, Any], vendor: str | None, **where: str):
    lists = await service.supported_languages_and_voices(
        core().db, principal(token_info), vendor, **where
    )
    return SpeechLanguagesAndVoices.model_validate(lists).model_dump(exclude_none=True), 200


# -- under a service provider ---------------------------------------------------------


async def create_service_provider_speech_credential(
    service_provider_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    return await _create(body, token_info, service_provider_sid=service_provider_sid)


async def list_service_provider_speech_credentials(
    service_provider_sid: str, token_info: dict[str, Any]
):
    return await _list(token_info, service_provider_sid=service_provider_sid)


async def get_service_provider_speech_credential(
    service_provider_sid: str, speech_credential_sid: str, token_info: dict[str, Any]
):
    return await _get(speech_credential_sid, token_info, service_provider_sid=service_provider_sid)


async def update_service_provider_speech_credential(
    service_provider_sid: str,
    speech_credential_sid: str,
    body: dict[str, Any],
    token_info: dict[str, Any],
):
    return await _update(
        speech_credential_sid, body, token_info, service_provider_sid=service_provider_sid
    )


async def delete_service_provider_speech_credential(
    service_provider_sid: str, speech_credential_sid: str, token_info: dict[str, Any]
):
    return await _delete(
        speech_credential_sid, token_info, service_provider_sid=service_provider_sid
    )


async def test_service_provider_speech_credential(
    service_provider_sid: str, speech_credential_sid: str, token_info: dict[str, Any]
):
    return await _test(speech_credential_sid, token_info, service_provider_sid=service_provider_sid)


async def list_service_provider_languages_and_voices(
    service_provider_sid: str,
    token_info: dict[str, Any],
    vendor: str | None = None,
    label: str | None = None,
    create_new: str | None = None,
):
    return await _languages(token_info, vendor, service_provider_sid=service_provider_sid)


# -- under an account -----------------------------------------------------------------


async def create_account_speech_credential(
    account_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    return await _create(body, token_info, account_sid=account_sid)


async def list_account_speech_credentials(account_sid: str, token_info: dict[str, Any]):
    return await _list(token_info, account_sid=account_sid)


async def get_account_speech_credential(
    account_sid: str, speech_credential_sid: str, token_info: dict[str, Any]
):
    return await _get(speech_credential_sid, token_info, account_sid=account_sid)


async def update_account_speech_credential(
    account_sid: str, speech_credential_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    return await _update(speech_credential_sid, body, token_info, account_sid=account_sid)


async def delete_account_speech_credential(
    account_sid: str, speech_credential_sid: str, token_info: dict[str, Any]
):
    return await _delete(speech_credential_sid, token_info, account_sid=account_sid)


async def test_account_speech_credential(
    account_sid: str, speech_credential_sid: str, token_info: dict[str, Any]
):
    return await _test(speech_credential_sid, token_info, account_sid=account_sid)


async def list_account_languages_and_voices(
    account_sid: str,
    token_info: dict[str, Any],
    vendor: str | None = None,
    label: str | None = None,
    create_new: str | None = None,
):
    return await _languages(token_info, vendor, account_sid=account_sid)
