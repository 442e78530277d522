"""`Messaging`: the process-wide SMS component (one per `Core`).

It runs what happens to a message after the API has checked the request:

- `send`: choose the route (`routing`), store the message `queued`, hand it to the
  provider, store the outcome (`sent` with the provider's answer, or `failed` with the
  reason) and, for the simulator, schedule its delivery receipt;
- `apply_receipt`: a carrier's delivery receipt moves a message to `sent`, `delivered` or
  `failed` (final statuses never change again);
- `receive`: store an inbound message and deliver it to the application's
  `messaging_hook` in the background (bounded concurrency), then send the `message` verbs
  the application answers with and report each to its `actionHook`.

Every status change after `queued` is reported to the message's `status_hook`, signed with
the account's webhook secret; the reports of one message leave in order. Webhooks go
through the shared `WebhookSender`; HTTP providers are called on its pooled client.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from jambonz.alerts import AlertSink, NoAlerts, webhook_alert
from jambonz.calls.clock import Clock
from jambonz.db import Database
from jambonz.db.tables import accounts
from jambonz.errors import BadRequest
from jambonz.messaging.providers import (
    HttpProvider,
    OutboundSms,
    Receipt,
    SendOutcome,
    SimulatorProvider,
    SmsProvider,
)
from jambonz.messaging.routing import NoRoute, Route, choose_route
from jambonz.messaging.store import Change, change_status, insert_message, set_error, to_model
from jambonz.services.common import new_sid
from jambonz.verbs import normalize_verbs
from jambonz.webhooks_out import HookTarget, WebhookResult, WebhookSender

__all__ = [
    "MAX_REPLIES",
    "InboundDelivery",
    "Messaging",
    "Submission",
    "Submitted",
    "normalise_sender",
]

log = logging.getLogger("jambonz.messaging")

# The most `message` verbs one answer of a messaging_hook may send.
MAX_REPLIES = 10
# Seconds `close` waits for background work before cancelling it.
CLOSE_GRACE = 2.0

_E164 = re.compile(r"\+?([0-9]{1,15})")
_ALPHANUMERIC = re.compile(r"[A-Za-z0-9]{1,11}")


def normalise_sender(raw: str) -> str:
    """A sender as stored: E.164 digits without `+`, or an alphanumeric sender id as is.
    Raises ValueError for anything else."""
    if match := _E164.fullmatch(raw):
        return match.group(1)
    if _ALPHANUMERIC.fullmatch(raw):
        return raw
    raise ValueError(
        f"{raw!r} is neither an E.164 number nor an alphanumeric sender id (1 to 11 letters "
        "and digits)"
    )


def media_list(value: Any) -> list[str]:
    """A `media` value (one URL, a list of them, or nothing) as a list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)]


@dataclass(frozen=True)
class Submission:
    """An outbound message the API or a `message` verb asks to send (numbers normalised)."""

    account_sid: str
    service_provider_sid: str | None
    from_: str
    to: str
    text: str | None
    media: tuple[str, ...] = ()
    carrier: str | None = None
    status_hook: dict[str, Any] | None = None
    application_sid: str | None = None
    prefer_carrier_sid: str | None = None


@dataclass(frozen=True)
class Submitted:
    """What became of a submission: `accepted` by the provider, or `error`."""

    message_sid: str
    accepted: bool
    carrier: str
    provider_response: dict[str, Any] | None
    carrier_message_id: str | None
    error: str | None


@dataclass(frozen=True)
class InboundDelivery:
    """An inbound message routed to an application, with what delivering it needs."""

    account_sid: str
    service_provider_sid: str | None
    application_sid: str
    webhook_secret: str | None
    messaging_hook: dict[str, Any]
    carrier: str
    voip_carrier_sid: str | None
    from_: str
    to: str
    text: str | None
    media: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    carrier_message_id: str | None = None
    message_sid: str = field(default_factory=new_sid)


