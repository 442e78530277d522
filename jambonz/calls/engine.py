"""The call-engine interface the core owns.

The services (`jambonz/services/calls.py`) validate a request, resolve the application and
check scope and limits; an engine only runs calls. `SimulatorEngine` is the embedded
default; `JambonzEngine` (jambonz/calls/jambonz_engine.py, `JAMBONZ_CALL_ENGINE=jambonz`)
implements the same protocol on a jambonz cluster's feature servers and Redis.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Protocol

from jambonz.alerts import AlertSink
from jambonz.calls.rooms import Rooms
from jambonz.calls.state import LiveCall


@dataclass(frozen=True)
class Carrier:
    """The carrier an outbound leg to a phone number goes out through (recorded on the
    leg: the simulator dials no real trunk)."""

    voip_carrier_sid: str
    name: str


class CarrierRouter(Protocol):
    """Chooses the carrier of an outbound leg (least-cost routing and its fallbacks, in
    `jambonz/services/call_routing.py`); None for targets that are not phone numbers or
    when no carrier applies."""

    async def carrier_for(
        self,
        account_sid: str,
        service_provider_sid: str | None,
        from_: str,
        target: dict[str, Any],
    ) -> Carrier | None: ...


@dataclass
class CallSetup:
    """What an engine needs to run a call leg, outbound (REST) or inbound."""

    account_sid: str
    service_provider_sid: str | None
    application_sid: str | None
    webhook_secret: str | None
    from_: str
    to: str
    target: dict[str, Any]
    call_hook: Any = None
    call_status_hook: Any = None
    app_verbs: list[dict[str, Any]] | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    env_vars: dict[str, Any] | None = None
    tag: dict[str, Any] | None = None
    timeout: float = 60.0
    time_limit: float | None = None
    caller_name: str | None = None
    headers: dict[str, Any] | None = None
    direction: str = "outbound"
    originating_sip_ip: str | None = None
    originating_sip_trunk_name: str | None = None
    # The carrier chosen for an outbound leg to a phone number (the service chose it).
    carrier: Carrier | None = None
    # The account's voice_call_session cap; the engine refuses a call over it (422).
    session_limit: int | None = None
    # Whose cap it is ("account" or "service_provider"), for the alert of a refusal.
    session_limit_owner: str = "account"
    # The account's queue_event_hook when the call starts (`enqueue` join/leave events).
    queue_event_hook: Any = None
    # The client's request body as validated (`POST /Accounts/{sid}/Calls`), for an engine
    # that passes it on as jambonz's api-server does (jambonz/calls/jambonz_engine.py).
    request: dict[str, Any] | None = None


@dataclass
class CallUpdate:
    """One live-control request (`PUT /Accounts/{sid}/Calls/{sid}`), already validated."""

    call_hook: Any = None
    call_status_hook: Any = None
    call_status: str | None = None
    listen_status: str | None = None
    mute_status: str | None = None
    whisper: list[dict[str, Any]] | None = None
    # conference member control (reference §3.5)
    conf_mute_status: str | None = None
    conf_hold_status: str | None = None
    wait_hook: Any = None


@dataclass(frozen=True)
class CallEvent:
    """Something that happened to a call (for observers and tests)."""

    kind: str  # "status", "webhook", "verb", "alert"
    call_sid: str
    data: dict[str, Any]


class CallRecorder(Protocol):
    """Persists call records (the engine calls it on creation and every status change)."""

    async def save(self, call: LiveCall) -> None: ...


class CallEngine(Protocol):
    # live conferences and queues (their verbs run in the engine; the API steers them)
    rooms: Rooms
    # where the engine raises alerts (jambonz/alerts.py); never blocks a call
    alerts: AlertSink

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def create_call(self, setup: CallSetup) -> LiveCall: ...
    async def update_call(self, call_sid: str, update: CallUpdate) -> None: ...
    async def hangup(self, call_sid: str) -> bool: ...
    def live_call(self, call_sid: str) -> LiveCall | None: ...
    def live_calls(self, account_sid: str) -> list[LiveCall]: ...
    def subscribe(self) -> asyncio.Queue[CallEvent]: ...
    def unsubscribe(self, queue: asyncio.Queue[CallEvent]) -> None: ...
