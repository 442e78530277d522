"""Calls: validate a request, resolve the application, check scope and limits, and hand
the call to the engine (jambonz reference §3). Records are read from the database, where
the engine keeps them current.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import DateTime, String, and_, bindparam, delete, func, literal_column, or_, select

from generated.models import (
    Call,
    CallCount,
    CallCreate,
    CallUpdate,
    HookObjectInput,
    HookUrl,
    SimulatedCallCreate,
    SipHeaders,
    StatusChange,
    WhisperVerbs,
)
from jambonz.alerts import call_limit_alert, no_carrier_alert
from jambonz.auth import Principal
from jambonz.calls.engine import CallEngine, CallSetup
from jambonz.calls.engine import CallUpdate as EngineUpdate
from jambonz.calls.state import FINAL_STATUSES
from jambonz.db import Database
from jambonz.db.prepared import Prepared
from jambonz.db.tables import applications, calls, utcnow, voip_carriers, webhooks
from jambonz.db.tables import phone_numbers as phone_number_rows
from jambonz.errors import BadRequest, NotFound, Unprocessable
from jambonz.services import call_routing, hooks, limits, phone_numbers
from jambonz.services.common import iso, norm_sid
from jambonz.services.scope import account_at_path
from jambonz.verbs import parse_app_json

CALL_NOT_FOUND = "call not found"
RECENT = timedelta(hours=1)
DEFAULT_SPEECH = {
    "speech_synthesis_vendor": "google",
    "speech_synthesis_language": "en-US",
    "speech_synthesis_voice": "en-US-Standard-C",
    "speech_recognizer_vendor": "google",
    "speech_recognizer_language": "en-US",
}
_UPDATE_COMMANDS = (
    "call_hook",
    "call_status",
    "listen_status",
    "mute_status",
    "conf_mute_status",
    "conf_hold_status",
)


def hook_value(value: Any) -> Any:
    """A hook as the engine takes it: a URL string or a dict."""
    if value is None:
        return None
    if isinstance(value, HookUrl):
        return value.root
    if isinstance(value, HookObjectInput):
        if hooks.is_blank(value):
            return None
        dumped = value.model_dump(exclude_none=True, exclude={"webhook_sid"})
        if "method" in dumped:
            dumped["method"] = dumped["method"].upper()
        return dumped
    return value


def _headers(value: SipHeaders | None) -> dict[str, str]:
    """SIP headers as a plain dict (the generated model wraps them in a RootModel)."""
    return dict(value.root) if value is not None else {}


def _defaults(speech: dict[str, Any]) -> dict[str, Any]:
    synthesizer = {
        "vendor": speech["speech_synthesis_vendor"],
        "language": speech["speech_synthesis_language"],
        "voice": speech["speech_synthesis_voice"],
    }
    recognizer = {
        "vendor": speech["speech_recognizer_vendor"],
        "language": speech["speech_recognizer_language"],
    }
    for source, target, prefix in (
        ("speech_synthesis_label", synthesizer, "label"),
        ("speech_recognizer_label", recognizer, "label"),
    ):
        if speech.get(source):
            target[prefix] = speech[source]
    return {"synthesizer": synthesizer, "recognizer": recognizer}


def _hook_dict(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    hook = {"url": row.url, "method": row.method}
    if row.username and row.password:
        hook.update(username=row.username, password=row.password)
    return hook


async def _queue_event_hook(conn: Any, account: Any) -> dict[str, Any] | None:
    """The account's queue_event_hook (its `enqueue` join/leave events), or None."""
    if not account.queue_event_hook_sid:
        return None
    row = (
        await conn.execute(
            select(webhooks).where(webhooks.c.webhook_sid == account.queue_event_hook_sid)
        )
    ).first()
    return _hook_dict(row)


async def _application(conn: Any, account_sid: str, application_sid: str) -> dict[str, Any]:
    """The application's hooks, verbs and speech settings, or 404."""
    row = (
        await conn.execute(
            select(applications).where(
                applications.c.application_sid == norm_sid(application_sid),
                applications.c.account_sid == account_sid,
            )
        )
    ).first()
    if row is None:
        raise NotFound(f"application {application_sid} not found in this account")
    hook_rows = {
        r.webhook_sid: r
        for r in (
            await conn.execute(
                select(webhooks).where(
                    webhooks.c.webhook_sid.in_(
                        [s for s in (row.call_hook_sid, row.call_status_hook_sid) if s]
                    )
                )
            )
        ).all()
    }
    speech = {key: getattr(row, key) for key in DEFAULT_SPEECH}
    for key, value in DEFAULT_SPEECH.items():
        speech[key] = speech[key] or value
    speech["speech_synthesis_label"] = row.speech_synthesis_label
    speech["speech_recognizer_label"] = row.speech_recognizer_label
    return {
        "application_sid": row.application_sid,
        "call_hook": _hook_dict(hook_rows.get(row.call_hook_sid)),
        "call_status_hook": _hook_dict(hook_rows.get(row.call_status_hook_sid)),
        "app_verbs": parse_app_json(row.app_json) if row.app_json else None,
        "defaults": _defaults(speech),
        "env_vars": json.loads(row.env_vars) if row.env_vars else None,
    }


