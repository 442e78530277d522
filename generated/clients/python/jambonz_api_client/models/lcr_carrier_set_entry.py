from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LcrCarrierSetEntry")


@_attrs_define
class LcrCarrierSetEntry:
    """A carrier of a route, as jambonz reads it back.

    Example:
        {'lcr_carrier_set_entry_sid': '7a40b1c2-3d4e-4f5a-8b6c-9d0e1f2a3b4c', 'workload': 1, 'lcr_route_sid':
            '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority':
            0}

    Attributes:
        lcr_carrier_set_entry_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        workload (int): A share of the traffic, stored as given (calls take the carriers by priority).
        lcr_route_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        priority (int): The route's carriers are tried lowest first.
    """

    lcr_carrier_set_entry_sid: str
    workload: int
    lcr_route_sid: str
    voip_carrier_sid: str
    priority: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lcr_carrier_set_entry_sid = self.lcr_carrier_set_entry_sid

        workload = self.workload

        lcr_route_sid = self.lcr_route_sid

        voip_carrier_sid = self.voip_carrier_sid

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lcr_carrier_set_entry_sid": lcr_carrier_set_entry_sid,
                "workload": workload,
                "lcr_route_sid": lcr_route_sid,
                "voip_carrier_sid": voip_carrier_sid,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lcr_carrier_set_entry_sid = d.pop("lcr_carrier_set_entry_sid")

        workload = d.pop("workload")

        lcr_route_sid = d.pop("lcr_route_sid")

        voip_carrier_sid = d.pop("voip_carrier_sid")

        priority = d.pop("priority")

        lcr_carrier_set_entry = cls(
            lcr_carrier_set_entry_sid=lcr_carrier_set_entry_sid,
            workload=workload,
            lcr_route_sid=lcr_route_sid,
            voip_carrier_sid=voip_carrier_sid,
            priority=priority,
        )

        lcr_carrier_set_entry.additional_properties = d
        return lcr_carrier_set_entry

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
