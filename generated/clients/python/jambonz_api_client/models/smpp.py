from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="Smpp")


@_attrs_define
class Smpp:
    """An SMPP address, its columns as jambonz reads them back.

    Example:
        {'smpp_address_sid': '6e2a4c8b-1d3f-4b5a-8c7e-9f1a2b3c4d5e', 'ipv4': '192.0.2.20', 'port': 2775, 'use_tls': 0,
            'is_primary': 1, 'service_provider_sid': None}

    Attributes:
        smpp_address_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        ipv4 (str):
        port (int):
        use_tls (Flag): A boolean as jambonz reads it back, `0` or `1`.
        is_primary (Flag): A boolean as jambonz reads it back, `0` or `1`.
        service_provider_sid (None | str): The provider the address belongs to; `null` when shared.
    """

    smpp_address_sid: str
    ipv4: str
    port: int
    use_tls: Flag
    is_primary: Flag
    service_provider_sid: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smpp_address_sid = self.smpp_address_sid

        ipv4 = self.ipv4

        port = self.port

        use_tls: int = self.use_tls

        is_primary: int = self.is_primary

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smpp_address_sid": smpp_address_sid,
                "ipv4": ipv4,
                "port": port,
                "use_tls": use_tls,
                "is_primary": is_primary,
                "service_provider_sid": service_provider_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smpp_address_sid = d.pop("smpp_address_sid")

        ipv4 = d.pop("ipv4")

        port = d.pop("port")

        use_tls = check_flag(d.pop("use_tls"))

        is_primary = check_flag(d.pop("is_primary"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        smpp = cls(
            smpp_address_sid=smpp_address_sid,
            ipv4=ipv4,
            port=port,
            use_tls=use_tls,
            is_primary=is_primary,
            service_provider_sid=service_provider_sid,
        )

        smpp.additional_properties = d
        return smpp

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
