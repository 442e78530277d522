from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmppGatewayUpdate")


@_attrs_define
class SmppGatewayUpdate:
    """The properties to change; at least one. `voip_carrier_sid` cannot be changed (400).

    Example:
        {'use_tls': True, 'port': 3550}

    Attributes:
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

    ipv4: str | Unset = UNSET
    port: int | Unset = UNSET
    netmask: int | Unset = UNSET
    is_primary: bool | Flag | Unset = UNSET
    inbound: bool | Flag | Unset = UNSET
    outbound: bool | Flag | Unset = UNSET
    use_tls: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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
            ipv4=ipv4,
            port=port,
            netmask=netmask,
            is_primary=is_primary,
            inbound=inbound,
            outbound=outbound,
            use_tls=use_tls,
        )

        return smpp_gateway_update
