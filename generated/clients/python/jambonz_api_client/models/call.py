from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection, check_call_direction
from ..models.call_status import CallStatus, check_call_status

if TYPE_CHECKING:
    from ..models.call_customer_data_type_0 import CallCustomerDataType0
    from ..models.status_change import StatusChange


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call leg's record (reference §3.3). `customerData` is the tag data. **Differs from
    jambonz**: every property is present (null when unknown), and the record carries
    its `status_history` and times. On a jambonz cluster (`JAMBONZ_CALL_ENGINE=jambonz`)
    it is read from the cluster's Redis (see `GET /Accounts/{AccountSid}/Calls`) and
    the record's other fields follow these, snake_cased, as jambonz returns them:
    `service_url` (the base URL of the feature server running the call),
    `fs_sip_address` (its SIP address, `10.0.0.7:5070`), and when the feature server
    wrote them `fs_public_ip`, `caller_id` (of a leg a `dial` created), `sbc_callid`
    (the SBC's Call-ID) and `api_base_url`.

        Attributes:
            call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            parent_call_sid (None | str): The A-leg of a leg created by `dial`.
            direction (CallDirection):
            from_ (str):
            to (str):
            call_id (str): The SIP Call-ID.
            sip_status (int):
            sip_reason (None | str):
            call_status (CallStatus): `trying`, `ringing`, `early-media`, `in-progress`, then a final `completed` (after
                answer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by
                the list filter, as in jambonz, and never emitted.
            account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            application_sid (None | str):
            service_provider_sid (None | str):
            duration (int | None): Seconds from answer to hang-up; set once `completed`.
            call_termination_by (None | str): Who ended the call (`caller` or `jambonz`), once it ended.
            originating_sip_ip (None | str):
            originating_sip_trunk_name (None | str):
            voip_carrier_sid (None | str): The carrier an outbound leg to a phone number went out through (null for other
                targets, inbound legs, and when no carrier applies), chosen as jambonz's
                feature server and SBC choose it: the carrier named by the target's `trunk`
                (the account's own, then its provider's provider-wide ones); else the
                account's active least-cost routing table, then its provider's: routes by
                `priority`, the first whose `regex` matches the dialled number (see `LcrRegex`)
                gives its active carriers by entry priority, the first is taken; no route
                matching, the table's default entry. Else the carrier of the calling number
                (`from`, one of the account's phone numbers), else the account's first active
                carrier with an active outbound SIP gateway, then its provider's. The call
                simulator still decides the far end's answer (the carrier is recorded, not
                dialled). **Differs from jambonz**, whose SBC takes an inactive table too,
                consults the account's or the provider's table whichever its database returns
                first, ignores the default entry and inactive carriers, and picks among the
                account's carriers at random; and an outbound call with no carrier at all is
                still placed here (jambonz answers 603).
            trunk (None | str): The name of that carrier (the `trunk` of jambonz's call records).
            trace_id (None | str):
            customer_data (CallCustomerDataType0 | None):
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            answered_at (datetime.datetime | None):
            ended_at (datetime.datetime | None):
            status_history (list[StatusChange]):
    """

    call_sid: str
    parent_call_sid: None | str
    direction: CallDirection
    from_: str
    to: str
    call_id: str
    sip_status: int
    sip_reason: None | str
    call_status: CallStatus
    account_sid: str
    application_sid: None | str
    service_provider_sid: None | str
    duration: int | None
    call_termination_by: None | str
    originating_sip_ip: None | str
    originating_sip_trunk_name: None | str
    voip_carrier_sid: None | str
    trunk: None | str
    trace_id: None | str
    customer_data: CallCustomerDataType0 | None
    created_at: datetime.datetime
    answered_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    status_history: list[StatusChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_customer_data_type_0 import CallCustomerDataType0  # noqa: PLC0415

        call_sid = self.call_sid

        parent_call_sid: None | str
        parent_call_sid = self.parent_call_sid

        direction: str = self.direction

        from_ = self.from_

        to = self.to

        call_id = self.call_id

        sip_status = self.sip_status

        sip_reason: None | str
        sip_reason = self.sip_reason

        call_status: str = self.call_status

        account_sid = self.account_sid

        application_sid: None | str
        application_sid = self.application_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        duration: int | None
        duration = self.duration

        call_termination_by: None | str
        call_termination_by = self.call_termination_by

        originating_sip_ip: None | str
        originating_sip_ip = self.originating_sip_ip

        originating_sip_trunk_name: None | str
        originating_sip_trunk_name = self.originating_sip_trunk_name

        voip_carrier_sid: None | str
        voip_carrier_sid = self.voip_carrier_sid

        trunk: None | str
        trunk = self.trunk

        trace_id: None | str
        trace_id = self.trace_id

        customer_data: dict[str, Any] | None
        if isinstance(self.customer_data, CallCustomerDataType0):
            customer_data = self.customer_data.to_dict()
        else:
            customer_data = self.customer_data

        created_at = self.created_at.isoformat()

        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_sid": call_sid,
                "parent_call_sid": parent_call_sid,
                "direction": direction,
                "from": from_,
                "to": to,
                "call_id": call_id,
                "sip_status": sip_status,
                "sip_reason": sip_reason,
                "call_status": call_status,
                "account_sid": account_sid,
                "application_sid": application_sid,
                "service_provider_sid": service_provider_sid,
                "duration": duration,
                "call_termination_by": call_termination_by,
                "originating_sip_ip": originating_sip_ip,
                "originating_sip_trunk_name": originating_sip_trunk_name,
                "voip_carrier_sid": voip_carrier_sid,
                "trunk": trunk,
                "trace_id": trace_id,
                "customerData": customer_data,
                "created_at": created_at,
                "answered_at": answered_at,
                "ended_at": ended_at,
                "status_history": status_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_customer_data_type_0 import CallCustomerDataType0  # noqa: PLC0415
        from ..models.status_change import StatusChange  # noqa: PLC0415

        d = dict(src_dict)
        call_sid = d.pop("call_sid")

        def _parse_parent_call_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_call_sid = _parse_parent_call_sid(d.pop("parent_call_sid"))

        direction = check_call_direction(d.pop("direction"))

        from_ = d.pop("from")

        to = d.pop("to")

        call_id = d.pop("call_id")

        sip_status = d.pop("sip_status")

        def _parse_sip_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sip_reason = _parse_sip_reason(d.pop("sip_reason"))

        call_status = check_call_status(d.pop("call_status"))

        account_sid = d.pop("account_sid")

        def _parse_application_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_sid = _parse_application_sid(d.pop("application_sid"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

        def _parse_call_termination_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        call_termination_by = _parse_call_termination_by(d.pop("call_termination_by"))

        def _parse_originating_sip_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        originating_sip_ip = _parse_originating_sip_ip(d.pop("originating_sip_ip"))

        def _parse_originating_sip_trunk_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        originating_sip_trunk_name = _parse_originating_sip_trunk_name(d.pop("originating_sip_trunk_name"))

        def _parse_voip_carrier_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        voip_carrier_sid = _parse_voip_carrier_sid(d.pop("voip_carrier_sid"))

        def _parse_trunk(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trunk = _parse_trunk(d.pop("trunk"))

        def _parse_trace_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trace_id = _parse_trace_id(d.pop("trace_id"))

        def _parse_customer_data(data: object) -> CallCustomerDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_data_type_0 = CallCustomerDataType0.from_dict(data)

                return customer_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallCustomerDataType0 | None, data)

        customer_data = _parse_customer_data(d.pop("customerData"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = StatusChange.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        call = cls(
            call_sid=call_sid,
            parent_call_sid=parent_call_sid,
            direction=direction,
            from_=from_,
            to=to,
            call_id=call_id,
            sip_status=sip_status,
            sip_reason=sip_reason,
            call_status=call_status,
            account_sid=account_sid,
            application_sid=application_sid,
            service_provider_sid=service_provider_sid,
            duration=duration,
            call_termination_by=call_termination_by,
            originating_sip_ip=originating_sip_ip,
            originating_sip_trunk_name=originating_sip_trunk_name,
            voip_carrier_sid=voip_carrier_sid,
            trunk=trunk,
            trace_id=trace_id,
            customer_data=customer_data,
            created_at=created_at,
            answered_at=answered_at,
            ended_at=ended_at,
            status_history=status_history,
        )

        call.additional_properties = d
        return call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