async def _account_number(conn: Any, account_sid: str, number: str) -> Any | None:
    """The account's phone number `number` (`+` optional), or None. Another account's
    row with the same digits (numbers are unique per carrier only) is never matched."""
    try:
        digits = phone_numbers.normalise_number(number.strip())
    except ValueError:
        return None
    query = (
        select(phone_number_rows)
        .where(phone_number_rows.c.number == digits, phone_number_rows.c.account_sid == account_sid)
        .order_by(
            phone_number_rows.c.application_sid.is_(None), phone_number_rows.c.phone_number_sid
        )
    )
    return (await conn.execute(query)).first()


def _may_place_calls(principal: Principal, account_sid: str) -> None:
    """Service provider keys may not place calls: 400 in jambonz's words, then ours."""
    if principal.scope == "service_provider":
        raise BadRequest(
            f"unauthorized createCall request for account {account_sid}: service provider "
            "keys may not create calls; use an account or admin key"
        )


async def _session_limit(conn: Any, engine: CallEngine, account: Any) -> tuple[int | None, str]:
    """The account's voice_call_session cap and whose it is ("account" or
    "service_provider"), refused early (with an alert) when already reached; the engine
    checks it again atomically when it adds the call."""
    found = await limits.effective_limit_of(conn, account.account_sid, "voice_call_session")
    if found is None:
        return None, "account"
    cap, owner = found
    shared = getattr(engine, "shared", None)  # the simulator's, with several instances
    if shared is not None:
        live = await shared.count(account.account_sid)
    else:
        calls_here = engine.live_calls(account.account_sid)
        live = len([c for c in calls_here if c.parent_call_sid is None])
    if live >= cap:
        engine.alerts.raise_alert(
            call_limit_alert(
                owner,
                cap,
                account_sid=account.account_sid,
                service_provider_sid=account.service_provider_sid,
            )
        )
        raise Unprocessable(
            f"account has reached its voice_call_session limit ({cap} concurrent calls)"
        )
    return cap, owner


async def create(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, data: CallCreate
) -> tuple[str, str]:
    _may_place_calls(principal, account_sid)
    if (data.application_sid is None) == (data.call_hook is None):
        raise BadRequest("either call_hook or application_sid required (give exactly one)")
    hooks.check_hook("call_hook", data.call_hook)
    hooks.check_hook("call_status_hook", data.call_status_hook)
    target = data.to.model_dump(exclude_none=True)
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
        if target["type"] == "user" and "@" not in target["name"]:
            if not account.sip_realm:
                raise Unprocessable("to.name has no @domain and the account has no sip_realm")
            target["name"] = f"{target['name']}@{account.sip_realm}"
        session_limit, limit_owner = await _session_limit(conn, engine, account)
        queue_event_hook = await _queue_event_hook(conn, account)
        if data.application_sid is not None:
            app = await _application(conn, account.account_sid, data.application_sid)
        else:
            speech = {key: getattr(data, key) or value for key, value in DEFAULT_SPEECH.items()}
            app = {
                "application_sid": None,
                "call_hook": hook_value(data.call_hook),
                "call_status_hook": hook_value(data.call_status_hook),
                "app_verbs": None,
                "defaults": _defaults(speech),
                "env_vars": None,
            }
        # The carrier the call goes out through (least-cost routing; jambonz's SBC).
        carrier = await call_routing.choose_carrier(
            conn, account.account_sid, account.service_provider_sid, data.from_, target
        )
    if carrier is None and target["type"] == "phone":
        # The simulator still places the call; jambonz's SBC would refuse it.
        engine.alerts.raise_alert(
            no_carrier_alert(
                account_sid=account.account_sid,
                service_provider_sid=account.service_provider_sid,
            )
        )
    if data.call_status_hook is not None:
        app["call_status_hook"] = hook_value(data.call_status_hook)
    headers = {**_headers(data.headers), **target.get("headers", {})}
    if headers:
        target["headers"] = headers
    to = target.get("number") or target.get("sipUri") or target.get("name") or ""
    call = await engine.create_call(
        CallSetup(
            account_sid=account.account_sid,
            service_provider_sid=account.service_provider_sid,
            application_sid=app["application_sid"],
            webhook_secret=account.webhook_secret,
            from_=data.from_,
            to=to,
            target=target,
            call_hook=app["call_hook"],
            call_status_hook=app["call_status_hook"],
            app_verbs=app["app_verbs"],
            defaults=app["defaults"],
            env_vars=app["env_vars"],
            tag=data.tag,
            timeout=float(data.timeout or 60),
            time_limit=float(data.timeLimit) if data.timeLimit else None,
            caller_name=data.callerName,
            headers=_headers(data.headers) or None,
            session_limit=session_limit,
            session_limit_owner=limit_owner,
            queue_event_hook=queue_event_hook,
            carrier=carrier,
            request=data.model_dump(mode="json", by_alias=True, exclude_unset=True),
        )
    )
    return call.call_sid, call.call_id


