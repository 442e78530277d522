from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="Lcr")


@_attrs_define
class Lcr:
    """A least-cost routing table, as jambonz reads it back, with `number_routes`, the
    count of its routes. A service provider's table has `account_sid` null; an
    account's has `service_provider_sid` null (as jambonz stores it); a table with
    neither was made by an admin key and is used by no call.

        Example:
            {'lcr_sid': '6a1f3c2e-9b4d-4e7a-8c5f-2d1e0f9a8b7c', 'name': 'sp1-lcr', 'is_active': 1,
                'default_carrier_set_entry_sid': '7a40b1c2-3d4e-4f5a-8b6c-9d0e1f2a3b4c', 'service_provider_sid':
                '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33', 'account_sid': None, 'number_routes': 3}

        Attributes:
            lcr_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (None | str):
            is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
            default_carrier_set_entry_sid (None | str): The entry whose carrier takes a call no route matches. The batch
                route
                endpoints set it to the entry of a route with priority 9999 (the portal's
                "System Default Route", regex `.*`).
            service_provider_sid (None | str):
            account_sid (None | str):
            number_routes (int):
    """

    lcr_sid: str
    name: None | str
    is_active: Flag
    default_carrier_set_entry_sid: None | str
    service_provider_sid: None | str
    account_sid: None | str
    number_routes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lcr_sid = self.lcr_sid

        name: None | str
        name = self.name

        is_active: int = self.is_active

        default_carrier_set_entry_sid: None | str
        default_carrier_set_entry_sid = self.default_carrier_set_entry_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        account_sid: None | str
        account_sid = self.account_sid

        number_routes = self.number_routes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lcr_sid": lcr_sid,
                "name": name,
                "is_active": is_active,
                "default_carrier_set_entry_sid": default_carrier_set_entry_sid,
                "service_provider_sid": service_provider_sid,
                "account_sid": account_sid,
                "number_routes": number_routes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lcr_sid = d.pop("lcr_sid")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        is_active = check_flag(d.pop("is_active"))

        def _parse_default_carrier_set_entry_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_carrier_set_entry_sid = _parse_default_carrier_set_entry_sid(d.pop("default_carrier_set_entry_sid"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_account_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_sid = _parse_account_sid(d.pop("account_sid"))

        number_routes = d.pop("number_routes")

        lcr = cls(
            lcr_sid=lcr_sid,
            name=name,
            is_active=is_active,
            default_carrier_set_entry_sid=default_carrier_set_entry_sid,
            service_provider_sid=service_provider_sid,
            account_sid=account_sid,
            number_routes=number_routes,
        )

        lcr.additional_properties = d
        return lcr

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
