"""Messages (SMS): send, receive and track them (jambonz reference §6, plus tracking).

This module checks what a request may do and resolves what it names — the account and the
key's scope, the phone number and its application, the carrier that authenticates on the
ingress — and hands the message to the `Messaging` component, which talks to providers
and applications (`jambonz.messaging`).

Scope: only the account's own keys may send (as jambonz; admin and service provider keys
get 403). Reading is open to admin keys, the account's service provider's keys and its
own keys; an account outside the key's scope is 404. Carriers reach the ingress and the
delivery-receipt endpoint with HTTP basic auth (their `sms_inbound_username` and
`sms_inbound_password`), never with API keys.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from pydantic import RootModel
from sqlalchemy import func, select

from generated.models import (
    DeliveryReceipt,
    HookObjectInput,
    HookUrl,
    InboundMessage,
    Message,
    MessageCreate,
    MessagePage,
    SimulatedMessageCreate,
)
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import (
    accounts,
    applications,
    carrier_sms,
    carriers_with_sms,
    messages,
    phone_numbers,
    voip_carriers,
    webhooks,
)
from jambonz.errors import BadRequest, NotFound, Unauthorized, Unprocessable
from jambonz.messaging import Messaging, NoRoute, Submission, Submitted
from jambonz.messaging.engine import InboundDelivery, normalise_sender
from jambonz.messaging.providers import SIMULATOR
from jambonz.messaging.routing import usable_by
from jambonz.messaging.store import to_model
from jambonz.services import hooks, scope
from jambonz.services.common import PageRequest, norm_sid
from jambonz.services.phone_numbers import normalise_number

__all__ = [
    "BASIC_CHALLENGE",
    "CarrierUnauthorized",
    "apply_receipt",
    "authenticate_carrier",
    "get",
    "list_all",
    "receive_from_carrier",
    "receive_simulated",
    "send",
]

BASIC_CHALLENGE = 'Basic realm="jambonz-messaging"'
NOT_FOUND = "message not found"
SEND_SCOPE = (
    "only the account's own API keys may send messages (admin and service provider keys may not)"
)
NO_CONTENT = "either text or media required in the message"

_MOMENT = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[Tt ](?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2})(?P<frac>\.\d+)?"
    r"(?P<zone>[Zz]|[+-]\d{2}:\d{2})"
)


class CarrierUnauthorized(Unauthorized):
    """The carrier did not authenticate: the edge answers 401 with a Basic challenge."""


# -- helpers -------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A generated value without its RootModel wrappers."""
    if isinstance(value, RootModel):
        return _plain(value.root)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _content(text: str | None, media: Any) -> tuple[str | None, tuple[str, ...]]:
    """The text and the media URLs of a message; 400 when it has neither (as jambonz)."""
    urls = _plain(media)
    items: tuple[str, ...] = (
        () if urls is None else (urls,) if isinstance(urls, str) else tuple(urls)
    )
    if not text and not items:
        raise BadRequest(NO_CONTENT)
    return text or None, items


def _hook(value: Any) -> dict[str, Any] | None:
    """A hook input as stored with the message: `{url, method, username, password}`."""
    if value is None:
        return None
    if isinstance(value, HookUrl):
        return {"url": value.root, "method": "POST", "username": None, "password": None}
    if isinstance(value, HookObjectInput):
        if hooks.is_blank(value):
            return None
        return {
            "url": _plain(value.url),
            "method": (_plain(value.method) or "POST").upper(),
            "username": value.username,
            "password": value.password,
        }
    return {"url": str(_plain(value)), "method": "POST", "username": None, "password": None}