async def create_inbound(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    data: SimulatedCallCreate,
) -> tuple[str, str]:
    """The simulator's inbound call: routed through the account's phone numbers."""
    _may_place_calls(principal, account_sid)
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
        number = await _account_number(conn, account.account_sid, data.to)
        if number is None:
            raise NotFound(f"no phone number {data.to} in this account")
        if number.application_sid is None:
            raise NotFound(f"phone number {number.number} is not routed to an application")
        session_limit, limit_owner = await _session_limit(conn, engine, account)
        queue_event_hook = await _queue_event_hook(conn, account)
        app = await _application(conn, account.account_sid, number.application_sid)
        carrier = None
        if number.voip_carrier_sid:
            carrier = (
                await conn.execute(
                    select(voip_carriers.c.name).where(
                        voip_carriers.c.voip_carrier_sid == number.voip_carrier_sid
                    )
                )
            ).scalar_one_or_none()
    target: dict[str, Any] = {"type": "phone", "number": data.from_}
    if data.headers:
        target["headers"] = _headers(data.headers)
    call = await engine.create_call(
        CallSetup(
            account_sid=account.account_sid,
            service_provider_sid=account.service_provider_sid,
            application_sid=app["application_sid"],
            webhook_secret=account.webhook_secret,
            from_=data.from_,
            to=number.number,
            target=target,
            call_hook=app["call_hook"],
            call_status_hook=app["call_status_hook"],
            app_verbs=app["app_verbs"],
            defaults=app["defaults"],
            env_vars=app["env_vars"],
            caller_name=data.callerName,
            direction="inbound",
            originating_sip_ip="127.0.0.1" if carrier else None,
            originating_sip_trunk_name=carrier,
            session_limit=session_limit,
            session_limit_owner=limit_owner,
            queue_event_hook=queue_event_hook,
        )
    )
    return call.call_sid, call.call_id


def _to_model(row: Any) -> Call:
    history = json.loads(row.status_history or "[]")
    return Call(
        call_sid=row.call_sid,
        parent_call_sid=row.parent_call_sid,
        direction=row.direction,
        **{"from": getattr(row, "from")},
        to=row.to,
        call_id=row.call_id,
        sip_status=row.sip_status,
        sip_reason=row.sip_reason,
        call_status=row.call_status,
        account_sid=row.account_sid,
        application_sid=row.application_sid,
        service_provider_sid=row.service_provider_sid,
        duration=row.duration,
        call_termination_by=row.call_termination_by,
        originating_sip_ip=row.originating_sip_ip,
        originating_sip_trunk_name=row.originating_sip_trunk_name,
        voip_carrier_sid=row.voip_carrier_sid,
        trunk=row.trunk,
        trace_id=row.trace_id,
        customerData=json.loads(row.tag) if row.tag else None,
        created_at=iso(row.created_at),
        answered_at=iso(row.answered_at),
        ended_at=iso(row.ended_at),
        status_history=[StatusChange(**entry) for entry in history],
    )


async def list_all(
    db: Database,
    principal: Principal,
    account_sid: str,
    *,
    direction: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    call_status: str | None = None,
) -> list[Call]:
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
        rows = await _LIST_CALLS.all(
            conn,
            account_sid=account.account_sid,
            since=utcnow() - RECENT,
            direction=direction,
            from_=from_,
            to=to,
            call_status=call_status,
        )
    return [_to_model(row) for row in rows]


