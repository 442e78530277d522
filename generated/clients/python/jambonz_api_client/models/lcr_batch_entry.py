from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LcrBatchEntry")


@_attrs_define
class LcrBatchEntry:
    """A carrier of a route in a batch. `voip_carrier_sid` is required (400 `One of
    lcr_carrier_set_entries is missing voip_carrier_sid`, jambonz's words). In `PUT`,
    an entry with `lcr_carrier_set_entry_sid` is updated, one without is added.
    `lcr_route_sid` is set by the server.

        Attributes:
            lcr_carrier_set_entry_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends
                `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            lcr_route_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            voip_carrier_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""` for
                what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            priority (int | Unset): Lower first. A whole number that fits in 32 bits. Default: 0. Example: 0.
            workload (int | Unset): Lower first. A whole number that fits in 32 bits. Default: 1. Example: 0.
    """

    lcr_carrier_set_entry_sid: str | Unset = UNSET
    lcr_route_sid: str | Unset = UNSET
    voip_carrier_sid: str | Unset = UNSET
    priority: int | Unset = 0
    workload: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        lcr_carrier_set_entry_sid: str | Unset
        if isinstance(self.lcr_carrier_set_entry_sid, Unset):
            lcr_carrier_set_entry_sid = UNSET
        else:
            lcr_carrier_set_entry_sid = self.lcr_carrier_set_entry_sid

        lcr_route_sid: str | Unset
        if isinstance(self.lcr_route_sid, Unset):
            lcr_route_sid = UNSET
        else:
            lcr_route_sid = self.lcr_route_sid

        voip_carrier_sid: str | Unset
        if isinstance(self.voip_carrier_sid, Unset):
            voip_carrier_sid = UNSET
        else:
            voip_carrier_sid = self.voip_carrier_sid

        priority = self.priority

        workload = self.workload

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lcr_carrier_set_entry_sid is not UNSET:
            field_dict["lcr_carrier_set_entry_sid"] = lcr_carrier_set_entry_sid
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

        def _parse_lcr_carrier_set_entry_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        lcr_carrier_set_entry_sid = _parse_lcr_carrier_set_entry_sid(d.pop("lcr_carrier_set_entry_sid", UNSET))

        def _parse_lcr_route_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        lcr_route_sid = _parse_lcr_route_sid(d.pop("lcr_route_sid", UNSET))

        def _parse_voip_carrier_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        voip_carrier_sid = _parse_voip_carrier_sid(d.pop("voip_carrier_sid", UNSET))

        priority = d.pop("priority", UNSET)

        workload = d.pop("workload", UNSET)

        lcr_batch_entry = cls(
            lcr_carrier_set_entry_sid=lcr_carrier_set_entry_sid,
            lcr_route_sid=lcr_route_sid,
            voip_carrier_sid=voip_carrier_sid,
            priority=priority,
            workload=workload,
        )

        return lcr_batch_entry
