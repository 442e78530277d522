"""Alerts: what went wrong on an account's calls and messages, for its operator to read.

jambonz's engines write alerts to InfluxDB (`alerts`), and `GET .../Alerts` reads them
back. Here the call and messaging engines hand each alert to one `AlertWriter`, which
keeps them in the `alerts` table. Raising an alert never fails and never slows the call
or message it is about: `raise_alert` only queues it (dropped, and logged, when the queue
is full); a background task writes queued alerts in batches, and a write that fails is
logged and forgotten.

Retention is bounded: alerts older than `RETENTION_DAYS` (30, as long as a `days`
look-back of the Alerts list is useful) are deleted by the writer, at most once every
`PRUNE_EVERY` seconds, after a batch.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, insert

from jambonz.db import Database
from jambonz.db.tables import alerts, utcnow

log = logging.getLogger("jambonz.alerts")

RETENTION_DAYS = 30
PRUNE_EVERY = 3600.0
# Queued alerts beyond this are dropped (a storm of failures must not eat the memory).
MAX_PENDING = 10_000

# The alert types this server raises (jambonz's names).
WEBHOOK_FAILURE = "webhook-failure"
WEBHOOK_CONNECTION_FAILURE = "webhook-connection-failure"
ACCOUNT_CALL_LIMIT = "account-call-limit"
SERVICE_PROVIDER_CALL_LIMIT = "service-provider-call-limit"
NO_CARRIER = "no-carrier"
INVALID_APP_PAYLOAD = "invalid-app-payload"

NO_CARRIER_MESSAGE = "outbound call failure: no carriers have been provisioned"


@dataclass(frozen=True)
class Alert:
    """One alert, as the Alerts list shows it (`time` is set when it is raised)."""

    alert_type: str
    message: str
    account_sid: str | None = None
    service_provider_sid: str | None = None
    detail: str | None = None
    target_sid: str | None = None
    vendor: str | None = None
    time: datetime = field(default_factory=utcnow)


def webhook_alert(
    url: str,
    status: int | None,
    *,
    account_sid: str | None,
    service_provider_sid: str | None,
    target_sid: str | None = None,
    detail: str | None = None,
) -> Alert:
    """A failed webhook in jambonz's words: `<url> returned <status>`, or `failed to
    connect to <url>` when no response arrived. A success status with an answer that
    cannot be used (not JSON, not a verb array) is jambonz's `invalid-app-payload`."""
    if status is None:
        kind, message = WEBHOOK_CONNECTION_FAILURE, f"failed to connect to {url}"
    elif 200 <= status < 300:
        kind, message = INVALID_APP_PAYLOAD, f"{url} returned an invalid payload"
    else:
        kind, message = WEBHOOK_FAILURE, f"{url} returned {status}"
    return Alert(
        alert_type=kind,
        message=message,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        target_sid=target_sid,
        detail=detail,
    )


def call_limit_alert(
    owner: str, cap: int, *, account_sid: str, service_provider_sid: str | None
) -> Alert:
    """A call refused by the voice_call_session cap of its account or, when the account
    has none, of its service provider (`owner` "service_provider")."""
    provider = owner == "service_provider"
    return Alert(
        alert_type=SERVICE_PROVIDER_CALL_LIMIT if provider else ACCOUNT_CALL_LIMIT,
        message=(
            f"{'service provider' if provider else 'account'} has reached its limit of "
            f"{cap} simultaneous calls"
        ),
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
    )


def no_carrier_alert(
    *, account_sid: str, service_provider_sid: str | None, target_sid: str | None = None
) -> Alert:
    """A leg to a phone number with no carrier to go out through."""
    return Alert(
        alert_type=NO_CARRIER,
        message=NO_CARRIER_MESSAGE,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
        target_sid=target_sid,
    )


class AlertSink(Protocol):
    """Where the engines raise alerts: must return at once and never raise."""

    def raise_alert(self, alert: Alert) -> None: ...


class NoAlerts:
    """The sink of an engine that keeps no alerts (the default in unit tests)."""

    def raise_alert(self, alert: Alert) -> None:
        return None


def _cut(text: str | None, limit: int) -> str | None:
    return None if text is None else text[:limit]


class AlertWriter:
    """Keeps alerts in the `alerts` table, written in the background (see the module)."""

    def __init__(self, db: Database, *, retention_days: int = RETENTION_DAYS) -> None:
        self.db = db
        self.retention = timedelta(days=retention_days)
        self._pending: list[Alert] = []
        self._writer: asyncio.Task[None] | None = None
        self._last_prune = 0.0

    def raise_alert(self, alert: Alert) -> None:
        try:
            if len(self._pending) >= MAX_PENDING:
                log.warning("alert dropped (too many queued): %s", alert.alert_type)
                return
            self._pending.append(alert)
            if self._writer is None or self._writer.done():
                self._writer = asyncio.get_running_loop().create_task(self._write_all())
        except Exception:  # an alert must never fail what raised it
            log.exception("could not queue alert %s", alert.alert_type)

    async def flush(self) -> None:
        """Wait until every alert queued so far is written (tests, shutdown)."""
        while self._writer is not None and not self._writer.done():
            await asyncio.wait([self._writer])

    async def _write_all(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                async with self.db.write() as conn:
                    await conn.execute(insert(alerts), [_row(alert) for alert in batch])
            except Exception:
                log.exception("could not write %d alert(s)", len(batch))
        await self._prune()

    async def _prune(self) -> None:
        now = time.monotonic()
        if self._last_prune and now - self._last_prune < PRUNE_EVERY:
            return
        self._last_prune = now
        try:
            async with self.db.write() as conn:
                await conn.execute(delete(alerts).where(alerts.c.time < utcnow() - self.retention))
        except Exception:
            log.exception("could not prune old alerts")


def _row(alert: Alert) -> dict[str, object]:
    return {
        "alert_sid": str(uuid.uuid4()),
        "time": alert.time,
        "account_sid": alert.account_sid,
        "service_provider_sid": alert.service_provider_sid,
        "alert_type": alert.alert_type[:64],
        "message": _cut(alert.message, 1024),
        "detail": _cut(alert.detail, 4096),
        "target_sid": alert.target_sid,
        "vendor": _cut(alert.vendor, 64),
    }
