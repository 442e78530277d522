"""Calls on a jambonz cluster (`JAMBONZ_CALL_ENGINE=jambonz`): live calls read from the
cluster's Redis and steered through their feature servers, as jambonz's api-server does
(operator facts §9.2, §9.6). The simulator's calls are in `jambonz/services/calls.py`,
which also places calls for both engines.

- `list_all`, `get`: the account's call legs as the feature servers keep them in Redis
  (`call:<account_sid>:<call_sid>`), converted as jambonz converts them (every key from
  camelCase to snake_case, `duration` and `sip_status` as integers), in this API's `Call`
  shape: its properties that Redis does not hold are null (`customerData`, which jambonz
  does not keep there either, `voip_carrier_sid`, `trunk`, the times but `created_at`,
  which is when the call was first written) or empty (`status_history`);
  `service_provider_sid` is the account's. The hash's other fields (`service_url`,
  `fs_sip_address`, ...) follow as jambonz returns them.
- `update_one`: the client's body, unchanged, posted to the call's feature server; its
  answer relayed as jambonz relays it (`FeatureServerReply`).
- `delete_one`: the record forgotten (hash and sorted-set member), as jambonz does: the
  call itself goes on.
- `count`: the SBCs' counters of the account's live calls.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from generated.models import Call, CallCount, CallUpdate
from jambonz.auth import Principal
from jambonz.calls.clock import iso
from jambonz.calls.engine import CallEngine
from jambonz.calls.jambonz_engine import (
    ClusterCall,
    FeatureServerUnavailable,
    JambonzEngine,
    answer_message,
)
from jambonz.db import Database
from jambonz.errors import BadRequest, NotFound, Unprocessable
from jambonz.services.calls import CALL_NOT_FOUND, _engine_update
from jambonz.services.common import norm_sid
from jambonz.services.scope import account_at_path

log = logging.getLogger("jambonz.cluster_calls")

# The feature server's error statuses relayed as they are (the contract's error answers).
RELAYED_ERRORS = {400: BadRequest, 404: NotFound, 422: Unprocessable}
_UPPER = re.compile(r"[A-Z]")
_LEADING_INT = re.compile(r"^\s*[+-]?\d+")


def cluster_engine(engine: CallEngine) -> JambonzEngine | None:
    """The engine when live calls are the cluster's, else None (the simulator's)."""
    return engine if isinstance(engine, JambonzEngine) else None


def snake(key: str) -> str:
    """jambonz's snake-case of a key: `_` and the lower case before each capital."""
    return _UPPER.sub(lambda found: "_" + found.group().lower(), key)


def _parse_int(value: str) -> int | None:
    """JavaScript's parseInt of a string: its leading whole number, None for NaN."""
    found = _LEADING_INT.match(value)
    return int(found.group()) if found else None


def jambonz_item(fields: dict[str, str]) -> dict[str, Any]:
    """A call's hash as jambonz's api-server answers it: snake_case keys, and
    `duration` and `sip_status` as integers when set."""
    item: dict[str, Any] = {snake(key): value for key, value in fields.items()}
    for key in ("duration", "sip_status"):
        if item.get(key):
            item[key] = _parse_int(item[key])
    return item