def _moment(name: str, value: str | None) -> datetime | None:
    """An RFC 3339 date-time query value as naive UTC (the database's convention)."""
    if value is None:
        return None
    match = _MOMENT.fullmatch(value.strip())
    if match is None:
        raise BadRequest(f"{name} must be an ISO-8601 date-time such as 2024-05-01T12:00:00.000Z")
    try:
        second = min(int(match["s"]), 59)  # a leap second counts as :59
        frac = (match["frac"] or ".0")[1:7].ljust(6, "0")
        zone = match["zone"].upper()
        offset = timedelta(0)
        if zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            offset = sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        moment = datetime.fromisoformat(match["date"]).replace(
            hour=int(match["h"]),
            minute=int(match["m"]),
            second=second,
            microsecond=int(frac),
            tzinfo=timezone(offset),
        )
        return moment.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        # Shaped like a date-time but not a real moment (month 13, year 0, ...).
        raise Unprocessable(f"{name} {value!r} is not a valid moment") from None


def _carrier_name(provider: str | None, carrier: str | None) -> str | None:
    if provider is not None and carrier is not None and provider != carrier:
        raise Unprocessable(
            f"provider {provider!r} and carrier {carrier!r} differ (carrier is a synonym of "
            "provider: give one)"
        )
    return provider if provider is not None else carrier


# -- sending -------------------------------------------------------------------------------


async def send(
    db: Database, messaging: Messaging, principal: Principal, account_sid: str, data: MessageCreate
) -> Submitted:
    """Send a message as the account; the outcome says whether the provider accepted it."""
    if principal.scope != "account":
        # jambonz's answer and words (400), with ours after them.
        raise BadRequest(
            f"unauthorized createMessage request for account {account_sid}: {SEND_SCOPE}"
        )
    async with db.read() as conn:
        account = await scope.account_at_path(conn, principal, account_sid)
    text, media = _content(data.text, data.media)
    status_hook = _hook(data.status_hook)
    hooks.check_url("status_hook", (status_hook or {}).get("url"))
    try:
        return await messaging.send(
            Submission(
                account_sid=account.account_sid,
                service_provider_sid=account.service_provider_sid,
                from_=normalise_number(data.from_),
                to=normalise_number(data.to),
                text=text,
                media=media,
                carrier=_carrier_name(data.provider, data.carrier),
                status_hook=status_hook,
            )
        )
    except NoRoute as exc:
        raise Unprocessable(exc.msg) from None


# -- reading -------------------------------------------------------------------------------


async def list_all(
    db: Database,
    principal: Principal,
    account_sid: str,
    *,
    direction: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    status: str | None = None,
    start: str | None = None,
    end: str | None = None,
    page: PageRequest | None = None,
) -> list[Message] | MessagePage:
    """The account's messages, newest first, narrowed by the filters; a page on request."""
    since, until = _moment("start", start), _moment("end", end)
    async with db.read() as conn:
        account = await scope.account_at_path(conn, principal, account_sid)
        query = select(messages).where(messages.c.account_sid == account.account_sid)
        if direction is not None:
            query = query.where(messages.c.direction == direction)
        if status is not None:
            query = query.where(messages.c.status == status)
        if from_ is not None:
            query = query.where(messages.c["from"] == normalise_sender(from_))
        if to is not None:
            query = query.where(messages.c.to == normalise_number(to))
        if since is not None:
            query = query.where(messages.c.created_at >= since)
        if until is not None:
            query = query.where(messages.c.created_at < until)
        total = None
        if page is not None:
            total = (
                await conn.execute(select(func.count()).select_from(query.subquery()))
            ).scalar_one()
        query = query.order_by(messages.c.created_at.desc(), messages.c.message_sid.desc())
        rows: list[Any] = []
        if page is None:
            rows = list((await conn.execute(query)).all())
        elif page.offset < (total or 0):
            rows = list((await conn.execute(query.limit(page.limit).offset(page.offset))).all())
    items = [to_model(row) for row in rows]
    if page is None:
        return items
    return MessagePage(total=total or 0, page=page.page, page_size=page.page_size, data=items)


async def get(db: Database, principal: Principal, account_sid: str, message_sid: str) -> Message:
    async with db.read() as conn:
        account = await scope.account_at_path(conn, principal, account_sid)
        row = (
            await conn.execute(
                select(messages).where(
                    messages.c.message_sid == norm_sid(message_sid),
                    messages.c.account_sid == account.account_sid,
                )
            )
        ).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return to_model(row)


# -- receiving -----------------------------------------------------------------------------


