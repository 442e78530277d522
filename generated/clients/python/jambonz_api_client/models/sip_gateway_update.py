from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..models.sip_protocol import SipProtocol, check_sip_protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipGatewayUpdate")


@_attrs_define
class SipGatewayUpdate:
    """The properties to change; at least one. `voip_carrier_sid` and `sip_gateway_sid`
    cannot be changed: the portal sends them back, so values that repeat the gateway's
    own are ignored, and others answer 400 `<property> may not be modified`. The rules
    of `SipGatewayCreate` apply to the gateway as it would be after the change (400).

        Example:
            {'port': 5080, 'protocol': 'tcp'}

        Attributes:
            voip_carrier_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            sip_gateway_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            ipv4 (str | Unset): An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes
                it; an `inbound` SIP gateway needs an IPv4 address.
                 Example: 203.0.113.10.
            netmask (int | Unset): The prefix length of the address range the gateway stands for (1-32).
            port (int | None | Unset):
            inbound (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            outbound (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            send_options_ping (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            use_sips_scheme (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            pad_crypto (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            protocol (SipProtocol | Unset): The SIP transport.
            remove_ice (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            dtls_off (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
    """

    voip_carrier_sid: str | Unset = UNSET
    sip_gateway_sid: str | Unset = UNSET
    ipv4: str | Unset = UNSET
    netmask: int | Unset = UNSET
    port: int | None | Unset = UNSET
    inbound: bool | Flag | Unset = UNSET
    outbound: bool | Flag | Unset = UNSET
    is_active: bool | Flag | Unset = UNSET
    send_options_ping: bool | Flag | Unset = UNSET
    use_sips_scheme: bool | Flag | Unset = UNSET
    pad_crypto: bool | Flag | Unset = UNSET
    protocol: SipProtocol | Unset = UNSET
    remove_ice: bool | Flag | Unset = UNSET
    dtls_off: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voip_carrier_sid = self.voip_carrier_sid

        sip_gateway_sid = self.sip_gateway_sid

        ipv4 = self.ipv4

        netmask = self.netmask

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

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

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

        send_options_ping: bool | int | Unset
        if isinstance(self.send_options_ping, Unset):
            send_options_ping = UNSET
        elif isinstance(self.send_options_ping, int):
            send_options_ping = self.send_options_ping
        else:
            send_options_ping = self.send_options_ping

        use_sips_scheme: bool | int | Unset
        if isinstance(self.use_sips_scheme, Unset):
            use_sips_scheme = UNSET
        elif isinstance(self.use_sips_scheme, int):
            use_sips_scheme = self.use_sips_scheme
        else:
            use_sips_scheme = self.use_sips_scheme

        pad_crypto: bool | int | Unset
        if isinstance(self.pad_crypto, Unset):
            pad_crypto = UNSET
        elif isinstance(self.pad_crypto, int):
            pad_crypto = self.pad_crypto
        else:
            pad_crypto = self.pad_crypto

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol

        remove_ice: bool | int | Unset
        if isinstance(self.remove_ice, Unset):
            remove_ice = UNSET
        elif isinstance(self.remove_ice, int):
            remove_ice = self.remove_ice
        else:
            remove_ice = self.remove_ice

        dtls_off: bool | int | Unset
        if isinstance(self.dtls_off, Unset):
            dtls_off = UNSET
        elif isinstance(self.dtls_off, int):
            dtls_off = self.dtls_off
        else:
            dtls_off = self.dtls_off

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if voip_carrier_sid is not UNSET:
            field_dict["voip_carrier_sid"] = voip_carrier_sid
        if sip_gateway_sid is not UNSET:
            field_dict["sip_gateway_sid"] = sip_gateway_sid
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if port is not UNSET:
            field_dict["port"] = port
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if send_options_ping is not UNSET:
            field_dict["send_options_ping"] = send_options_ping
        if use_sips_scheme is not UNSET:
            field_dict["use_sips_scheme"] = use_sips_scheme
        if pad_crypto is not UNSET:
            field_dict["pad_crypto"] = pad_crypto
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if remove_ice is not UNSET:
            field_dict["remove_ice"] = remove_ice
        if dtls_off is not UNSET:
            field_dict["dtls_off"] = dtls_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voip_carrier_sid = d.pop("voip_carrier_sid", UNSET)

        sip_gateway_sid = d.pop("sip_gateway_sid", UNSET)

        ipv4 = d.pop("ipv4", UNSET)

        netmask = d.pop("netmask", UNSET)

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

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

        def _parse_send_options_ping(data: object) -> bool | Flag | Unset:
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

        send_options_ping = _parse_send_options_ping(d.pop("send_options_ping", UNSET))

        def _parse_use_sips_scheme(data: object) -> bool | Flag | Unset:
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

        use_sips_scheme = _parse_use_sips_scheme(d.pop("use_sips_scheme", UNSET))

        def _parse_pad_crypto(data: object) -> bool | Flag | Unset:
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

        pad_crypto = _parse_pad_crypto(d.pop("pad_crypto", UNSET))

        _protocol = d.pop("protocol", UNSET)
        protocol: SipProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = check_sip_protocol(_protocol)

        def _parse_remove_ice(data: object) -> bool | Flag | Unset:
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

        remove_ice = _parse_remove_ice(d.pop("remove_ice", UNSET))

        def _parse_dtls_off(data: object) -> bool | Flag | Unset:
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

        dtls_off = _parse_dtls_off(d.pop("dtls_off", UNSET))

        sip_gateway_update = cls(
            voip_carrier_sid=voip_carrier_sid,
            sip_gateway_sid=sip_gateway_sid,
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

        return sip_gateway_update