def to_call(found: ClusterCall, service_provider_sid: str | None) -> dict[str, Any] | None:
    """The call leg in this API's `Call` shape, with the hash's other fields after it;
    None for a hash that is not a call leg's (logged)."""
    item = jambonz_item(found.fields)
    try:
        call = Call.model_validate(
            {
                "call_sid": item.get("call_sid"),
                "parent_call_sid": item.get("parent_call_sid"),
                "direction": item.get("direction"),
                "from": item.get("from"),
                "to": item.get("to"),
                "call_id": item.get("call_id"),
                "sip_status": item.get("sip_status"),
                "sip_reason": item.get("sip_reason"),
                "call_status": item.get("call_status"),
                "account_sid": item.get("account_sid"),
                "application_sid": item.get("application_sid"),
                "service_provider_sid": service_provider_sid,
                "duration": item.get("duration"),
                "call_termination_by": item.get("call_termination_by"),
                "originating_sip_ip": item.get("originating_sip_ip"),
                "originating_sip_trunk_name": item.get("originating_sip_trunk_name"),
                "voip_carrier_sid": None,
                "trunk": None,
                "trace_id": item.get("trace_id"),
                "customerData": None,
                "created_at": iso(found.created_at),
                "answered_at": None,
                "ended_at": None,
                "status_history": [],
            }
        )
    except ValidationError as exc:
        log.warning("a call record in Redis is not a call leg's: %s", exc.errors()[:1])
        return None
    answer = call.model_dump(by_alias=True)
    answer.update({key: value for key, value in item.items() if key not in answer})
    return answer


async def list_all(
    db: Database,
    engine: JambonzEngine,
    principal: Principal,
    account_sid: str,
    *,
    direction: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    call_status: str | None = None,
) -> list[dict[str, Any]]:
    """The account's call legs in Redis; the filters match the stored strings exactly."""
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
    wanted = {"direction": direction, "from": from_, "to": to, "callStatus": call_status}
    found = []
    for leg in await engine.calls(account.account_sid):
        if any(value and leg.fields.get(key) != value for key, value in wanted.items()):
            continue
        item = to_call(leg, account.service_provider_sid)
        if item is not None:
            found.append(item)
    return found


async def get(
    db: Database, engine: JambonzEngine, principal: Principal, account_sid: str, call_sid: str
) -> dict[str, Any]:
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
    found = await engine.call(account.account_sid, norm_sid(call_sid))
    item = to_call(found, account.service_provider_sid) if found is not None else None
    if item is None:
        raise NotFound(CALL_NOT_FOUND)
    return item


@dataclass(frozen=True)
class FeatureServerReply:
    """What `PUT /Calls/{sid}` answers: a status and a JSON body (200) or the status's
    reason phrase as text (other 2xx), as jambonz's api-server relays them."""

    status: int
    body: Any = None
    text: str | None = None


REASONS = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content"}


async def update_one(
    db: Database,
    engine: JambonzEngine,
    principal: Principal,
    account_sid: str,
    call_sid: str,
    data: CallUpdate,
    body: dict[str, Any],
) -> FeatureServerReply:
    """Validate as for the simulator, then post `body` unchanged to the call's feature
    server. 404 when the call is not in Redis; the feature server's 400, 404 and 422 are
    relayed (with its message); no answer, or any other, is 480."""
    _engine_update(data)
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
    answer = await engine.forward_update(account.account_sid, norm_sid(call_sid), body)
    if answer is None:
        raise NotFound(CALL_NOT_FOUND)
    if answer.status == 200:
        if answer.json is None:
            raise FeatureServerUnavailable("the feature server answered updateCall without JSON")
        return FeatureServerReply(200, body=answer.json)
    if 200 < answer.status < 300:
        # jambonz sends the status's reason phrase; a 204 has no body at all.
        text = None if answer.status == 204 else REASONS.get(answer.status, "Accepted")
        return FeatureServerReply(answer.status, text=text)
    error = RELAYED_ERRORS.get(answer.status)
    if error is not None:
        raise error(answer_message(answer))
    raise FeatureServerUnavailable(
        f"the feature server did not take the update: it answered HTTP {answer.status}"
    )


async def delete_one(
    db: Database, engine: JambonzEngine, principal: Principal, account_sid: str, call_sid: str
) -> None:
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
    if not await engine.forget(account.account_sid, norm_sid(call_sid)):
        raise NotFound(CALL_NOT_FOUND)


async def count(
    db: Database, engine: JambonzEngine, principal: Principal, account_sid: str
) -> CallCount:
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
    inbound, outbound = await engine.call_count(account.account_sid)
    return CallCount(inbound=inbound, outbound=outbound)
