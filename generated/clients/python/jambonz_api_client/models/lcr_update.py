from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="LcrUpdate")


@_attrs_define
class LcrUpdate:
    """Changes to a routing table; only the properties sent change. Naming an owner moves
    the table to it (an account, or with no account a service provider), within the
    key's scope; the one-table-per-owner rule applies. `default_carrier_set_entry_sid`
    names one of this table's entries (400 `unknown default_carrier_set_entry_sid`
    otherwise); `null` or an empty string clears it.

        Example:
            {'name': 'sp1-lcr', 'is_active': False}

        Attributes:
            name (str | Unset):
            is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            account_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            service_provider_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal sends `""`
                for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
            default_carrier_set_entry_sid (str | Unset): A sid; an empty string or `null` means none (the jambonz portal
                sends `""` for what
                it leaves unset, e.g. `"account_sid": ""` for a service provider's table).
    """

    name: str | Unset = UNSET
    is_active: bool | Flag | Unset = UNSET
    account_sid: str | Unset = UNSET
    service_provider_sid: str | Unset = UNSET
    default_carrier_set_entry_sid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

        account_sid: str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        service_provider_sid: str | Unset
        if isinstance(self.service_provider_sid, Unset):
            service_provider_sid = UNSET
        else:
            service_provider_sid = self.service_provider_sid

        default_carrier_set_entry_sid: str | Unset
        if isinstance(self.default_carrier_set_entry_sid, Unset):
            default_carrier_set_entry_sid = UNSET
        else:
            default_carrier_set_entry_sid = self.default_carrier_set_entry_sid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if default_carrier_set_entry_sid is not UNSET:
            field_dict["default_carrier_set_entry_sid"] = default_carrier_set_entry_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_is_active(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_account_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_service_provider_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid", UNSET))

        def _parse_default_carrier_set_entry_sid(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        default_carrier_set_entry_sid = _parse_default_carrier_set_entry_sid(
            d.pop("default_carrier_set_entry_sid", UNSET)
        )

        lcr_update = cls(
            name=name,
            is_active=is_active,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            default_carrier_set_entry_sid=default_carrier_set_entry_sid,
        )

        return lcr_update
