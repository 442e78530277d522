"""SMS providers: the interface between the core and whatever carries a message out.

A provider gets one `OutboundSms` and answers a `SendOutcome`: accepted (with the answer
that becomes the API's `providerResponse` and the provider's own message id), or not (with
the reason). A provider never raises for the provider's own failures: refusals, errors and
timeouts are outcomes, recorded on the message as `failed`.

- `SimulatorProvider`: the embedded default. Accepts at once and promises a delivery
  receipt; a few reserved `to` numbers make it fail deterministically (`TEST_NUMBERS`), so
  applications can test their error paths.
- `HttpProvider`: a carrier configured with `sms_outbound_url` receives a JSON POST; a 2xx
  answer accepts the message, anything else refuses it.
"""

from __future__ import annotations

import base64
import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import httpx

from jambonz import outbound

log = logging.getLogger("jambonz.messaging")

__all__ = [
    "SIMULATOR",
    "TEST_NUMBERS",
    "HttpProvider",
    "OutboundSms",
    "Receipt",
    "SendOutcome",
    "SimulatorProvider",
    "SmsProvider",
]

SIMULATOR = "simulator"
# Simulated seconds between the simulator accepting a message and its delivery receipt.
RECEIPT_DELAY = 1.0
# How much of a provider's error body is quoted in the failure reason.
DETAIL_LIMIT = 200

REFUSE = "15005550001"
FAIL_LATER = "15005550002"
TIME_OUT = "15005550003"
NO_RECEIPT = "15005550004"
TEST_NUMBERS = {
    REFUSE: "refused at once",
    FAIL_LATER: "accepted, then a failed delivery receipt",
    TIME_OUT: "the provider times out",
    NO_RECEIPT: "accepted, never reported delivered",
}


@dataclass(frozen=True)
class OutboundSms:
    """What a provider is asked to send. Numbers are stored digits (no `+`)."""

    message_sid: str
    account_sid: str
    from_: str
    to: str
    text: str | None
    media: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Receipt:
    """A delivery report the provider will make `after` simulated seconds."""

    status: Literal["delivered", "failed"]
    after: float = RECEIPT_DELAY
    error: str | None = None


@dataclass(frozen=True)
class SendOutcome:
    """`accepted` with the provider's answer and message id; else `error` says why."""

    accepted: bool
    response: dict[str, Any] | None = None
    carrier_message_id: str | None = None
    error: str | None = None
    receipt: Receipt | None = None


class SmsProvider(Protocol):
    """Anything that can carry a message out; `name` is recorded as its `carrier`."""

    name: str

    async def send(self, message: OutboundSms) -> SendOutcome: ...


class SimulatorProvider:
    """Accepts every message and reports it delivered a simulated second later, except for
    the reserved `to` numbers in `TEST_NUMBERS`. The timeout is reported without waiting
    for it, so an application's error path can be tested quickly."""

    def __init__(self, name: str = SIMULATOR, *, timeout: float = 10.0) -> None:
        self.name = name
        self.timeout = timeout

    async def send(self, message: OutboundSms) -> SendOutcome:
        if message.to == REFUSE:
            return SendOutcome(
                accepted=False,
                error=(
                    f"provider {self.name} refused the message: {message.to} is unreachable "
                    "(simulated refusal)"
                ),
            )
        if message.to == TIME_OUT:
            return SendOutcome(
                accepted=False,
                error=(
                    f"provider {self.name} did not answer within {self.timeout:g} s "
                    "(simulated timeout)"
                ),
            )
        carrier_message_id = f"sim-{uuid.uuid4().hex[:16]}"
        receipt: Receipt | None = Receipt("delivered")
        if message.to == FAIL_LATER:
            receipt = Receipt("failed", error="handset unreachable (simulated delivery failure)")
        elif message.to == NO_RECEIPT:
            receipt = None
        return SendOutcome(
            accepted=True,
            response={
                "simulated": True,
                "carrier_message_id": carrier_message_id,
                "status": "accepted",
            },
            carrier_message_id=carrier_message_id,
            receipt=receipt,
        )


