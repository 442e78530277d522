from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LcrCarrierSetEntryUpdate")


@_attrs_define
class LcrCarrierSetEntryUpdate:
    """Changes to an entry; only the properties sent change. A `lcr_route_sid` moves the
    entry to that route (400 `unknown lcr_route_sid` unless the key may change it); a
    `voip_carrier_sid` must be a carrier the routing table's owner may use (400 `unknown
    voip_carrier_sid`).

        Example:
            {'priority': 2}

        Attributes:
            lcr_route_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            voip_carrier_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            priority (int | Unset): Lower first. A whole number that fits in 32 bits. Example: 0.
            workload (int | Unset): Lower first. A whole number that fits in 32 bits. Example: 0.
    """

    lcr_route_sid: str | Unset = UNSET
    voip_carrier_sid: str | Unset = UNSET
    priority: int | Unset = UNSET
    workload: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lcr_route_sid = self.lcr_route_sid

        voip_carrier_sid = self.voip_carrier_sid

        priority = self.priority

        workload = self.workload

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lcr_route_sid is not UNSET:
            field_dict["lcr_route_sid"] = lcr_route_sid
        if voip_carrier_sid is not UNSET:
            field_dict["voip_carrier_sid"] = voip_carrier_sid
        if priority is not UNSET:
            field_dict["priority"] = priority
        if workload is not UNSET:
            field_dict["workload"] = workload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lcr_route_sid = d.pop("lcr_route_sid", UNSET)

        voip_carrier_sid = d.pop("voip_carrier_sid", UNSET)

        priority = d.pop("priority", UNSET)

        workload = d.pop("workload", UNSET)

        lcr_carrier_set_entry_update = cls(
            lcr_route_sid=lcr_route_sid,
            voip_carrier_sid=voip_carrier_sid,
            priority=priority,
            workload=workload,
        )

        return lcr_carrier_set_entry_update
