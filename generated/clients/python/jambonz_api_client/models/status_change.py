from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus, check_call_status

T = TypeVar("T", bound="StatusChange")


@_attrs_define
class StatusChange:
    """
    Attributes:
        call_status (CallStatus): `trying`, `ringing`, `early-media`, `in-progress`, then a final `completed` (after
            answer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by
            the list filter, as in jambonz, and never emitted.
        sip_status (int):
        time (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
    """

    call_status: CallStatus
    sip_status: int
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_status: str = self.call_status

        sip_status = self.sip_status

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_status": call_status,
                "sip_status": sip_status,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_status = check_call_status(d.pop("call_status"))

        sip_status = d.pop("sip_status")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        status_change = cls(
            call_status=call_status,
            sip_status=sip_status,
            time=time,
        )

        status_change.additional_properties = d
        return status_change

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