class HttpProvider:
    """A carrier's HTTP SMS API: `POST <url>` with the message as JSON.

    Authorization: `Bearer <bearer_token>` when set, else basic auth when both `username`
    and `password` are set. With `leading_plus` the numbers are sent with a `+`. A 2xx
    answer accepts the message: its JSON object is the `providerResponse` (any other body
    is wrapped as `{"body": text}`) and its `carrier_message_id`, `message_id` or `id` is
    the provider's message id. Any other status is a refusal whose reason names it. A
    request that gets no answer (refused by the outbound policy, the connection refused or
    reset, a timeout) is a refusal in the neutral words of `jambonz.outbound`, whatever
    happened (the detail is logged): the reason must not map the server's network. The
    client is the webhook sender's, so the outbound policy guards every connection.
    """

    def __init__(
        self,
        *,
        name: str,
        url: str,
        client: httpx.AsyncClient,
        timeout: float,
        username: str | None = None,
        password: str | None = None,
        bearer_token: str | None = None,
        leading_plus: bool = False,
    ) -> None:
        self.name = name
        self.url = url
        self.client = client
        self.timeout = timeout
        self.username = username
        self.password = password
        self.bearer_token = bearer_token
        self.leading_plus = leading_plus

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.bearer_token:
            headers["Authorization"] = f"Bearer {self.bearer_token}"
        elif self.username and self.password:
            token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        return headers

    def body(self, message: OutboundSms) -> dict[str, Any]:
        plus = "+" if self.leading_plus else ""

        def number(value: str) -> str:
            return f"{plus}{value}" if value.isdigit() else value

        return {
            "message_sid": message.message_sid,
            "account_sid": message.account_sid,
            "from": number(message.from_),
            "to": number(message.to),
            "text": message.text,
            "media": list(message.media),
        }

    async def send(self, message: OutboundSms) -> SendOutcome:
        content = json.dumps(self.body(message), separators=(",", ":")).encode()
        try:
            response = await self.client.post(
                self.url, content=content, headers=self.headers(), timeout=self.timeout
            )
        except httpx.HTTPError as exc:
            log.info(
                "provider %s (%s) got no answer: %s", self.name, self.url, outbound.describe(exc)
            )
            return self._failed(f"refused the message: {outbound.NEUTRAL_ERROR}")
        answer = _answer(response)
        if not 200 <= response.status_code < 300:
            detail = _detail(answer)
            reason = f"HTTP {response.status_code}" + (f": {detail}" if detail else "")
            return self._failed(f"refused the message: {reason}")
        return SendOutcome(
            accepted=True, response=answer, carrier_message_id=_carrier_message_id(answer)
        )

    def _failed(self, reason: str) -> SendOutcome:
        return SendOutcome(accepted=False, error=f"provider {self.name} {reason}")


def _answer(response: httpx.Response) -> dict[str, Any]:
    """The provider's answer as an object: its JSON object, or `{"body": <the rest>}`."""
    text = response.text
    try:
        value = json.loads(text) if text.strip() else None
    except ValueError:
        value = None
    if isinstance(value, dict):
        return value
    if value is not None:
        return {"body": value}
    return {"body": text} if text else {}


def _detail(answer: dict[str, Any]) -> str:
    """A short reason from an error answer: its `msg`/`message`/`error`, else the body."""
    for key in ("msg", "message", "error", "body"):
        value = answer.get(key)
        if isinstance(value, str) and value.strip():
            return _clip(value.strip())
    return _clip(json.dumps(answer)) if answer else ""


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def _carrier_message_id(answer: dict[str, Any]) -> str | None:
    for key in ("carrier_message_id", "message_id", "id"):
        value = answer.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, str | int) and str(value):
            return str(value)[:255]
    return None
