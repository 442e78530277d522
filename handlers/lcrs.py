"""/v1/Lcrs: least-cost routing tables and their batch route bodies (core in
services.lcrs)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import LcrBatchRoutes, LcrCreate, LcrUpdate
from handlers.context import core, principal
from jambonz.services import lcrs
from jambonz.services.common import changes


async def create_lcr(body: dict[str, Any], token_info: dict[str, Any]):
    # Only what was sent: a missing `name` is jambonz's 400 `missing field name`.
    data = LcrCreate.model_validate(body)
    values = {**changes(data), "is_active": data.is_active}
    sid = await lcrs.create_lcr(core().db, principal(token_info), values)
    return {"sid": sid}, 201


async def list_lcrs(token_info: dict[str, Any]):
    return await lcrs.list_lcrs(core().db, principal(token_info)), 200


async def get_lcr(lcr_sid: str, token_info: dict[str, Any]):
    return await lcrs.get_lcr(core().db, principal(token_info), lcr_sid), 200


async def update_lcr(lcr_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    values = changes(LcrUpdate.model_validate(body))
    await lcrs.update_lcr(core().db, principal(token_info), lcr_sid, values)
    return NoContent, 204


async def delete_lcr(lcr_sid: str, token_info: dict[str, Any]):
    await lcrs.delete_lcr(core().db, principal(token_info), lcr_sid)
    return NoContent, 204


def _routes(body: list[Any]) -> list[dict[str, Any]]:
    """The routes as sent (an entry's defaults are the core's to apply)."""
    return LcrBatchRoutes.model_validate(body).model_dump(exclude_unset=True)


async def create_lcr_routes(lcr_sid: str, body: list[Any], token_info: dict[str, Any]):
    await lcrs.add_routes(core().db, principal(token_info), lcr_sid, _routes(body))
    return NoContent, 204


async def update_lcr_routes(lcr_sid: str, body: list[Any], token_info: dict[str, Any]):
    await lcrs.update_routes(core().db, principal(token_info), lcr_sid, _routes(body))
    return NoContent, 204
