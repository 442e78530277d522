from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lcr_carrier_set_entry import LcrCarrierSetEntry


T = TypeVar("T", bound="LcrRoute")


@_attrs_define
class LcrRoute:
    """A route of a routing table, with its carriers (ordered by `priority`).

    Example:
        {'lcr_route_sid': '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c',
            'regex': '^1', 'description': 'US', 'priority': 0, 'lcr_carrier_set_entries': [{'lcr_carrier_set_entry_sid':
            '7a40b1c2-3d4e-4f5a-8b6c-9d0e1f2a3b4c', 'workload': 1, 'lcr_route_sid': '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
            'voip_carrier_sid': '2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', 'priority': 0}]}

    Attributes:
        lcr_route_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        regex (str):
        description (None | str):
        priority (int): Routes are tried lowest first.
        lcr_carrier_set_entries (list[LcrCarrierSetEntry]):
    """

    lcr_route_sid: str
    lcr_sid: str
    regex: str
    description: None | str
    priority: int
    lcr_carrier_set_entries: list[LcrCarrierSetEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lcr_route_sid = self.lcr_route_sid

        lcr_sid = self.lcr_sid

        regex = self.regex

        description: None | str
        description = self.description

        priority = self.priority

        lcr_carrier_set_entries = []
        for lcr_carrier_set_entries_item_data in self.lcr_carrier_set_entries:
            lcr_carrier_set_entries_item = lcr_carrier_set_entries_item_data.to_dict()
            lcr_carrier_set_entries.append(lcr_carrier_set_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lcr_route_sid": lcr_route_sid,
                "lcr_sid": lcr_sid,
                "regex": regex,
                "description": description,
                "priority": priority,
                "lcr_carrier_set_entries": lcr_carrier_set_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lcr_carrier_set_entry import LcrCarrierSetEntry  # noqa: PLC0415

        d = dict(src_dict)
        lcr_route_sid = d.pop("lcr_route_sid")

        lcr_sid = d.pop("lcr_sid")

        regex = d.pop("regex")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        priority = d.pop("priority")

        lcr_carrier_set_entries = []
        _lcr_carrier_set_entries = d.pop("lcr_carrier_set_entries")
        for lcr_carrier_set_entries_item_data in _lcr_carrier_set_entries:
            lcr_carrier_set_entries_item = LcrCarrierSetEntry.from_dict(lcr_carrier_set_entries_item_data)

            lcr_carrier_set_entries.append(lcr_carrier_set_entries_item)

        lcr_route = cls(
            lcr_route_sid=lcr_route_sid,
            lcr_sid=lcr_sid,
            regex=regex,
            description=description,
            priority=priority,
            lcr_carrier_set_entries=lcr_carrier_set_entries,
        )

        lcr_route.additional_properties = d
        return lcr_route

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
