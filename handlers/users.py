"""/v1/Users and /v1/Users/me (core in services.users)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import UserCreate, UserUpdate
from handlers.context import core, principal
from jambonz.services import users


async def list_users(token_info: dict[str, Any]):
    items = await users.list_all(core().db, principal(token_info))
    return [item.model_dump(exclude_none=True) for item in items], 200


async def create_user(body: dict[str, Any], token_info: dict[str, Any]):
    sid = await users.create(core().db, principal(token_info), UserCreate.model_validate(body))
    return {"user_sid": sid}, 201


async def get_current_user(token_info: dict[str, Any]):
    found = await users.me(core().db, principal(token_info))
    return found.model_dump(exclude_unset=True), 200


async def get_user(user_sid: str, token_info: dict[str, Any]):
    found = await users.get(core().db, principal(token_info), user_sid)
    return found.model_dump(), 200


async def update_user(user_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    found = core()
    ended = await users.update_one(
        found.db, principal(token_info), user_sid, UserUpdate.model_validate(body)
    )
    await found.sessions.close(ended)
    return NoContent, 204


async def delete_user(user_sid: str, token_info: dict[str, Any]):
    found = core()
    ended = await users.delete_one(found.db, principal(token_info), user_sid)
    await found.sessions.close(ended)
    return NoContent, 204
