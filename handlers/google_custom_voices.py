"""/v1/GoogleCustomVoices: custom voice models of Google speech credentials."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import GoogleCustomVoiceCreate, GoogleCustomVoiceList, GoogleCustomVoiceUpdate
from handlers.context import core, principal
from jambonz.services import google_custom_voices


async def create_google_custom_voice(body: dict[str, Any], token_info: dict[str, Any]):
    data = GoogleCustomVoiceCreate.model_validate(body)
    sid = await google_custom_voices.create(core().db, principal(token_info), data)
    return {"sid": sid}, 201


async def list_google_custom_voices(
    token_info: dict[str, Any],
    speech_credential_sid: str | None = None,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
    label: str | None = None,
):
    items = await google_custom_voices.list_all(
        core().db,
        principal(token_info),
        # An empty filter (`account_sid=`, as the portal sends it) is no filter.
        speech_credential_sid=speech_credential_sid or None,
        account_sid=account_sid or None,
        service_provider_sid=service_provider_sid or None,
        label=label,
    )
    return GoogleCustomVoiceList(items).model_dump(), 200


async def get_google_custom_voice(google_custom_voice_sid: str, token_info: dict[str, Any]):
    item = await google_custom_voices.get(core().db, principal(token_info), google_custom_voice_sid)
    return item.model_dump(), 200


async def update_google_custom_voice(
    google_custom_voice_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = GoogleCustomVoiceUpdate.model_validate(body)
    await google_custom_voices.update_one(
        core().db, principal(token_info), google_custom_voice_sid, data
    )
    return NoContent, 204


async def delete_google_custom_voice(google_custom_voice_sid: str, token_info: dict[str, Any]):
    await google_custom_voices.delete_one(core().db, principal(token_info), google_custom_voice_sid)
    return NoContent, 204
