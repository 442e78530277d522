"""/v1/Accounts/{AccountSid}/Messages, SimulatedMessages, and the carriers' /v1/messaging"""

from __future__ import annotations

from typing import Any

from connexion import NoContent, request

from generated.models import (
    DeliveryReceipt,
    InboundMessage,
    MessageCreate,
    MessageList,
    SimulatedMessageCreate,
)
from handlers.context import core, principal
from jambonz.services import messages
from jambonz.services.common import page_request


async def create_message(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = MessageCreate.model_validate(body)
    c = core()
    sent = await messages.send(c.db, c.messaging, principal(token_info), account_sid, data)
    if not sent.accepted:
        return {"sid": sent.message_sid, "msg": sent.error or "the provider refused it"}, 480
    return {"sid": sent.message_sid, "providerResponse": sent.provider_response or {}}, 201


async def list_messages(
    account_sid: str,
    token_info: dict[str, Any],
    direction: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    status: str | None = None,
    start: str | None = None,
    end: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await messages.list_all(
        core().db,
        principal(token_info),
        account_sid,
        direction=direction,
        from_=from_,
        to=to,
        status=status,
        start=start,
        end=end,
        page=page_request(page, page_size),
    )
    return MessageList(result).model_dump(by_alias=True), 200


async def get_message(account_sid: str, message_sid: str, token_info: dict[str, Any]):
    item = await messages.get(core().db, principal(token_info), account_sid, message_sid)
    return item.model_dump(by_alias=True), 200


async def create_simulated_message(
    account_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = SimulatedMessageCreate.model_validate(body)
    c = core()
    sid = await messages.receive_simulated(
        c.db, c.messaging, principal(token_info), account_sid, data
    )
    return {"sid": sid}, 201


def _challenge(exc: messages.CarrierUnauthorized):
    return {"msg": exc.msg}, 401, {"WWW-Authenticate": messages.BASIC_CHALLENGE}


async def receive_carrier_message(provider: str, body: dict[str, Any]):
    data = InboundMessage.model_validate(body)
    c = core()
    try:
        sid = await messages.receive_from_carrier(
            c.db, c.messaging, provider, request.headers.get("authorization"), data
        )
    except messages.CarrierUnauthorized as exc:
        return _challenge(exc)
    return {"sid": sid}, 200


async def receive_delivery_receipt(provider: str, body: dict[str, Any]):
    data = DeliveryReceipt.model_validate(body)
    c = core()
    try:
        await messages.apply_receipt(
            c.db, c.messaging, provider, request.headers.get("authorization"), data
        )
    except messages.CarrierUnauthorized as exc:
        return _challenge(exc)
    return NoContent, 204