async def _messaging_hook(conn: Any, number: Any) -> tuple[str, dict[str, Any]]:
    """The application a number routes messages to, with its messaging_hook; 404 when the
    number has no application or the application no messaging_hook."""
    if number.application_sid is None:
        raise NotFound(f"phone number {number.number} is not routed to an application")
    app = (
        await conn.execute(
            select(applications.c.application_sid, applications.c.messaging_hook_sid).where(
                applications.c.application_sid == number.application_sid
            )
        )
    ).first()
    hook = None
    if app is not None and app.messaging_hook_sid:
        hook = (
            await conn.execute(
                select(webhooks).where(webhooks.c.webhook_sid == app.messaging_hook_sid)
            )
        ).first()
    if app is None or hook is None:
        raise NotFound(f"the application of phone number {number.number} has no messaging_hook")
    return app.application_sid, {
        "url": hook.url,
        "method": hook.method,
        "username": hook.username,
        "password": hook.password,
    }


async def receive_simulated(
    db: Database,
    messaging: Messaging,
    principal: Principal,
    account_sid: str,
    data: SimulatedMessageCreate,
) -> str:
    """A simulated SMS arriving on one of the account's numbers (this project's extension)."""
    async with db.read() as conn:
        account = await scope.account_at_path(conn, principal, account_sid)
        text, media = _content(data.text, data.media)
        digits = normalise_number(data.to)
        number = (
            await conn.execute(
                select(phone_numbers).where(
                    phone_numbers.c.number == digits,
                    phone_numbers.c.account_sid == account.account_sid,
                )
            )
        ).first()
        if number is None:
            raise NotFound(f"no phone number {data.to} in this account")
        application_sid, hook = await _messaging_hook(conn, number)
        carrier, carrier_sid = await _arrival_carrier(conn, account, number, data.carrier)
    return await messaging.receive(
        InboundDelivery(
            account_sid=account.account_sid,
            service_provider_sid=account.service_provider_sid,
            application_sid=application_sid,
            webhook_secret=account.webhook_secret,
            messaging_hook=hook,
            carrier=carrier,
            voip_carrier_sid=carrier_sid,
            from_=normalise_sender(data.from_),
            to=digits,
            text=text,
            media=list(media),
        )
    )


async def _arrival_carrier(
    conn: Any, account: Any, number: Any, requested: str | None
) -> tuple[str, str | None]:
    """The carrier a simulated message arrives through: the named one (the account's own
    before an SP-wide one), else the number's, else the simulator."""
    if requested is not None:
        row = (
            await conn.execute(
                select(voip_carriers.c.name, voip_carriers.c.voip_carrier_sid)
                .where(
                    voip_carriers.c.name == requested,
                    usable_by(account.account_sid, account.service_provider_sid),
                )
                .order_by(voip_carriers.c.account_sid.is_(None), voip_carriers.c.created_at)
                .limit(1)
            )
        ).first()
        if row is not None:
            return row.name, row.voip_carrier_sid
        if requested == SIMULATOR:
            return SIMULATOR, None
        raise Unprocessable(f"no carrier named {requested!r} is available to this account")
    if number.voip_carrier_sid:
        row = (
            await conn.execute(
                select(voip_carriers.c.name).where(
                    voip_carriers.c.voip_carrier_sid == number.voip_carrier_sid
                )
            )
        ).first()
        if row is not None:
            return row.name, number.voip_carrier_sid
    return SIMULATOR, None


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep:
        return None
    return user, password


def _same(stored: str, given: str) -> bool:
    return hmac.compare_digest(stored.encode(), given.encode())


