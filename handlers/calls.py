"""/v1/Accounts/{AccountSid}/Calls, CallCount and SimulatedCalls"""

from __future__ import annotations

from typing import Any

from connexion import NoContent
from connexion.lifecycle import ConnexionResponse

from generated.models import CallCreate, CallUpdate, SimulatedCallCreate
from handlers.context import core, principal
from jambonz.services import calls, cluster_calls


def _cluster() -> cluster_calls.JambonzEngine | None:
    """The jambonz engine when live calls are a jambonz cluster's (JAMBONZ_CALL_ENGINE=
    jambonz), else None. It keeps nothing in memory (its calls are in the cluster's Redis),
    so reading them needs no engine worker: the reads below stay unmarked, and are served
    by any worker, as the simulator's records are."""
    return cluster_calls.cluster_engine(core().engine)


async def create_call(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = CallCreate.model_validate(body)
    c = core()
    sid, call_id = await calls.create(c.db, c.engine, principal(token_info), account_sid, data)
    return {"sid": sid, "callId": call_id}, 201


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
    c = core()
    filters = {"direction": direction, "from_": from_, "to": to, "call_status": call_status}
    cluster = _cluster()
    if cluster is not None:  # live calls of a jambonz cluster, from its Redis
        return await cluster_calls.list_all(
            c.db, cluster, principal(token_info), account_sid, **filters
        ), 200
    items = await calls.list_all(c.db, principal(token_info), account_sid, **filters)
    return [item.model_dump(by_alias=True) for item in items], 200


async def get_call(account_sid: str, call_sid: str, token_info: dict[str, Any]):
    c = core()
    cluster = _cluster()
    if cluster is not None:
        return await cluster_calls.get(
            c.db, cluster, principal(token_info), account_sid, call_sid
        ), 200
    item = await calls.get(c.db, principal(token_info), account_sid, call_sid)
    return item.model_dump(by_alias=True), 200


async def update_call(
    account_sid: str, call_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = CallUpdate.model_validate(body)
    c = core()
    cluster = _cluster()
    if cluster is not None:  # the feature server's answer, relayed as jambonz does
        reply = await cluster_calls.update_one(
            c.db, cluster, principal(token_info), account_sid, call_sid, data, body
        )
        if reply.text is not None:
            return ConnexionResponse(
                status_code=reply.status,
                mimetype="text/plain",
                content_type="text/plain; charset=utf-8",
                body=reply.text,
            )
        return (reply.body, 200) if reply.status == 200 else (NoContent, reply.status)
    await calls.update_one(c.db, c.engine, principal(token_info), account_sid, call_sid, data)
    return NoContent, 204


update_call_legacy = update_call


async def delete_call(account_sid: str, call_sid: str, token_info: dict[str, Any]):
    c = core()
    cluster = _cluster()
    if cluster is not None:  # forgets the record only, as jambonz does
        await cluster_calls.delete_one(c.db, cluster, principal(token_info), account_sid, call_sid)
        return NoContent, 204
    await calls.delete_one(c.db, c.engine, principal(token_info), account_sid, call_sid)
    return NoContent, 204


async def get_call_count(account_sid: str, token_info: dict[str, Any]):
    c = core()
    cluster = _cluster()
    if cluster is not None:
        counts = await cluster_calls.count(c.db, cluster, principal(token_info), account_sid)
    else:
        counts = await calls.count(c.db, principal(token_info), account_sid)
    return counts.model_dump(), 200