def _optional(column: Any, name: str) -> Any:
    """`column = :name`, or true when the parameter is null (an unused filter)."""
    value = bindparam(name, type_=String)
    return or_(value.is_(None), column == value)


# `GET /Accounts/{sid}/Calls`: live calls and those that ended recently, newest first.
_LIST_CALLS = Prepared(
    select(calls)
    .where(
        calls.c.account_sid == bindparam("account_sid"),
        or_(
            # Our own constants, rendered inline: a prepared statement takes no lists.
            calls.c.call_status.not_in([literal_column(f"'{s}'") for s in sorted(FINAL_STATUSES)]),
            calls.c.ended_at >= bindparam("since", type_=DateTime),
        ),
        _optional(calls.c.direction, "direction"),
        _optional(calls.c["from"], "from_"),
        _optional(calls.c.to, "to"),
        _optional(calls.c.call_status, "call_status"),
    )
    .order_by(calls.c.created_at.desc()),
    cache=False,  # `since` moves with every request
)


async def _record(conn: Any, principal: Principal, account_sid: str, call_sid: str) -> Any:
    account = await account_at_path(conn, principal, account_sid)
    row = (
        await conn.execute(
            select(calls).where(
                calls.c.call_sid == norm_sid(call_sid),
                calls.c.account_sid == account.account_sid,
            )
        )
    ).first()
    if row is None:
        raise NotFound(CALL_NOT_FOUND)
    return row


async def get(db: Database, principal: Principal, account_sid: str, call_sid: str) -> Call:
    async with db.read() as conn:
        return _to_model(await _record(conn, principal, account_sid, call_sid))


def _engine_update(data: CallUpdate) -> EngineUpdate:
    if data.call_status_hook is not None and data.call_hook is None:
        raise Unprocessable("call_status_hook may only accompany call_hook")
    hooks.check_hook("call_hook", data.call_hook)
    hooks.check_hook("call_status_hook", data.call_status_hook)
    if data.wait_hook is not None and data.conf_hold_status != "hold":
        raise Unprocessable("wait_hook may only accompany conf_hold_status hold")
    given = [name for name in _UPDATE_COMMANDS if getattr(data, name) is not None]
    if len(given) > 1:
        raise Unprocessable(f"multiple options are not allowed in updateCall: {', '.join(given)}")
    if not given and data.whisper is None:
        raise Unprocessable(
            "no valid options supplied to updateCall: give one of "
            + ", ".join(_UPDATE_COMMANDS)
            + " or whisper"
        )
    whisper = None
    if data.whisper is not None:
        verbs = data.whisper.root if isinstance(data.whisper, WhisperVerbs) else [data.whisper]
        whisper = [verb.model_dump(exclude_none=True) for verb in verbs]
        for verb in whisper:
            field = "text" if verb["verb"] == "say" else "url"
            if not verb.get(field):
                raise Unprocessable(f"whisper {verb['verb']} needs {field}")
    return EngineUpdate(
        call_hook=hook_value(data.call_hook),
        call_status_hook=hook_value(data.call_status_hook),
        call_status=data.call_status,
        listen_status=data.listen_status,
        mute_status=data.mute_status,
        whisper=whisper,
        conf_mute_status=data.conf_mute_status,
        conf_hold_status=data.conf_hold_status,
        wait_hook=hook_value(data.wait_hook),
    )


async def update_one(
    db: Database,
    engine: CallEngine,
    principal: Principal,
    account_sid: str,
    call_sid: str,
    data: CallUpdate,
) -> None:
    update = _engine_update(data)
    async with db.read() as conn:
        row = await _record(conn, principal, account_sid, call_sid)
    await engine.update_call(row.call_sid, update)


async def delete_one(
    db: Database, engine: CallEngine, principal: Principal, account_sid: str, call_sid: str
) -> None:
    async with db.read() as conn:
        row = await _record(conn, principal, account_sid, call_sid)
    await engine.hangup(row.call_sid)
    async with db.write() as conn:
        await conn.execute(delete(calls).where(calls.c.call_sid == row.call_sid))


async def count(db: Database, principal: Principal, account_sid: str) -> CallCount:
    async with db.read() as conn:
        account = await account_at_path(conn, principal, account_sid)
        rows = (
            await conn.execute(
                select(calls.c.direction, func.count())
                .where(
                    and_(
                        calls.c.account_sid == account.account_sid,
                        calls.c.call_status.not_in(sorted(FINAL_STATUSES)),
                    )
                )
                .group_by(calls.c.direction)
            )
        ).all()
    counts = dict(rows)
    return CallCount(inbound=counts.get("inbound", 0), outbound=counts.get("outbound", 0))
