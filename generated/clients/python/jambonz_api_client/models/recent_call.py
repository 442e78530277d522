from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecentCall")


@_attrs_define
class RecentCall:
    """One call leg that has ended (jambonz's CDR), with jambonz's field names; a field
    the call has no value for is left out, as jambonz leaves it out. This server's
    calls run on its simulator, so the SBC's own address (`host`) and a recording
    (`recording_url`) are never given.

        Attributes:
            attempted_at (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            answered (bool | Unset): Whether the call was answered.
            answered_at (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            terminated_at (datetime.datetime | Unset): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            duration (int | Unset): Seconds from the answer to the hang-up (0 when never answered).
            sip_status (int | Unset): The final SIP status of the call.
            termination_reason (str | Unset): Why it ended: `caller hungup` or `jambonz hungup` for an answered call, else
                the
                SIP reason of the failure (e.g. `Busy Here`).
            direction (str | Unset): `inbound` or `outbound`.
            from_ (str | Unset):
            to (str | Unset):
            trunk (str | Unset): The carrier the call went out through or came in from.
            call_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            application_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            sip_callid (str | Unset): The SIP Call-ID of the leg.
            sip_parent_callid (str | Unset): The SIP Call-ID of the call that dialled this leg.
            host (str | Unset): The SBC's address (jambonz; never given here).
            remote_host (str | Unset): The address an inbound call came from.
            trace_id (str | Unset):
            recording_url (str | Unset): Where the call's recording is (jambonz; never given here).
    """

    attempted_at: datetime.datetime | Unset = UNSET
    answered: bool | Unset = UNSET
    answered_at: datetime.datetime | Unset = UNSET
    terminated_at: datetime.datetime | Unset = UNSET
    duration: int | Unset = UNSET
    sip_status: int | Unset = UNSET
    termination_reason: str | Unset = UNSET
    direction: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    trunk: str | Unset = UNSET
    call_sid: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    service_provider_sid: str | Unset = UNSET
    application_sid: str | Unset = UNSET
    sip_callid: str | Unset = UNSET
    sip_parent_callid: str | Unset = UNSET
    host: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    recording_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attempted_at: str | Unset = UNSET
        if not isinstance(self.attempted_at, Unset):
            attempted_at = self.attempted_at.isoformat()

        answered = self.answered

        answered_at: str | Unset = UNSET
        if not isinstance(self.answered_at, Unset):
            answered_at = self.answered_at.isoformat()

        terminated_at: str | Unset = UNSET
        if not isinstance(self.terminated_at, Unset):
            terminated_at = self.terminated_at.isoformat()

        duration = self.duration

        sip_status = self.sip_status

        termination_reason = self.termination_reason

        direction = self.direction

        from_ = self.from_

        to = self.to

        trunk = self.trunk

        call_sid = self.call_sid

        account_sid = self.account_sid

        service_provider_sid = self.service_provider_sid

        application_sid = self.application_sid

        sip_callid = self.sip_callid

        sip_parent_callid = self.sip_parent_callid

        host = self.host

        remote_host = self.remote_host

        trace_id = self.trace_id

        recording_url = self.recording_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attempted_at is not UNSET:
            field_dict["attempted_at"] = attempted_at
        if answered is not UNSET:
            field_dict["answered"] = answered
        if answered_at is not UNSET:
            field_dict["answered_at"] = answered_at
        if terminated_at is not UNSET:
            field_dict["terminated_at"] = terminated_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if sip_status is not UNSET:
            field_dict["sip_status"] = sip_status
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if trunk is not UNSET:
            field_dict["trunk"] = trunk
        if call_sid is not UNSET:
            field_dict["call_sid"] = call_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if sip_callid is not UNSET:
            field_dict["sip_callid"] = sip_callid
        if sip_parent_callid is not UNSET:
            field_dict["sip_parent_callid"] = sip_parent_callid
        if host is not UNSET:
            field_dict["host"] = host
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _attempted_at = d.pop("attempted_at", UNSET)
        attempted_at: datetime.datetime | Unset
        if isinstance(_attempted_at, Unset):
            attempted_at = UNSET
        else:
            attempted_at = datetime.datetime.fromisoformat(_attempted_at)

        answered = d.pop("answered", UNSET)

        _answered_at = d.pop("answered_at", UNSET)
        answered_at: datetime.datetime | Unset
        if isinstance(_answered_at, Unset):
            answered_at = UNSET
        else:
            answered_at = datetime.datetime.fromisoformat(_answered_at)

        _terminated_at = d.pop("terminated_at", UNSET)
        terminated_at: datetime.datetime | Unset
        if isinstance(_terminated_at, Unset):
            terminated_at = UNSET
        else:
            terminated_at = datetime.datetime.fromisoformat(_terminated_at)

        duration = d.pop("duration", UNSET)

        sip_status = d.pop("sip_status", UNSET)

        termination_reason = d.pop("termination_reason", UNSET)

        direction = d.pop("direction", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        trunk = d.pop("trunk", UNSET)

        call_sid = d.pop("call_sid", UNSET)

        account_sid = d.pop("account_sid", UNSET)

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        application_sid = d.pop("application_sid", UNSET)

        sip_callid = d.pop("sip_callid", UNSET)

        sip_parent_callid = d.pop("sip_parent_callid", UNSET)

        host = d.pop("host", UNSET)

        remote_host = d.pop("remote_host", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        recent_call = cls(
            attempted_at=attempted_at,
            answered=answered,
            answered_at=answered_at,
            terminated_at=terminated_at,
            duration=duration,
            sip_status=sip_status,
            termination_reason=termination_reason,
            direction=direction,
            from_=from_,
            to=to,
            trunk=trunk,
            call_sid=call_sid,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            application_sid=application_sid,
            sip_callid=sip_callid,
            sip_parent_callid=sip_parent_callid,
            host=host,
            remote_host=remote_host,
            trace_id=trace_id,
            recording_url=recording_url,
        )

        return recent_call
