from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="SmppGateway")


@_attrs_define
class SmppGateway:
    """An SMPP gateway as read back; booleans read back as `0`/`1`.

    Example:
        {'smpp_gateway_sid': '8d3f5b7c-9e1a-4c3e-8a5b-7d9f1b3c5e7a', 'voip_carrier_sid':
            '4a7c2e1f-9b3d-4e5a-8f6b-1c2d3e4f5a6b', 'ipv4': 'smpp.carrier.example.com', 'port': 2775, 'netmask': 32,
            'is_primary': 1, 'inbound': 0, 'outbound': 1, 'use_tls': 0}

    Attributes:
        smpp_gateway_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        ipv4 (str):
        port (int):
        netmask (int):
        is_primary (Flag): A boolean as jambonz reads it back, `0` or `1`.
        inbound (Flag): A boolean as jambonz reads it back, `0` or `1`.
        outbound (Flag): A boolean as jambonz reads it back, `0` or `1`.
        use_tls (Flag): A boolean as jambonz reads it back, `0` or `1`.
    """

    smpp_gateway_sid: str
    voip_carrier_sid: str
    ipv4: str
    port: int
    netmask: int
    is_primary: Flag
    inbound: Flag
    outbound: Flag
    use_tls: Flag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smpp_gateway_sid = self.smpp_gateway_sid

        voip_carrier_sid = self.voip_carrier_sid

        ipv4 = self.ipv4

        port = self.port

        netmask = self.netmask

        is_primary: int = self.is_primary

        inbound: int = self.inbound

        outbound: int = self.outbound

        use_tls: int = self.use_tls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smpp_gateway_sid": smpp_gateway_sid,
                "voip_carrier_sid": voip_carrier_sid,
                "ipv4": ipv4,
                "port": port,
                "netmask": netmask,
                "is_primary": is_primary,
                "inbound": inbound,
                "outbound": outbound,
                "use_tls": use_tls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smpp_gateway_sid = d.pop("smpp_gateway_sid")

        voip_carrier_sid = d.pop("voip_carrier_sid")

        ipv4 = d.pop("ipv4")

        port = d.pop("port")

        netmask = d.pop("netmask")

        is_primary = check_flag(d.pop("is_primary"))

        inbound = check_flag(d.pop("inbound"))

        outbound = check_flag(d.pop("outbound"))

        use_tls = check_flag(d.pop("use_tls"))

        smpp_gateway = cls(
            smpp_gateway_sid=smpp_gateway_sid,
            voip_carrier_sid=voip_carrier_sid,
            ipv4=ipv4,
            port=port,
            netmask=netmask,
            is_primary=is_primary,
            inbound=inbound,
            outbound=outbound,
            use_tls=use_tls,
        )

        smpp_gateway.additional_properties = d
        return smpp_gateway

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
