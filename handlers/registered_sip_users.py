"""/v1/Accounts/{sid}/RegisteredSipUsers and /SimulatedRegistrations (core in
services.registered_sip_users; the registrar's store is jambonz.registrar)."""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import SimulatedRegistrationCreate
from handlers.context import core, principal
from jambonz.errors import BadRequest
from jambonz.services import registered_sip_users as service

# A POST without a body arrives as nothing, as empty bytes (no JSON Content-Type) or as
# Connexion's `{}`; a JSON object sent by the client never gets here (the schema is an
# array).
_NO_BODY = (None, b"", "", {}, b"{}", "{}")


async def list_registered_sip_users(account_sid: str, token_info: dict[str, Any]):
    names = await service.list_names(
        core().db, core().registrar, principal(token_info), account_sid
    )
    return names, 200


async def query_registered_sip_users(
    account_sid: str, token_info: dict[str, Any], body: Any = None
):
    if any(body == empty and type(body) is type(empty) for empty in _NO_BODY):
        names = None
    elif isinstance(body, list):
        names = [str(name) for name in body]
    else:
        raise BadRequest("the request body must be a JSON array of user names")
    items = await service.query(
        core().db, core().registrar, principal(token_info), account_sid, names
    )
    return items, 200


async def get_registered_sip_user(account_sid: str, client: str, token_info: dict[str, Any]):
    item = await service.status(
        core().db, core().registrar, principal(token_info), account_sid, client
    )
    return item, 200


async def create_simulated_registration(
    account_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = SimulatedRegistrationCreate.model_validate(body)
    item = await service.simulate(
        core().db, core().registrar, principal(token_info), account_sid, data
    )
    return item, 201


async def delete_simulated_registration(account_sid: str, client: str, token_info: dict[str, Any]):
    await service.unregister(
        core().db, core().registrar, principal(token_info), account_sid, client
    )
    return NoContent, 204