class Messaging:
    def __init__(
        self,
        *,
        db: Database,
        sender: WebhookSender,
        clock: Clock | None = None,
        provider_timeout: float = 10.0,
        concurrency: int = 100,
        alerts: AlertSink | None = None,
    ) -> None:
        if provider_timeout <= 0:
            raise ValueError("provider_timeout must be > 0")
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.db = db
        self.sender = sender
        self.clock = clock or Clock()
        self.provider_timeout = provider_timeout
        # Failed webhooks become alerts for the account (GET .../Alerts); never blocking.
        self.alerts: AlertSink = alerts or NoAlerts()
        self._slots = asyncio.Semaphore(concurrency)
        self._tasks: set[asyncio.Task[Any]] = set()
        # The last status_hook report of each message, so that the next one waits for it.
        self._hook_tail: dict[str, asyncio.Task[Any]] = {}

    # -- providers -------------------------------------------------------------------------

    def provider_for(self, route: Route) -> SmsProvider:
        if route.is_http:
            assert route.url is not None
            return HttpProvider(
                name=route.carrier,
                url=route.url,
                client=self.sender.client,
                timeout=self.provider_timeout,
                username=route.username,
                password=route.password,
                bearer_token=route.bearer_token,
                leading_plus=route.leading_plus,
            )
        return SimulatorProvider(route.carrier, timeout=self.provider_timeout)

    # -- outbound --------------------------------------------------------------------------

    async def send(self, sub: Submission) -> Submitted:
        """Send one message. Raises `NoRoute` (before storing anything) when no provider
        can take it; every provider failure is an outcome, never an exception."""
        async with self.db.read() as conn:
            route = await choose_route(
                conn,
                sub.account_sid,
                sub.service_provider_sid,
                sub.carrier,
                prefer_carrier_sid=sub.prefer_carrier_sid,
            )
        sid = new_sid()
        await insert_message(
            self.db,
            message_sid=sid,
            account_sid=sub.account_sid,
            service_provider_sid=sub.service_provider_sid,
            application_sid=sub.application_sid,
            direction="outbound",
            from_=sub.from_,
            to=sub.to,
            text=sub.text,
            media=sub.media,
            carrier=route.carrier,
            voip_carrier_sid=route.voip_carrier_sid,
            status="queued",
            status_hook=sub.status_hook,
        )
        outgoing = OutboundSms(
            message_sid=sid,
            account_sid=sub.account_sid,
            from_=sub.from_,
            to=sub.to,
            text=sub.text,
            media=list(sub.media),
        )
        try:
            outcome = await self.provider_for(route).send(outgoing)
        except Exception as exc:  # a provider bug must not become a 5xx
            log.exception("message %s: provider %s failed", sid, route.carrier)
            outcome = SendOutcome(
                accepted=False, error=f"provider {route.carrier} failed unexpectedly: {exc}"
            )
        if outcome.accepted:
            change = await change_status(
                self.db,
                sid,
                "sent",
                only_from={"queued"},
                also={
                    "provider_response": json.dumps(outcome.response or {}),
                    "carrier_message_id": outcome.carrier_message_id,
                },
            )
        else:
            change = await change_status(
                self.db, sid, "failed", error=outcome.error, only_from={"queued"}
            )
        self._notify(change)
        if outcome.accepted and outcome.receipt is not None:
            self._spawn(self._simulated_receipt(sid, outcome.receipt))
        return Submitted(
            message_sid=sid,
            accepted=outcome.accepted,
            carrier=route.carrier,
            provider_response=outcome.response if outcome.accepted else None,
            carrier_message_id=outcome.carrier_message_id,
            error=outcome.error,
        )

    async def _simulated_receipt(self, sid: str, receipt: Receipt) -> None:
        await self.clock.sleep(receipt.after)
        await self.apply_receipt(sid, receipt.status, receipt.error)

    async def apply_receipt(
        self, message_sid: str, status: str, error: str | None = None
    ) -> Change | None:
        """A delivery report: moves a `queued` or `sent` message to `status`. The returned
        change says whether it moved (a final status never does); None when the message is
        gone."""
        change = await change_status(
            self.db,
            message_sid,
            status,
            error=error if status == "failed" else None,
            only_from={"queued", "sent"},
        )
        self._notify(change)
        return change

    # -- status hooks ----------------------------------------------------------------------

    def _notify(self, change: Change | None) -> None:
        if change is None or not change.changed or not change.row.status_hook:
            return
        row = change.row
        try:
            hook = json.loads(row.status_hook)
        except ValueError:
            return
        payload = to_model(row).model_dump(by_alias=True)
        sid = row.message_sid
        previous = self._hook_tail.get(sid)
        task = self._spawn(
            self._report_status(
                (row.account_sid, row.service_provider_sid), hook, payload, previous
            )
        )
        self._hook_tail[sid] = task

        def forget(done: asyncio.Task[Any]) -> None:
            if self._hook_tail.get(sid) is done:
                del self._hook_tail[sid]

        task.add_done_callback(forget)

    async def _report_status(
        self,
        owners: tuple[str, str | None],
        hook: dict[str, Any],
        payload: dict[str, Any],
        previous: asyncio.Task[Any] | None,
    ) -> None:
        if previous is not None:
            await asyncio.wait([previous])
        try:
            target = HookTarget.from_value(hook)
        except (ValueError, TypeError) as exc:
            log.warning("message %s: unusable status_hook: %s", payload["message_sid"], exc)
            return
        account_sid = owners[0]
        result = await self.sender.send(
            target, payload, secret=await self._secret(account_sid), expect_verbs=False
        )
        if not result.ok:
            self._webhook_failed(
                owners, payload["message_sid"], target, result, f"status_hook {target.method}"
            )
            log.warning(
                "message %s: status_hook %s %s: %s",
                payload["message_sid"],
                target.method,
                target.url,
                result.error,
            )

    async def _secret(self, account_sid: str) -> str | None:
        async with self.db.read() as conn:
            query = select(accounts.c.webhook_secret).where(accounts.c.account_sid == account_sid)
            return (await conn.execute(query)).scalar()

    # -- inbound ---------------------------------------------------------------------------

    async def receive(self, delivery: InboundDelivery) -> str:
        """Store the inbound message and deliver it to the application in the background;
        return its sid at once."""
        await insert_message(
            self.db,
            message_sid=delivery.message_sid,
            account_sid=delivery.account_sid,
            service_provider_sid=delivery.service_provider_sid,
            application_sid=delivery.application_sid,
            direction="inbound",
            from_=delivery.from_,
            to=delivery.to,
            text=delivery.text,
            media=delivery.media,
            carrier=delivery.carrier,
            voip_carrier_sid=delivery.voip_carrier_sid,
            carrier_message_id=delivery.carrier_message_id,
            status="received",
        )
        self._spawn(self._deliver(delivery))
        return delivery.message_sid

    def payload(self, delivery: InboundDelivery) -> dict[str, Any]:
        """What the messaging_hook receives (jambonz's names)."""
        return {
            "message_sid": delivery.message_sid,
            "account_sid": delivery.account_sid,
            "service_provider_sid": delivery.service_provider_sid,
            "application_sid": delivery.application_sid,
            "carrier": delivery.carrier,
            "from": delivery.from_,
            "to": delivery.to,
            "cc": list(delivery.cc),
            "text": delivery.text,
            "media": list(delivery.media),
        }

    async def _deliver(self, delivery: InboundDelivery) -> None:
        async with self._slots:
            sid = delivery.message_sid
            try:
                target = HookTarget.from_value(delivery.messaging_hook)
            except (ValueError, TypeError) as exc:
                await set_error(self.db, sid, f"unusable messaging_hook: {exc}")
                return
            result = await self.sender.send(
                target,
                self.payload(delivery),
                secret=delivery.webhook_secret,
                expect_verbs=True,
            )
            if not result.ok:
                self._webhook_failed(
                    (delivery.account_sid, delivery.service_provider_sid),
                    sid,
                    target,
                    result,
                    f"messaging_hook {target.method}",
                )
                await set_error(
                    self.db, sid, f"messaging_hook {target.method} {target.url}: {result.error}"
                )
                return
            try:
                verbs = normalize_verbs(result.body)
            except BadRequest as exc:
                await set_error(self.db, sid, f"messaging_hook answered invalid verbs: {exc.msg}")
                return
            replies = [verb for verb in verbs if verb["verb"] == "message"]
            if len(replies) > MAX_REPLIES:
                await set_error(
                    self.db,
                    sid,
                    f"messaging_hook answered {len(replies)} message verbs; only the first "
                    f"{MAX_REPLIES} were sent",
                )
            for verb in replies[:MAX_REPLIES]:
                await self._message_verb(delivery, target, verb)

    async def _message_verb(
        self, delivery: InboundDelivery, base: HookTarget, verb: dict[str, Any]
    ) -> None:
        """Send one `message` verb and report the outcome to its actionHook, with
        jambonz's `message_status` values."""
        report: dict[str, Any] = {
            "message_sid": None,
            "message_status": "failure",
            "carrier": verb.get("carrier"),
            "carrier_message_id": None,
            "message_failure_reason": None,
        }
        try:
            from_ = normalise_sender(verb["from"])
            to = _E164.fullmatch(verb["to"])
            if to is None:
                raise ValueError(f"to {verb['to']!r} is not an E.164 number")
            text = verb.get("text") or None
            media = media_list(verb.get("media"))
            if text is None and not media:
                raise ValueError("either text or media required in outbound message")
        except ValueError as exc:
            report["message_failure_reason"] = str(exc)
        else:
            try:
                sent = await self.send(
                    Submission(
                        account_sid=delivery.account_sid,
                        service_provider_sid=delivery.service_provider_sid,
                        from_=from_,
                        to=to.group(1),
                        text=text,
                        media=tuple(media),
                        carrier=verb.get("carrier"),
                        application_sid=delivery.application_sid,
                        prefer_carrier_sid=delivery.voip_carrier_sid,
                    )
                )
            except NoRoute as exc:
                report.update(message_status="no carriers", message_failure_reason=exc.msg)
            except Exception as exc:
                log.exception("message %s: message verb failed", delivery.message_sid)
                report.update(
                    message_status="system error",
                    message_failure_reason=str(exc) or type(exc).__name__,
                )
            else:
                report.update(
                    message_sid=sent.message_sid,
                    message_status="success" if sent.accepted else "failure",
                    carrier=sent.carrier,
                    carrier_message_id=sent.carrier_message_id,
                    message_failure_reason=sent.error,
                )
        hook = verb.get("actionHook")
        if not hook:
            return
        try:
            target = HookTarget.from_value(hook, base_url=base)
        except (ValueError, TypeError) as exc:
            log.warning("message %s: unusable actionHook: %s", delivery.message_sid, exc)
            return
        result = await self.sender.send(
            target, report, secret=delivery.webhook_secret, expect_verbs=False
        )
        if not result.ok:
            self._webhook_failed(
                (delivery.account_sid, delivery.service_provider_sid),
                delivery.message_sid,
                target,
                result,
                f"actionHook {target.method}",
            )
            log.warning(
                "message %s: actionHook %s %s: %s",
                delivery.message_sid,
                target.method,
                target.url,
                result.error,
            )

    def _webhook_failed(
        self,
        owners: tuple[str, str | None],
        message_sid: str,
        target: HookTarget,
        result: WebhookResult,
        what: str,
    ) -> None:
        """A failed messaging webhook as an alert, in jambonz's words (see jambonz.alerts)."""
        self.alerts.raise_alert(
            webhook_alert(
                target.url,
                result.status,
                account_sid=owners[0],
                service_provider_sid=owners[1],
                target_sid=message_sid,
                detail=f"{what} {target.url}: {result.error}",
            )
        )

    # -- background work -------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            log.error("messaging task failed", exc_info=exc)

    async def idle(self, timeout: float = 10.0) -> bool:
        """Wait until no background work is left (for tests and shutdown); True if so."""
        deadline = asyncio.get_running_loop().time() + timeout
        while self._tasks:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                return False
            await asyncio.wait(set(self._tasks), timeout=remaining)
        return True

    async def close(self) -> None:
        """Give background work a moment to finish, then cancel what is left."""
        if not self._tasks:
            return
        await self.idle(CLOSE_GRACE)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=CLOSE_GRACE)
