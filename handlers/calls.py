"""/v1/Accounts/{AccountSid}/Calls, CallCount and SimulatedCalls"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import CallCreate, CallUpdate, SimulatedCallCreate
from handlers.context import core, principal, uses_engine
from jambonz.services import calls


@uses_engine
async def create_call(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = CallCreate.model_validate(body)
    c = core()
    sid, call_id = await calls.create(c.db, c.engine, principal(token_info), account_sid, data)
    return {"sid": sid, "callId": call_id}, 201


@uses_engine
async def create_simulated_call(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = SimulatedCallCreate.model_validate(body)
    c = core()
    sid, call_id = await calls.create_inbound(
        c.db, c.engine, principal(token_info), account_sid, data
    )
    return {"sid": sid, "callId": call_id}, 201


async def list_calls(
    account_sid: str,
    token_info: dict[str, Any],
    direction: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    call_status: str | None = None,
):
    items = await calls.list_all(
        core().db,
        principal(token_info),
        account_sid,
        direction=direction,
        from_=from_,
        to=to,
        call_status=call_status,
    )
    return [item.model_dump(by_alias=True) for item in items], 200


async def get_call(account_sid: str, call_sid: str, token_info: dict[str, Any]):
    item = await calls.get(core().db, principal(token_info), account_sid, call_sid)
    return item.model_dump(by_alias=True), 200


@uses_engine
async def update_call(
    account_sid: str, call_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = CallUpdate.model_validate(body)
    c = core()
    await calls.update_one(c.db, c.engine, principal(token_info), account_sid, call_sid, data)
    return NoContent, 204


update_call_legacy = update_call


@uses_engine
async def delete_call(account_sid: str, call_sid: str, token_info: dict[str, Any]):
    c = core()
    await calls.delete_one(c.db, c.engine, principal(token_info), account_sid, call_sid)
    return NoContent, 204


async def get_call_count(account_sid: str, token_info: dict[str, Any]):
    counts = await calls.count(core().db, principal(token_info), account_sid)
    return counts.model_dump(), 200
