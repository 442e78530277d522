"""/v1/TtsCache and /v1/Accounts/{sid}/TtsCache: jambonz's TTS cache in Redis."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from handlers.context import core, principal
from jambonz.services import tts_cache


async def get_tts_cache(token_info: dict[str, Any]):
    size = await tts_cache.size(core().db, core().tts_cache, principal(token_info))
    return {"size": size}, 200


async def purge_tts_cache(token_info: dict[str, Any]):
    await tts_cache.purge(core().db, core().tts_cache, principal(token_info))
    return NoContent, 204


async def get_account_tts_cache(account_sid: str, token_info: dict[str, Any]):
    size = await tts_cache.size(core().db, core().tts_cache, principal(token_info), account_sid)
    return {"size": size}, 200


async def purge_account_tts_cache(account_sid: str, token_info: dict[str, Any]):
    await tts_cache.purge(core().db, core().tts_cache, principal(token_info), account_sid)
    return NoContent, 204
