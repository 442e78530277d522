"""The state of one live call, and where live calls are kept.

`LiveCallStore` is the small interface the engine keeps live calls behind: in-process now;
a shared store (Redis) can implement it later when several API instances serve one
platform.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

FINAL_STATUSES = frozenset({"completed", "failed", "busy", "no-answer"})


@dataclass(eq=False)
class LiveCall:
    """Everything the simulator knows about one call leg."""

    call_sid: str
    account_sid: str
    service_provider_sid: str | None
    application_sid: str | None
    direction: str
    from_: str
    to: str
    call_id: str
    webhook_secret: str | None
    call_hook: Any = None
    call_status_hook: Any = None
    queue_event_hook: Any = None
    parent_call_sid: str | None = None
    caller_id: str | None = None
    caller_name: str | None = None
    originating_sip_ip: str | None = None
    originating_sip_trunk_name: str | None = None
    # The carrier an outbound leg to a phone number went out through (by sid and name).
    voip_carrier_sid: str | None = None
    trunk: str | None = None
    trace_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    call_status: str = "trying"
    sip_status: int = 100
    sip_reason: str = "Trying"
    call_termination_by: str | None = None
    customer_data: dict[str, Any] | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    env_vars: dict[str, Any] | None = None
    app_verbs: list[dict[str, Any]] | None = None
    target: dict[str, Any] = field(default_factory=dict)
    timeout: float = 60.0
    time_limit: float | None = None
    created_at: float = 0.0
    answered_at: float | None = None
    ended_at: float | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    # live-control state
    listen_status: str | None = None  # None (no listen), "active", "paused", "silence"
    mute_status: str | None = None  # None (not in a dial or a bridge), "unmuted", "muted"
    dial_child_sid: str | None = None
    whispers: list[dict[str, Any]] = field(default_factory=list)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    app_task: asyncio.Task[Any] | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)
    # Held from a status change until its record is saved and its webhook queued, so that
    # a change arriving meanwhile (a cancel while "ringing" is being saved) comes after it.
    status_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    recorded: bool = False  # its record exists (the recorder inserts once, then updates)

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def is_final(self) -> bool:
        return self.call_status in FINAL_STATUSES

    def duration(self) -> int:
        if self.answered_at is None:
            return 0
        end = self.ended_at if self.ended_at is not None else self.answered_at
        return max(0, round(end - self.answered_at))

    def info(self) -> dict[str, Any]:
        """The common call-info payload (reference §4.4), snake_case, nulls left out."""
        data: dict[str, Any] = {
            "call_sid": self.call_sid,
            "direction": self.direction,
            "from": self.from_,
            "to": self.to,
            "call_id": self.call_id,
            "sip_status": self.sip_status,
            "sip_reason": self.sip_reason,
            "call_status": self.call_status,
            "account_sid": self.account_sid,
            "application_sid": self.application_sid,
            "trace_id": self.trace_id,
            "fs_sip_address": "127.0.0.1:5070",
        }
        optional = {
            "parent_call_sid": self.parent_call_sid,
            "caller_id": self.caller_id,
            "originating_sip_ip": self.originating_sip_ip,
            "originating_sip_trunk_name": self.originating_sip_trunk_name,
            "call_termination_by": self.call_termination_by if self.is_final else None,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        if self.call_status == "completed":
            data["duration"] = self.duration()
        if self.customer_data is not None:
            data["customerData"] = self.customer_data
        return {k: v for k, v in data.items() if v is not None}


class LiveCallStore(Protocol):
    def add(self, call: LiveCall) -> None: ...
    def get(self, call_sid: str) -> LiveCall | None: ...
    def remove(self, call_sid: str) -> None: ...
    def for_account(self, account_sid: str) -> list[LiveCall]: ...
    def all(self) -> list[LiveCall]: ...
    def count(self, account_sid: str) -> int: ...


class InProcessCallStore:
    """Live calls of this process, indexed by sid and by account."""

    def __init__(self) -> None:
        self._calls: dict[str, LiveCall] = {}
        self._by_account: dict[str, dict[str, LiveCall]] = {}

    def add(self, call: LiveCall) -> None:
        self._calls[call.call_sid] = call
        self._by_account.setdefault(call.account_sid, {})[call.call_sid] = call

    def get(self, call_sid: str) -> LiveCall | None:
        return self._calls.get(call_sid)

    def remove(self, call_sid: str) -> None:
        call = self._calls.pop(call_sid, None)
        if call is not None:
            self._by_account.get(call.account_sid, {}).pop(call_sid, None)

    def for_account(self, account_sid: str) -> list[LiveCall]:
        return list(self._by_account.get(account_sid, {}).values())

    def all(self) -> list[LiveCall]:
        return list(self._calls.values())

    def count(self, account_sid: str) -> int:
        return len(self._by_account.get(account_sid, {}))
