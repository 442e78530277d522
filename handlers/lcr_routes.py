"""/v1/LcrRoutes: the routes of least-cost routing tables (core in services.lcrs)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import LcrRouteCreate, LcrRouteUpdate
from handlers.context import core, principal
from jambonz.services import lcrs
from jambonz.services.common import changes


async def create_lcr_route(body: dict[str, Any], token_info: dict[str, Any]):
    values = changes(LcrRouteCreate.model_validate(body))
    sid = await lcrs.create_route(core().db, principal(token_info), values)
    return {"sid": sid}, 201


async def list_lcr_routes(token_info: dict[str, Any], lcr_sid: str | None = None):
    return await lcrs.list_routes(core().db, principal(token_info), lcr_sid), 200


async def get_lcr_route(lcr_route_sid: str, token_info: dict[str, Any]):
    return await lcrs.get_route(core().db, principal(token_info), lcr_route_sid), 200


async def update_lcr_route(lcr_route_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    values = changes(LcrRouteUpdate.model_validate(body))
    await lcrs.update_route(core().db, principal(token_info), lcr_route_sid, values)
    return NoContent, 204


async def delete_lcr_route(lcr_route_sid: str, token_info: dict[str, Any]):
    await lcrs.delete_route(core().db, principal(token_info), lcr_route_sid)
    return NoContent, 204