async def _authenticated_carriers(conn: Any, provider: str, authorization: str | None) -> list[Any]:
    """The active carriers named `provider` whose inbound SMS credentials the request
    presents; 401 when there are none (unknown carrier, no or wrong credentials alike)."""
    credentials = _basic_credentials(authorization)
    if credentials is None:
        raise CarrierUnauthorized(
            "carrier authentication required: HTTP basic auth with the carrier's "
            "sms_inbound_username and sms_inbound_password"
        )
    user, password = credentials
    rows = (
        await conn.execute(
            carriers_with_sms().where(
                voip_carriers.c.name == provider,
                voip_carriers.c.is_active.is_(True),
                carrier_sms.c.sms_inbound_username.is_not(None),
                carrier_sms.c.sms_inbound_password.is_not(None),
            )
        )
    ).all()
    matched = [
        row
        for row in rows
        if _same(row.sms_inbound_username, user) & _same(row.sms_inbound_password, password)
    ]
    if not matched:
        raise CarrierUnauthorized("carrier authentication failed")
    return matched


async def authenticate_carrier(db: Database, provider: str, authorization: str | None) -> None:
    """`CarrierUnauthorized` unless the request presents the inbound SMS credentials of an
    active carrier named `provider`. Checked at the edge before the body is read, so that
    a client without credentials cannot make the server parse or validate a body; the
    operations check again (the same query) with the carriers they then use."""
    async with db.read() as conn:
        await _authenticated_carriers(conn, provider, authorization)


async def receive_from_carrier(
    db: Database,
    messaging: Messaging,
    provider: str,
    authorization: str | None,
    data: InboundMessage,
) -> str:
    """An SMS a carrier delivers to one of the platform's numbers."""
    async with db.read() as conn:
        carriers = await _authenticated_carriers(conn, provider, authorization)
        text, media = _content(data.text, data.media)
        digits = normalise_number(data.to)
        unknown = NotFound(f"no phone number {data.to} is reachable through carrier {provider}")
        number = (
            await conn.execute(select(phone_numbers).where(phone_numbers.c.number == digits))
        ).first()
        if number is None or number.account_sid is None:
            raise unknown
        account = (
            await conn.execute(select(accounts).where(accounts.c.account_sid == number.account_sid))
        ).first()
        carrier = next(
            (
                row
                for row in carriers
                if row.account_sid == account.account_sid
                or (
                    row.account_sid is None
                    and row.service_provider_sid == account.service_provider_sid
                )
            ),
            None,
        )
        if carrier is None:
            raise unknown
        application_sid, hook = await _messaging_hook(conn, number)
    return await messaging.receive(
        InboundDelivery(
            account_sid=account.account_sid,
            service_provider_sid=account.service_provider_sid,
            application_sid=application_sid,
            webhook_secret=account.webhook_secret,
            messaging_hook=hook,
            carrier=carrier.name,
            voip_carrier_sid=carrier.voip_carrier_sid,
            from_=normalise_sender(data.from_),
            to=digits,
            text=text,
            media=list(media),
            cc=[normalise_number(_plain(n)) for n in data.cc or []],
            carrier_message_id=data.carrier_message_id,
        )
    )


async def apply_receipt(
    db: Database,
    messaging: Messaging,
    provider: str,
    authorization: str | None,
    data: DeliveryReceipt,
) -> None:
    """A carrier's delivery receipt for a message it accepted."""
    async with db.read() as conn:
        carriers = await _authenticated_carriers(conn, provider, authorization)
        if data.carrier_message_id is None and data.message_sid is None:
            raise Unprocessable("name the message: give carrier_message_id or message_sid")
        query = select(messages.c.message_sid).where(
            messages.c.direction == "outbound",
            messages.c.voip_carrier_sid.in_([row.voip_carrier_sid for row in carriers]),
        )
        if data.message_sid is not None:
            query = query.where(messages.c.message_sid == norm_sid(data.message_sid))
        if data.carrier_message_id is not None:
            query = query.where(messages.c.carrier_message_id == data.carrier_message_id)
        sid = (await conn.execute(query.order_by(messages.c.created_at.desc()).limit(1))).scalar()
    if sid is None:
        raise NotFound(f"no message sent through carrier {provider} matches the receipt")
    change = await messaging.apply_receipt(sid, data.status, data.error)
    if change is None:
        raise NotFound(f"no message sent through carrier {provider} matches the receipt")
    if not change.changed and change.row.status != data.status:
        raise Unprocessable(
            f"message {sid} is already {change.row.status}, a final status; the receipt "
            f"({data.status}) was not applied"
        )
