"""/v1/Accounts/{AccountSid}/Queues and the Calls waiting in them"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import QueueCreate, QueuedCallUpdate
from handlers.context import core, principal
from jambonz.services import queues


async def list_queues(account_sid: str, token_info: dict[str, Any], search: str | None = None):
    c = core()
    items = await queues.list_all(
        c.db, c.engine, principal(token_info), account_sid, search, c.cluster_rooms
    )
    return [item.model_dump() for item in items], 200


async def create_queue(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = QueueCreate.model_validate(body)
    c = core()
    name = await queues.create(c.db, c.engine, principal(token_info), account_sid, data)
    return {"name": name}, 201


async def get_queue(account_sid: str, queue_name: str, token_info: dict[str, Any]):
    c = core()
    item = await queues.get(c.db, c.engine, principal(token_info), account_sid, queue_name)
    return item.model_dump(), 200


async def delete_queue(account_sid: str, queue_name: str, token_info: dict[str, Any]):
    c = core()
    await queues.delete(c.db, c.engine, principal(token_info), account_sid, queue_name)
    return NoContent, 204


async def list_queued_calls(account_sid: str, queue_name: str, token_info: dict[str, Any]):
    c = core()
    items = await queues.list_calls(c.db, c.engine, principal(token_info), account_sid, queue_name)
    return [item.model_dump(by_alias=True) for item in items], 200


async def get_queued_call(
    account_sid: str, queue_name: str, call_sid: str, token_info: dict[str, Any]
):
    c = core()
    item = await queues.get_call(
        c.db, c.engine, principal(token_info), account_sid, queue_name, call_sid
    )
    return item.model_dump(by_alias=True), 200


async def update_queued_call(
    account_sid: str,
    queue_name: str,
    call_sid: str,
    body: dict[str, Any],
    token_info: dict[str, Any],
):
    data = QueuedCallUpdate.model_validate(body)
    c = core()
    await queues.update_call(
        c.db, c.engine, principal(token_info), account_sid, queue_name, call_sid, data
    )
    return NoContent, 204


async def delete_queued_call(
    account_sid: str, queue_name: str, call_sid: str, token_info: dict[str, Any]
):
    c = core()
    await queues.delete_call(
        c.db, c.engine, principal(token_info), account_sid, queue_name, call_sid
    )
    return NoContent, 204
