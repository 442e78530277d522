from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.sip_protocol import SipProtocol, check_sip_protocol

T = TypeVar("T", bound="SipGateway")


@_attrs_define
class SipGateway:
    """A SIP gateway as read back; booleans read back as `0`/`1`.

    Example:
        {'sip_gateway_sid': '6b1d3f5a-7c9e-4b2d-8f4a-6c8e0a2b4d6f', 'voip_carrier_sid':
            '4a7c2e1f-9b3d-4e5a-8f6b-1c2d3e4f5a6b', 'ipv4': '203.0.113.10', 'netmask': 32, 'port': 5060, 'inbound': 1,
            'outbound': 1, 'is_active': 1, 'send_options_ping': 0, 'use_sips_scheme': 0, 'pad_crypto': 0, 'protocol': 'udp',
            'remove_ice': 0, 'dtls_off': 0}

    Attributes:
        sip_gateway_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        voip_carrier_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        ipv4 (str):
        netmask (int):
        port (int | None):
        inbound (Flag): A boolean as jambonz reads it back, `0` or `1`.
        outbound (Flag): A boolean as jambonz reads it back, `0` or `1`.
        is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
        send_options_ping (Flag): A boolean as jambonz reads it back, `0` or `1`.
        use_sips_scheme (Flag): A boolean as jambonz reads it back, `0` or `1`.
        pad_crypto (Flag): A boolean as jambonz reads it back, `0` or `1`.
        protocol (SipProtocol): The SIP transport.
        remove_ice (Flag): A boolean as jambonz reads it back, `0` or `1`.
        dtls_off (Flag): A boolean as jambonz reads it back, `0` or `1`.
    """

    sip_gateway_sid: str
    voip_carrier_sid: str
    ipv4: str
    netmask: int
    port: int | None
    inbound: Flag
    outbound: Flag
    is_active: Flag
    send_options_ping: Flag
    use_sips_scheme: Flag
    pad_crypto: Flag
    protocol: SipProtocol
    remove_ice: Flag
    dtls_off: Flag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_gateway_sid = self.sip_gateway_sid

        voip_carrier_sid = self.voip_carrier_sid

        ipv4 = self.ipv4

        netmask = self.netmask

        port: int | None
        port = self.port

        inbound: int = self.inbound

        outbound: int = self.outbound

        is_active: int = self.is_active

        send_options_ping: int = self.send_options_ping

        use_sips_scheme: int = self.use_sips_scheme

        pad_crypto: int = self.pad_crypto

        protocol: str = self.protocol

        remove_ice: int = self.remove_ice

        dtls_off: int = self.dtls_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_gateway_sid": sip_gateway_sid,
                "voip_carrier_sid": voip_carrier_sid,
                "ipv4": ipv4,
                "netmask": netmask,
                "port": port,
                "inbound": inbound,
                "outbound": outbound,
                "is_active": is_active,
                "send_options_ping": send_options_ping,
                "use_sips_scheme": use_sips_scheme,
                "pad_crypto": pad_crypto,
                "protocol": protocol,
                "remove_ice": remove_ice,
                "dtls_off": dtls_off,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_gateway_sid = d.pop("sip_gateway_sid")

        voip_carrier_sid = d.pop("voip_carrier_sid")

        ipv4 = d.pop("ipv4")

        netmask = d.pop("netmask")

        def _parse_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        port = _parse_port(d.pop("port"))

        inbound = check_flag(d.pop("inbound"))

        outbound = check_flag(d.pop("outbound"))

        is_active = check_flag(d.pop("is_active"))

        send_options_ping = check_flag(d.pop("send_options_ping"))

        use_sips_scheme = check_flag(d.pop("use_sips_scheme"))

        pad_crypto = check_flag(d.pop("pad_crypto"))

        protocol = check_sip_protocol(d.pop("protocol"))

        remove_ice = check_flag(d.pop("remove_ice"))

        dtls_off = check_flag(d.pop("dtls_off"))

        sip_gateway = cls(
            sip_gateway_sid=sip_gateway_sid,
            voip_carrier_sid=voip_carrier_sid,
            ipv4=ipv4,
            netmask=netmask,
            port=port,
            inbound=inbound,
            outbound=outbound,
            is_active=is_active,
            send_options_ping=send_options_ping,
            use_sips_scheme=use_sips_scheme,
            pad_crypto=pad_crypto,
            protocol=protocol,
            remove_ice=remove_ice,
            dtls_off=dtls_off,
        )

        sip_gateway.additional_properties = d
        return sip_gateway

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
