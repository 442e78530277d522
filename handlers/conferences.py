"""/v1/Accounts/{AccountSid}/Conferences and their Participants"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import ConferenceCreate, ConferenceUpdate, ParticipantUpdate
from handlers.context import core, principal
from jambonz.services import conferences


async def list_conferences(account_sid: str, token_info: dict[str, Any]):
    c = core()
    names = await conferences.list_names(
        c.db, c.engine, principal(token_info), account_sid, c.cluster_rooms
    )
    return names, 200


async def create_conference(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = ConferenceCreate.model_validate(body)
    c = core()
    name = await conferences.create(c.db, c.engine, principal(token_info), account_sid, data)
    return {"name": name}, 201


async def get_conference(account_sid: str, conference_name: str, token_info: dict[str, Any]):
    c = core()
    item = await conferences.get(
        c.db, c.engine, principal(token_info), account_sid, conference_name
    )
    return item.model_dump(), 200


async def update_conference(
    account_sid: str, conference_name: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = ConferenceUpdate.model_validate(body)
    c = core()
    await conferences.update(
        c.db, c.engine, principal(token_info), account_sid, conference_name, data
    )
    return NoContent, 204


async def delete_conference(account_sid: str, conference_name: str, token_info: dict[str, Any]):
    c = core()
    await conferences.delete(c.db, c.engine, principal(token_info), account_sid, conference_name)
    return NoContent, 204


async def list_participants(account_sid: str, conference_name: str, token_info: dict[str, Any]):
    c = core()
    items = await conferences.list_participants(
        c.db, c.engine, principal(token_info), account_sid, conference_name
    )
    return [item.model_dump(by_alias=True) for item in items], 200


async def get_participant(
    account_sid: str, conference_name: str, call_sid: str, token_info: dict[str, Any]
):
    c = core()
    item = await conferences.get_participant(
        c.db, c.engine, principal(token_info), account_sid, conference_name, call_sid
    )
    return item.model_dump(by_alias=True), 200


async def update_participant(
    account_sid: str,
    conference_name: str,
    call_sid: str,
    body: dict[str, Any],
    token_info: dict[str, Any],
):
    data = ParticipantUpdate.model_validate(body)
    c = core()
    await conferences.update_participant(
        c.db, c.engine, principal(token_info), account_sid, conference_name, call_sid, data
    )
    return NoContent, 204


async def delete_participant(
    account_sid: str, conference_name: str, call_sid: str, token_info: dict[str, Any]
):
    c = core()
    await conferences.delete_participant(
        c.db, c.engine, principal(token_info), account_sid, conference_name, call_sid
    )
    return NoContent, 204
