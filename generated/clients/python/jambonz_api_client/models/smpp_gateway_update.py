from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmppGatewayUpdate")


@_attrs_define
class SmppGatewayUpdate:
    """The properties to change; at least one. `voip_carrier_sid` and `smpp_gateway_sid`
    cannot be changed: the portal sends them back, so values that repeat the gateway's
    own are ignored, and others answer 400 `<property> may not be modified`.

        Example:
            {'use_tls': True, 'port': 3550}

        Attributes:
            voip_carrier_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            smpp_gateway_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            ipv4 (str | Unset): An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes
                it; an `inbound` SIP gateway needs an IPv4 address.
                 Example: 203.0.113.10.
            port (int | Unset):
            netmask (int | Unset): The prefix length of the address range the gateway stands for (1-32).
            is_primary (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            inbound (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            outbound (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            use_tls (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
    """

    voip_carrier_sid: str | Unset = UNSET
    smpp_gateway_sid: str | Unset = UNSET
    ipv4: str | Unset = UNSET
    port: int | Unset = UNSET
    netmask: int | Unset = UNSET
    is_primary: bool | Flag | Unset = UNSET
    inbound: bool | Flag | Unset = UNSET
    outbound: bool | Flag | Unset = UNSET
    use_tls: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voip_carrier_sid = self.voip_carrier_sid

        smpp_gateway_sid = self.smpp_gateway_sid

        ipv4 = self.ipv4

        port = self.port

        netmask = self.netmask

        is_primary: bool | int | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        elif isinstance(self.is_primary, int):
            is_primary = self.is_primary
        else:
            is_primary = self.is_primary

        inbound: bool | int | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        elif isinstance(self.inbound, int):
            inbound = self.inbound
        else:
            inbound = self.inbound

        outbound: bool | int | Unset
        if isinstance(self.outbound, Unset):
            outbound = UNSET
        elif isinstance(self.outbound, int):
            outbound = self.outbound
        else:
            outbound = self.outbound

        use_tls: bool | int | Unset
        if isinstance(self.use_tls, Unset):
            use_tls = UNSET
        elif isinstance(self.use_tls, int):
            use_tls = self.use_tls
        else:
            use_tls = self.use_tls

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if voip_carrier_sid is not UNSET:
            field_dict["voip_carrier_sid"] = voip_carrier_sid
        if smpp_gateway_sid is not UNSET:
            field_dict["smpp_gateway_sid"] = smpp_gateway_sid
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if port is not UNSET:
            field_dict["port"] = port
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if use_tls is not UNSET:
            field_dict["use_tls"] = use_tls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voip_carrier_sid = d.pop("voip_carrier_sid", UNSET)

        smpp_gateway_sid = d.pop("smpp_gateway_sid", UNSET)

        ipv4 = d.pop("ipv4", UNSET)

        port = d.pop("port", UNSET)

        netmask = d.pop("netmask", UNSET)

        def _parse_is_primary(data: object) -> bool | Flag | Unset:
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

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        def _parse_inbound(data: object) -> bool | Flag | Unset:
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

        inbound = _parse_inbound(d.pop("inbound", UNSET))

        def _parse_outbound(data: object) -> bool | Flag | Unset:
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

        outbound = _parse_outbound(d.pop("outbound", UNSET))

        def _parse_use_tls(data: object) -> bool | Flag | Unset:
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

        use_tls = _parse_use_tls(d.pop("use_tls", UNSET))

        smpp_gateway_update = cls(
            voip_carrier_sid=voip_carrier_sid,
            smpp_gateway_sid=smpp_gateway_sid,
            ipv4=ipv4,
            port=port,
            netmask=netmask,
            is_primary=is_primary,
            inbound=inbound,
            outbound=outbound,
            use_tls=use_tls,
        )

        return smpp_gateway_update
